import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNotNull } from 'drizzle-orm';
import { trackingNotFound } from '@kerbside/shared';
import { fixedClock } from '../clock.js';
import type { AppServices } from '../context.js';
import type { Database } from '../db/client.js';
import { caseEvents, caseReporters, cases, citizens } from '../db/schema.js';
import { addReporter, closure, push, type Staff } from '../notices/test-support.js';
import { storeCrewPhoto } from '../photos/upload.js';
import { callerFor, createTestDatabase, photoFor, seedCategory, seedJob, seedStaff, testServices } from '../testing/index.js';
import { AttemptLimiter } from './attempt-limiter.js';

let database: Database;
let staff: Staff;
let categoryId: string;
const closedAt = new Date('2026-12-01T10:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  staff = await seedStaff(database.db);
  categoryId = (await seedCategory(database.db)).id;
});
afterAll(() => database.close());

/** A case closed with a before and an after photo, a staff note, and a second reporter by phone. */
async function closedCaseWithPhotos(services: AppServices) {
  const job = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
  const who = { userId: staff.crewUserA.id, userName: staff.crewUserA.name, crewId: staff.crewA.id };
  const before = photoFor(job.jobId, `before-${job.jobId}`, 'before');
  const after = photoFor(job.jobId, `after-${job.jobId}`, 'after');
  for (const photo of [before, after]) await storeCrewPhoto(database.db, services.photoStorage, who, photo, closedAt);
  await addReporter(database.db, job.caseId, { phone: '07700 900555', contactPreference: 'sms' });
  await callerFor(services, staff.dispatcher).cases.addNote({ caseId: job.caseId, text: 'Internal: resident is a councillor, handle with care' });
  await push(database.db, staff, closure(job.jobId, closedAt, { photoIds: [before.id, after.id] }));
  const [row] = await database.db.select({ token: cases.trackingToken }).from(cases).where(eq(cases.id, job.caseId));
  return { ...job, token: row!.token, before, after };
}

const citizen = (services: AppServices, address = '203.0.113.7') => callerFor(services, null, { address });

describe('tracking by the secret link', () => {
  it('shows the status, the public timeline and the after photo, and nothing for staff eyes', async () => {
    const services = testServices(database.db);
    const kase = await closedCaseWithPhotos(services);
    const view = await citizen(services).tracking.byToken({ reference: kase.reference, token: kase.token });
    expect(view).toMatchObject({ reference: kase.reference, categoryName: 'Pothole', status: 'resolved', address: 'High Street, Sutton' });
    expect(view.photoIds).toEqual([kase.after.id]);
    // Which steps are public is each domain's choice; what a citizen reads is fixed wording.
    const summaries = view.timeline.map((e) => e.summary);
    expect(summaries[0]).toBe('Reported (phone)');
    expect(summaries.at(-1)).toBe('Your report is resolved');
    expect(view.timeline.every((e) => e.text === null)).toBe(true);
    expect(view.notFixedUntil).toEqual(new Date('2026-12-15T10:00:00Z'));
    const text = JSON.stringify(view);
    for (const secret of [staff.crewUserA.name, staff.dispatcher.name, 'councillor', 'Filled and sealed', 'Dave', 'Ada', '07700', '@example.com', kase.token]) {
      expect(text).not.toContain(secret);
    }
  });

  it('answers a wrong token exactly as it answers a reference that does not exist', async () => {
    const services = testServices(database.db);
    const kase = await closedCaseWithPhotos(services);
    const errorOf = (input: { reference: string; token: string }) =>
      citizen(services).tracking.byToken(input).then(() => null, (error: { code: string; message: string }) => ({ code: error.code, message: error.message }));
    // One character changed (never to itself: a token can end in 'x').
    const wrongToken = `${kase.token.slice(0, -1)}${kase.token.endsWith('x') ? 'y' : 'x'}`;
    const wrong = await errorOf({ reference: kase.reference, token: wrongToken });
    expect(wrong).toEqual({ code: 'NOT_FOUND', message: trackingNotFound });
    expect(await errorOf({ reference: 'KS-2026-999999', token: kase.token })).toEqual(wrong);
    expect(await errorOf({ reference: kase.reference, token: '' })).toEqual(wrong);
  });
});

describe('tracking by reference and contact details', () => {
  it('finds the case by any reporter’s e-mail or phone, however it is written', async () => {
    const services = testServices(database.db);
    const kase = await closedCaseWithPhotos(services);
    const n = kase.reference;
    const [first] = await database.db
      .select({ email: citizens.email })
      .from(citizens)
      .innerJoin(caseReporters, eq(caseReporters.citizenId, citizens.id))
      .where(and(eq(caseReporters.caseId, kase.caseId), isNotNull(citizens.email)));
    const email = first!.email!;
    const link = { reference: n, token: kase.token };
    expect(await citizen(services).tracking.lookup({ reference: n.toLowerCase(), contact: email.toUpperCase() })).toEqual(link);
    expect(await citizen(services).tracking.lookup({ reference: n, contact: '+44 7700 900555' })).toEqual(link);
    for (const contact of ['someone@else.example', '07700 900000', '0']) {
      await expect(citizen(services).tracking.lookup({ reference: n, contact })).rejects.toMatchObject({ code: 'NOT_FOUND', message: trackingNotFound });
    }
  });
});

describe('rate limit', () => {
  it('stops an address after 20 misses in 10 minutes, even with the right token, and no other address', async () => {
    const services = { ...testServices(database.db), trackingLimiter: new AttemptLimiter(20, 10 * 60_000) };
    const kase = await closedCaseWithPhotos(services);
    for (let i = 0; i < 20; i++) {
      await expect(citizen(services).tracking.byToken({ reference: kase.reference, token: `guess-${i}` })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    await expect(citizen(services).tracking.byToken({ reference: kase.reference, token: kase.token })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await expect(citizen(services).tracking.lookup({ reference: kase.reference, contact: '07700 900555' })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(await citizen(services, '198.51.100.1').tracking.byToken({ reference: kase.reference, token: kase.token })).toMatchObject({ status: 'resolved' });
  });
});

describe("it's not fixed", () => {
  it('reopens the case with the citizen’s words, as text, and sends it back to the dispatcher', async () => {
    const clock = fixedClock(closedAt);
    const services = testServices(database.db, clock);
    const kase = await closedCaseWithPhotos(services);
    clock.advance(13 * 24 * 60 * 60_000);
    const words = 'Still a <b>hole</b> — deeper than before';
    const view = await citizen(services).tracking.notFixed({ reference: kase.reference, token: kase.token, text: words });
    expect(view).toMatchObject({ status: 'open', resolvedAt: null, notFixedUntil: null });
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'reopened', text: words });
    const [row] = await database.db.select().from(cases).where(eq(cases.id, kase.caseId));
    expect(row!.status).toBe('open');
    const [event] = await database.db.select().from(caseEvents).where(and(eq(caseEvents.caseId, kase.caseId), eq(caseEvents.kind, 'reopened')));
    expect(event).toMatchObject({ actorType: 'citizen', public: true, payload: { text: words, status: 'open' } });
    await expect(citizen(services).tracking.notFixed({ reference: kase.reference, token: kase.token, text: 'again' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses after 14 days with a clear message, and a wrong token learns nothing', async () => {
    const clock = fixedClock(closedAt);
    const services = testServices(database.db, clock);
    const kase = await closedCaseWithPhotos(services);
    clock.advance(14 * 24 * 60 * 60_000 + 1000);
    await expect(citizen(services).tracking.notFixed({ reference: kase.reference, token: kase.token, text: 'Still broken' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('more than 14 days'),
    });
    await expect(citizen(services).tracking.notFixed({ reference: kase.reference, token: 'nope', text: 'Still broken' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: trackingNotFound,
    });
    const [row] = await database.db.select().from(cases).where(eq(cases.id, kase.caseId));
    expect(row!.status).toBe('resolved');
  });
});
