// A small in-memory stand-in for the server, for the engine's unit tests. The Jepsen test uses
// the real server instead; this one is for quick, readable checks of single behaviours.
import type { CrewJobV1, MutationResult, PullResultV1, PushMutation, PushResultV1 } from '@kerbside/shared';
import type { LocalPhoto } from '../local-db';
import { sha256Hex } from '../outbox';
import { TransportError, type PhotoUploadResult, type SyncTransport } from '../transport';

type Call = 'pull' | 'push' | 'photo';

export class FakeServer implements SyncTransport {
  readonly jobs = new Map<string, CrewJobV1 & { seq: number }>();
  readonly ledger = new Map<string, MutationResult>();
  /** Every push as received, with who the session belonged to. */
  readonly pushes: { session: string | null; mutations: PushMutation[] }[] = [];
  readonly photos = new Map<string, { sha256: string; size: number }>();
  readonly removals: { id: string; seq: number }[] = [];
  /** Refuse these jobs' changes permanently, as the server would a cancelled job's start. */
  readonly refuse = new Map<string, string>();
  /** Failures to throw, in order, for the next calls of a kind. */
  readonly failures: { call: Call; error: TransportError }[] = [];
  session: string | null = 'user-a';
  private seq = 0;

  addJob(job: CrewJobV1) {
    this.jobs.set(job.id, { ...job, seq: ++this.seq });
  }

  update(id: string, patch: Partial<CrewJobV1>) {
    const job = this.jobs.get(id);
    if (!job) return;
    this.jobs.set(id, { ...job, ...patch, version: job.version + 1, seq: ++this.seq });
  }

  remove(id: string) {
    this.jobs.delete(id);
    this.removals.push({ id, seq: ++this.seq });
  }

  failNext(call: Call, error: TransportError) {
    this.failures.push({ call, error });
  }

  private maybeFail(call: Call) {
    const index = this.failures.findIndex((f) => f.call === call);
    if (index >= 0) throw this.failures.splice(index, 1)[0]!.error;
  }

  async pull(cursor: string | null): Promise<PullResultV1> {
    this.maybeFail('pull');
    const since = cursor === null || !/^\d+$/.test(cursor) ? null : Number(cursor);
    const after = since ?? 0;
    const changes = [...this.jobs.values()].filter((j) => j.seq > after).map(({ seq: _seq, ...job }) => job);
    const removals = since === null ? [] : this.removals.filter((r) => r.seq > after).map((r) => r.id);
    return { changes, removals, cursor: String(this.seq), reset: since === null };
  }

  async push(_deviceId: string, mutations: PushMutation[]): Promise<PushResultV1> {
    this.maybeFail('push');
    this.pushes.push({ session: this.session, mutations });
    const results = mutations.map((m) => this.apply(m));
    return { results };
  }

  private apply(m: PushMutation): MutationResult {
    const earlier = this.ledger.get(m.id);
    if (earlier) return earlier.status === 'applied' ? { ...earlier, status: 'duplicate' } : earlier;
    const args = m.args as { jobId: string; outcome?: 'completed' | 'not_completed' };
    const refusal = this.refuse.get(args.jobId);
    const result: MutationResult = refusal
      ? { id: m.id, status: 'rejected', code: 'conflict', reason: refusal }
      : { id: m.id, status: 'applied', result: {} };
    if (!refusal && m.kind === 'job.start' && this.jobs.get(args.jobId)?.status === 'assigned') this.update(args.jobId, { status: 'started' });
    if (!refusal && m.kind === 'job.complete') this.update(args.jobId, { status: args.outcome! });
    this.ledger.set(m.id, result);
    return result;
  }

  async uploadPhoto(photo: LocalPhoto, bytes: Blob | ArrayBuffer): Promise<PhotoUploadResult> {
    this.maybeFail('photo');
    const buffer = bytes instanceof Blob ? await bytes.arrayBuffer() : bytes;
    const sha256 = await sha256Hex(buffer);
    if (sha256 !== photo.sha256) throw new TransportError('temporary', 'The photo arrived damaged', false, 400, 'damaged_upload');
    if (this.photos.has(photo.id)) return { status: 'duplicate' };
    this.photos.set(photo.id, { sha256, size: buffer.byteLength });
    return { status: 'stored' };
  }
}

let counter = 0;

export function crewJob(patch: Partial<CrewJobV1> = {}): CrewJobV1 {
  const n = ++counter;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    version: 1,
    status: 'assigned',
    priority: 'normal',
    dueAt: new Date('2026-12-05T17:00:00Z'),
    instructions: 'Fill and seal',
    accessNotes: '',
    lat: 51.36,
    lng: -0.19,
    address: `${n} High Street, Sutton`,
    service: 'highways',
    categoryName: 'Pothole',
    caseReferences: [`KS-${n}`],
    description: 'Pothole',
    casePhotoIds: [],
    ...patch,
  };
}
