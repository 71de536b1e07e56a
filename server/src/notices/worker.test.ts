import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { fixedClock } from '../clock.js';
import type { Database } from '../db/client.js';
import { caseEvents, cases, mailbox, notices } from '../db/schema.js';
import { createTestDatabase, seedCategory, seedJob, seedStaff } from '../testing/index.js';
import { MailboxAdapter } from './adapters/mailbox.js';
import type { NoticeAdapters } from './adapters/types.js';
import { addReporter, closedCase, closure, push, ScriptedAdapter, type Staff } from './test-support.js';
import { NoticeWorker } from './worker.js';

let database: Database;
let staff: Staff;
let categoryId: string;
const publicUrl = 'https://report.example.gov.uk';

beforeAll(async () => {
  database = await createTestDatabase();
  staff = await seedStaff(database.db);
  categoryId = (await seedCategory(database.db)).id;
});
afterAll(() => database.close());

const start = new Date('2026-12-01T12:00:00Z');
function workerWith(adapters: Partial<NoticeAdapters>, clock = fixedClock(start)) {
  const fallback = new MailboxAdapter(database.db, 'development mailbox', clock.now);
  const all = { email: fallback, sms: fallback, letter: new MailboxAdapter(database.db, 'print queue', clock.now), ...adapters };
  return { clock, worker: new NoticeWorker({ db: database.db, adapters: all, clock, publicUrl, random: () => 1 }) };
}
const noticesOf = (caseId: string) => database.db.select().from(notices).where(eq(notices.caseId, caseId)).orderBy(notices.createdAt);
const eventsOf = async (caseId: string) =>
  (await database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(caseEvents.id)).filter((e) => e.kind.startsWith('notice_'));

describe('notice worker', () => {
  it('sends a closure notice to the development mailbox with a working tracking link', async () => {
    const job = await closedCase(database.db, staff, categoryId);
    const { worker } = workerWith({});
    expect(await worker.drain()).toBeGreaterThanOrEqual(1);
    const [caseRow] = await database.db.select().from(cases).where(eq(cases.id, job.caseId));
    const [notice] = await noticesOf(job.caseId);
    expect(notice).toMatchObject({ state: 'sent', attempts: 1, sentAt: start });
    const [mail] = await database.db.select().from(mailbox).where(eq(mailbox.noticeId, notice!.id));
    expect(mail!.recipient).toMatch(/^ada\d+@example\.com$/);
    expect(mail!.body).toContain(`${publicUrl}/track/${job.reference}?t=${caseRow!.trackingToken}`);
    expect(mail!.body).toContain('Tuesday 1 December 2026');
    expect(mail!.body).not.toContain('Dave');
    expect((await eventsOf(job.caseId)).map((e) => e.kind)).toEqual(['notice_queued', 'notice_attempt', 'notice_sent']);
  });

  it('retries with exponential backoff, recording each try, until it goes', async () => {
    const job = await closedCase(database.db, staff, categoryId);
    const flaky = new ScriptedAdapter('SMTP', (_n, call) => (call < 3 ? { ok: false, permanent: false, error: `421 busy (${call})` } : { ok: true }));
    const { worker, clock } = workerWith({ email: flaky });
    await worker.drain();
    let [notice] = await noticesOf(job.caseId);
    // random() = 1: the whole delay, 30 s after the first failure.
    expect(notice).toMatchObject({ state: 'pending', attempts: 1, lastError: '421 busy (1)', nextAttemptAt: new Date(start.getTime() + 30_000) });
    clock.advance(29_000);
    expect(await worker.drain()).toBe(0);
    clock.advance(1_000);
    await worker.drain();
    [notice] = await noticesOf(job.caseId);
    expect(notice).toMatchObject({ state: 'pending', attempts: 2, nextAttemptAt: new Date(start.getTime() + 30_000 + 60_000) });
    clock.advance(60_000);
    await worker.drain();
    [notice] = await noticesOf(job.caseId);
    expect(notice).toMatchObject({ state: 'sent', attempts: 3, lastError: null });
    expect(flaky.sent.map((n) => n.attempt)).toEqual([1, 2, 3]);
    const attempts = (await eventsOf(job.caseId)).filter((e) => e.kind === 'notice_attempt');
    expect(attempts.map((e) => e.payload.result)).toEqual(['retry', 'retry', 'sent']);
  });

  it('falls back from e-mail to text message when e-mail fails for good, and records it', async () => {
    const job = await closedCase(database.db, staff, categoryId);
    const bounced = new ScriptedAdapter('SMTP', () => ({ ok: false, permanent: true, error: '550 no such mailbox' }));
    const { worker } = workerWith({ email: bounced });
    await worker.drain();
    const [email, sms] = await noticesOf(job.caseId);
    expect(email).toMatchObject({ channel: 'email', state: 'failed', lastError: '550 no such mailbox' });
    expect(sms).toMatchObject({ channel: 'sms', state: 'sent', fallbackFromId: email!.id });
    const [text] = await database.db.select().from(mailbox).where(eq(mailbox.noticeId, sms!.id));
    expect(text).toMatchObject({ channel: 'sms', recipient: '07700 900123' });
    expect(text!.body).toContain(job.reference);
    const events = await eventsOf(job.caseId);
    expect(events.map((e) => e.kind)).toEqual(['notice_queued', 'notice_attempt', 'notice_failed', 'notice_queued', 'notice_attempt', 'notice_sent']);
    expect(events[2]!.payload).toMatchObject({ noticeId: email!.id, fallbackChannel: 'sms', error: '550 no such mailbox' });
    expect(events[3]!.payload).toMatchObject({ noticeId: sms!.id, fallbackFromId: email!.id });
  });

  it('gives up on a channel after the last retry, and on the citizen when no channel is left', async () => {
    const job = await seedJob(database.db, categoryId, staff.crewA.id, staff.dispatcher);
    const only = await addReporter(database.db, job.caseId, { phone: '07700 900999', contactPreference: 'sms' });
    await push(database.db, staff, closure(job.jobId, start));
    const down = new ScriptedAdapter('GOV.UK Notify', () => ({ ok: false, permanent: false, error: 'Notify 503: down' }));
    const { worker, clock } = workerWith({ sms: down });
    for (let i = 0; i < 10; i++) {
      await worker.drain();
      clock.advance(60 * 60_000);
    }
    const mine = (await noticesOf(job.caseId)).filter((n) => n.citizenId === only);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ state: 'failed', attempts: 8 });
    const failed = (await eventsOf(job.caseId)).filter((e) => e.kind === 'notice_failed' && e.payload.noticeId === mine[0]!.id);
    expect(failed[0]!.payload).toMatchObject({ fallbackChannel: null });
  });

  it('takes over a notice whose worker died mid-send, and the late worker records nothing', async () => {
    const job = await closedCase(database.db, staff, categoryId);
    const clock = fixedClock(start);
    const hung = new ScriptedAdapter('SMTP', () => new Promise(() => {}));
    const dead = new NoticeWorker({ db: database.db, adapters: { email: hung, sms: hung, letter: hung }, clock, publicUrl, leaseMs: 120_000, sendTimeoutMs: 3_600_000 });
    void dead.runOnce();
    await new Promise((r) => setTimeout(r, 200));
    const [claimed] = await noticesOf(job.caseId);
    expect(claimed).toMatchObject({ state: 'sending', attempts: 1 });

    const { worker } = workerWith({}, clock);
    expect(await worker.drain()).toBe(0); // still within the lease
    clock.advance(120_000);
    await worker.drain();
    const [notice] = await noticesOf(job.caseId);
    expect(notice).toMatchObject({ state: 'sent', attempts: 2 });
    expect(await database.db.select().from(mailbox).where(eq(mailbox.noticeId, notice!.id))).toHaveLength(1);
  });

  it('delivers to the mailbox once however often the same notice is sent', async () => {
    const adapter = new MailboxAdapter(database.db);
    const job = await closedCase(database.db, staff, categoryId);
    const [notice] = await noticesOf(job.caseId);
    const outgoing = { id: notice!.id, channel: 'email' as const, recipient: 'a@example.com', subject: 's', body: 'b', caseReference: job.reference, attempt: 1 };
    await adapter.send(outgoing);
    await adapter.send({ ...outgoing, attempt: 2 });
    expect(await database.db.select().from(mailbox).where(eq(mailbox.noticeId, notice!.id))).toHaveLength(1);
  });

  it('stops cleanly, finishing the notice in hand', async () => {
    const job = await closedCase(database.db, staff, categoryId);
    let release!: () => void;
    // Only the first send waits; anything else due (left by earlier tests) goes straight through.
    const slow = new ScriptedAdapter('SMTP', (_n, call) =>
      call === 1 ? new Promise((resolve) => (release = () => resolve({ ok: true }))) : { ok: true },
    );
    const { worker } = workerWith({ email: slow });
    worker.start();
    await new Promise((r) => setTimeout(r, 200));
    const stopped = worker.stop();
    release();
    await stopped;
    const [notice] = await noticesOf(job.caseId);
    expect(notice!.state).toBe('sent');
  });
});

describe('a send that never answers', () => {
  it('counts as a temporary failure after the time limit, so the lease is never outlived', async () => {
    const job = await closedCase(database.db, staff, categoryId);
    const silent = new ScriptedAdapter('GOV.UK Notify', () => new Promise(() => {}));
    const clock = fixedClock(start);
    const worker = new NoticeWorker({ db: database.db, adapters: { email: silent, sms: silent, letter: silent }, clock, publicUrl, sendTimeoutMs: 50, random: () => 1 });
    await worker.runOnce();
    const [notice] = await noticesOf(job.caseId);
    expect(notice).toMatchObject({ state: 'pending', attempts: 1, lastError: 'No answer within 0.05 s' });
  });
});
