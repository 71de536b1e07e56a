import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { fixedClock } from '../clock.js';
import type { Database } from '../db/client.js';
import { caseEvents, caseReporters, cases, citizens, photos } from '../db/schema.js';
import { callerFor, createTestDatabase, fakeJpeg, seedCategory, seedStaff, testServices } from '../testing/index.js';
import { storeAttachment } from './attachments.js';
import { fieldErrorsOf, highStreet, intakeRowCounts } from './test-helpers.js';

let database: Database;
let pothole: { id: string };
let light: { id: string };
let nextAddress = 1;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedStaff(database.db);
  pothole = await seedCategory(database.db);
  light = await seedCategory(database.db, { code: 'HW-LIGHT', name: 'Street light', allowAnonymous: true });
});
afterAll(() => database.close());

/** A citizen at their own address, who opened the form and spent `fillMs` on it. */
async function citizenSession(fillMs = 60_000) {
  const clock = fixedClock(new Date('2026-12-01T10:00:00Z'));
  const caller = callerFor(testServices(database.db, clock), null, { address: `198.51.100.${nextAddress++}` });
  const { formToken } = await caller.intake.startReport();
  clock.advance(fillMs);
  return { caller, clock, formToken };
}

const report = (formToken: string) => ({
  categoryId: pothole.id,
  location: { lat: highStreet.lat, lng: highStreet.lng },
  description: 'Pothole by the bus stop',
  citizen: { name: 'Grace Hopper', email: 'grace@example.com', contactPreference: 'email' as const },
  formToken,
  website: '',
});

describe('a citizen reports on the web', () => {
  it('creates a web case with a photo and answers with the reference and tracking link', async () => {
    const { caller, formToken } = await citizenSession();
    const photo = await storeAttachment(database.db, testServices(database.db).photoStorage, { bytes: fakeJpeg('web'), uploadedBy: null, allowPdf: false }, new Date());
    const receipt = await caller.intake.reportOnline({ ...report(formToken), attachmentIds: [photo.id] });
    expect(receipt.reference).toMatch(/^KS-2026-\d{6}$/);
    const [row] = await database.db.select().from(cases).where(eq(cases.reference, receipt.reference));
    expect(receipt.trackingUrl).toBe(`/track/${receipt.reference}?t=${row!.trackingToken}`);
    expect(row).toMatchObject({ channel: 'web', address: 'Near High Street, Sutton SM1' });
    const [claimed] = await database.db.select({ caseId: photos.caseId }).from(photos).where(eq(photos.id, photo.id));
    expect(claimed!.caseId).toBe(row!.id);
    const [first] = await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, row!.id));
    expect(first).toMatchObject({ kind: 'contact', channel: 'web', actorType: 'citizen', actorName: 'Grace Hopper' });
  });

  it('lets people report anonymously only where the category allows it', async () => {
    const { caller, formToken } = await citizenSession();
    const receipt = await caller.intake.reportOnline({ ...report(formToken), categoryId: light.id, citizen: null });
    const [row] = await database.db.select({ id: cases.id }).from(cases).where(eq(cases.reference, receipt.reference));
    expect(await database.db.select().from(caseReporters).where(eq(caseReporters.caseId, row!.id))).toEqual([]);

    const before = await intakeRowCounts(database.db);
    const refused = await caller.intake.reportOnline({ ...report(formToken), citizen: null }).catch((e: unknown) => e);
    expect(fieldErrorsOf(refused)).toEqual({ citizen: 'Pothole reports need a name and contact details' });
    expect(await intakeRowCounts(database.db)).toEqual(before);
  });

  it('checks that the chosen way to hear back is possible', async () => {
    const { caller, formToken } = await citizenSession();
    const error = await caller.intake
      .reportOnline({ ...report(formToken), citizen: { name: 'Grace', contactPreference: 'sms' } })
      .catch((e: unknown) => e);
    expect(fieldErrorsOf(error)).toEqual({ 'citizen.phone': expect.stringMatching(/mobile phone number/) });
  });

  it('stores the contact details it was given', async () => {
    const { caller, formToken } = await citizenSession();
    await caller.intake.reportOnline({ ...report(formToken), citizen: { name: 'Letter Writer', postalAddress: '1 Cheam Road, Sutton', contactPreference: 'letter' } });
    const [row] = await database.db.select().from(citizens).where(eq(citizens.name, 'Letter Writer'));
    expect(row).toMatchObject({ postalAddress: '1 Cheam Road, Sutton', contactPreference: 'letter', email: null });
  });
});

describe('keeping robots out without blocking people', () => {
  const refusedWithoutChange = async (send: () => Promise<unknown>, message: RegExp, code = 'BAD_REQUEST') => {
    const before = await intakeRowCounts(database.db);
    await expect(send()).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    expect(await intakeRowCounts(database.db)).toEqual(before);
  };

  it('refuses a form with the hidden honeypot field filled in', async () => {
    const { caller, formToken } = await citizenSession();
    await refusedWithoutChange(() => caller.intake.reportOnline({ ...report(formToken), website: 'http://spam.example' }), /could not accept/);
  });

  it('refuses a form sent within 3 seconds of opening it, and accepts it once a person could have filled it', async () => {
    const { caller, clock, formToken } = await citizenSession(1500);
    await refusedWithoutChange(() => caller.intake.reportOnline(report(formToken)), /too quickly/);
    clock.advance(2000);
    await expect(caller.intake.reportOnline(report(formToken))).resolves.toMatchObject({ reference: expect.any(String) });
  });

  it('refuses a forged, missing or day-old form token', async () => {
    const { caller, clock, formToken } = await citizenSession();
    const [issued] = formToken.split('.');
    for (const token of ['', `${Number(issued) - 60_000}.${formToken.split('.')[1]}`, 'x.y']) {
      await refusedWithoutChange(() => caller.intake.reportOnline(report(token)), /expired/, 'CONFLICT');
    }
    clock.advance(25 * 3_600_000);
    await refusedWithoutChange(() => caller.intake.reportOnline(report(formToken)), /expired/, 'CONFLICT');
  });

  it('takes 10 reports an hour from one address, then asks them to wait or phone', async () => {
    const { caller, clock, formToken } = await citizenSession();
    for (let i = 0; i < 10; i++) await caller.intake.reportOnline(report(formToken));
    await refusedWithoutChange(() => caller.intake.reportOnline(report(formToken)), /try again in an hour, or phone us/, 'TOO_MANY_REQUESTS');
    const other = await citizenSession();
    await expect(other.caller.intake.reportOnline(report(other.formToken))).resolves.toBeTruthy();
    clock.advance(3_600_000);
    await expect(caller.intake.reportOnline(report(formToken))).resolves.toBeTruthy();
  });

  it('does not count refused reports against the limit', async () => {
    const { caller, formToken } = await citizenSession();
    for (let i = 0; i < 12; i++) await caller.intake.reportOnline({ ...report(formToken), description: '' }).catch(() => null);
    await expect(caller.intake.reportOnline(report(formToken))).resolves.toBeTruthy();
  });
});
