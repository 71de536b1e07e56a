import { DomainError } from '../errors.js';

/**
 * A refusal about one field, found by domain code rather than by the input schema (an unknown
 * category, a missing required answer). It carries `issues` in the schema-issue shape, so trpc.ts's
 * error formatter reports it in `fieldErrors` exactly like a zod failure and forms can put it on the field.
 */
export class FieldError extends DomainError {
  readonly issues: { path: string[]; message: string }[];

  constructor(field: string, message: string) {
    super('bad_input', message, { field });
    this.issues = [{ path: field.split('.'), message }];
  }
}
