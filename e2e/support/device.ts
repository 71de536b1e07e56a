import { expect, type Page } from '@playwright/test';

/** Reads a store of the crew device's IndexedDB straight from the page. */
export function readDeviceStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('kerbside-device');
        open.onerror = () => reject(open.error);
        // Never create the database (that would block the app's own upgrade); close at once.
        open.onupgradeneeded = () => open.transaction!.abort();
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => (db.close(), resolve(request.result as T[]));
          request.onerror = () => (db.close(), reject(request.error));
        };
      }),
    store,
  );
}

/** Waits until the service worker controls the page (`ready` can resolve while it still activates). */
export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined);
}

/** Waits until the phone has queued a closure: "Close job" first takes a GPS fix (up to a few seconds). */
export async function waitForQueuedClosure(page: Page, jobId?: string) {
  await expect
    .poll(async () =>
      (await readDeviceStore<{ kind: string; args: { jobId: string } }>(page, 'outbox')).some(
        (e) => e.kind === 'job.complete' && (!jobId || e.args.jobId === jobId),
      ),
    )
    .toBe(true);
}
