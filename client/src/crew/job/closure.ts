// Closing a job: what must be filled in, and the change that goes into the outbox. Checked here
// first so the crew hears what is missing at once; recordChange checks again with the server's
// own schema.
import type { MutationArgs } from '@kerbside/shared';
import type { ClosureDraft } from '../../sync';
import type { FormError } from '../../ui/error-summary';
import type { Fix } from './position';

export type ClosureFields = Pick<ClosureDraft, 'outcome' | 'reason' | 'notes' | 'photoIds'>;

export const maxClosurePhotos = 20;
export const maxNotesLength = 4_000;

/** Element ids the error summary links to. */
export const closureFieldIds = {
  outcome: 'outcome-completed',
  reason: 'reason',
  notes: 'notes',
  photos: 'photo-before',
} as const;

export function closureProblems(fields: ClosureFields): FormError[] {
  const { outcome, reason, notes, photoIds } = fields;
  const errors: FormError[] = [];
  if (!outcome) errors.push({ field: closureFieldIds.outcome, message: 'Choose whether the job was completed' });
  if (outcome === 'not_completed' && !reason) {
    errors.push({ field: closureFieldIds.reason, message: 'Choose why the job could not be completed' });
  }
  if (outcome === 'not_completed' && reason === 'other' && !notes.trim()) {
    errors.push({ field: closureFieldIds.notes, message: 'Say in the notes why the job could not be completed' });
  }
  if (notes.trim().length > maxNotesLength) errors.push({ field: closureFieldIds.notes, message: 'Notes are at most 4,000 characters' });
  if (photoIds.length > maxClosurePhotos) errors.push({ field: closureFieldIds.photos, message: 'A job can be closed with at most 20 photos' });
  return errors;
}

/** The `job.complete` change; call only when closureProblems found nothing. */
export function closureArgs(jobId: string, fields: ClosureFields, fix: Fix | null, deviceAt: Date): MutationArgs<'job.complete'> {
  if (!fields.outcome) throw new Error('closureArgs needs an outcome');
  return {
    jobId,
    outcome: fields.outcome,
    reason: fields.outcome === 'not_completed' ? fields.reason : null,
    notes: fields.notes.trim(),
    photoIds: fields.photoIds,
    lat: fix?.lat ?? null,
    lng: fix?.lng ?? null,
    accuracyM: fix?.accuracyM ?? null,
    deviceAt,
  };
}
