import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { apiSignIn } from '../support/api.js';
import { query } from '../support/database.js';
import { readDeviceStore, waitForQueuedClosure, waitForServiceWorker } from '../support/device.js';
import { cameraPhoto } from '../support/images.js';
import { demoSignIns } from '@kerbside/server/demo';

const crew = demoSignIns.find((s) => s.crew === 'Highways 1' && s.role === 'crew')!;

async function signInAsCrew(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(crew.email);
  await page.getByLabel('Password').fill(crew.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your jobs' })).toBeVisible();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const jobLinks = (page: Page) => page.getByRole('main').getByRole('link').filter({ hasText: /Sutton|Road|Street|Lane|Avenue|Way|Hill|Close|Gardens/ });

test('a crew works a job offline and the closure reaches the server exactly once', async ({ page, context, baseURL }) => {
  await signInAsCrew(page);
  await expect(jobLinks(page).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The map shows a marker per job, with tiles from the loopback tile server.
  await page.getByRole('link', { name: 'Map' }).or(page.getByRole('tab', { name: 'Map' })).first().click();
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  await page.getByRole('link', { name: 'List' }).or(page.getByRole('tab', { name: 'List' })).first().click();

  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your jobs' })).toBeVisible();
  const [open] = await query<{ id: string; address: string }>(
    `select j.id, j.address from jobs j join crews c on c.id = j.crew_id
     where c.name = 'Highways 1' and j.status = 'assigned' order by j.due_at limit 1`,
  );
  await page.getByRole('link', { name: new RegExp(`^${escapeRegExp(open!.address)}`) }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: open!.address })).toBeVisible();
  await expectNoAxeViolations(page);
  const jobId = new URL(page.url()).pathname.split('/').pop()!;

  await page.getByRole('button', { name: 'Start job' }).click();
  await page.getByLabel('Add a before photo').setInputFiles(await cameraPhoto('before.jpg', 60));
  await page.getByLabel('Add an after photo').setInputFiles(await cameraPhoto('after.jpg', 180));
  await page.getByLabel('Notes').fill('Filled and sealed, 30 cm across');
  await page.getByRole('radio', { name: 'Completed' }).check();
  await expect.poll(async () => (await readDeviceStore(page, 'photos')).length).toBe(2);
  await page.getByRole('button', { name: 'Close job' }).click();
  await waitForQueuedClosure(page, jobId);

  // Reload with no network: the closure is still queued and shown as waiting.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /waiting/ }).first()).toBeVisible();
  const devicePhotos = await readDeviceStore<{ id: string; sha256: string }>(page, 'photos');
  expect(devicePhotos).toHaveLength(2);
  expect((await readDeviceStore(page, 'outbox')).length).toBeGreaterThan(0);

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(async () => (await readDeviceStore(page, 'outbox')).length, { timeout: 20_000 }).toBe(0);

  const completions = await query<{ state: string; photo_ids: string[]; notes: string }>(
    'select state, photo_ids, notes from completions where job_id = $1',
    [jobId],
  );
  expect(completions).toHaveLength(1);
  expect(completions[0]).toMatchObject({ state: 'applied', notes: 'Filled and sealed, 30 cm across' });
  const stored = await query<{ id: string; sha256: string }>('select id, sha256 from photos where job_id = $1', [jobId]);
  expect(stored.map((p) => p.sha256).sort()).toEqual(devicePhotos.map((p) => p.sha256).sort());

  // Nothing on the phone holds a citizen's contact details: search every store for the crew's reporters.
  const reporters = await query<{ name: string; email: string | null; phone: string | null }>(
    `select distinct ci.name, ci.email, ci.phone from citizens ci join case_reporters r on r.citizen_id = ci.id
     join job_cases jc on jc.case_id = r.case_id join jobs j on j.id = jc.job_id join crews c on c.id = j.crew_id
     where c.name = 'Highways 1'`,
  );
  expect(reporters.length).toBeGreaterThan(0);
  const stores = await Promise.all(['jobs', 'outbox', 'drafts', 'meta'].map((store) => readDeviceStore(page, store)));
  const onDevice = JSON.stringify(stores);
  for (const r of reporters) {
    for (const detail of [r.name, r.email, r.phone].filter((d): d is string => Boolean(d))) {
      expect(onDevice, 'a citizen detail on the crew device').not.toContain(detail);
    }
  }

  // A job reassigned on the server leaves this phone on the next sync.
  const [other] = await query<{ id: string; address: string }>(
    `select j.id, j.address from jobs j join crews c on c.id = j.crew_id
     where c.name = 'Highways 1' and j.status = 'assigned' and j.id <> $1 limit 1`,
    [jobId],
  );
  const crewB = await query<{ id: string }>(`select id from crews where name = 'Highways 2'`);
  const dispatcher = await apiSignIn(baseURL!, 'dispatcher');
  await dispatcher.call('jobs.reassign', { jobId: other!.id, crewId: crewB[0]!.id });
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(async () => (await readDeviceStore<{ id: string }>(page, 'jobs')).some((j) => j.id === other!.id)).toBe(false);
});

test('the crew app is installable: no installability errors in a persistent profile', async ({ baseURL }) => {
  // Incognito contexts always report "in-incognito", so this check needs a real profile.
  const profile = mkdtempSync(join(tmpdir(), 'kerbside-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunch, baseURL });
  try {
    const page = await context.newPage();
    await signInAsCrew(page); // the crew app registers the service worker
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    const parsed = JSON.parse(manifest.data!);
    expect(parsed).toMatchObject({ display: 'standalone', start_url: expect.stringContaining('/crew') });
    expect(parsed.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(parsed.icons.some((i: { purpose?: string }) => i.purpose?.includes('maskable'))).toBe(true);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
