import { TRPCClientError } from '@trpc/client';
import type { FormError } from '../../ui/error-summary';

export type TrackFailure = 'not_found' | 'rate_limited' | 'unreachable' | 'other';

/** What kind of refusal the server gave; a network failure has no code at all. */
export function trackFailureOf(error: unknown): TrackFailure {
  if (!(error instanceof TRPCClientError) || !error.data) return 'unreachable';
  const code: unknown = error.data.code;
  // A malformed link (BAD_REQUEST) is just a link that finds nothing.
  if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') return 'not_found';
  if (code === 'TOO_MANY_REQUESTS') return 'rate_limited';
  return 'other';
}

/** The server's own words where it has them, as one form-level error or per-field ones. */
export function formErrorsOf(error: unknown): FormError[] {
  if (!(error instanceof TRPCClientError) || !error.data) {
    return [{ message: 'We could not reach the council’s website. Check your connection and try again.' }];
  }
  const fields: unknown = error.data.fieldErrors;
  if (fields && typeof fields === 'object') {
    return Object.entries(fields as Record<string, string>).map(([field, message]) => ({ field, message }));
  }
  return [{ message: error.message }];
}

/** One message per field, the first one wins, from the shared schema's issues. */
export function errorsFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], idOf: (field: string) => string): FormError[] {
  const byField = new Map<string, string>();
  for (const { path, message } of issues) {
    const field = String(path[0] ?? '');
    if (!byField.has(field)) byField.set(field, message);
  }
  return [...byField].map(([field, message]) => ({ field: field ? idOf(field) : undefined, message }));
}
