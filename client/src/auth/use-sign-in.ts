import { signInInput } from '@kerbside/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../trpc/trpc';
import type { FormError } from '../ui/error-summary';
import { errorsFromIssues, errorsFromServer } from './form-errors';

/**
 * Checks the form with the same schema the server uses, then signs in.
 * On success the user goes into the auth.me cache; the sign-in page sees it and moves on.
 */
export function useSignIn() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormError[]>([]);
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: (user) => queryClient.setQueryData(trpc.auth.me.queryKey(), user),
      onError: (error) => setErrors(errorsFromServer(error)),
    }),
  );

  const submit = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const parsed = signInInput.safeParse({ email: data.get('email') ?? '', password: data.get('password') ?? '' });
    if (!parsed.success) {
      setErrors(errorsFromIssues(parsed.error.issues));
      return;
    }
    setErrors([]);
    signIn.mutate(parsed.data);
  };

  return { submit, errors, pending: signIn.isPending };
}
