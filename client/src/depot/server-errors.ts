import { TRPCClientError } from '@trpc/client';
import type { FormError } from '../ui/error-summary';

const unreachable = 'Kerbside could not be reached. Check your connection and try again.';

/**
 * The server's refusal as form errors. Field names are mapped to this form's input ids, so each
 * message in the error summary links to the input it is about.
 */
export function errorsFromServer(error: unknown, fieldIds: Record<string, string> = {}): FormError[] {
  if (!(error instanceof TRPCClientError) || !error.data) return [{ message: unreachable }];
  const fieldErrors: unknown = error.data.fieldErrors;
  if (fieldErrors && typeof fieldErrors === 'object') {
    return Object.entries(fieldErrors as Record<string, string>).map(([field, message]) => ({ field: fieldIds[field.split('.')[0]!], message }));
  }
  return [{ message: error.message }];
}
