import { createContext, use } from 'react';
import type { DeviceSync, KerbsideDeviceDb, SyncUser } from '../../sync';

/** What every crew screen works with: the phone's database, who is signed in, and the sync. */
export interface CrewSession {
  db: KerbsideDeviceDb;
  user: SyncUser;
  sync: DeviceSync;
}

export const CrewContext = createContext<CrewSession | null>(null);

export function useCrew(): CrewSession {
  const session = use(CrewContext);
  if (!session) throw new Error('Crew screens render inside CrewShell');
  return session;
}
