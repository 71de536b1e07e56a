// The crew device ⇄ server sync protocol (DESIGN.md §3a). Wire types are versioned: a breaking
// change adds V2 beside V1 rather than changing V1 under devices that are still out in the street.
import { z } from 'zod';
import { jobStatuses, notCompletedReasons, priorities, services } from './enums.js';

const uuid = z.string().uuid();
const isoTime = z.coerce.date();

/** What a crew's phone holds of a job: enough to do the work, nothing about the citizen. */
export const crewJobV1 = z.object({
  id: uuid,
  version: z.number().int(),
  status: z.enum(jobStatuses),
  priority: z.enum(priorities),
  dueAt: z.date(),
  instructions: z.string(),
  accessNotes: z.string(),
  lat: z.number(),
  lng: z.number(),
  address: z.string(),
  service: z.enum(services),
  categoryName: z.string(),
  caseReferences: z.array(z.string()),
  description: z.string(),
  /** Photos the citizen or agent attached to the case, served at /api/photos/:id. */
  casePhotoIds: z.array(uuid),
});
export type CrewJobV1 = z.infer<typeof crewJobV1>;

export const pullInput = z.object({ cursor: z.string().max(200).nullable() });
export type PullInput = z.infer<typeof pullInput>;

export interface PullResultV1 {
  changes: CrewJobV1[];
  /** Jobs to drop from the device: reassigned away or cancelled. */
  removals: string[];
  cursor: string;
  /** True when the cursor was unknown: `changes` is the whole set and anything else is stale. */
  reset: boolean;
}

// ── Mutations ────────────────────────────────────────────────────────────────

const noteText = z.string().trim().max(4000, 'Notes are at most 4,000 characters');

export const jobStartArgs = z.object({ jobId: uuid, deviceAt: isoTime });
export const jobNoteArgs = z.object({ jobId: uuid, text: noteText.min(1, 'Write the note'), deviceAt: isoTime });
export const jobCompleteArgs = z
  .object({
    jobId: uuid,
    outcome: z.enum(['completed', 'not_completed']),
    reason: z.enum(notCompletedReasons).nullable(),
    notes: noteText,
    photoIds: z.array(uuid).max(20, 'At most 20 photos per closure'),
    lat: z.number().min(-90).max(90).nullable(),
    lng: z.number().min(-180).max(180).nullable(),
    accuracyM: z.number().min(0).max(100_000).nullable(),
    deviceAt: isoTime,
  })
  .refine((a) => a.outcome === 'completed' || a.reason !== null, {
    message: 'Choose why the job could not be completed',
    path: ['reason'],
  });

export const mutationArgs = {
  'job.start': jobStartArgs,
  'job.note': jobNoteArgs,
  'job.complete': jobCompleteArgs,
} as const;
export type MutationKind = keyof typeof mutationArgs;
export const mutationKinds = Object.keys(mutationArgs) as MutationKind[];
export type MutationArgs<K extends MutationKind> = z.infer<(typeof mutationArgs)[K]>;

/** Args are checked per item on the server, so one bad mutation is refused on its own. */
export const pushMutation = z.object({
  id: uuid,
  seq: z.number().int().nonnegative(),
  kind: z.string().max(40),
  args: z.unknown(),
  createdAt: isoTime,
});
export type PushMutation = z.infer<typeof pushMutation>;

export const pushInput = z.object({
  deviceId: z.string().min(8).max(100),
  /** Whose work this is, as the device saw it: refused if another person's session carries it. */
  userId: z.string().uuid().optional(),
  mutations: z.array(pushMutation).max(100),
});
export type PushInput = z.infer<typeof pushInput>;

export type MutationResult =
  | { id: string; status: 'applied' | 'duplicate'; result: Record<string, unknown> }
  /** Permanent: recorded on the server, shown to the crew, never retried. */
  | { id: string; status: 'rejected'; code: string; reason: string }
  /** Temporary: try again later. */
  | { id: string; status: 'retry'; reason: string };

export interface PushResultV1 {
  results: MutationResult[];
}

export * from './sync-constants.js';
