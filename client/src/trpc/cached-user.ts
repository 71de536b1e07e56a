import { sessionUser, type SessionUser } from '@kerbside/shared';

// A crew member opens the installed app with no signal: the session cookie is still valid, but
// auth.me cannot be asked. The last answer for a crew user is kept so the crew screens still open.
// Only crew users are kept (staff screens need the network anyway), and it is dropped as soon as
// the server says nobody, or somebody else, is signed in.
const key = 'kerbside:last-crew-user';

export function readCachedUser(): SessionUser | undefined {
  try {
    const parsed = sessionUser.safeParse(JSON.parse(localStorage.getItem(key) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function rememberUser(user: SessionUser | null): void {
  try {
    if (user?.role === 'crew') localStorage.setItem(key, JSON.stringify(user));
    else localStorage.removeItem(key);
  } catch {
    // Storage can be unavailable (private mode); the app still works online.
  }
}
