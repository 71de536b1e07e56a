// The loop closed: a crew's offline closure reaches the citizens who asked, by real e-mail.
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { apiSignIn } from '../support/api.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { signInAsCrew } from '../support/crew.js';
import { queryOn } from '../support/database.js';
import { readDeviceStore, waitForQueuedClosure, waitForServiceWorker } from '../support/device.js';
import { cameraPhoto } from '../support/images.js';
import { startOwnServer, type OwnServer } from '../support/own-server.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp.js';
import { startTileServer, type TileServer } from '../support/tile-server.js';

let smtp: SmtpSink;
let tiles: TileServer;
let server: OwnServer;

test.beforeAll(async () => {
  smtp = await startSmtpSink();
  tiles = await startTileServer();
  server = await startOwnServer({ SMTP_URL: smtp.url, TILE_URL: tiles.template, NOTICE_POLL_MS: '200' });
});
test.afterAll(async () => {
  await server?.close();
  await smtp?.close();
  await tiles?.close();
});

test('a crew closes a job offline and both reporters get an e-mail with a working tracking link', async ({ browser }) => {
  const [target] = await queryOn<{ job_id: string; case_id: string; reference: string; email: string }>(
    server.databaseUrl,
    `select j.id as job_id, c.id as case_id, c.reference, ci.email
     from jobs j join crews cr on cr.id = j.crew_id join job_cases jc on jc.job_id = j.id join cases c on c.id = jc.case_id
     join case_reporters r on r.case_id = c.id join citizens ci on ci.id = r.citizen_id
     where cr.name = 'Highways 1' and j.status = 'assigned' and ci.contact_preference = 'email'
       and (select count(*) from job_cases x where x.job_id = j.id) = 1
     order by c.reference limit 1`,
  );
  // A second person phones about the same problem and is attached to the case.
  const agent = await apiSignIn(server.url, 'agent');
  await agent.call('intake.attachToCase', {
    caseId: target!.case_id,
    channel: 'phone',
    caller: { kind: 'new', name: 'Second Caller', email: 'second.caller@example.com', phone: null, contactPreference: 'email' },
    description: 'Same pothole, outside the bakery',
  });

  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await signInAsCrew(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto(`/crew/jobs/${target!.job_id}`);
  await page.getByRole('button', { name: 'Start job' }).click();
  await page.getByLabel('Add an after photo').setInputFiles(await cameraPhoto('after-with-gps.jpg', 200));
  await page.getByLabel('Notes').fill('Patched');
  await page.getByRole('radio', { name: 'Completed' }).check();
  await expect.poll(async () => (await readDeviceStore(page, 'photos')).length).toBe(1);
  await page.getByRole('button', { name: 'Close job' }).click();
  await waitForQueuedClosure(page, target!.job_id);
  await expect(page.getByRole('status').filter({ hasText: /waiting/ }).first()).toBeVisible();

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(async () => (await readDeviceStore(page, 'outbox')).length, { timeout: 20_000 }).toBe(0);

  const forCase = () => smtp.messages.filter((m) => m.text.includes(target!.reference));
  await expect.poll(() => forCase().length, { timeout: 30_000 }).toBe(2);
  expect(forCase().flatMap((m) => m.to).sort()).toEqual([target!.email, 'second.caller@example.com'].sort());
  const mail = forCase()[0]!;
  expect(mail.text).toMatch(/fixed|completed/i);
  const link = new RegExp(`${server.url}/track/${target!.reference}\\?t=[\\w-]+`).exec(mail.text)?.[0];
  expect(link, mail.text).toBeTruthy();

  // The citizen follows the link: resolved, with the after photo, whose bytes carry no EXIF.
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await citizen.goto(link!);
  await expect(citizen.getByText(/resolved/i).first()).toBeVisible();
  const photo = citizen.getByRole('img').first();
  await expect(photo).toBeVisible();
  const bytes = await (await citizen.request.get(new URL((await photo.getAttribute('src'))!, server.url).toString())).body();
  const metadata = await sharp(bytes).metadata();
  expect(metadata.exif).toBeUndefined();
  await expectNoAxeViolations(citizen);
  await citizenContext.close();
  await context.close();
});
