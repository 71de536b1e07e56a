// Jepsen-style property test of the device sync engine against the real server (DESIGN.md §3a):
// for each seed, random crew work under seeded network faults and app crashes, then heal and
// check that nothing was lost, nothing applied twice, in order, and the phone agrees with the server.
// Replay one seed: KERBSIDE_SYNC_SEED=<seed> KERBSIDE_SYNC_SEEDS=1 pnpm vitest run --project client jepsen
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fault } from './testing/faulty-transport';
import { violations } from './testing/jepsen-invariants';
import { runSeed } from './testing/jepsen-scenario';
import { createWorld, type World } from './testing/server-world';
import type { SyncTransport } from './transport';

const seeds = Number(process.env.KERBSIDE_SYNC_SEEDS ?? 1000);
const firstSeed = Number(process.env.KERBSIDE_SYNC_SEED ?? 1);
let world: World;

beforeAll(async () => {
  world = await createWorld();
}, 120_000);
afterAll(() => world?.close());

describe('sync under faults (Jepsen-style)', () => {
  it(`loses nothing and applies nothing twice over ${seeds} seeds`, async () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const faults = new Map<Fault, number>();
    let changes = 0;
    for (let seed = firstSeed; seed < firstSeed + seeds; seed++) {
      const run = await runSeed(world, seed);
      const problems = await violations(world, run);
      const replay = `seed ${seed} — replay with KERBSIDE_SYNC_SEED=${seed} KERBSIDE_SYNC_SEEDS=1\ntrace: ${run.trace.join(' ')}\nfaults: ${run.faulty.faults.join(' ')}`;
      expect(problems, replay).toEqual([]);
      for (const f of run.faulty.faults) faults.set(f, (faults.get(f) ?? 0) + 1);
      changes += run.recorded.length;
      await run.db.delete();
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const used = process.cpuUsage(cpu);
    const cpuSeconds = ((used.user + used.system) / 1e6).toFixed(1);
    console.info(`jepsen: ${seeds} seeds, ${changes} changes, ${seconds} s (${cpuSeconds} s CPU); faults: ${[...faults].map(([f, n]) => `${f} ${n}`).join(', ')}`);
  }, 60_000 + seeds * 500);

  it('notices when idempotency is broken: a resend under a new id', async () => {
    const found = new Set<string>();
    for (let seed = 900_001; seed <= 900_020; seed++) {
      const run = await runSeed(world, seed, { wrap: newIdOnResend });
      for (const problem of await violations(world, run)) found.add(problem.replace(/[0-9a-f-]{36}|seq \d+|\d+/g, '…'));
      await run.db.delete();
    }
    expect([...found].join('\n')).toMatch(/applied a change the phone never recorded/);
  }, 120_000);
});

/** The bug the ledger exists to stop: a retry that is not recognised as a retry. */
function newIdOnResend(transport: SyncTransport): SyncTransport {
  const sent = new Set<string>();
  return {
    pull: (cursor, deviceId) => transport.pull(cursor, deviceId),
    uploadPhoto: (photo, bytes) => transport.uploadPhoto(photo, bytes),
    async push(deviceId, mutations) {
      const original = new Map<string, string>();
      const renamed = mutations.map((m) => {
        if (!sent.has(m.id)) return sent.add(m.id), m;
        const id = crypto.randomUUID();
        original.set(id, m.id);
        return { ...m, id };
      });
      const answer = await transport.push(deviceId, renamed);
      return { results: answer.results.map((r) => ({ ...r, id: original.get(r.id) ?? r.id })) };
    },
  };
}
