// The depot manager's console, with crews' phones as real browser contexts.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { demoSignIns } from '@kerbside/server/demo';
import { expectNoAxeViolations } from '../support/axe.js';
import { apiSignIn } from '../support/api.js';
import { signInAsCrew } from '../support/crew.js';
import { query } from '../support/database.js';
import { readDeviceStore, waitForQueuedClosure, waitForServiceWorker } from '../support/device.js';
import { cameraPhoto } from '../support/images.js';

const dispatcher = demoSignIns.find((s) => s.role === 'dispatcher')!;
test.use({ viewport: { width: 1600, height: 1000 } });

async function signIn(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(dispatcher.email);
  await page.getByLabel('Password').fill(dispatcher.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dispatch' })).toBeVisible();
}

async function openCaseRef(): Promise<string> {
  const [row] = await query<{ reference: string }>(
    `select c.reference from cases c join categories k on k.id = c.category_id where c.status = 'open' and k.service = 'highways'
     and not exists (select 1 from job_cases jc join jobs j on j.id = jc.job_id where jc.case_id = c.id and j.status in ('assigned','started'))
     order by c.sla_due_at limit 1`,
  );
  return row!.reference;
}

/** A crew member's phone: its own browser context, signed in, synced. */
async function crewPhone(browser: Browser, baseURL: string, crew: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await signInAsCrew(page, crew);
  return { context, page };
}

const phoneJobs = async (page: Page) => (await readDeviceStore<{ id: string; caseReferences: string[] }>(page, 'jobs'));
const syncNow = (page: Page) => page.getByRole('button', { name: 'Sync now' }).click();

test('a job goes to crew A, is reassigned to crew B, and B closes it: phones and console agree', async ({ page, baseURL, browser }) => {
  await signIn(page);
  await page.waitForFunction(() => document.body.dataset.mapReady === 'true');
  await expect(page.locator('.cluster-marker, .case-marker').first()).toBeVisible();
  await expectNoAxeViolations(page);

  const phoneA = await crewPhone(browser, baseURL!, 'Highways 1');
  const phoneB = await crewPhone(browser, baseURL!, 'Highways 2');

  // Find a case by search, open it, create a job for crew A.
  const ref = await openCaseRef();
  await page.getByLabel('Find a case by reference or address').fill(ref);
  await page.getByRole('button', { name: 'Find' }).click();
  await page.getByRole('main').getByRole('listitem').getByRole('button', { name: ref }).click();
  await expect(page.getByRole('heading', { name: `Case ${ref}` })).toBeFocused();
  await page.getByRole('button', { name: 'Create a job for this case' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Crew')).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByLabel('Crew').selectOption({ label: 'Highways 1' });
  await dialog.getByLabel('Instructions').fill('Cone it off first');
  await dialog.getByRole('button', { name: 'Create job' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Job created for ${ref}` })).toBeVisible();
  await syncNow(phoneA.page);
  await expect.poll(async () => (await phoneJobs(phoneA.page)).find((j) => j.caseReferences.includes(ref))?.id).toBeTruthy();
  const job = (await phoneJobs(phoneA.page)).find((j) => j.caseReferences.includes(ref))!;

  // Reassign to crew B.
  await expect(page.getByRole('button', { name: 'Reassign job' })).toBeVisible();
  await page.getByRole('button', { name: 'Reassign job' }).click();
  await page.getByRole('dialog').getByLabel('Crew').selectOption({ label: 'Highways 2' });
  await page.getByRole('dialog').getByRole('button', { name: 'Reassign job' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'now with Highways 2' })).toBeVisible();
  await syncNow(phoneA.page);
  await expect.poll(async () => (await phoneJobs(phoneA.page)).some((j) => j.id === job.id)).toBe(false);
  await syncNow(phoneB.page);
  await expect.poll(async () => (await phoneJobs(phoneB.page)).some((j) => j.id === job.id)).toBe(true);

  // B completes it on the phone; the console shows it completed and the case resolved without a reload.
  await phoneB.page.goto(`/crew/jobs/${job.id}`);
  await phoneB.page.getByRole('button', { name: 'Start job' }).click();
  await phoneB.page.getByRole('radio', { name: 'Completed' }).check();
  await phoneB.page.getByRole('button', { name: 'Close job' }).click();
  await waitForQueuedClosure(phoneB.page, job.id);
  await syncNow(phoneB.page);
  await expect.poll(async () => (await readDeviceStore(phoneB.page, 'outbox')).length).toBe(0);
  await phoneA.context.close();
  await phoneB.context.close();
  const panel = page.getByRole('region', { name: `Case ${ref}` });
  await expect(panel.getByText('Resolved')).toBeVisible({ timeout: 25_000 });
  await expect(panel.getByText(/^Completed/)).toBeVisible();
  await page.getByRole('link', { name: 'Crew progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Crew progress' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Highways 2/ }).getByRole('row', { name: new RegExp(ref) })).toContainText('Completed');
  await expectNoAxeViolations(page);

  // Assign selected: tick two open cases, one job each for Waste 1? use Highways 1.
  await page.getByRole('link', { name: 'Cases' }).click();
  await page.getByLabel('Status').selectOption('open');
  const boxes = page.getByRole('checkbox', { name: /^Select KS-/ });
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect(page.getByText('2 cases selected')).toBeVisible();
  await page.getByRole('button', { name: 'Assign selected' }).click();
  await page.getByRole('dialog').getByLabel('Crew').selectOption({ label: 'Highways 1' });
  await page.getByRole('dialog').getByRole('button', { name: 'Assign 2 cases' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 jobs assigned to Highways 1' })).toBeVisible();

  // Keyboard on the map: Enter on a cluster zooms in; Enter on a case opens it.
  for (let i = 0; i < 8 && (await page.locator('.case-marker.leaflet-marker-icon').count()) === 0; i++) {
    const before = await page.locator('.cluster-marker.leaflet-marker-icon').count();
    await page.locator('.cluster-marker.leaflet-marker-icon').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await page.locator('.case-marker.leaflet-marker-icon').count()) > 0 || (await page.locator('.cluster-marker.leaflet-marker-icon').count()) !== before).toBe(true);
  }
  const caseMarker = page.locator('.case-marker.leaflet-marker-icon').first();
  const label = (await caseMarker.getAttribute('title'))!;
  await caseMarker.focus();
  await page.keyboard.press('Enter');
  const markerRef = label.split(',')[0]!;
  await expect(page.getByRole('heading', { name: `Case ${markerRef}` })).toBeFocused();
  await expectNoAxeViolations(page);

  // Cancel a job with a reason, from the case panel.
  await page.getByLabel('Status').selectOption('in_progress');
  const cancelRef = (await page.getByRole('row').filter({ hasText: 'Highways 1' }).first().getByRole('button', { name: /^KS-/ }).textContent())!;
  await page.getByRole('button', { name: cancelRef, exact: true }).click();
  await page.getByRole('button', { name: 'Cancel job' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel job' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('Say why the job is cancelled');
  await page.getByRole('dialog').getByLabel('Reason').fill('Utility company will do it');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel job' }).click();
  await expect(page.getByRole('status').filter({ hasText: `The job for ${cancelRef} is cancelled.` })).toBeVisible();

  // One job for cases of different problems is refused before asking the server.
  await page.getByLabel('Status').selectOption('');
  await page.getByLabel('Service').selectOption('');
  const rows = page.getByRole('row').filter({ has: page.getByRole('checkbox') });
  const firstProblem = (await rows.nth(1).locator('td').nth(1).textContent())!;
  const other = rows.filter({ hasNot: page.getByRole('cell', { name: firstProblem, exact: true }) }).first();
  await rows.nth(1).getByRole('checkbox').check();
  await other.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Create job' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'same category' })).toBeVisible();
});

test('a job cancelled while crew A is offline and completed anyway shows as a conflict with the photo, and is resolved', async ({ page, baseURL, browser }) => {
  await signIn(page);
  const dispatch = await apiSignIn(baseURL!, 'dispatcher');
  const [c] = await query<{ id: string; reference: string }>(
    `select c.id, c.reference from cases c join categories k on k.id = c.category_id where c.status = 'open' and k.service = 'highways'
     and not exists (select 1 from job_cases jc join jobs j on j.id = jc.job_id where jc.case_id = c.id and j.status in ('assigned','started')) limit 1`,
  );
  const [crew] = await query<{ id: string }>("select id from crews where name = 'Highways 1'");
  const { jobId } = await dispatch.call<{ jobId: string }>('jobs.create', {
    caseIds: [c!.id], crewId: crew!.id, priority: 'normal', dueAt: new Date(Date.now() + 86_400_000).toISOString(), instructions: '',
  });

  const phone = await crewPhone(browser, baseURL!, 'Highways 1');
  await syncNow(phone.page);
  await expect.poll(async () => (await phoneJobs(phone.page)).some((j) => j.id === jobId)).toBe(true);
  await waitForServiceWorker(phone.page);
  await phone.context.setOffline(true);
  await dispatch.call('jobs.cancel', { jobId, reason: 'Duplicate of another report' });

  await phone.page.goto(`/crew/jobs/${jobId}`);
  await phone.page.getByRole('button', { name: 'Start job' }).click();
  await phone.page.getByLabel('Add an after photo').setInputFiles(await cameraPhoto('conflict-after.jpg', 150, { width: 800, height: 600 }));
  await expect.poll(async () => (await readDeviceStore(phone.page, 'photos')).length).toBe(1);
  await phone.page.getByLabel('Notes').fill('Fixed anyway');
  await phone.page.getByRole('radio', { name: 'Completed' }).check();
  await phone.page.getByRole('button', { name: 'Close job' }).click();
  await waitForQueuedClosure(phone.page, jobId);
  await phone.context.setOffline(false);
  await syncNow(phone.page);
  await expect.poll(async () => (await readDeviceStore<{ state: string }>(phone.page, 'photos')).every((p) => p.state === 'uploaded'), { timeout: 20_000 }).toBe(true);

  await page.getByRole('link', { name: /Conflicts and exceptions/ }).click();
  const card = page.getByRole('article', { name: new RegExp(c!.reference) });
  await expect(card).toContainText('Completed after the job was cancelled');
  await expect(card).toContainText('Fixed anyway');
  const img = card.getByRole('img', { name: /Photo 1 of 1 from Highways 1/ });
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
  await card.getByRole('button', { name: 'Reassign' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await card.getByRole('button', { name: 'Accept and resolve case' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Accepted: ${c!.reference} resolved.` })).toBeVisible();
  const [after] = await query<{ status: string }>('select status from cases where id = $1', [c!.id]);
  expect(after!.status).toBe('resolved');
  await phone.context.close();
});

test('bank holidays page: axe and add/remove', async ({ page }) => {
  await signIn(page);
  await page.getByRole('link', { name: 'Bank holidays' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bank holidays' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Date').fill('2027-06-07');
  await page.getByLabel('Name').fill('Coronation');
  await page.getByRole('button', { name: 'Add bank holiday' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Coronation added' })).toBeVisible();
  await page.getByRole('button', { name: /Remove Coronation/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Coronation removed' })).toBeVisible();
  await page.getByRole('button', { name: 'Add bank holiday' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter the date');
  await expectNoAxeViolations(page);
});
