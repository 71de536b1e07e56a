import type { Category, LoggedCase } from '@kerbside/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../trpc/trpc';
import type { FormError } from '../ui/error-summary';
import { formErrorsFromServer } from '../ui/server-errors';
import { checkAttach, checkLogCase, fieldIdFor, type LogCaseValues } from './log-case-values';

export type LogCaseResult = LoggedCase & { attached: boolean };

const onFields = (errors: FormError[]) => errors.map((e) => (e.field ? { ...e, field: fieldIdFor(e.field) } : e));

/** The agent's case form: its values, its errors, and the two ways to finish (a new case, or attach). */
export function useLogCase(initial: LogCaseValues, category: (id: string | undefined) => Category | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [result, setResult] = useState<LogCaseResult | null>(null);
  const done = (attached: boolean) => (logged: LoggedCase) => {
    // The queue, the caller's history and nearby duplicates all changed.
    void queryClient.invalidateQueries({ queryKey: trpc.intake.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.cases.pathKey() });
    setResult({ ...logged, attached });
  };
  const failed = (error: unknown) => setErrors(onFields(formErrorsFromServer(error)));
  const logCase = useMutation(trpc.intake.logCase.mutationOptions({ onSuccess: done(false), onError: failed }));
  const attach = useMutation(trpc.intake.attachToCase.mutationOptions({ onSuccess: done(true), onError: failed }));
  const pending = logCase.isPending || attach.isPending;

  const change = (update: Partial<LogCaseValues>) => setValues((current) => ({ ...current, ...update }));

  const submit = () => {
    if (pending) return;
    const checked = checkLogCase(values, category(values.categoryId));
    setErrors(checked.errors);
    if (checked.input) logCase.mutate(checked.input);
  };

  const attachTo = (caseId: string) => {
    if (pending) return;
    const checked = checkAttach(values, caseId);
    setErrors(checked.errors);
    if (checked.input) attach.mutate(checked.input);
  };

  return { values, change, errors, submit, attachTo, pending, result };
}
