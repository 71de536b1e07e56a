import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { ConsoleCrew, Priority } from '@kerbside/shared';
import { useTRPC } from '../trpc/trpc';
import { ErrorSummary, type FormError } from '../ui/error-summary';
import type { ConsoleCase } from './console-cases';
import { Dialog } from './dialog';
import { TextAreaField } from './fields';
import { CrewSelect, formValue, PrioritySelect } from './job-fields';
import { errorsFromServer } from './server-errors';
import { useRefreshDispatch } from './use-console';

const ids = { crewId: 'assign-crew', priority: 'assign-priority', instructions: 'assign-instructions' };

interface AssignSelectedDialogProps {
  cases: readonly ConsoleCase[];
  crews: readonly ConsoleCrew[];
  onClose: () => void;
  onDone: (message: string) => void;
}

/** A job each for every selected case, all to one crew, each due when its case is due. */
export function AssignSelectedDialog({ cases, crews, onClose, onDone }: AssignSelectedDialogProps) {
  const trpc = useTRPC();
  const refresh = useRefreshDispatch();
  const [errors, setErrors] = useState<FormError[]>([]);
  const assign = useMutation(trpc.jobs.assignMany.mutationOptions());
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;
  const services = new Set(cases.map((c) => c.service));
  const count = `${cases.length} ${cases.length === 1 ? 'case' : 'cases'}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (assign.isPending) return;
    const form = event.currentTarget;
    const crewId = formValue(form, 'crewId');
    if (!crewId) return setErrors([{ field: ids.crewId, message: 'Choose a crew' }]);
    setErrors([]);
    const priority = (formValue(form, 'priority') || null) as Priority | null;
    assign.mutate(
      { caseIds: cases.map((c) => c.id), crewId, priority, instructions: formValue(form, 'instructions') },
      {
        onSuccess: async ({ jobs }) => {
          await refresh();
          const crew = crews.find((c) => c.id === crewId)?.name ?? 'the crew';
          onDone(`${jobs.length} ${jobs.length === 1 ? 'job' : 'jobs'} assigned to ${crew}.`);
        },
        onError: (error) => setErrors(errorsFromServer(error, ids)),
      },
    );
  };

  return (
    <Dialog title={`Assign ${count} to a crew`} onClose={onClose}>
      <p>Each case gets a job of its own, due when the case is due.</p>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        <CrewSelect id={ids.crewId} crews={crews} service={services.size === 1 ? cases[0]?.service : undefined} error={errorFor(ids.crewId)} />
        <PrioritySelect id={ids.priority} defaultValue="" allowDefault error={errorFor(ids.priority)} />
        <TextAreaField id={ids.instructions} name="instructions" label="Instructions" hint="What the crew should do or look out for" maxLength={2000} error={errorFor(ids.instructions)} />
        <button type="submit" className="button" aria-disabled={assign.isPending || undefined}>
          Assign {count}
        </button>
      </form>
    </Dialog>
  );
}
