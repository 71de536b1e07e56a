import { describe, expect, it } from 'vitest';
import { guardSignOut, maySignOut } from './sign-out-guard';

describe('the sign-out guard', () => {
  it('lets sign-out go ahead when nobody asks to be consulted', async () => {
    await expect(maySignOut()).resolves.toBe(true);
  });

  it('asks the registered guard until it is removed', async () => {
    const remove = guardSignOut(() => Promise.resolve(false));
    await expect(maySignOut()).resolves.toBe(false);
    remove();
    await expect(maySignOut()).resolves.toBe(true);
  });

  it('leaves a newer guard in place when an older one is removed', async () => {
    const removeOld = guardSignOut(() => Promise.resolve(true));
    const removeNew = guardSignOut(() => Promise.resolve(false));
    removeOld();
    await expect(maySignOut()).resolves.toBe(false);
    removeNew();
  });
});
