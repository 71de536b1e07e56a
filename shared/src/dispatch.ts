// The depot manager's console: the wire shapes and the few pure rules both sides need.
import { z } from 'zod';
import { priorities, type JobStatus, type Priority, type Service } from './enums.js';
import { londonParts, type WorkingCalendar } from './sla.js';

const uuid = z.string().uuid();

// PostgreSQL text cannot hold a NUL character; refuse it here with a clear message, not a 500.
const withoutNul = (text: z.ZodString) => text.refine((t) => !t.includes('\u0000'), 'Remove the invisible control character (NUL)');

// ── The console's open-case list ─────────────────────────────────────────────
// 10,000 open cases travel on every console load, so each is a tuple of primitives, not an
// object: no repeated keys, no Dates for superjson to annotate, categories and crews by index.

export const consoleCaseStatuses = ['open', 'in_progress'] as const;
export type ConsoleCaseStatus = (typeof consoleCaseStatuses)[number];

export type ConsoleCaseTuple = [
  id: string,
  reference: string,
  lat: number,
  lng: number,
  /** Index into `ConsoleDataV1.categories`. */
  category: number,
  /** Index into `consoleCaseStatuses`. */
  status: number,
  /** Epoch milliseconds. */
  slaDueAt: number,
  address: string,
  /** Index into `ConsoleDataV1.crews` of the crew holding the case's live job, or -1. */
  crew: number,
];

export interface ConsoleCategory {
  code: string;
  name: string;
  service: Service;
  defaultPriority: Priority;
}

export interface ConsoleCrew {
  id: string;
  name: string;
  service: Service;
}

export interface ConsoleDataV1 {
  /** Changes whenever a case or job changes; the console refetches the list only when it does. */
  version: string;
  categories: ConsoleCategory[];
  crews: ConsoleCrew[];
  /**
   * JSON text of `ConsoleCaseTuple[]`, in no particular order. Text rather than an array because the
   * database writes it in one piece and the browser parses it in one call: measured several times
   * quicker, end to end, than 10,000 rows through the ORM and superjson. Read it with `parseConsoleCases`.
   */
  cases: string;
}

export function parseConsoleCases(data: Pick<ConsoleDataV1, 'cases'>): ConsoleCaseTuple[] {
  return JSON.parse(data.cases) as ConsoleCaseTuple[];
}

export interface ConsolePulseV1 {
  version: string;
  /** Completions waiting for a manager's review. */
  exceptions: number;
}

export const caseSearchInput = z.object({
  q: withoutNul(z.string().trim().min(2, 'Enter at least 2 characters of a reference or address').max(200)),
});

export const caseIdInput = z.object({ caseId: uuid });

// ── Jobs ─────────────────────────────────────────────────────────────────────

const instructions = withoutNul(z.string().trim().max(2000, 'Instructions are at most 2,000 characters'));
// A due time a council could mean; beyond the database's range would otherwise be a 500.
const dueAt = z.coerce
  .date()
  .min(new Date('2000-01-01T00:00:00Z'), 'Enter a due date in or after 2000')
  .max(new Date('2100-01-01T00:00:00Z'), 'Enter a due date before 2100');

export const newJobInput = z.object({
  caseIds: z.array(uuid).min(1, 'Choose at least one case').max(50, 'One job serves at most 50 cases'),
  crewId: uuid,
  priority: z.enum(priorities),
  dueAt,
  instructions,
  accessNotes: withoutNul(z.string().trim().max(1000, 'Access notes are at most 1,000 characters')).optional(),
});
export type NewJobInput = z.infer<typeof newJobInput>;

/** One job per case, all to one crew; priority and due time default to each case's category. */
export const assignManyInput = z.object({
  caseIds: z.array(uuid).min(1, 'Choose at least one case').max(200, 'Assign at most 200 cases at once'),
  crewId: uuid,
  priority: z.enum(priorities).nullable().default(null),
  instructions: instructions.default(''),
});
export type AssignManyInput = z.infer<typeof assignManyInput>;

const reason = (missing: string) => withoutNul(z.string().trim().min(1, missing).max(1000, 'Reasons are at most 1,000 characters'));

export const reassignJobInput = z.object({ jobId: uuid, crewId: uuid });
export const cancelJobInput = z.object({ jobId: uuid, reason: reason('Say why the job is cancelled') });

// ── Crew progress ────────────────────────────────────────────────────────────

export const crewProgressStates = ['assigned', 'started', 'completed', 'not_completed'] as const satisfies readonly JobStatus[];

export interface CrewProgressJobV1 {
  id: string;
  status: JobStatus;
  priority: Priority;
  dueAt: Date;
  address: string;
  caseReferences: string[];
}

export interface CrewProgressV1 {
  id: string;
  name: string;
  service: Service;
  depotName: string;
  lastSyncAt: Date | null;
  quiet: boolean;
  counts: Record<(typeof crewProgressStates)[number], number>;
  jobs: CrewProgressJobV1[];
}

export const quietAfterMs = 30 * 60_000;

/** A working minute, by the council's calendar: Monday to Friday, not a bank holiday, within the day. */
export function isWorkingTime(at: Date, calendar: WorkingCalendar): boolean {
  const parts = londonParts(at, calendar.timeZone);
  if (parts.weekday === 0 || parts.weekday === 6 || calendar.bankHolidays.has(parts.date)) return false;
  return parts.time >= (calendar.dayStart ?? '08:00') && parts.time < (calendar.dayEnd ?? '17:00');
}

/** A crew has gone quiet when, during working time, no device of theirs has synced for 30 minutes. */
export function isCrewQuiet(lastSyncAt: Date | null, now: Date, calendar: WorkingCalendar): boolean {
  if (!isWorkingTime(now, calendar)) return false;
  return lastSyncAt === null || now.getTime() - lastSyncAt.getTime() > quietAfterMs;
}

// ── Conflicts and exceptions ─────────────────────────────────────────────────

export const exceptionKinds = ['cancelled', 'reassigned', 'duplicate', 'not_completed'] as const;
export type ExceptionKind = (typeof exceptionKinds)[number];

export const exceptionKindLabels: Record<ExceptionKind, string> = {
  cancelled: 'Completed after the job was cancelled',
  reassigned: 'Completed after the job was given to another crew',
  duplicate: 'A second visit to a job already closed',
  not_completed: 'The crew could not complete the job',
};

export interface ExceptionV1 {
  completionId: string;
  kind: ExceptionKind;
  conflictReason: string | null;
  outcome: 'completed' | 'not_completed';
  reason: string | null;
  notes: string;
  crewName: string;
  memberName: string;
  lat: number | null;
  lng: number | null;
  accuracyM: number | null;
  deviceAt: Date;
  receivedAt: Date;
  /** Photos the closure named that have arrived; `missingPhotos` have not (yet). */
  photoIds: string[];
  missingPhotos: number;
  job: { id: string; status: JobStatus; crewName: string | null; instructions: string };
  cases: { id: string; reference: string; address: string; categoryName: string; status: string }[];
}

export const reviewActions = ['accepted', 'reassigned', 'closed'] as const;
export type ReviewAction = (typeof reviewActions)[number];

export const acceptCompletionInput = z.object({ completionId: uuid });
export const reassignFromCompletionInput = z.object({
  completionId: uuid,
  crewId: uuid,
  priority: z.enum(priorities).default('normal'),
  instructions: instructions.default(''),
});
export const closeCompletionInput = z.object({ completionId: uuid, reason: reason('Say why no further action is needed') });

// ── Bank holidays ────────────────────────────────────────────────────────────

const isoDate = z
  .string()
  .regex(/^(19|20|21)\d{2}-\d{2}-\d{2}$/, 'Enter a date like 2027-05-03')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'Enter a real date');

export const bankHolidayInput = z.object({
  date: isoDate,
  name: withoutNul(z.string().trim().min(1, 'Name the holiday').max(100, 'Names are at most 100 characters')),
});
export type BankHolidayInput = z.infer<typeof bankHolidayInput>;
export const bankHolidayDateInput = z.object({ date: isoDate });
