import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncEngine, SyncOutcome, SyncStatus } from './engine';
import { KerbsideDeviceDb } from './local-db';
import { recordChange } from './outbox';
import { backgroundSyncTag, createSyncScheduler, type SchedulerEnvironment, type SyncScheduler } from './scheduler';

const idle: SyncStatus = { syncing: false, lastError: null, lastSyncAt: null, signedOut: false, online: true, retryAt: null };

function fakeEngine() {
  let status = idle;
  let next: SyncOutcome = { result: 'synced' };
  let after: () => Partial<SyncStatus> = () => ({});
  const engine: SyncEngine & { calls: number; answer(o: SyncOutcome, s?: () => Partial<SyncStatus>): void } = {
    calls: 0,
    syncOnce: async () => {
      engine.calls++;
      status = { ...idle, ...after() };
      return next;
    },
    getStatus: () => status,
    subscribe: () => () => undefined,
    pause: () => undefined,
    resume: () => undefined,
    answer(outcome, patch = () => ({})) {
      next = outcome;
      after = patch;
    },
  };
  return engine;
}

function fakeEnvironment(now: () => number) {
  const window = new EventTarget();
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  const register = vi.fn(async (_tag: string) => undefined);
  const env: SchedulerEnvironment = {
    window,
    document: document as unknown as SchedulerEnvironment['document'],
    serviceWorkerReady: Promise.resolve({ sync: { register } } as unknown as ServiceWorkerRegistration),
    now,
  };
  return { env, window, document, register };
}

const running: { scheduler: SyncScheduler; db: KerbsideDeviceDb }[] = [];
let count = 0;

function setUp(intervalMs = 60_000) {
  const engine = fakeEngine();
  const clock = { now: 1_000_000 };
  const fake = fakeEnvironment(() => clock.now);
  const db = new KerbsideDeviceDb(`scheduler-test-${++count}`);
  const scheduler = createSyncScheduler(engine, db, { env: fake.env, intervalMs, debounceMs: 5 });
  running.push({ scheduler, db });
  return { engine, clock, db, scheduler, ...fake };
}

afterEach(async () => {
  for (const { scheduler, db } of running.splice(0)) {
    scheduler.stop();
    await db.delete();
  }
});

describe('sync scheduler', () => {
  it('syncs at start, when the network returns and when the app becomes visible', async () => {
    const { engine, scheduler, window, document } = setUp();
    scheduler.start();
    await vi.waitFor(() => expect(engine.calls).toBe(1));
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(engine.calls).toBe(2));
    document.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    document.visibilityState = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(engine.calls).toBe(3));
  });

  it('syncs on a timer only while visible', async () => {
    const { engine, scheduler, document } = setUp(20);
    scheduler.start();
    await vi.waitFor(() => expect(engine.calls).toBeGreaterThanOrEqual(3));
    document.visibilityState = 'hidden';
    await new Promise((r) => setTimeout(r, 30));
    const hidden = engine.calls;
    await new Promise((r) => setTimeout(r, 80));
    expect(engine.calls).toBe(hidden);
  });

  it('syncs soon after a change is recorded, and registers Background Sync', async () => {
    const { engine, scheduler, db, register } = setUp();
    scheduler.start();
    await vi.waitFor(() => expect(engine.calls).toBe(1));
    await new Promise((r) => setTimeout(r, 20)); // let the first count arrive
    const args = { jobId: '00000000-0000-4000-8000-000000000001', text: 'Cones out', deviceAt: new Date() };
    await recordChange(db, { user: { id: 'u', name: 'U' }, deviceId: 'device-1234', kind: 'job.note', args, summary: 'Note' });
    await vi.waitFor(() => expect(engine.calls).toBe(2));
    expect(register).toHaveBeenCalledWith(backgroundSyncTag);
  });

  it('holds automatic syncs during backoff and retries when it ends; "online" and syncNow do not wait', async () => {
    const { engine, scheduler, clock, document, window } = setUp();
    // Like the engine: each failure sets the next attempt a backoff after now.
    engine.answer({ result: 'failed', failure: 'temporary', message: 'Server trouble' }, () => ({ retryAt: clock.now + 40 }));
    scheduler.start();
    await vi.waitFor(() => expect(engine.calls).toBe(1));
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((r) => setTimeout(r, 5));
    expect(engine.calls).toBe(1);
    clock.now += 40;
    await vi.waitFor(() => expect(engine.calls).toBe(2), { timeout: 500 }); // the retry timer
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(engine.calls).toBe(3));
    await scheduler.syncNow();
    expect(engine.calls).toBe(4);
  });

  it('sends nothing automatically while signed out, but syncNow (after signing in) does', async () => {
    const { engine, scheduler, document } = setUp();
    engine.answer({ result: 'failed', failure: 'signed-out', message: 'Sign in again' }, () => ({ signedOut: true }));
    scheduler.start();
    await vi.waitFor(() => expect(engine.calls).toBe(1));
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((r) => setTimeout(r, 10));
    expect(engine.calls).toBe(1);
    engine.answer({ result: 'synced' });
    await expect(scheduler.syncNow()).resolves.toEqual({ result: 'synced' });
  });
});
