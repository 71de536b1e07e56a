import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { caseEvents, caseReporters, cases, photos } from '../db/schema.js';
import { callerFor, createTestDatabase, fakeJpeg, seedCategory, seedStaff, testServices } from '../testing/index.js';
import { storeAttachment } from './attachments.js';
import { ada, fieldErrorsOf, highStreet, intakeRowCounts, north } from './test-helpers.js';

let database: Database;
let staff: Awaited<ReturnType<typeof seedStaff>>;
let pothole: { id: string };
let light: { id: string };
let near: { caseId: string; reference: string };
let nearer: { caseId: string };
let photoId: string;
const now = new Date('2026-12-01T10:00:00Z');

const agent = () => callerFor(testServices(database.db), staff.agent);
const report = (categoryId: string, at: { lat: number; lng: number }, description = 'Pothole') => ({
  caller: { kind: 'new' as const, name: 'First Reporter', email: 'first@example.com', contactPreference: 'email' as const },
  channel: 'phone' as const,
  categoryId,
  location: { ...at, address: 'High Street, Sutton' },
  description,
  answers: {},
});

beforeAll(async () => {
  database = await createTestDatabase();
  staff = await seedStaff(database.db);
  pothole = await seedCategory(database.db); // 50 m by default
  light = await seedCategory(database.db, { code: 'HW-LIGHT', name: 'Street light', duplicateRadiusM: 30 });
  const photo = await storeAttachment(database.db, testServices(database.db).photoStorage, { bytes: fakeJpeg('dup'), uploadedBy: null, allowPdf: false }, now);
  photoId = photo.id;
  near = await agent().intake.logCase({ ...report(pothole.id, north(highStreet, 40)), attachmentIds: [photo.id] });
  nearer = await agent().intake.logCase(report(pothole.id, north(highStreet, 10)));
  await agent().intake.logCase(report(pothole.id, north(highStreet, 80), 'Too far away'));
  await agent().intake.logCase(report(light.id, highStreet, 'Another category'));
  const closed = await agent().intake.logCase(report(pothole.id, north(highStreet, 5), 'Already fixed'));
  await database.db.update(cases).set({ status: 'resolved' }).where(eq(cases.id, closed.caseId));
});
afterAll(() => database.close());

describe('duplicate suggestions', () => {
  it('offers open cases of the same category within its radius, nearest first, with status, photo and reporters', async () => {
    const found = await agent().intake.duplicates({ categoryId: pothole.id, lat: highStreet.lat, lng: highStreet.lng });
    expect(found.map((d) => d.id)).toEqual([nearer.caseId, near.caseId]);
    expect(found[1]).toMatchObject({ reference: near.reference, status: 'open', photoId, reporterCount: 1 });
    expect(found[1]!.distanceM).toBeGreaterThanOrEqual(39);
    expect(found[1]!.distanceM).toBeLessThanOrEqual(41);
    expect(found[0]!.photoId).toBeNull();
  });

  it("uses each category's own radius", async () => {
    const found = await agent().intake.duplicates({ categoryId: light.id, ...north(highStreet, 35) });
    expect(found).toEqual([]);
    const close = await agent().intake.duplicates({ categoryId: light.id, ...north(highStreet, 25) });
    expect(close.map((d) => d.description)).toEqual(['Another category']);
  });

  it('includes cases in progress but not resolved ones', async () => {
    await database.db.update(cases).set({ status: 'in_progress' }).where(eq(cases.id, nearer.caseId));
    const found = await agent().intake.duplicates({ categoryId: pothole.id, ...highStreet });
    expect(found.map((d) => d.status)).toEqual(['in_progress', 'open']);
    expect(found.map((d) => d.description)).not.toContain('Already fixed');
  });
});

describe('attaching a report to an existing case', () => {
  it('adds the caller as a reporter with their channel and puts it on the timeline, without a second case', async () => {
    const before = await intakeRowCounts(database.db);
    const attached = await agent().intake.attachToCase({ caseId: near.caseId, caller: ada, channel: 'phone', description: 'Same hole, getting worse' });
    expect(attached).toMatchObject({ caseId: near.caseId, reference: near.reference });
    const after = await intakeRowCounts(database.db);
    expect(after.cases).toBe(before.cases);
    expect(after.caseReporters).toBe(before.caseReporters + 1);
    const reporters = await database.db.select().from(caseReporters).where(eq(caseReporters.caseId, near.caseId));
    expect(reporters.map((r) => r.channel)).toEqual(['phone', 'phone']);
    const timeline = await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, near.caseId));
    expect(timeline.slice(-2)).toMatchObject([
      { kind: 'reporter_added', public: false, channel: 'phone', payload: { citizenName: 'Ada Lovelace' } },
      { kind: 'contact', public: false, channel: 'phone', payload: { description: 'Same hole, getting worse' } },
    ]);
    const [found] = await agent().intake.duplicates({ categoryId: pothole.id, ...north(highStreet, 40) });
    expect(found).toMatchObject({ id: near.caseId, reporterCount: 2 });
  });

  it('records a second call from the same person as a contact, not a second reporter', async () => {
    const [citizen] = await agent().intake.searchCitizens({ q: 'ada@example.com' });
    const before = await intakeRowCounts(database.db);
    await agent().intake.attachToCase({ caseId: near.caseId, caller: { kind: 'known', citizenId: citizen!.id }, channel: 'letter' });
    const after = await intakeRowCounts(database.db);
    expect(after.caseReporters).toBe(before.caseReporters);
    expect(after.caseEvents).toBe(before.caseEvents + 1);
  });

  it('claims the new report photos for the case', async () => {
    const photo = await storeAttachment(database.db, testServices(database.db).photoStorage, { bytes: fakeJpeg('again'), uploadedBy: staff.agent.id, allowPdf: true }, now);
    await agent().intake.attachToCase({ caseId: near.caseId, caller: ada, channel: 'phone', attachmentIds: [photo.id] });
    const [row] = await database.db.select({ caseId: photos.caseId }).from(photos).where(eq(photos.id, photo.id));
    expect(row!.caseId).toBe(near.caseId);
  });

  it('refuses a resolved case and a photo already on another case, changing nothing', async () => {
    const [resolved] = await database.db.select({ id: cases.id }).from(cases).where(eq(cases.status, 'resolved'));
    const before = await intakeRowCounts(database.db);
    await expect(agent().intake.attachToCase({ caseId: resolved!.id, caller: ada, channel: 'phone' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const stolen = await agent().intake.attachToCase({ caseId: nearer.caseId, caller: ada, channel: 'phone', attachmentIds: [photoId] }).catch((e: unknown) => e);
    expect(fieldErrorsOf(stolen).attachmentIds).toMatch(/already on another case/);
    expect(await intakeRowCounts(database.db)).toEqual(before);
  });
});

describe('a further contact on an existing case', () => {
  it('goes on the timeline with its channel and who took it', async () => {
    await agent().intake.logContact({ caseId: nearer.caseId, channel: 'letter', summary: 'Letter asking for an update' });
    const timeline = await agent().cases.get({ caseId: nearer.caseId });
    expect(timeline.timeline.at(-1)).toMatchObject({ kind: 'contact', channel: 'letter', actorName: staff.agent.name, payload: { summary: 'Letter asking for an update' } });
  });

  it('refuses an empty or marked-up summary', async () => {
    const before = await intakeRowCounts(database.db);
    for (const summary of ['  ', '<img src=x onerror=alert(1)>']) {
      const error = await agent().intake.logContact({ caseId: nearer.caseId, channel: 'phone', summary }).catch((e: unknown) => e);
      expect(fieldErrorsOf(error).summary).toBeTruthy();
    }
    expect(await intakeRowCounts(database.db)).toEqual(before);
  });
});
