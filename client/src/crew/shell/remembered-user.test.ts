import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from './local-store';
import { forgetCrewUser, rememberCrewUser, rememberedCrewUser } from './remembered-user';

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('the remembered crew member', () => {
  it('is kept, read back and forgotten', () => {
    const store = memoryStore();
    expect(rememberedCrewUser(store)).toBeNull();
    rememberCrewUser({ id: 'u1', name: 'Tom Bradley' }, store);
    expect(rememberedCrewUser(store)).toEqual({ id: 'u1', name: 'Tom Bradley' });
    forgetCrewUser(store);
    expect(rememberedCrewUser(store)).toBeNull();
  });

  it('ignores anything that is not a user', () => {
    const store = memoryStore();
    for (const junk of ['not json', '"text"', 'null', '{"id":1,"name":"x"}', '{"id":"","name":"x"}']) {
      store.map.set('kerbside.crew.signedIn', junk);
      expect(rememberedCrewUser(store)).toBeNull();
    }
  });

  it('never throws when storage refuses', () => {
    const refusing: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(() => rememberCrewUser({ id: 'u1', name: 'Tom' }, refusing)).not.toThrow();
    expect(rememberedCrewUser(refusing)).toBeNull();
  });
});
