// What must hold after every seed, checked against the server's own tables: nothing lost,
// nothing applied twice, applied in the order recorded, and the phone agrees with the server.
import type { SeedRun } from './jepsen-scenario';
import type { World } from './server-world';

export async function violations(world: World, run: SeedRun): Promise<string[]> {
  const found: string[] = [];
  const fail = (message: string) => found.push(message);
  const { db: server } = world.database;
  const recordedIds = new Set(run.recorded.map((e) => e.id));
  const jobIds = run.jobs.map((j) => j.jobId);

  if (!run.quiet) fail('the phone never got quiet after the network healed');

  // Exactly once: the ledger holds every recorded change, and nothing this phone did not record.
  const ledger = await server.query.mutationLedger.findMany({ where: (l, { eq }) => eq(l.deviceId, run.deviceId) });
  for (const e of run.recorded) if (!ledger.some((l) => l.id === e.id)) fail(`lost: ${e.kind} seq ${e.seq} never reached the server`);
  for (const l of ledger) if (!recordedIds.has(l.id)) fail(`applied a change the phone never recorded: ${l.kind} ${l.id}`);

  // Nothing left unsent; a refusal on the phone is the server's recorded refusal.
  const outbox = await run.db.outbox.toArray();
  for (const e of outbox) {
    const entry = ledger.find((l) => l.id === e.id);
    if (e.state !== 'rejected') fail(`still unsent: ${e.kind} seq ${e.seq} (${e.lastError})`);
    else if (entry?.result.status !== 'rejected' || entry.result.reason !== e.lastError) fail(`refusal of seq ${e.seq} differs from the server's`);
  }
  for (const l of ledger) {
    if (l.result.status === 'rejected' && !outbox.some((e) => e.id === l.id)) fail(`the server refused ${l.kind} ${l.id} but the phone does not show it`);
  }

  // In seq order: each change first applied after every lower seq.
  const seqs = run.log.applied.map((a) => a.seq);
  if (seqs.some((s, i) => i > 0 && s <= seqs[i - 1]!)) fail(`applied out of order: ${seqs.join(',')}`);
  if (new Set(run.log.applied.map((a) => a.id)).size !== run.log.applied.length) fail('a change was applied twice');

  const events = await server.query.caseEvents.findMany({
    where: (e, { inArray }) => inArray(e.caseId, run.jobs.map((j) => j.caseId)),
    orderBy: (e, { asc }) => asc(e.id),
  });
  const notes = events.filter((e) => e.kind === 'note').map((e) => Number(String(e.payload.text).replace('Note #', '')));
  if (notes.some((n, i) => i > 0 && n <= notes[i - 1]!)) fail(`notes on the timeline out of order or repeated: ${notes.join(',')}`);
  const recordedNotes = run.recorded.filter((e) => e.kind === 'job.note' && ledger.some((l) => l.id === e.id && l.result.status === 'applied'));
  if (notes.length !== recordedNotes.length) fail(`${recordedNotes.length} notes recorded, ${notes.length} on the timeline`);

  // One closure → one completion row; closures that were applied give one timeline entry per job.
  const completions = await server.query.completions.findMany({ where: (c, { inArray }) => inArray(c.jobId, jobIds) });
  const closures = run.recorded.filter((e) => e.kind === 'job.complete' && ledger.some((l) => l.id === e.id && l.result.status === 'applied'));
  if (completions.length !== closures.length) fail(`${closures.length} closures applied, ${completions.length} completions stored`);
  for (const c of completions) {
    if (!recordedIds.has(c.mutationId)) fail(`completion ${c.id} from no recorded closure`);
    if (c.state === 'awaiting_photos') fail(`completion of job ${c.jobId} still awaiting photos`);
  }
  for (const jobId of jobIds) {
    const closed = events.filter((e) => (e.kind === 'job_completed' || e.kind === 'job_not_completed') && e.payload.jobId === jobId).length;
    const applied = completions.filter((c) => c.jobId === jobId && c.state === 'applied').length;
    if (closed !== applied) fail(`job ${jobId}: ${applied} completions applied, ${closed} closure entries on the timeline`);
    const starts = events.filter((e) => e.kind === 'job_started' && e.payload.jobId === jobId).length;
    if (starts > 1) fail(`job ${jobId} started ${starts} times on the timeline`);
  }

  // Photos: all uploaded, and the server holds exactly the bytes the phone hashed.
  const stored = run.photos.length
    ? await server.query.photos.findMany({ where: (p, { inArray }) => inArray(p.id, run.photos.map((p) => p.id)) })
    : [];
  for (const p of run.photos) {
    const copy = stored.find((s) => s.id === p.id);
    if (p.state !== 'uploaded') fail(`photo ${p.id} is ${p.state} on the phone (${p.lastError})`);
    if (copy?.sha256 !== p.sha256) fail(`photo ${p.id}: server has ${copy?.sha256 ?? 'nothing'}, phone hashed ${p.sha256}`);
  }

  // The phone's jobs converge to the server's: the crew's live jobs (what a full pull would send).
  const truth = await server.query.jobs.findMany({
    where: (j, { and, eq, ne }) => and(eq(j.crewId, run.crew.crewId), ne(j.status, 'cancelled')),
    columns: { id: true, status: true, version: true },
  });
  const phone = await run.db.jobs.where('ownerId').equals(run.crew.user.id).toArray();
  const show = (jobs: { id: string; status: string; version: number }[]) =>
    jobs.map((j) => `${j.id}:${j.status}:v${j.version}`).sort().join(' ');
  if (show(phone) !== show(truth)) fail(`phone ${show(phone)} ≠ server ${show(truth)}`);
  if (phone.some((j) => j.removedOnServer)) fail('a job removed on the server is still flagged on the phone');
  return found;
}
