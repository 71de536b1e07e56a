// Recording what happened to one try, with its timeline entries, in one transaction. Every write is
// fenced on (state 'sending', attempts): a worker whose lease ran out and was overtaken records nothing.
import { and, eq } from 'drizzle-orm';
import { noticeChannelLabels, type NoticeChannel } from '@kerbside/shared';
import { appendCaseEvent, systemActor } from '../cases/timeline.js';
import type { Db } from '../db/client.js';
import { notices } from '../db/schema.js';
import type { ClaimedNotice } from './claim.js';
import type { NoticeRecipient } from './facts.js';
import { fallbackChannelFor, queueFallbackNotice } from './queue.js';

export type Attempt = ClaimedNotice & { channel: NoticeChannel; via: string };

const label = (channel: NoticeChannel) => noticeChannelLabels[channel].toLowerCase();

async function fencedUpdate(db: Db, notice: Attempt, set: Partial<typeof notices.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(notices)
    .set(set)
    .where(and(eq(notices.id, notice.id), eq(notices.state, 'sending'), eq(notices.attempts, notice.attempts)))
    .returning({ id: notices.id });
  return rows.length > 0;
}

async function attemptEvent(db: Db, notice: Attempt, now: Date, outcome: Record<string, unknown>) {
  await appendCaseEvent(db, {
    caseId: notice.caseId,
    kind: 'notice_attempt',
    actor: systemActor,
    at: now,
    payload: { noticeId: notice.id, channel: notice.channel, attempt: notice.attempts, via: notice.via, ...outcome },
  });
}

export function recordSent(db: Db, notice: Attempt, providerId: string | undefined, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await fencedUpdate(tx, notice, { state: 'sent', sentAt: now, lastError: null }))) return false;
    await attemptEvent(tx, notice, now, { result: 'sent', summary: `Try ${notice.attempts}: accepted by ${notice.via}` });
    const summary =
      notice.via === 'print queue' ? 'Closure letter queued for printing' : `Closure notice sent by ${label(notice.channel)}`;
    await appendCaseEvent(tx, {
      caseId: notice.caseId,
      kind: 'notice_sent',
      actor: systemActor,
      at: now,
      payload: { noticeId: notice.id, channel: notice.channel, via: notice.via, providerId: providerId ?? null, summary },
    });
    return true;
  });
}

export function recordRetry(db: Db, notice: Attempt, error: string, retryAt: Date, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await fencedUpdate(tx, notice, { state: 'pending', nextAttemptAt: retryAt, lastError: error }))) return false;
    await attemptEvent(tx, notice, now, {
      result: 'retry',
      error,
      retryAt: retryAt.toISOString(),
      summary: `Try ${notice.attempts} by ${label(notice.channel)} failed; trying again later`,
    });
    return true;
  });
}

/** The channel failed for good: mark it, and queue the next channel the citizen can be reached on. */
export function recordFailure(db: Db, notice: Attempt, error: string, recipient: NoticeRecipient | null, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await fencedUpdate(tx, notice, { state: 'failed', lastError: error }))) return false;
    await attemptEvent(tx, notice, now, { result: 'failed', error, summary: `Try ${notice.attempts} by ${label(notice.channel)} failed for good` });
    const fallback = recipient ? fallbackChannelFor(recipient, notice.channel) : null;
    await appendCaseEvent(tx, {
      caseId: notice.caseId,
      kind: 'notice_failed',
      actor: systemActor,
      at: now,
      payload: {
        noticeId: notice.id,
        channel: notice.channel,
        error,
        fallbackChannel: fallback,
        summary: fallback
          ? `Closure notice could not go by ${label(notice.channel)}; trying ${label(fallback)} instead`
          : `Closure notice could not go by ${label(notice.channel)}, and there is no other way to reach the citizen`,
      },
    });
    if (fallback) await queueFallbackNotice(tx, notice, fallback, now);
    return true;
  });
}
