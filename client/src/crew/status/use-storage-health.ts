import { useEffect, useState } from 'react';
import { readSetting, writeSetting } from '../shell/local-store';
import { storageIsLow } from './storage-health';

const askedKey = 'kerbside.persistAsked';

/** Asks once for storage the browser will not clear under pressure; the answer is the browser's. */
function askForPersistenceOnce() {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist || readSetting(askedKey)) return;
  writeSetting(askedKey, new Date().toISOString());
  void storage.persist().catch(() => false);
}

/** True when the phone is short of room for the outbox; checked again whenever `recheck` changes. */
export function useStorageLow(recheck: unknown): boolean {
  const [low, setLow] = useState(false);
  useEffect(askForPersistenceOnce, []);
  useEffect(() => {
    const storage = globalThis.navigator?.storage;
    if (!storage?.estimate) return;
    let current = true;
    storage
      .estimate()
      .then((estimate) => current && setLow(storageIsLow(estimate)))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [recheck]);
  return low;
}
