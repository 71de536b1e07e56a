// Step (a) of a sync round: send this person's unsent changes, in seq order, and record answers.
import type { MutationResult, PushMutation } from '@kerbside/shared';
import type { KerbsideDeviceDb, OutboxEntry } from './local-db';
import type { SyncUser } from './outbox';
import { unsentEntries } from './queries';
import { failureOf, TransportError, type SyncTransport } from './transport';

/** One sync round's fixed facts. */
export interface Round {
  db: KerbsideDeviceDb;
  transport: SyncTransport;
  user: SyncUser;
  deviceId: string;
  now(): Date;
  /** Throws if another person has signed in since the round began: never send under their session. */
  checkUser(): void;
}

/** Small batches: a lost answer costs little to resend, and a slow link still gets through. */
export const pushBatchSize = 25;

export async function pushOutbox(round: Round): Promise<void> {
  for (;;) {
    const batch = await unsentEntries(round.db, round.user.id, pushBatchSize);
    if (batch.length === 0) return;
    round.checkUser();
    let results: MutationResult[];
    try {
      results = (await round.transport.push(round.deviceId, batch.map(toWire), round.user.id)).results;
    } catch (error) {
      const failure = failureOf(error);
      await noteAttempt(round.db, batch, failure.message);
      throw failure;
    }
    // Every item is either acknowledged, refused or marked for retry here, so this loop ends.
    const retry = await recordResults(round.db, batch, results);
    if (retry) throw new TransportError('temporary', retry);
  }
}

const toWire = (e: OutboxEntry): PushMutation => ({ id: e.id, seq: e.seq, kind: e.kind, args: e.args, createdAt: e.createdAt });

/**
 * Acknowledged (applied, or a repeat of one applied) → the entry leaves the phone. Refused → kept,
 * with the server's words, never sent again. Retry, or no answer for an item → kept for the next
 * round; returns the reason so the round stops (later items must not overtake it for long).
 */
async function recordResults(db: KerbsideDeviceDb, batch: OutboxEntry[], results: MutationResult[]): Promise<string | null> {
  const answers = new Map(results.map((r) => [r.id, r]));
  let retry: string | null = null;
  await db.transaction('rw', db.outbox, async () => {
    for (const entry of batch) {
      const answer = answers.get(entry.id);
      if (answer?.status === 'applied' || answer?.status === 'duplicate') {
        await db.outbox.delete(entry.id);
      } else if (answer?.status === 'rejected') {
        await db.outbox.update(entry.id, { state: 'rejected', lastError: answer.reason, errorCode: answer.code, attempts: entry.attempts + 1 });
      } else {
        const reason = answer?.status === 'retry' ? answer.reason : 'The server did not answer for this change; it will be sent again.';
        retry ??= reason;
        await db.outbox.update(entry.id, { state: 'pending', lastError: reason, attempts: entry.attempts + 1 });
      }
    }
  });
  return retry;
}

async function noteAttempt(db: KerbsideDeviceDb, batch: OutboxEntry[], message: string) {
  await db.transaction('rw', db.outbox, async () => {
    for (const entry of batch) await db.outbox.update(entry.id, { lastError: message, attempts: entry.attempts + 1 });
  });
}
