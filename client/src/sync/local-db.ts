// The crew device's own database (IndexedDB through Dexie). It is the crew screens' source of
// truth: everything captured is written here before the UI says "saved", and stays until the
// server has acknowledged it.
import Dexie, { type EntityTable } from 'dexie';
import type { CrewJobV1, JobStatus, MutationKind, NotCompletedReason } from '@kerbside/shared';

/** A job as pulled for `ownerId`'s crew. Another person signing in on this phone sees their own set. */
export interface LocalJob extends CrewJobV1 {
  ownerId: string;
  /**
   * The status the server last sent. `status` may run ahead of it while this person's work is
   * unsent (optimistic); once nothing is waiting, `status` settles back to this (see reconcile.ts).
   */
  serverStatus?: JobStatus;
  /** Cancelled or reassigned on the server while work on it is still unsent: kept until that is sent. */
  removedOnServer?: boolean;
}

/** 'sending' is never written by the engine (a crash would leave it lying); it counts as unsent. */
export type OutboxState = 'pending' | 'sending' | 'rejected';

export interface OutboxEntry {
  id: string; // client-generated UUID: the server's idempotency key
  deviceId: string;
  seq: number; // device-wide, strictly increasing: pushed in this order
  userId: string; // whose work this is; only sent while that person is signed in
  userName: string;
  kind: MutationKind;
  args: unknown;
  createdAt: Date;
  state: OutboxState;
  lastError: string | null;
  /** For a rejected entry: the server's code, e.g. 'conflict', 'forbidden'. */
  errorCode: string | null;
  attempts: number;
  /** Kept for the shape; the engine holds its backoff in `SyncStatus.retryAt`, so this stays 0. */
  nextAttemptAt: number;
  /** Words for the status bar: "Close job at 12 High Street". */
  summary: string;
}

export type PhotoState = 'pending' | 'uploaded' | 'rejected';

export interface LocalPhoto {
  id: string; // client-generated UUID, also the upload's idempotency key
  userId: string;
  jobId: string;
  kind: 'before' | 'after';
  /** The downscaled JPEG. iOS can fail to store Blobs: then `buffer` holds the bytes instead. */
  blob: Blob | null;
  buffer: ArrayBuffer | null;
  type: string;
  sha256: string;
  size: number;
  width: number;
  height: number;
  state: PhotoState;
  lastError: string | null;
  attempts: number;
  nextAttemptAt: number;
  createdAt: Date;
}

/** An unfinished closure: reopens exactly as it was left. */
export interface ClosureDraft {
  key: string; // `${userId}:${jobId}`
  userId: string;
  jobId: string;
  outcome: 'completed' | 'not_completed' | null;
  reason: NotCompletedReason | null;
  notes: string;
  photoIds: string[];
  updatedAt: Date;
}

export interface MetaRow {
  key: string; // 'deviceId' | 'seq' | `cursor:${userId}` | `lastSyncAt:${userId}` | `userName:${userId}` | 'currentUser'
  value: unknown;
}

export class KerbsideDeviceDb extends Dexie {
  jobs!: EntityTable<LocalJob, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  photos!: EntityTable<LocalPhoto, 'id'>;
  drafts!: EntityTable<ClosureDraft, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = 'kerbside-device') {
    super(name);
    this.version(1).stores({
      jobs: 'id, ownerId',
      outbox: 'id, seq, userId, state, [userId+seq]',
      photos: 'id, userId, jobId, state',
      drafts: 'key, userId, jobId',
      meta: 'key',
    });
  }
}
