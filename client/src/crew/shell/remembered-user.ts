// The last crew member signed in on this phone, so the crew screens open with no signal at all
// (the server cannot be asked who is signed in). Forgotten when they sign out.
import type { SyncUser } from '../../sync';
import { readSetting, writeSetting, type KeyValueStore } from './local-store';

const key = 'kerbside.crew.signedIn';

export function rememberCrewUser(user: SyncUser, store?: KeyValueStore | null): void {
  writeSetting(key, JSON.stringify({ id: user.id, name: user.name }), store);
}

export function forgetCrewUser(store?: KeyValueStore | null): void {
  writeSetting(key, null, store);
}

export function rememberedCrewUser(store?: KeyValueStore | null): SyncUser | null {
  const raw = readSetting(key, store);
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { id, name } = value as Record<string, unknown>;
    return typeof id === 'string' && typeof name === 'string' && id ? { id, name } : null;
  } catch {
    return null;
  }
}
