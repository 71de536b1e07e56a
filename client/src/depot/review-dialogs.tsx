import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { ConsoleCrew, ExceptionV1, Priority } from '@kerbside/shared';
import { useTRPC } from '../trpc/trpc';
import { ErrorSummary, type FormError } from '../ui/error-summary';
import { Dialog } from './dialog';
import { TextAreaField } from './fields';
import { CrewSelect, formValue, PrioritySelect } from './job-fields';
import { errorsFromServer } from './server-errors';
import { useRefreshDispatch } from './use-console';

interface ReviewDialogProps {
  exception: ExceptionV1;
  onClose: () => void;
  onDone: (message: string) => void;
}

const referencesOf = (e: ExceptionV1) => e.cases.map((c) => c.reference).join(', ');

/** The work is still to do: send it to a crew. */
export function ReassignReviewDialog({ exception, crews, onClose, onDone }: ReviewDialogProps & { crews: readonly ConsoleCrew[] }) {
  const trpc = useTRPC();
  const refresh = useRefreshDispatch();
  const [errors, setErrors] = useState<FormError[]>([]);
  const reassign = useMutation(trpc.dispatch.reassign.mutationOptions());
  const ids = { crewId: 'review-crew', priority: 'review-priority', instructions: 'review-instructions' };
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reassign.isPending) return;
    const form = event.currentTarget;
    const crewId = formValue(form, 'crewId');
    if (!crewId) return setErrors([{ field: ids.crewId, message: 'Choose a crew' }]);
    const input = { completionId: exception.completionId, crewId, priority: formValue(form, 'priority') as Priority, instructions: formValue(form, 'instructions') };
    reassign.mutate(input, {
      onSuccess: async () => {
        await refresh();
        onDone(`${referencesOf(exception)} sent to ${crews.find((c) => c.id === crewId)?.name ?? 'the crew'}.`);
      },
      onError: (error) => setErrors(errorsFromServer(error, ids)),
    });
  };

  return (
    <Dialog title={`Reassign ${referencesOf(exception)}`} onClose={onClose}>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <CrewSelect id={ids.crewId} crews={crews} error={errorFor(ids.crewId)} />
        <PrioritySelect id={ids.priority} defaultValue="normal" error={errorFor(ids.priority)} />
        <TextAreaField
          id={ids.instructions}
          name="instructions"
          label="Instructions" hint="What the crew should do or look out for"
          maxLength={2000}
          defaultValue={exception.notes ? `Last visit (${exception.crewName}): ${exception.notes}`.slice(0, 2000) : ''}
          error={errorFor(ids.instructions)}
        />
        <button type="submit" className="button" aria-disabled={reassign.isPending || undefined}>
          Reassign
        </button>
      </form>
    </Dialog>
  );
}

/** Nothing more will be done: the cases close with the manager's reason. */
export function CloseReviewDialog({ exception, onClose, onDone }: ReviewDialogProps) {
  const trpc = useTRPC();
  const refresh = useRefreshDispatch();
  const [errors, setErrors] = useState<FormError[]>([]);
  const close = useMutation(trpc.dispatch.close.mutationOptions());

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (close.isPending) return;
    const reason = formValue(event.currentTarget, 'reason');
    if (!reason) return setErrors([{ field: 'review-reason', message: 'Say why no further action is needed' }]);
    close.mutate(
      { completionId: exception.completionId, reason },
      {
        onSuccess: async () => {
          await refresh();
          onDone(`${referencesOf(exception)} closed with no further action.`);
        },
        onError: (error) => setErrors(errorsFromServer(error, { reason: 'review-reason' })),
      },
    );
  };

  return (
    <Dialog title={`Close ${referencesOf(exception)} with no further action`} onClose={onClose}>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <TextAreaField id="review-reason" name="reason" label="Reason" maxLength={1000} error={errors.find((e) => e.field === 'review-reason')?.message} />
        <button type="submit" className="button button--warning" aria-disabled={close.isPending || undefined}>
          Close case
        </button>
      </form>
    </Dialog>
  );
}
