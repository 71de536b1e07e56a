import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { caseEvents, caseReporters, cases, citizens, photos } from '../db/schema.js';
import { callerFor, createTestDatabase, fakeJpeg, seedCategory, seedStaff, testServices } from '../testing/index.js';
import { storeAttachment } from './attachments.js';
import { ada, fieldErrorsOf, highStreet, intakeRowCounts } from './test-helpers.js';

let database: Database;
let staff: Awaited<ReturnType<typeof seedStaff>>;
let pothole: { id: string };
let flytip: { id: string };
const now = new Date('2026-12-01T10:00:00Z'); // a Tuesday

beforeAll(async () => {
  database = await createTestDatabase();
  staff = await seedStaff(database.db);
  pothole = await seedCategory(database.db, {
    questions: [{ id: 'depth', label: 'Roughly how deep is it?', kind: 'choice', choices: ['Shallow', 'Deep'], required: true }],
  });
  flytip = await seedCategory(database.db, { code: 'WS-FLYTIP', service: 'waste', name: 'Fly-tipping', allowAnonymous: true, slaAmount: 3 });
});
afterAll(() => database.close());

const agent = () => callerFor(testServices(database.db), staff.agent);
const phoneCall = () => ({
  caller: ada,
  channel: 'phone' as const,
  categoryId: pothole.id,
  location: highStreet,
  description: 'Deep pothole outside the bakery',
  answers: { depth: 'Deep' },
});

describe('an agent logs a case', () => {
  it('gives it a reference and an SLA due time, records the caller, and the dispatcher sees it in the queue', async () => {
    const logged = await agent().intake.logCase(phoneCall());
    expect(logged.reference).toMatch(/^KS-2026-\d{6}$/);
    // 5 working days from Tuesday 10:00 is the next Tuesday, end of the working day or later.
    expect(logged.slaDueAt.getTime()).toBeGreaterThan(now.getTime() + 5 * 86_400_000);
    const queue = await callerFor(testServices(database.db), staff.dispatcher).cases.list({ status: 'open', limit: 50 });
    expect(queue.find((c) => c.id === logged.caseId)).toMatchObject({ reference: logged.reference, channel: 'phone' });
    const [reporter] = await database.db
      .select({ name: citizens.name, preference: citizens.contactPreference, channel: caseReporters.channel })
      .from(caseReporters)
      .innerJoin(citizens, eq(citizens.id, caseReporters.citizenId))
      .where(eq(caseReporters.caseId, logged.caseId));
    expect(reporter).toEqual({ name: 'Ada Lovelace', preference: 'email', channel: 'phone' });
    const [stored] = await database.db.select({ answers: cases.answers }).from(cases).where(eq(cases.id, logged.caseId));
    expect(stored!.answers).toEqual({ depth: 'Deep' });
  });

  it('logs a case for a caller already known, updating how they want to hear back', async () => {
    const first = await agent().intake.logCase(phoneCall());
    const [row] = await database.db.select({ id: caseReporters.citizenId }).from(caseReporters).where(eq(caseReporters.caseId, first.caseId));
    const before = await intakeRowCounts(database.db);
    const second = await agent().intake.logCase({
      ...phoneCall(),
      channel: 'letter',
      caller: { kind: 'known', citizenId: row!.id, contactPreference: 'letter' },
    });
    const after = await intakeRowCounts(database.db);
    expect(after.citizens).toBe(before.citizens);
    expect(second.reference).not.toBe(first.reference);
    const [citizen] = await database.db.select().from(citizens).where(eq(citizens.id, row!.id));
    expect(citizen!.contactPreference).toBe('letter');
  });

  it('claims uploaded attachments for the case, and names a bare map pin after the nearest street', async () => {
    const photo = await storeAttachment(database.db, testServices(database.db).photoStorage, { bytes: fakeJpeg('hole'), uploadedBy: staff.agent.id, allowPdf: true }, now);
    const logged = await agent().intake.logCase({
      ...phoneCall(),
      location: { lat: highStreet.lat, lng: highStreet.lng },
      attachmentIds: [photo.id],
    });
    const [claimed] = await database.db.select({ caseId: photos.caseId }).from(photos).where(eq(photos.id, photo.id));
    expect(claimed!.caseId).toBe(logged.caseId);
    const [stored] = await database.db.select({ address: cases.address }).from(cases).where(eq(cases.id, logged.caseId));
    expect(stored!.address).toBe('Near High Street, Sutton SM1');
  });

  it('starts the timeline with the contact and its channel', async () => {
    const logged = await agent().intake.logCase({ ...phoneCall(), channel: 'in_person' });
    const timeline = await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, logged.caseId));
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({ kind: 'contact', channel: 'in_person', actorName: staff.agent.name });
  });

  it('logs an anonymous report only where the category allows it', async () => {
    const anonymous = await agent().intake.logCase({ ...phoneCall(), caller: null, categoryId: flytip.id, answers: {} });
    expect(anonymous.reference).toMatch(/^KS-/);
    const refused = await agent().intake.logCase({ ...phoneCall(), caller: null }).catch((e: unknown) => e);
    expect(fieldErrorsOf(refused)).toEqual({ caller: 'Pothole reports need a name and contact details' });
  });

  it('is for agents (and admin) only', async () => {
    await expect(callerFor(testServices(database.db), staff.dispatcher).intake.logCase(phoneCall())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(callerFor(testServices(database.db), null).intake.logCase(phoneCall())).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(callerFor(testServices(database.db), staff.admin).intake.logCase(phoneCall())).resolves.toMatchObject({ reference: expect.any(String) });
  });
});

describe('bad input gets a clear error on its field and creates nothing', () => {
  const refusals: [string, () => object, string, RegExp][] = [
    ['a 4,001-character description', () => ({ description: 'x'.repeat(4001) }), 'description', /4,000 characters or fewer/],
    ['an empty description', () => ({ description: '   ' }), 'description', /Describe the problem/],
    ['script tags', () => ({ description: 'Hole <script>alert(1)</script>' }), 'description', /HTML tags/],
    ['no location', () => ({ location: undefined }), 'location', /Choose where the problem is/],
    ['a place outside the borough', () => ({ location: { lat: 51.5, lng: -0.12, address: 'Trafalgar Square' } }), 'location', /outside the area/],
    ['an unknown category', () => ({ categoryId: '00000000-0000-4000-8000-000000000000' }), 'categoryId', /Choose a category/],
    ['a required question left unanswered', () => ({ answers: {} }), 'answers.depth', /Roughly how deep/],
    ['an answer not on the list', () => ({ answers: { depth: 'Bottomless' } }), 'answers.depth', /from the list/],
    ['e-mail chosen with no address', () => ({ caller: { ...ada, email: null } }), 'caller.email', /Enter an e-mail address/],
    ['a malformed e-mail address', () => ({ caller: { ...ada, email: 'ada-at-example' } }), 'caller.email', /correct format/],
    ['a file id that was never uploaded', () => ({ attachmentIds: ['00000000-0000-4000-8000-000000000001'] }), 'attachmentIds', /Upload it again/],
  ];

  for (const [what, change, field, message] of refusals) {
    it(`refuses ${what}`, async () => {
      const before = await intakeRowCounts(database.db);
      const error = await agent()
        .intake.logCase({ ...phoneCall(), ...change() } as never)
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'BAD_REQUEST' });
      expect(fieldErrorsOf(error)[field]).toMatch(message);
      expect(await intakeRowCounts(database.db)).toEqual(before);
    });
  }

  it('stores angle brackets that are not markup exactly as typed, as plain text', async () => {
    const text = 'Hole is < 5 cm deep & > 30 cm wide; "kids" trip on it';
    const logged = await agent().intake.logCase({ ...phoneCall(), description: text });
    const detail = await agent().cases.get({ caseId: logged.caseId });
    expect(detail.timeline[0]!.payload.description).toBe(text);
    const [stored] = await database.db.select({ description: cases.description }).from(cases).where(eq(cases.id, logged.caseId));
    expect(stored!.description).toBe(text);
  });
});
