import { trackingPath, trackLookupInput } from '@kerbside/shared';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTRPC } from '../../trpc/trpc';
import type { FormError } from '../../ui/error-summary';
import { errorsFromIssues, formErrorsOf } from './track-errors';

export const lookupFieldIds = { reference: 'track-reference', contact: 'track-contact' } as const;
const idOf = (field: string) => lookupFieldIds[field as keyof typeof lookupFieldIds] ?? field;

/** Checks the form with the server's own schema, then asks for the tracking link and goes there. */
export function useTrackLookup() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FormError[]>([]);
  const lookup = useMutation(
    trpc.tracking.lookup.mutationOptions({
      onSuccess: (link) => void navigate(trackingPath(link)),
      onError: (error) => setErrors(formErrorsOf(error).map((e) => ({ ...e, field: e.field && idOf(e.field) }))),
    }),
  );

  const submit = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const parsed = trackLookupInput.safeParse({ reference: data.get('reference') ?? '', contact: data.get('contact') ?? '' });
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues, idOf));
    setErrors([]);
    lookup.mutate(parsed.data);
  };

  return { submit, errors, pending: lookup.isPending };
}
