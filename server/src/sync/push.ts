import { eq } from 'drizzle-orm';
import { mutationArgs, type MutationResult, type PushMutation } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { mutationLedger } from '../db/schema.js';
import { DomainError } from '../errors.js';
import { applyMutation, type Applier } from './apply.js';
import { touchDevice, type DeviceIdentity } from './pull.js';

/**
 * Applies each mutation in its own transaction together with its ledger row, in the order given.
 * A repeat answers what the first time answered and changes nothing. One bad item never fails the batch.
 */
export async function pushMutations(
  db: Db,
  who: DeviceIdentity & { userName: string; deviceId: string },
  mutations: PushMutation[],
  now: Date,
  applier: Applier = applyMutation,
): Promise<MutationResult[]> {
  const results: MutationResult[] = [];
  let blocked = false;
  for (const mutation of [...mutations].sort((a, b) => a.seq - b.seq)) {
    // Order matters (a start before its closure): after a temporary failure nothing later is applied.
    if (blocked) {
      results.push({ id: mutation.id, status: 'retry', reason: 'Waiting for an earlier change to be applied first.' });
      continue;
    }
    const result = await pushOne(db, who, mutation, now, applier);
    blocked = result.status === 'retry';
    results.push(result);
  }
  await touchDevice(db, who, now);
  return results;
}

async function pushOne(
  db: Db,
  who: DeviceIdentity & { userName: string; deviceId: string },
  mutation: PushMutation,
  now: Date,
  applier: Applier,
): Promise<MutationResult> {
  const earlier = await ledgerEntry(db, mutation.id);
  if (earlier) return asDuplicate(earlier, mutation.id, who.userId);
  try {
    return await db.transaction(async (tx) => {
      const result = await applier(tx, who, { ...parseMutation(mutation), id: mutation.id }, now);
      await tx.insert(mutationLedger).values({ id: mutation.id, deviceId: who.deviceId, userId: who.userId, kind: mutation.kind, result: { status: 'applied', result }, appliedAt: now });
      return { id: mutation.id, status: 'applied' as const, result };
    });
  } catch (error) {
    // Another request applied the same id first: answer as it did.
    const raced = await ledgerEntry(db, mutation.id);
    if (raced) return asDuplicate(raced, mutation.id, who.userId);
    if (!(error instanceof DomainError)) {
      return { id: mutation.id, status: 'retry', reason: 'The server could not apply this just now; it will be tried again.' };
    }
    // A permanent refusal is recorded too, so a retry gets the same answer and the crew sees why.
    const rejected = { status: 'rejected' as const, code: error.code, reason: error.message };
    await db
      .insert(mutationLedger)
      .values({ id: mutation.id, deviceId: who.deviceId, userId: who.userId, kind: mutation.kind, result: rejected, appliedAt: now })
      .onConflictDoNothing();
    return { id: mutation.id, ...rejected };
  }
}

function parseMutation(mutation: PushMutation) {
  if (!(mutation.kind in mutationArgs)) throw new DomainError('bad_input', `Unknown change "${mutation.kind}"`);
  const kind = mutation.kind as keyof typeof mutationArgs;
  const parsed = mutationArgs[kind].safeParse(mutation.args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError('bad_input', `${issue.path.join('.') || 'args'}: ${issue.message}`);
  }
  return { kind, args: parsed.data } as Parameters<Applier>[2];
}

async function ledgerEntry(db: Db, id: string) {
  const [row] = await db
    .select({ userId: mutationLedger.userId, result: mutationLedger.result })
    .from(mutationLedger)
    .where(eq(mutationLedger.id, id));
  return row;
}

function asDuplicate(entry: { userId: string; result: Record<string, unknown> }, id: string, userId: string): MutationResult {
  // Ids are random UUIDs; one arriving from another user is not a retry of theirs.
  if (entry.userId !== userId) return { id, status: 'rejected', code: 'conflict', reason: 'This change id was already used' };
  const first = entry.result as
    | { status: 'applied'; result: Record<string, unknown> }
    | { status: 'rejected'; code: string; reason: string };
  if (first.status === 'rejected') return { id, ...first };
  return { id, status: 'duplicate', result: first.result };
}
