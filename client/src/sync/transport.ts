// How the engine reaches the server, and what a failure means for the work waiting on the phone.
// The engine sees only this interface, so the tests put faults (and the real server) behind it.
import type { AppRouter } from '@kerbside/server';
import { TRPCClientError, type TRPCClient } from '@trpc/client';
import { photoUploadHeaders as h, type PullResultV1, type PushMutation, type PushResultV1 } from '@kerbside/shared';
import type { LocalPhoto } from './local-db';

export interface PhotoUploadResult {
  status: 'stored' | 'duplicate';
}

export interface SyncTransport {
  pull(cursor: string | null, deviceId: string): Promise<PullResultV1>;
  /** `userId`: whose work this is; the server refuses it under anyone else's session. */
  push(deviceId: string, mutations: PushMutation[], userId?: string): Promise<PushResultV1>;
  uploadPhoto(photo: LocalPhoto, bytes: Blob | ArrayBuffer): Promise<PhotoUploadResult>;
}

/**
 * - temporary: no answer, 5xx, 408 or 429. Everything is kept and tried again with backoff.
 * - signed-out: 401. Everything is kept; nothing more is tried until the person signs in again.
 * - refused: any other 4xx. Permanent for a photo (recorded on it with the server's words); for a
 *   whole push or pull it is a bug between versions, so the work is kept and retried with backoff.
 */
export type FailureKind = 'temporary' | 'signed-out' | 'refused';

export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly kind: FailureKind,
    message: string,
    /** No HTTP answer at all: how "offline" is decided, since navigator.onLine can lie. */
    readonly offline = false,
    readonly status: number | null = null,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

export const failureWords = {
  offline: 'No connection. Your work is kept on this phone and will be sent when there is signal.',
  server: 'The server is busy or having trouble. Your work is kept and will be sent shortly.',
  signedOut: 'Your session has ended. Sign in again to send your work.',
} as const;

export function kindOfStatus(status: number, code: string | null = null): FailureKind {
  if (status === 401) return 'signed-out';
  // Bytes damaged on the way (the server's SHA-256 check failed): the same upload again is the cure.
  if (status === 408 || status === 429 || status >= 500 || code === 'damaged_upload') return 'temporary';
  return 'refused';
}

/** A failure from an HTTP status, in words a crew member can act on. */
export function failureFromStatus(status: number, serverMessage: string | null, code: string | null = null): TransportError {
  const kind = kindOfStatus(status, code);
  const words =
    kind === 'signed-out'
      ? failureWords.signedOut
      : kind === 'temporary'
        ? failureWords.server
        : (serverMessage ?? `The server refused this (${status})`);
  return new TransportError(kind, words, false, status, code);
}

/** Anything thrown while talking to the server, classified. Unknown errors count as no connection. */
export function failureOf(error: unknown): TransportError {
  if (error instanceof TransportError) return error;
  if (error instanceof TRPCClientError) {
    const data = error.data as { httpStatus?: unknown; code?: unknown } | undefined;
    if (typeof data?.httpStatus === 'number') {
      return failureFromStatus(data.httpStatus, error.message, typeof data.code === 'string' ? data.code : null);
    }
  }
  return new TransportError('temporary', failureWords.offline, true);
}

/**
 * The real transport: tRPC for pull and push (pass the app's vanilla client, which carries the
 * superjson transformer and the session cookie) and a raw `PUT /api/photos/:id` for photo bytes.
 */
export function createHttpTransport(
  trpc: TRPCClient<AppRouter>,
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): SyncTransport {
  return {
    pull: (cursor, deviceId) => trpc.sync.pull.query({ cursor, deviceId }).catch(rethrowClassified),
    push: (deviceId, mutations, userId) => trpc.sync.push.mutate({ deviceId, userId, mutations }).catch(rethrowClassified),
    uploadPhoto: createPhotoUploader(fetchImpl),
  };
}

function rethrowClassified(error: unknown): never {
  throw failureOf(error);
}

/** `PUT /api/photos/:id` with the raw bytes; the server checks the SHA-256 and sniffs the type. */
export const createPhotoUploader =
  (fetchImpl: typeof fetch): SyncTransport['uploadPhoto'] =>
  (photo, bytes) =>
    sendPhoto(fetchImpl, photo, bytes);

async function sendPhoto(fetchImpl: typeof fetch, photo: LocalPhoto, bytes: Blob | ArrayBuffer): Promise<PhotoUploadResult> {
  let response: Response;
  try {
    response = await fetchImpl(`/api/photos/${encodeURIComponent(photo.id)}`, {
      method: 'PUT',
      credentials: 'include',
      headers: {
        'content-type': photo.type || 'application/octet-stream',
        [h.sha256]: photo.sha256,
        [h.jobId]: photo.jobId,
        [h.kind]: photo.kind,
        [h.width]: String(photo.width),
        [h.height]: String(photo.height),
      },
      body: bytes,
    });
  } catch {
    throw new TransportError('temporary', failureWords.offline, true);
  }
  if (response.ok) return { status: response.status === 201 ? 'stored' : 'duplicate' };
  const body = (await response.json().catch(() => null)) as { error?: unknown; code?: unknown } | null;
  const message = typeof body?.error === 'string' ? body.error : null;
  throw failureFromStatus(response.status, message, typeof body?.code === 'string' ? body.code : null);
}
