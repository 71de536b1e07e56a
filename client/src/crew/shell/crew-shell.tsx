import { useMemo } from 'react';
import { Outlet } from 'react-router';
import { useSyncStatus, type SyncUser } from '../../sync';
import { Loading } from '../../ui/loading';
import { UpdatePrompt } from '../pwa/update-prompt';
import { SignOutDialog } from '../sign-out/sign-out-dialog';
import { useSignOutConfirm } from '../sign-out/use-sign-out-confirm';
import { StorageWarning } from '../status/storage-warning';
import { SyncStatusBar } from '../status/sync-status-bar';
import { CrewContext, type CrewSession } from './crew-context';
import { NotCrew } from './not-crew';
import { useCrewDuties } from './use-crew-duties';
import { useCrewUser } from './use-crew-user';
import { useDeviceSync } from './use-device-sync';
import '../crew.css';

/** Wraps every crew screen: the phone's database and sync for the person signed in. */
export function CrewShell() {
  const who = useCrewUser();
  if (who.kind === 'not-crew') return <NotCrew />;
  if (who.kind === 'unknown') return <Loading />;
  // A different person means a different sync, database view and sign-out question: start afresh.
  return <CrewSessionView key={who.user.id} user={who.user} />;
}

function CrewSessionView({ user: { id, name } }: { user: SyncUser }) {
  const sync = useDeviceSync({ id, name });
  const status = useSyncStatus(sync, id);
  const session = useMemo<CrewSession>(() => ({ db: sync.db, user: { id, name }, sync }), [sync, id, name]);
  const signOut = useSignOutConfirm(status.pendingChanges + status.pendingPhotos);
  useCrewDuties(session, status);

  return (
    <CrewContext value={session}>
      <div className="crew">
        <UpdatePrompt />
        <SyncStatusBar status={status} />
        <StorageWarning pendingPhotos={status.pendingPhotos} />
        <Outlet />
        <SignOutDialog open={signOut.open} changes={status.pendingChanges} photos={status.pendingPhotos} onAnswer={signOut.respond} />
      </div>
    </CrewContext>
  );
}
