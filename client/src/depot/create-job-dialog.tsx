import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { ConsoleCrew, Priority } from '@kerbside/shared';
import { useTRPC } from '../trpc/trpc';
import { ErrorSummary, type FormError } from '../ui/error-summary';
import type { ConsoleCase } from './console-cases';
import { earliestDue } from './console-cases';
import { Dialog } from './dialog';
import { InputField, TextAreaField } from './fields';
import { CrewSelect, formValue, PrioritySelect } from './job-fields';
import { fromLocalInput, toLocalInput } from './london-time';
import { errorsFromServer } from './server-errors';
import { useRefreshDispatch } from './use-console';

const ids = { crewId: 'job-crew', priority: 'job-priority', dueAt: 'job-due', instructions: 'job-instructions' };

interface CreateJobDialogProps {
  cases: readonly ConsoleCase[];
  crews: readonly ConsoleCrew[];
  onClose: () => void;
  onDone: (message: string) => void;
}

/** One job for one case, or for several nearby cases of the same problem. */
export function CreateJobDialog({ cases, crews, onClose, onDone }: CreateJobDialogProps) {
  const trpc = useTRPC();
  const refresh = useRefreshDispatch();
  const [errors, setErrors] = useState<FormError[]>([]);
  const create = useMutation(trpc.jobs.create.mutationOptions());
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;
  const first = cases[0];
  const references = cases.map((c) => c.reference).join(', ');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const form = event.currentTarget;
    const crewId = formValue(form, 'crewId');
    const dueAt = fromLocalInput(formValue(form, 'dueAt'));
    const found: FormError[] = [];
    if (!crewId) found.push({ field: ids.crewId, message: 'Choose a crew' });
    if (!dueAt) found.push({ field: ids.dueAt, message: 'Enter the date and time the job is due' });
    setErrors(found);
    if (found.length > 0 || !dueAt) return;
    const input = { caseIds: cases.map((c) => c.id), crewId, dueAt, priority: formValue(form, 'priority') as Priority, instructions: formValue(form, 'instructions') };
    create.mutate(input, {
      onSuccess: async () => {
        await refresh();
        const crew = crews.find((c) => c.id === crewId)?.name ?? 'the crew';
        onDone(`Job created for ${references} and assigned to ${crew}.`);
      },
      onError: (error) => setErrors(errorsFromServer(error, ids)),
    });
  };

  return (
    <Dialog title={cases.length === 1 ? `Create a job for ${references}` : `Create one job for ${cases.length} cases`} onClose={onClose}>
      <p>
        {first?.categoryName}: {references}
      </p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <CrewSelect id={ids.crewId} crews={crews} service={first?.service} error={errorFor(ids.crewId)} />
        <PrioritySelect id={ids.priority} defaultValue={first?.defaultPriority ?? 'normal'} error={errorFor(ids.priority)} />
        <InputField
          id={ids.dueAt}
          name="dueAt"
          type="datetime-local"
          label="Due (UK time)"
          hint="Set to the earliest SLA due time of these cases"
          defaultValue={cases.length ? toLocalInput(earliestDue(cases)) : ''}
          error={errorFor(ids.dueAt)}
        />
        <TextAreaField id={ids.instructions} name="instructions" label="Instructions" hint="What the crew should do or look out for" maxLength={2000} error={errorFor(ids.instructions)} />
        <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
          Create job
        </button>
      </form>
    </Dialog>
  );
}
