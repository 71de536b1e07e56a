// The world the authorization matrix is checked against: every row's input points into it.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { PushMutation, SessionUser } from '@kerbside/shared';
import { createCase } from '../cases/create-case.js';
import type { AppServices } from '../context.js';
import { addBankHoliday } from '../dispatch/bank-holidays.js';
import type { Db } from '../db/client.js';
import { caseReporters, cases, citizens } from '../db/schema.js';
import { attachReport } from '../intake/attach-report.js';
import { storeAttachment } from '../intake/attachments.js';
import { reassignJob } from '../jobs/dispatch.js';
import { storeCrewPhoto } from '../photos/upload.js';
import { callerFor, fakeJpeg, seedCategory, seedJob, seedStaff, sha256Hex } from '../testing/index.js';

export type Staff = Awaited<ReturnType<typeof seedStaff>>;

export interface Reporter {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
}

export interface AuthzFixture {
  staff: Staff;
  categoryId: string;
  /** Crew A's live job and its open case, which has a reporter with an e-mail and a phone number. */
  live: { caseId: string; reference: string; jobId: string; reporters: Reporter[]; jobPhotoId: string; casePhotoId: string };
  /** An open case no crew has yet. */
  unassignedCaseId: string;
  /** A case crew A closed with a before and an after photo; the citizen holds its tracking link. */
  closed: { caseId: string; reference: string; token: string; contact: string; beforePhotoId: string; afterPhotoId: string };
  /** Crew A's closure of a job the depot had already given to crew B: waiting for a manager's review. */
  conflictCompletionId: string;
  bankHoliday: string;
}

const actorOf = (user: SessionUser) => ({ type: 'user' as const, id: user.id, name: user.name });
const realJpeg = (colour: string) => sharp({ create: { width: 64, height: 48, channels: 3, background: colour } }).jpeg().toBuffer();

function closure(jobId: string, photoIds: string[] = []): PushMutation {
  const deviceAt = new Date('2026-12-01T09:30:00Z');
  return {
    id: randomUUID(),
    seq: 1,
    kind: 'job.complete',
    createdAt: deviceAt,
    args: { jobId, outcome: 'completed', reason: null, notes: 'Filled and sealed', photoIds, lat: 51.36, lng: -0.19, accuracyM: 8, deviceAt },
  };
}

export async function buildAuthzFixture(services: AppServices): Promise<AuthzFixture> {
  const { db, photoStorage } = services;
  const now = services.clock.now();
  const staff = await seedStaff(db);
  const category = await seedCategory(db);
  const crewA = { userId: staff.crewUserA.id, userName: staff.crewUserA.name, crewId: staff.crewA.id };
  const pushAsCrewA = async (mutation: PushMutation) => {
    const { results } = await callerFor(services, staff.crewUserA).sync.push({ deviceId: 'authz-fixture-device', mutations: [mutation] });
    const result = results[0]!;
    if (result.status !== 'applied') throw new Error(`fixture closure was ${result.status}`);
    return result.result as { completionId: string; state: string };
  };
  const crewPhoto = async (jobId: string, kind: 'before' | 'after', bytes: Uint8Array) => {
    const id = randomUUID();
    await storeCrewPhoto(db, photoStorage, crewA, { id, jobId, kind, bytes, sha256: sha256Hex(bytes), width: 64, height: 48 }, now);
    return id;
  };

  const live = await seedJob(db, category.id, staff.crewA.id, staff.dispatcher);
  const jobPhotoId = await crewPhoto(live.jobId, 'before', fakeJpeg('live job'));
  const upload = await storeAttachment(db, photoStorage, { bytes: fakeJpeg('citizen report'), uploadedBy: staff.agent.id, allowPdf: false }, now);
  await attachReport(
    db,
    { caseId: live.caseId, caller: { kind: 'new', name: 'Bea Neighbour', email: 'bea.neighbour@example.com', phone: '07700 900777', contactPreference: 'email' }, channel: 'phone', description: '', attachmentIds: [upload.id] },
    actorOf(staff.agent),
    now,
  );

  const unassigned = await createCase(
    db,
    { categoryId: category.id, channel: 'phone', description: 'Kerb stone loose', lat: 51.3605, lng: -0.1905, address: '7 Cheam Road, Sutton', citizen: { name: 'Cy Caller', email: 'cy@example.com', contactPreference: 'email' } },
    actorOf(staff.agent),
    now,
  );

  const closedJob = await seedJob(db, category.id, staff.crewA.id, staff.dispatcher);
  const beforePhotoId = await crewPhoto(closedJob.jobId, 'before', await realJpeg('#884400'));
  const afterPhotoId = await crewPhoto(closedJob.jobId, 'after', await realJpeg('#333333'));
  const applied = await pushAsCrewA(closure(closedJob.jobId, [beforePhotoId, afterPhotoId]));
  if (applied.state !== 'applied') throw new Error(`fixture closure was ${applied.state}, not applied`);
  const [tracked] = await db.select({ token: cases.trackingToken }).from(cases).where(eq(cases.id, closedJob.caseId));
  const [closedReporter] = await reportersOf(db, closedJob.caseId);

  const movedJob = await seedJob(db, category.id, staff.crewA.id, staff.dispatcher);
  await reassignJob(db, movedJob.jobId, staff.crewB.id, actorOf(staff.dispatcher), now);
  const conflict = await pushAsCrewA(closure(movedJob.jobId));
  if (conflict.state !== 'conflict') throw new Error(`fixture closure was ${conflict.state}, not conflict`);

  const bankHoliday = '2027-06-07';
  await addBankHoliday(db, { date: bankHoliday, name: 'Authz test holiday' }, now);

  return {
    staff,
    categoryId: category.id,
    live: { ...live, reporters: await reportersOf(db, live.caseId), jobPhotoId, casePhotoId: upload.id },
    unassignedCaseId: unassigned.id,
    closed: { caseId: closedJob.caseId, reference: closedJob.reference, token: tracked!.token, contact: closedReporter!.email!, beforePhotoId, afterPhotoId },
    conflictCompletionId: conflict.completionId,
    bankHoliday,
  };
}

/** Everyone who reported the case, with the contact details a crew must never receive. */
export async function reportersOf(db: Db, caseId: string): Promise<Reporter[]> {
  return db
    .select({ id: citizens.id, name: citizens.name, email: citizens.email, phone: citizens.phone })
    .from(caseReporters)
    .innerJoin(citizens, eq(citizens.id, caseReporters.citizenId))
    .where(eq(caseReporters.caseId, caseId));
}
