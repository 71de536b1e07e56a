// One seed of the Jepsen test: a few jobs, a random script of crew actions interleaved with syncs
// under faults (and app crashes), then the network heals and the phone syncs until quiet.
import { fakeJpeg, seedJob } from '@kerbside/server/testing'; // eslint-disable-line no-restricted-imports -- test only
import { createSyncEngine, type SyncEngine } from '../engine';
import { KerbsideDeviceDb, type LocalPhoto, type OutboxEntry } from '../local-db';
import { deviceId, recordChange, savePhoto, type SyncUser } from '../outbox';
import { pendingPhotos, unsentEntries } from '../queries';
import type { SyncTransport } from '../transport';
import { FaultyTransport } from './faulty-transport';
import { prng } from './prng';
import { serverTransport, type ServerLog } from './server-transport';
import type { Crew, World } from './server-world';

export interface SeedRun {
  seed: number;
  crew: Crew;
  jobs: { jobId: string; caseId: string }[];
  deviceId: string;
  recorded: OutboxEntry[];
  photos: LocalPhoto[];
  log: ServerLog;
  faulty: FaultyTransport;
  db: KerbsideDeviceDb;
  quiet: boolean;
  trace: string[];
}

export interface ScenarioOptions {
  /** Put something between the phone and the network (the canary breaks idempotency here). */
  wrap?: (transport: SyncTransport) => SyncTransport;
}

const actions = ['sync', 'sync', 'sync', 'start', 'note', 'note', 'complete', 'complete', 'crash', 'depot', 'sign-in', 'two-tabs'] as const;

export async function runSeed(world: World, seed: number, options: ScenarioOptions = {}): Promise<SeedRun> {
  const rng = prng(seed);
  // A crew of its own: the seed's world is exactly its own jobs, so it replays exactly alone.
  const crew = await world.crew(seed);
  const user: SyncUser = { id: crew.user.id, name: crew.user.name };
  const jobs: SeedRun['jobs'] = [];
  for (let n = rng.chance(0.4) ? 2 : 1; n > 0; n--) jobs.push(await seedJob(world.database.db, world.categoryId, crew.crewId, world.staff.dispatcher));
  const ours = new Set(jobs.map((j) => j.jobId));
  const name = `jepsen-${seed}-${crypto.randomUUID()}`;
  const log: ServerLog = { applied: [] };
  let crashed = signal();
  const faulty = new FaultyTransport(serverTransport(world, crew, log), rng, () => crashed.fire());
  const transport = options.wrap ? options.wrap(faulty) : faulty;
  const trace: string[] = [];
  const recorded: OutboxEntry[] = [];
  let clock = Date.parse('2026-12-01T10:00:00Z');
  let db = new KerbsideDeviceDb(name);
  const open = () => createSyncEngine({ db, transport, getUser: () => user, clock: () => (clock += 1000), random: rng.next, locks: null });
  let engine: SyncEngine = open();
  const id = await deviceId(db);
  let notes = 0;

  const restart = () => {
    trace.push('crash');
    db.close();
    db = new KerbsideDeviceDb(name);
    engine = open();
    crashed = signal();
  };

  /** `tabs` engines at once on the same database: a second tab where there is no navigator.locks. */
  const sync = async (tabs = 1) => {
    const engines = [engine, ...Array.from({ length: tabs - 1 }, open)];
    const outcomes = await Promise.race([Promise.all(engines.map((e) => e.syncOnce())), crashed.fired]);
    if (outcomes === 'crashed') return restart();
    for (const outcome of outcomes) {
      trace.push(`sync:${outcome.result}${outcome.result === 'failed' ? `:${outcome.failure}` : ''}`);
      if (outcome.result === 'failed' && outcome.failure === 'internal') throw new Error(`seed ${seed}: ${outcome.message}`);
    }
  };

  const act = async (action: (typeof actions)[number]) => {
    const local = (await db.jobs.where('ownerId').equals(user.id).toArray()).filter((j) => ours.has(j.id));
    // Ordered by something the seed controls (ids are random), so a seed replays exactly.
    const job = local.length > 0 ? rng.pick(local.sort((a, b) => a.address.localeCompare(b.address))) : undefined;
    const record = async (kind: 'job.start' | 'job.note' | 'job.complete', args: object) => {
      const entry = await recordChange(db, { user, deviceId: id, kind, args: { jobId: job!.id, deviceAt: new Date(clock), ...args } as never, summary: kind });
      recorded.push(entry);
      trace.push(`${kind}#${entry.seq}`);
    };
    if (action === 'start' && job?.status === 'assigned') return record('job.start', {});
    if (action === 'note' && job) return record('job.note', { text: `Note #${++notes}` });
    if (action === 'complete' && job && (job.status === 'assigned' || job.status === 'started')) {
      const photoIds: string[] = [];
      for (let n = rng.int(3); n > 0; n--) {
        const bytes = new Blob([new Uint8Array(fakeJpeg(`${name}:${photoIds.length}`))], { type: 'image/jpeg' });
        photoIds.push((await savePhoto(db, { userId: user.id, jobId: job.id, kind: 'after', bytes, width: 1600, height: 1200 })).id);
      }
      const done = rng.chance(0.7);
      return record('job.complete', { outcome: done ? 'completed' : 'not_completed', reason: done ? null : 'no_access', notes: '', photoIds, lat: null, lng: null, accuracyM: null });
    }
    if (action === 'crash') return restart();
    if (action === 'sign-in' && faulty.signedOut) {
      trace.push('sign-in');
      faulty.signedOut = false;
      return;
    }
    if (action === 'depot') return depotAction(world, rng.pick(jobs).jobId, rng.chance(0.5), trace);
    return sync(action === 'two-tabs' ? 2 : 1);
  };

  for (let steps = 3 + rng.int(7); steps > 0; steps--) await act(rng.pick(actions));

  // The network heals and the person signs in again: everything must now get through.
  faulty.healed = true;
  faulty.signedOut = false;
  let quiet = false;
  for (let round = 0; round < 10 && !quiet; round++) {
    await sync();
    const unsent = (await unsentEntries(db, user.id)).length + (await pendingPhotos(db, user.id)).length;
    quiet = unsent === 0 && engine.getStatus().lastError === null;
  }
  const photos = await db.photos.toArray();
  return { seed, crew, jobs, deviceId: id, recorded, photos, log, faulty, db, quiet, trace };
}

/** The depot cancels the job, or gives it to another crew, while the phone may be offline. */
async function depotAction(world: World, jobId: string, cancel: boolean, trace: string[]) {
  const depot = world.dispatcher();
  const done = cancel
    ? depot.jobs.cancel({ jobId, reason: 'Cancelled by the depot during the test' })
    : depot.jobs.reassign({ jobId, crewId: world.staff.crewB.id });
  // A completed or cancelled job cannot be changed any more; that is the server's call to make.
  if (await done.then(() => true, () => false)) trace.push(cancel ? 'depot:cancel' : 'depot:reassign');
}

function signal() {
  let fire!: () => void;
  const fired = new Promise<'crashed'>((resolve) => (fire = () => resolve('crashed')));
  return { fire, fired };
}
