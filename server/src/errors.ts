// Domain code throws DomainError with a code; one place (trpc.ts, http/errors.ts) maps it outward.

export const errorCodes = [
  'bad_input',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'too_large',
  'unsupported_type',
  /** The bytes arrived damaged in transit: sending them again is the right answer. */
  'damaged_upload',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const httpStatusOf: Record<ErrorCode, number> = {
  bad_input: 400,
  damaged_upload: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_type: 415,
  rate_limited: 429,
};

export const trpcCodeOf = {
  bad_input: 'BAD_REQUEST',
  damaged_upload: 'BAD_REQUEST',
  unauthenticated: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  too_large: 'PAYLOAD_TOO_LARGE',
  unsupported_type: 'UNSUPPORTED_MEDIA_TYPE',
  rate_limited: 'TOO_MANY_REQUESTS',
} as const satisfies Record<ErrorCode, string>;
