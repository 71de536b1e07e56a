// Keeps floods off the public report form without CAPTCHAs: a per-address rate limit, a signed
// "form opened at" time (a person needs more than a few seconds), and a honeypot field.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { minFormFillMs } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { DomainError } from '../errors.js';

export interface IntakeGuardOptions {
  /** Signs form tokens. Every instance behind a load balancer needs the same one. */
  secret: Buffer;
  reportsPerHour: number;
  uploadsPerHour: number;
  minFillMs: number;
  maxFormAgeMs: number;
}

const HOUR = 3_600_000;

/** Read here rather than in config.ts so intake stays one folder; both are optional. */
export function guardOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): IntakeGuardOptions {
  return {
    // A random secret still works for a single instance; tokens then die with the process.
    secret: env.INTAKE_FORM_SECRET ? Buffer.from(env.INTAKE_FORM_SECRET) : randomBytes(32),
    reportsPerHour: Number(env.INTAKE_REPORTS_PER_HOUR ?? 10),
    uploadsPerHour: Number(env.INTAKE_UPLOADS_PER_HOUR ?? 30),
    minFillMs: minFormFillMs,
    maxFormAgeMs: 24 * HOUR,
  };
}

export class IntakeGuard {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly options: IntakeGuardOptions) {}

  issueFormToken(now: Date): string {
    const issued = String(now.getTime());
    return `${issued}.${this.sign(issued)}`;
  }

  /** Refuses a honeypot hit, a forged or stale token, and a form sent faster than a person could. */
  checkForm(token: string, honeypot: string, now: Date): void {
    if (honeypot.trim() !== '') throw new DomainError('bad_input', 'We could not accept this report. Please try again.');
    const [issued = '', signature = ''] = token.split('.');
    const expected = Buffer.from(this.sign(issued));
    const given = Buffer.from(signature);
    const age = now.getTime() - Number(issued);
    if (given.length !== expected.length || !timingSafeEqual(given, expected) || !(age <= this.options.maxFormAgeMs)) {
      // 'conflict': the form is stale rather than wrong, so the page knows to ask for a fresh token.
      throw new DomainError('conflict', 'This form has expired. Check your answers, then send your report again.');
    }
    if (age < this.options.minFillMs) {
      throw new DomainError('bad_input', 'That was sent too quickly. Check your answers, then send your report again.');
    }
  }

  /** Whether `address` may send another report now; call `countReport` once it is accepted. */
  mayReport(address: string, now: Date): boolean {
    return this.recent(`r:${address}`, now).length < this.options.reportsPerHour;
  }

  countReport(address: string, now: Date): void {
    this.recent(`r:${address}`, now).push(now.getTime());
  }

  /** Counts the upload attempt as well: every public upload costs storage. */
  takeUpload(address: string, now: Date): boolean {
    const recent = this.recent(`u:${address}`, now);
    if (recent.length >= this.options.uploadsPerHour) return false;
    recent.push(now.getTime());
    return true;
  }

  private sign(text: string): string {
    return createHmac('sha256', this.options.secret).update(`kerbside-report-form:${text}`).digest('base64url');
  }

  private recent(key: string, now: Date): number[] {
    if (this.hits.size > 50_000) this.sweep(now);
    const kept = (this.hits.get(key) ?? []).filter((t) => now.getTime() - t < HOUR);
    this.hits.set(key, kept);
    return kept;
  }

  /** Forgets addresses with nothing in the last hour, so a flood from many addresses can't grow memory forever. */
  private sweep(now: Date) {
    for (const [key, times] of this.hits) if (times.every((t) => now.getTime() - t >= HOUR)) this.hits.delete(key);
  }
}

// One guard per running app. Keyed by the app's database handle because AppServices (shared with
// other domains) has no slot for it; tests that build a fresh database get a fresh guard.
const guards = new WeakMap<Db, IntakeGuard>();

export function intakeGuardFor(db: Db): IntakeGuard {
  let guard = guards.get(db);
  if (!guard) {
    guard = new IntakeGuard(guardOptionsFromEnv());
    guards.set(db, guard);
  }
  return guard;
}
