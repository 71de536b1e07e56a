import { TRPCClientError } from '@trpc/client';
import type { FormError } from './error-summary';

/**
 * A refusal from a procedure, in the server's own words: one error per field where it named
 * fields (keys like "caller.email"), else its message. A network failure has no words, so we supply some.
 */
export function formErrorsFromServer(error: unknown): FormError[] {
  if (!(error instanceof TRPCClientError) || !error.data) {
    return [{ message: 'Kerbside could not be reached. Check your connection and try again.' }];
  }
  const fieldErrors: unknown = error.data.fieldErrors;
  if (fieldErrors && typeof fieldErrors === 'object') {
    return Object.entries(fieldErrors as Record<string, string>).map(([field, message]) => ({ field, message }));
  }
  return [{ message: error.message }];
}
