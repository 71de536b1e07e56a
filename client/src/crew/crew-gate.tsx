import { Outlet } from 'react-router';
import { RequireRole } from '../auth/require-role';
import { useCurrentUser } from '../trpc/use-current-user';
import { rememberedCrewUser } from './shell/remembered-user';

/**
 * The crew area's guard. Online it is RequireRole. With no signal (the server does not answer who
 * is signed in) the installed app still opens for the last crew member signed in on this phone:
 * their jobs and unsent work are on the phone, and the session is checked again on the next sync.
 */
export function CrewGate() {
  const me = useCurrentUser();
  const unreachable = me.data === undefined && (me.isError || me.failureCount > 0 || me.fetchStatus === 'paused');
  if (unreachable && rememberedCrewUser()) return <Outlet />;
  return <RequireRole allow={['crew']} />;
}
