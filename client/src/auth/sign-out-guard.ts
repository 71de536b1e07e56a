// Lets a screen ask before signing out. The crew's phones are shared: signing out with work not
// yet sent must say first that the work stays on the phone. A registry rather than a React context
// because the sign-out button lives in the site header, above the routes that know about the work.

type SignOutGuard = () => Promise<boolean>;

let current: SignOutGuard | null = null;

/** Registers `guard` until the returned function is called (e.g. from an effect's cleanup). */
export function guardSignOut(guard: SignOutGuard): () => void {
  current = guard;
  return () => {
    if (current === guard) current = null;
  };
}

/** True when signing out may go ahead. */
export function maySignOut(): Promise<boolean> {
  return current ? current() : Promise.resolve(true);
}
