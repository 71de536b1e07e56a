import { useCallback, useEffect, useRef, useState } from 'react';
import { guardSignOut } from '../../auth/sign-out-guard';
import { forgetCrewUser } from '../shell/remembered-user';

/**
 * Signing out with work not yet sent asks first; either way nothing on the phone is deleted.
 * Returns whether the question is showing and how to answer it.
 */
export function useSignOutConfirm(unsent: number) {
  const [answer, setAnswer] = useState<((ok: boolean) => void) | null>(null);
  const unsentNow = useRef(unsent);
  useEffect(() => {
    unsentNow.current = unsent;
  }, [unsent]);

  useEffect(
    () =>
      guardSignOut(() => {
        if (unsentNow.current > 0) return new Promise<boolean>((resolve) => setAnswer(() => resolve));
        forgetCrewUser();
        return Promise.resolve(true);
      }),
    [],
  );

  const respond = useCallback(
    (ok: boolean) => {
      // Forgotten so the app no longer opens as them with no signal; their work stays for them.
      if (ok) forgetCrewUser();
      answer?.(ok);
      setAnswer(null);
    },
    [answer],
  );
  return { open: answer !== null, respond };
}
