// Sends what the outbox holds. Delivery is at least once, and in practice once:
// - a notice is claimed (state 'sending', lease until next_attempt_at) before it is sent, and
//   marked sent/retry/failed after, fenced on its attempt count;
// - if the process dies between the provider accepting a notice and us marking it sent, the lease
//   runs out and a worker sends it again. That window is a few milliseconds wide. Each adapter passes
//   the notice id on as an idempotency key, so the second send is recognised: the mailbox refuses it
//   (unique notice id), Notify is asked for the reference first, SMTP repeats the same Message-ID.
import { eq } from 'drizzle-orm';
import type { NoticeChannel } from '@kerbside/shared';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import { cases } from '../db/schema.js';
import { errorText, type NoticeAdapters, type OutgoingNotice, type SendResult } from './adapters/types.js';
import { retryDelayMs, retryPolicy } from './backoff.js';
import { claimDueNotices, type ClaimedNotice } from './claim.js';
import { withPublicUrl } from './compose.js';
import { addressFor, recipientById } from './facts.js';
import { recordFailure, recordRetry, recordSent, type Attempt } from './record.js';

export interface WorkerLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface NoticeWorkerOptions {
  db: Db;
  adapters: NoticeAdapters;
  clock: Clock;
  /** Where the tracking page lives, e.g. https://report.sutton.gov.uk */
  publicUrl: string;
  batchSize?: number;
  pollMs?: number;
  leaseMs?: number;
  maxAttempts?: number;
  random?: () => number;
  /** A send that takes longer counts as a temporary failure; keep it well under the lease. */
  sendTimeoutMs?: number;
  log?: WorkerLog;
}

const quiet: WorkerLog = { info: () => {}, error: () => {} };

export class NoticeWorker {
  private loop: Promise<void> | null = null;
  private stopping = false;
  private timer: NodeJS.Timeout | null = null;
  private wakeUp: (() => void) | null = null;

  constructor(private readonly options: NoticeWorkerOptions) {}

  /**
   * Claims one batch of due notices and tries them side by side, so the whole batch finishes within
   * one send's time limit, well inside the lease; returns how many it claimed.
   */
  async runOnce(): Promise<number> {
    const { db, clock, batchSize = 10, leaseMs = 120_000 } = this.options;
    const claimed = await claimDueNotices(db, batchSize, clock.now(), leaseMs);
    const outcomes = await Promise.allSettled(claimed.map((notice) => this.attempt(notice)));
    for (const outcome of outcomes) {
      // Its result could not be recorded: the notice stays 'sending' and is taken up again after its lease.
      if (outcome.status === 'rejected') (this.options.log ?? quiet).error({ err: outcome.reason }, 'could not record a notice attempt');
    }
    return claimed.length;
  }

  /** Runs batches until nothing is due. */
  async drain(): Promise<number> {
    let total = 0;
    for (let n = await this.runOnce(); n > 0 && !this.stopping; n = await this.runOnce()) total += n;
    return total;
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Finishes the notice in hand (so none is left half-recorded), then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.wakeUp?.();
    await this.loop;
    this.loop = null;
  }

  private async run(): Promise<void> {
    const log = this.options.log ?? quiet;
    while (!this.stopping) {
      try {
        const sent = await this.drain();
        if (sent > 0) log.info({ notices: sent }, 'notices processed');
      } catch (error) {
        log.error({ err: error }, 'notice worker failed; retrying after the poll interval');
      }
      if (this.stopping) break;
      await new Promise<void>((resolve) => {
        this.wakeUp = resolve;
        this.timer = setTimeout(resolve, this.options.pollMs ?? 2000);
      });
    }
  }

  private async attempt(notice: ClaimedNotice): Promise<void> {
    const { db, adapters, clock, maxAttempts = retryPolicy.maxAttempts } = this.options;
    // Never queued by Kerbside; a hand-made row asking for no contact is closed without a send.
    if (notice.channel === 'none') {
      await recordFailure(db, { ...notice, channel: 'email', via: 'nobody' }, 'The citizen asked not to be contacted', null, clock.now());
      return;
    }
    const channel: NoticeChannel = notice.channel;
    const adapter = adapters[channel];
    const attempt: Attempt = { ...notice, channel, via: adapter.name };
    const recipient = await recipientById(db, notice.citizenId);
    const address = recipient ? addressFor(recipient, channel) : null;
    if (notice.attempts > maxAttempts) {
      // Only reached when earlier workers died mid-send this often: stop, rather than crash forever.
      await recordFailure(db, attempt, `Gave up after ${maxAttempts} tries`, recipient, clock.now());
      return;
    }
    if (!address) {
      await recordFailure(db, attempt, `No ${channel} contact details on record`, recipient, clock.now());
      return;
    }

    const outgoing = await this.outgoing(notice, channel, address);
    const result = await withTimeLimit(this.options.sendTimeoutMs ?? 60_000, () => adapter.send(outgoing));

    const now = clock.now();
    if (result.ok) await recordSent(db, attempt, result.providerId, now);
    else if (result.permanent || notice.attempts >= maxAttempts) await recordFailure(db, attempt, result.error, recipient, now);
    else {
      const retryAt = new Date(now.getTime() + retryDelayMs(notice.attempts, this.options.random));
      await recordRetry(db, attempt, result.error, retryAt, now);
    }
  }
  /** The notice as it leaves: the link filled in with this server's public address. */
  private async outgoing(notice: ClaimedNotice, channel: NoticeChannel, address: string): Promise<OutgoingNotice> {
    const [kase] = await this.options.db.select({ reference: cases.reference }).from(cases).where(eq(cases.id, notice.caseId));
    return {
      id: notice.id,
      channel,
      recipient: address,
      subject: withPublicUrl(notice.subject, this.options.publicUrl),
      body: withPublicUrl(notice.body, this.options.publicUrl),
      caseReference: kase?.reference ?? '',
      attempt: notice.attempts,
    };
  }
}

/** The adapter's answer, or a temporary failure if it throws or does not answer in time. */
async function withTimeLimit(ms: number, send: () => Promise<SendResult>): Promise<SendResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<SendResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, permanent: false, error: `No answer within ${ms / 1000} s` }), ms);
  });
  try {
    return await Promise.race([send().catch((error: unknown): SendResult => ({ ok: false, permanent: false, error: errorText(error) })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
