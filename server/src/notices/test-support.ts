// Shared by the notice and tracking tests: a case with reporters, closed by a crew through sync.push.
import { randomUUID } from 'node:crypto';
import type { ContactPreference, PushMutation } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { caseReporters, citizens } from '../db/schema.js';
import { callerFor, seedJob, testServices, type seedStaff } from '../testing/index.js';
import type { NoticeAdapter, OutgoingNotice, SendResult } from './adapters/types.js';

export type Staff = Awaited<ReturnType<typeof seedStaff>>;

export async function addReporter(
  db: Db,
  caseId: string,
  citizen: { name?: string; email?: string | null; phone?: string | null; postalAddress?: string | null; contactPreference: ContactPreference },
) {
  const [row] = await db
    .insert(citizens)
    .values({ name: citizen.name ?? 'Bea Reporter', email: null, phone: null, postalAddress: null, ...citizen })
    .returning({ id: citizens.id });
  await db.insert(caseReporters).values({ caseId, citizenId: row!.id, channel: 'phone' });
  return row!.id;
}

export function closure(jobId: string, deviceAt: Date, options: { outcome?: 'completed' | 'not_completed'; photoIds?: string[] } = {}): PushMutation {
  const outcome = options.outcome ?? 'completed';
  return {
    id: randomUUID(),
    seq: 1,
    kind: 'job.complete',
    createdAt: deviceAt,
    args: {
      jobId,
      outcome,
      reason: outcome === 'completed' ? null : 'no_access',
      notes: 'Filled and sealed; Dave from the depot says hi',
      photoIds: options.photoIds ?? [],
      lat: 51.36,
      lng: -0.19,
      accuracyM: 8,
      deviceAt,
    },
  };
}

export async function push(db: Db, staff: Staff, mutation: PushMutation) {
  const { results } = await callerFor(testServices(db), staff.crewUserA).sync.push({ deviceId: 'notice-test-device', mutations: [mutation] });
  return results[0]!;
}

/** A closed case: seeded through dispatch, closed by crew A through the real push. */
export async function closedCase(db: Db, staff: Staff, categoryId: string, deviceAt = new Date('2026-12-01T09:30:00Z')) {
  const job = await seedJob(db, categoryId, staff.crewA.id, staff.dispatcher);
  await push(db, staff, closure(job.jobId, deviceAt));
  return job;
}

/** An adapter that answers from a script, recording what it was given. */
export class ScriptedAdapter implements NoticeAdapter {
  readonly sent: OutgoingNotice[] = [];
  private calls = 0;
  constructor(
    readonly name: string,
    private readonly answer: (notice: OutgoingNotice, call: number) => SendResult | Promise<SendResult> = () => ({ ok: true }),
  ) {}
  /** Calls are numbered as they start (the worker sends a batch side by side); `sent` fills as they finish. */
  async send(notice: OutgoingNotice): Promise<SendResult> {
    const result = await this.answer(notice, ++this.calls);
    this.sent.push(notice);
    return result;
  }
}
