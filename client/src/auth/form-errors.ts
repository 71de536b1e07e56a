import { TRPCClientError } from '@trpc/client';
import type { FormError } from '../ui/error-summary';

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

export const unreachable = 'Kerbside could not be reached. Check your connection and try again.';

/** One message per field, first one wins, from a validation failure (zod issues). */
export function errorsFromIssues(issues: readonly Issue[]): FormError[] {
  const byField = new Map<string, string>();
  for (const { path, message } of issues) {
    const field = String(path[0] ?? '');
    if (!byField.has(field)) byField.set(field, message);
  }
  return [...byField].map(([field, message]) => ({ field: field || undefined, message }));
}

/** What the server said, in its own words; a network failure has no words, so we supply some. */
export function errorsFromServer(error: unknown): FormError[] {
  if (!(error instanceof TRPCClientError) || !error.data) return [{ message: unreachable }];
  const fieldErrors: unknown = error.data.fieldErrors;
  if (fieldErrors && typeof fieldErrors === 'object') {
    return Object.entries(fieldErrors as Record<string, string>).map(([field, message]) => ({ field, message }));
  }
  return [{ message: error.message }];
}
