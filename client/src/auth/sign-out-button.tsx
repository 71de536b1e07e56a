import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../trpc/trpc';
import { maySignOut } from './sign-out-guard';

// A full page load after signing out, not a client-side navigation: nothing of the last
// person's data stays in memory on a shared contact-centre PC or a crew's shared phone.
const afterSignOut = () => window.location.assign('/sign-in');

export function SignOutButton() {
  const trpc = useTRPC();
  const signOut = useMutation(trpc.auth.signOut.mutationOptions({ onSuccess: afterSignOut }));
  return (
    <>
      <button
        type="button"
        className="button button--header"
        aria-disabled={signOut.isPending || undefined}
        onClick={() => {
          if (signOut.isPending) return;
          void maySignOut().then((ok) => {
            if (ok) signOut.mutate();
          });
        }}
      >
        Sign out
      </button>
      {signOut.isError && (
        <p className="header-error" role="alert">
          Could not sign out. Check your connection and try again.
        </p>
      )}
    </>
  );
}
