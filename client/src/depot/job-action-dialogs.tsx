import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { ConsoleCrew, Service } from '@kerbside/shared';
import { useTRPC } from '../trpc/trpc';
import { ErrorSummary, type FormError } from '../ui/error-summary';
import { Dialog } from './dialog';
import { TextAreaField } from './fields';
import { CrewSelect, formValue } from './job-fields';
import { errorsFromServer } from './server-errors';
import { useRefreshDispatch } from './use-console';

interface JobRef {
  id: string;
  crewId: string | null;
  crewName: string | null;
}

interface Props {
  job: JobRef;
  reference: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Moves the job: it leaves the old crew's phones and reaches the new crew's at their next sync. */
export function ReassignJobDialog({ job, reference, crews, service, onClose, onDone }: Props & { crews: readonly ConsoleCrew[]; service: Service }) {
  const trpc = useTRPC();
  const refresh = useRefreshDispatch();
  const [errors, setErrors] = useState<FormError[]>([]);
  const reassign = useMutation(trpc.jobs.reassign.mutationOptions());
  const others = crews.filter((c) => c.id !== job.crewId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reassign.isPending) return;
    const crewId = formValue(event.currentTarget, 'crewId');
    if (!crewId) return setErrors([{ field: 'reassign-crew', message: 'Choose a crew' }]);
    reassign.mutate(
      { jobId: job.id, crewId },
      {
        onSuccess: async () => {
          await refresh();
          onDone(`The job for ${reference} is now with ${crews.find((c) => c.id === crewId)?.name ?? 'the new crew'}.`);
        },
        onError: (error) => setErrors(errorsFromServer(error, { crewId: 'reassign-crew' })),
      },
    );
  };

  return (
    <Dialog title={`Reassign the job for ${reference}`} onClose={onClose}>
      <p>Now with {job.crewName ?? 'no crew'}.</p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <CrewSelect id="reassign-crew" crews={others} service={service} error={errors.find((e) => e.field === 'reassign-crew')?.message} />
        <button type="submit" className="button" aria-disabled={reassign.isPending || undefined}>
          Reassign job
        </button>
      </form>
    </Dialog>
  );
}

/** Cancels the job with a reason; its cases go back to the queue unless another job serves them. */
export function CancelJobDialog({ job, reference, onClose, onDone }: Props) {
  const trpc = useTRPC();
  const refresh = useRefreshDispatch();
  const [errors, setErrors] = useState<FormError[]>([]);
  const cancel = useMutation(trpc.jobs.cancel.mutationOptions());

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (cancel.isPending) return;
    const reason = formValue(event.currentTarget, 'reason');
    if (!reason) return setErrors([{ field: 'cancel-reason', message: 'Say why the job is cancelled' }]);
    cancel.mutate(
      { jobId: job.id, reason },
      {
        onSuccess: async () => {
          await refresh();
          onDone(`The job for ${reference} is cancelled.`);
        },
        onError: (error) => setErrors(errorsFromServer(error, { reason: 'cancel-reason' })),
      },
    );
  };

  return (
    <Dialog title={`Cancel the job for ${reference}`} onClose={onClose}>
      <p>{job.crewName ? `${job.crewName} will lose it from their phones at their next sync.` : 'No crew holds it.'}</p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <TextAreaField id="cancel-reason" name="reason" label="Reason" maxLength={1000} error={errors.find((e) => e.field === 'cancel-reason')?.message} />
        <button type="submit" className="button button--warning" aria-disabled={cancel.isPending || undefined}>
          Cancel job
        </button>
      </form>
    </Dialog>
  );
}
