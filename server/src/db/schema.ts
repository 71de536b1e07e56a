// The whole domain model as one pg-core schema. The same migrations run on PGlite and PostgreSQL.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  caseEventKinds,
  caseStatuses,
  channels,
  contactPreferences,
  jobStatuses,
  noticeStates,
  priorities,
  roles,
  services,
  slaUnits,
  type CategoryQuestion,
} from '@kerbside/shared';

export const serviceEnum = pgEnum('service', services);
export const roleEnum = pgEnum('role', roles);
export const channelEnum = pgEnum('channel', channels);
export const contactPreferenceEnum = pgEnum('contact_preference', contactPreferences);
export const caseStatusEnum = pgEnum('case_status', caseStatuses);
export const jobStatusEnum = pgEnum('job_status', jobStatuses);
export const priorityEnum = pgEnum('priority', priorities);
export const slaUnitEnum = pgEnum('sla_unit', slaUnits);
export const caseEventKindEnum = pgEnum('case_event_kind', caseEventKinds);
export const noticeStateEnum = pgEnum('notice_state', noticeStates);

const id = () => uuid('id').primaryKey().defaultRandom();
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => at('created_at').notNull().defaultNow();

export const depots = pgTable('depots', {
  id: id(),
  name: text('name').notNull().unique(),
  address: text('address').notNull(),
  lat: doublePrecision('lat').notNull(),
  lng: doublePrecision('lng').notNull(),
});

export const crews = pgTable('crews', {
  id: id(),
  name: text('name').notNull().unique(),
  service: serviceEnum('service').notNull(),
  depotId: uuid('depot_id')
    .notNull()
    .references(() => depots.id),
  /** Per-crew monotonic sequence: every change a crew's devices must learn about takes the next value. */
  syncSeq: bigint('sync_seq', { mode: 'number' }).notNull().default(0),
});

export const users = pgTable('users', {
  id: id(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: roleEnum('role').notNull(),
  crewId: uuid('crew_id').references(() => crews.id),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token: a leaked table cannot be replayed. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const categories = pgTable('categories', {
  id: id(),
  /** Stable, usable as an Open311 service_code. */
  code: text('code').notNull().unique(),
  service: serviceEnum('service').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  slaAmount: integer('sla_amount').notNull(),
  slaUnit: slaUnitEnum('sla_unit').notNull(),
  defaultPriority: priorityEnum('default_priority').notNull().default('normal'),
  duplicateRadiusM: integer('duplicate_radius_m').notNull().default(50),
  allowAnonymous: boolean('allow_anonymous').notNull().default(false),
  questions: jsonb('questions').$type<CategoryQuestion[]>().notNull().default([]),
  active: boolean('active').notNull().default(true),
});

export const citizens = pgTable(
  'citizens',
  {
    id: id(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    postalAddress: text('postal_address'),
    contactPreference: contactPreferenceEnum('contact_preference').notNull().default('none'),
    createdAt: createdAt(),
  },
  (t) => [index('citizens_email_idx').on(t.email), index('citizens_phone_idx').on(t.phone)],
);

/** Next serial per year for human references (KS-2026-000123). */
export const referenceCounters = pgTable('reference_counters', {
  year: integer('year').primaryKey(),
  lastSerial: integer('last_serial').notNull(),
});

export const cases = pgTable(
  'cases',
  {
    id: id(),
    reference: text('reference').notNull().unique(),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id),
    status: caseStatusEnum('status').notNull().default('open'),
    channel: channelEnum('channel').notNull(),
    description: text('description').notNull(),
    answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    address: text('address').notNull(),
    reportedAt: at('reported_at').notNull(),
    slaDueAt: at('sla_due_at').notNull(),
    resolvedAt: at('resolved_at'),
    /** The secret in the citizen's tracking link. Never leaves the server except to that citizen. */
    trackingToken: text('tracking_token').notNull(),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('cases_status_due_idx').on(t.status, t.slaDueAt),
    index('cases_category_idx').on(t.categoryId),
  ],
);

export const caseReporters = pgTable(
  'case_reporters',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    channel: channelEnum('channel').notNull(),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.citizenId] }), index('case_reporters_citizen_idx').on(t.citizenId)],
);

/** The append-only timeline. A trigger (migration 0001) refuses UPDATE and DELETE. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: caseEventKindEnum('kind').notNull(),
    actorType: text('actor_type', { enum: ['user', 'citizen', 'system', 'open311'] }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    channel: channelEnum('channel'),
    /** Whether the citizen sees this entry on the tracking page. */
    public: boolean('public').notNull().default(false),
    at: createdAt(),
    deviceAt: at('device_at'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.id)],
);

export const jobs = pgTable(
  'jobs',
  {
    id: id(),
    crewId: uuid('crew_id').references(() => crews.id),
    status: jobStatusEnum('status').notNull().default('assigned'),
    priority: priorityEnum('priority').notNull(),
    dueAt: at('due_at').notNull(),
    instructions: text('instructions').notNull().default(''),
    accessNotes: text('access_notes').notNull().default(''),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    address: text('address').notNull(),
    /** Bumped on every change; devices compare it when they merge. */
    version: integer('version').notNull().default(1),
    /** The crew's sync sequence value written with the latest change. */
    syncSeq: bigint('sync_seq', { mode: 'number' }).notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('jobs_crew_seq_idx').on(t.crewId, t.syncSeq), index('jobs_status_idx').on(t.status)],
);

/** A job serves one case, or several nearby cases of the same problem. */
export const jobCases = pgTable(
  'job_cases',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.caseId] }), index('job_cases_case_idx').on(t.caseId)],
);

/** Jobs that left a crew (reassigned away or cancelled), so that crew's devices drop them. */
export const jobRemovals = pgTable(
  'job_removals',
  {
    crewId: uuid('crew_id')
      .notNull()
      .references(() => crews.id),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id),
    syncSeq: bigint('sync_seq', { mode: 'number' }).notNull(),
    reason: text('reason', { enum: ['reassigned', 'cancelled'] }).notNull(),
    at: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.crewId, t.syncSeq] })],
);

export const completions = pgTable(
  'completions',
  {
    id: id(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id),
    crewId: uuid('crew_id')
      .notNull()
      .references(() => crews.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    mutationId: uuid('mutation_id').notNull().unique(),
    outcome: text('outcome', { enum: ['completed', 'not_completed'] }).notNull(),
    reason: text('reason'),
    notes: text('notes').notNull().default(''),
    photoIds: jsonb('photo_ids').$type<string[]>().notNull().default([]),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    accuracyM: doublePrecision('accuracy_m'),
    deviceAt: at('device_at').notNull(),
    receivedAt: createdAt(),
    appliedAt: at('applied_at'),
    /** awaiting_photos → applied; or kept as evidence: conflict, duplicate. */
    state: text('state', { enum: ['awaiting_photos', 'applied', 'conflict', 'duplicate'] }).notNull(),
    conflictReason: text('conflict_reason'),
    reviewedAt: at('reviewed_at'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewOutcome: text('review_outcome'),
  },
  (t) => [index('completions_job_idx').on(t.jobId), index('completions_state_idx').on(t.state)],
);

export const photos = pgTable(
  'photos',
  {
    /** Client-generated, so a retried upload is recognised. */
    id: uuid('id').primaryKey(),
    jobId: uuid('job_id').references(() => jobs.id),
    caseId: uuid('case_id').references(() => cases.id),
    kind: text('kind', { enum: ['before', 'after', 'report'] }).notNull(),
    sha256: text('sha256').notNull(),
    byteSize: integer('byte_size').notNull(),
    contentType: text('content_type').notNull(),
    width: integer('width'),
    height: integer('height'),
    storageKey: text('storage_key').notNull(),
    /** Re-encoded copy without EXIF, for citizens. */
    publicStorageKey: text('public_storage_key'),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('photos_job_idx').on(t.jobId), index('photos_case_idx').on(t.caseId)],
);

/** Every device mutation applied, keyed by its client-generated id: a repeat returns `result`. */
export const mutationLedger = pgTable('mutation_ledger', {
  id: uuid('id').primaryKey(),
  deviceId: text('device_id').notNull(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  kind: text('kind').notNull(),
  result: jsonb('result').$type<Record<string, unknown>>().notNull(),
  appliedAt: createdAt(),
});

export const devices = pgTable('devices', {
  id: text('id').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  crewId: uuid('crew_id').references(() => crews.id),
  lastSyncAt: at('last_sync_at').notNull().defaultNow(),
});

/** The transactional outbox: written with the change that causes it, sent by a worker. */
export const notices = pgTable(
  'notices',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    kind: text('kind', { enum: ['closure', 'acknowledgement', 'update'] }).notNull(),
    channel: contactPreferenceEnum('channel').notNull(),
    state: noticeStateEnum('state').notNull().default('pending'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    /** The notice this one replaces after a permanent failure on another channel. */
    fallbackFromId: uuid('fallback_from_id'),
    sentAt: at('sent_at'),
    createdAt: createdAt(),
  },
  // What the worker's claim reads: due pending notices and expired leases, oldest first.
  (t) => [index('notices_due_idx').on(t.nextAttemptAt).where(sql`state in ('pending', 'sending')`)],
);

/** UK bank holidays as data the council can change; the SLA clock skips them. */
export const bankHolidays = pgTable('bank_holidays', {
  date: date('date', { mode: 'string' }).primaryKey(),
  name: text('name').notNull(),
});

export const mailbox = pgTable(
  'mailbox',
  {
    id: id(),
    noticeId: uuid('notice_id').references(() => notices.id),
    channel: contactPreferenceEnum('channel').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('mailbox_notice_idx').on(t.noticeId)],
);
