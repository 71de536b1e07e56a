import { notFixedInput, type TrackingLink } from '@kerbside/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../trpc/trpc';
import type { FormError } from '../../ui/error-summary';
import { errorsFromIssues, formErrorsOf } from './track-errors';

export const notFixedFieldId = 'not-fixed-text';
const idOf = (field: string) => (field === 'text' ? notFixedFieldId : field);

/** Sends "it's not fixed"; the answer is the case as it now stands, which replaces the page's copy. */
export function useNotFixed(link: TrackingLink, onDone: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormError[]>([]);
  const send = useMutation(
    trpc.tracking.notFixed.mutationOptions({
      onSuccess: (view) => {
        queryClient.setQueryData(trpc.tracking.byToken.queryKey(link), view);
        onDone();
      },
      onError: (error) => setErrors(formErrorsOf(error).map((e) => ({ ...e, field: e.field && idOf(e.field) }))),
    }),
  );

  const submit = (form: HTMLFormElement) => {
    const parsed = notFixedInput.safeParse({ ...link, text: new FormData(form).get('text') ?? '' });
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues, idOf));
    setErrors([]);
    send.mutate(parsed.data);
  };

  return { submit, errors, pending: send.isPending };
}
