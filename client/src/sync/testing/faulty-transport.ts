// The network, as a crew's phone meets it: requests lost, answers lost after the server
// committed, requests delivered twice, stale requests delivered late, a batch failing half way,
// stale cached answers, lost cursors, expired sessions, and the app killed mid-request.
import type { PullResultV1, PushMutation } from '@kerbside/shared';
import type { LocalPhoto } from '../local-db';
import { TransportError, type SyncTransport } from '../transport';
import type { Prng } from './prng';

export type Fault =
  | 'none'
  | 'drop-request' // nothing reaches the server
  | 'drop-response' // the server commits, the phone hears nothing
  | 'duplicate' // the request arrives twice
  | 'stale-replay' // an earlier request arrives again, late, before this one
  | 'fail-mid-batch' // the server applies the first k items, then answers 5xx
  | 'retry-item' // the server applied it all, but one item's answer says "retry"
  | 'server-error' // 5xx before anything is applied
  | 'stale-pull' // an old answer to an old pull (a bad cache)
  | 'cursor-lost' // the server no longer knows the cursor: a full reset
  | 'session-expired' // 401 until the person signs in again
  | 'crash-before' // the app dies before the request leaves
  | 'crash-after'; // the app dies after the server committed

type Weights = Partial<Record<Fault, number>>;
const common: Weights = { none: 40, 'drop-request': 8, 'drop-response': 10, duplicate: 8, 'stale-replay': 8, 'server-error': 5, 'session-expired': 2, 'crash-before': 2, 'crash-after': 4 };
const weights: Record<'push' | 'photo' | 'pull', Weights> = {
  push: { ...common, 'fail-mid-batch': 10, 'retry-item': 5 },
  photo: common,
  pull: { ...common, 'stale-replay': 0, 'stale-pull': 8, 'cursor-lost': 5 },
};

const offline = () => new TransportError('temporary', 'No connection', true);
const serverError = () => new TransportError('temporary', 'Server trouble', false, 503);
const expired = () => new TransportError('signed-out', 'Sign in again', false, 401);

export class FaultyTransport implements SyncTransport {
  healed = false;
  signedOut = false;
  readonly faults: Fault[] = [];
  private readonly pushes: { deviceId: string; mutations: PushMutation[] }[] = [];
  private readonly uploads: { photo: LocalPhoto; bytes: Blob | ArrayBuffer }[] = [];
  private readonly pulls: PullResultV1[] = [];

  constructor(
    private readonly inner: SyncTransport,
    private readonly rng: Prng,
    /** The app is killed: the harness abandons the engine and opens the database afresh. */
    private readonly onCrash: () => void,
  ) {}

  private choose(call: keyof typeof weights): Fault {
    if (this.signedOut) return 'session-expired';
    if (this.healed) return 'none';
    const table = Object.entries(weights[call]) as [Fault, number][];
    let roll = this.rng.next() * table.reduce((sum, [, w]) => sum + w, 0);
    const fault = table.find(([, w]) => (roll -= w) < 0)?.[0] ?? 'none';
    this.faults.push(fault);
    if (fault === 'session-expired') this.signedOut = true;
    return fault;
  }

  private crash(): Promise<never> {
    this.onCrash();
    return new Promise<never>(() => {}); // the request never returns to a process that no longer exists
  }

  private async deliver<T>(fault: Fault, send: () => Promise<T>, replayStale: () => Promise<unknown>): Promise<T> {
    switch (fault) {
      case 'drop-request':
        throw offline();
      case 'server-error':
        throw serverError();
      case 'session-expired':
        throw expired();
      case 'crash-before':
        return this.crash();
      case 'drop-response':
        await send();
        throw offline();
      case 'crash-after':
        await send();
        return this.crash();
      case 'duplicate':
        await send().catch(() => undefined);
        return send();
      case 'stale-replay':
        await replayStale().catch(() => undefined);
        return send();
      default:
        return send();
    }
  }

  async push(deviceId: string, mutations: PushMutation[]) {
    const fault = this.choose('push');
    this.pushes.push({ deviceId, mutations });
    if (fault === 'fail-mid-batch') {
      const k = this.rng.int(mutations.length);
      if (k > 0) await this.inner.push(deviceId, mutations.slice(0, k));
      throw serverError();
    }
    if (fault === 'retry-item') {
      const { results } = await this.inner.push(deviceId, mutations);
      const k = this.rng.int(results.length);
      return { results: results.map((r, i) => (i === k ? { id: r.id, status: 'retry' as const, reason: 'Try again' } : r)) };
    }
    const stale = this.rng.pick(this.pushes);
    return this.deliver(fault, () => this.inner.push(deviceId, mutations), () => this.inner.push(stale.deviceId, stale.mutations));
  }

  async uploadPhoto(photo: LocalPhoto, bytes: Blob | ArrayBuffer) {
    const fault = this.choose('photo');
    this.uploads.push({ photo, bytes });
    const stale = this.rng.pick(this.uploads);
    return this.deliver(fault, () => this.inner.uploadPhoto(photo, bytes), () => this.inner.uploadPhoto(stale.photo, stale.bytes));
  }

  async pull(cursor: string | null, deviceId: string) {
    const fault = this.choose('pull');
    if (fault === 'stale-pull' && this.pulls.length > 0) return this.rng.pick(this.pulls);
    const send = async () => {
      const answer = await this.inner.pull(fault === 'cursor-lost' ? null : cursor, deviceId);
      this.pulls.push(answer);
      return answer;
    };
    return this.deliver(fault, send, async () => undefined);
  }
}
