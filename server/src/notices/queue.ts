// Writing notices into the outbox. Always inside the transaction of the change that causes them,
// so a closure and its notices commit together or not at all.
import { and, eq, gt, isNull, max } from 'drizzle-orm';
import { fallbackChannelsAfter, noticeChannelLabels, type NoticeChannel } from '@kerbside/shared';
import { appendCaseEvent, systemActor } from '../cases/timeline.js';
import type { Db } from '../db/client.js';
import { caseEvents, notices } from '../db/schema.js';
import { closureNoticeText, type NoticeText } from './compose.js';
import { addressFor, loadClosureFacts, reportersToTell, type NoticeRecipient } from './facts.js';

async function insertNotice(
  db: Db,
  notice: { caseId: string; citizenId: string; channel: NoticeChannel; text: NoticeText; fallbackFromId?: string },
  now: Date,
): Promise<string> {
  const [row] = await db
    .insert(notices)
    .values({
      caseId: notice.caseId,
      citizenId: notice.citizenId,
      kind: 'closure',
      channel: notice.channel,
      subject: notice.text.subject,
      body: notice.text.body,
      nextAttemptAt: now,
      fallbackFromId: notice.fallbackFromId ?? null,
      createdAt: now,
    })
    .returning({ id: notices.id });
  const id = row!.id;
  await appendCaseEvent(db, {
    caseId: notice.caseId,
    kind: 'notice_queued',
    actor: systemActor,
    at: now,
    payload: {
      noticeId: id,
      channel: notice.channel,
      fallbackFromId: notice.fallbackFromId ?? null,
      summary: notice.fallbackFromId
        ? `Closure notice queued again by ${noticeChannelLabels[notice.channel].toLowerCase()}`
        : `Closure notice queued (${noticeChannelLabels[notice.channel].toLowerCase()})`,
    },
  });
  return id;
}

/**
 * Citizens already sent a closure notice since the case was last reopened. The ledger already stops
 * a repeated push; this stops any other path from queueing a second notice for the same closure.
 */
async function alreadyTold(db: Db, caseId: string): Promise<Set<string>> {
  const [reopened] = await db
    .select({ at: max(caseEvents.at) })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, 'reopened')));
  const rows = await db
    .select({ citizenId: notices.citizenId })
    .from(notices)
    .where(
      and(
        eq(notices.caseId, caseId),
        eq(notices.kind, 'closure'),
        isNull(notices.fallbackFromId),
        reopened?.at ? gt(notices.createdAt, reopened.at) : undefined,
      ),
    );
  return new Set(rows.map((r) => r.citizenId));
}

/** One closure notice per reporter who wants to hear back, on the channel they chose. */
export async function queueClosureNotices(db: Db, caseIds: readonly string[], now: Date): Promise<string[]> {
  const queued: string[] = [];
  for (const caseId of caseIds) {
    const reporters = await reportersToTell(db, caseId);
    if (reporters.length === 0) continue;
    const facts = await loadClosureFacts(db, caseId);
    if (!facts) continue;
    const told = await alreadyTold(db, caseId);
    for (const reporter of reporters) {
      if (told.has(reporter.citizenId) || reporter.contactPreference === 'none') continue;
      const channel = reporter.contactPreference;
      const text = closureNoticeText(facts, channel);
      queued.push(await insertNotice(db, { caseId, citizenId: reporter.citizenId, channel, text }, now));
    }
  }
  return queued;
}

export interface FailedNotice {
  id: string;
  caseId: string;
  citizenId: string;
  channel: NoticeChannel;
  subject: string;
  body: string;
}

/** The next channel, after one that failed for good, that the citizen gave us an address for. */
export function fallbackChannelFor(recipient: NoticeRecipient, failed: NoticeChannel): NoticeChannel | null {
  return fallbackChannelsAfter(failed).find((c) => addressFor(recipient, c) !== null) ?? null;
}

/** Queues the notice again on `channel`, worded for that channel, pointing back at the one that failed. */
export async function queueFallbackNotice(db: Db, failed: FailedNotice, channel: NoticeChannel, now: Date): Promise<string> {
  const facts = await loadClosureFacts(db, failed.caseId);
  const text = facts ? closureNoticeText(facts, channel) : { subject: failed.subject, body: failed.body };
  return insertNotice(db, { caseId: failed.caseId, citizenId: failed.citizenId, channel, text, fallbackFromId: failed.id }, now);
}
