import { expect, test, type Page } from '@playwright/test';
import { demoSignIns } from '@kerbside/server/demo';
import { expectNoAxeViolations } from '../support/axe.js';
import { query } from '../support/database.js';
import { cameraPhoto } from '../support/images.js';

const agent = demoSignIns.find((s) => s.role === 'agent')!;

async function signInAsAgent(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(agent.email);
  await page.getByLabel('Password').fill(agent.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contact centre' })).toBeVisible();
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

test('a citizen reports a pothole, keyboard only, with a photo; an agent attaches a phone call to it', async ({ page, browser }) => {
  await page.goto('/report');
  await expect(h1(page, 'Report a problem in the street')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Start now' }).focus();
  await page.keyboard.press('Enter');

  await expect(h1(page, 'What do you want to report?')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Select the kind of problem you are reporting');
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: 'Pothole' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(h1(page, 'Where is the problem?')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose where the problem is');
  await page.getByLabel('Postcode or street name').fill('Mulgrave Road');
  await page.keyboard.press('Enter');
  await page.getByRole('radio', { name: 'Mulgrave Road, Sutton SM2' }).check();
  await expect(page.getByText('Location: Mulgrave Road, Sutton SM2')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(h1(page, 'About the pothole')).toBeVisible();
  await page.getByRole('radio', { name: 'More than 5 cm' }).check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(h1(page, 'Describe the problem')).toBeVisible();
  await page.getByLabel('Describe the problem').fill('<script>alert(1)</script>');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('must not contain HTML tags');
  await page.getByLabel('Describe the problem').fill('x'.repeat(4001));
  await page.getByLabel('Add a photo (optional)').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Description must be 4,000 characters or fewer');
  await page.getByLabel('Describe the problem').fill('Deep pothole by number 30, cars swerving');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('JPEG, PNG, WebP or HEIC');
  await expectNoAxeViolations(page);
  // A text file claiming to be a JPEG gets past the browser, and the server refuses it.
  await page.getByLabel('Add a photo (optional)').setInputFiles({ name: 'fake.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not really an image at all') });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('The selected file must be a JPEG');
  await page.getByLabel('Add a photo (optional)').setInputFiles(await cameraPhoto('pothole.jpg', 90, { width: 800, height: 600 }));
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(h1(page, 'Your contact details')).toBeVisible();
  await page.getByLabel('Full name').fill('Grace Hopper');
  await page.getByLabel('E-mail address').fill('grace@example.com');
  await page.getByRole('radio', { name: 'E-mail' }).check();
  await expectNoAxeViolations(page);
  await page.reload(); // the draft survives a refresh
  await expect(page.getByLabel('Full name')).toHaveValue('Grace Hopper');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(h1(page, 'Check your answers before sending your report')).toBeVisible();
  await expect(page.getByText('pothole.jpg')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Change the description' }).click();
  await expect(h1(page, 'Describe the problem')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(h1(page, 'Check your answers before sending your report')).toBeVisible();
  await page.getByRole('button', { name: 'Send report' }).click();

  await expect(h1(page, 'Report sent')).toBeVisible();
  await expectNoAxeViolations(page);
  const reference = (await page.locator('.panel__reference').textContent())!.trim();
  expect(reference).toMatch(/^KS-\d{4}-\d{6}$/);
  await expect(page.getByRole('link', { name: 'Track your report' })).toHaveAttribute('href', new RegExp(`^/track/${reference}\\?t=`));
  const [row] = await query<{ id: string; channel: string }>('select id, channel from cases where reference = $1', [reference]);
  expect(row!.channel).toBe('web');
  expect(await query('select id from photos where case_id = $1', [row!.id])).toHaveLength(1);

  // The agent takes a call about the same pothole.
  const agentPage = await (await browser.newContext()).newPage();
  await signInAsAgent(agentPage);
  await agentPage.getByRole('link', { name: 'Log a new case for a new caller' }).click();
  await expect(h1(agentPage, 'Log a case')).toBeVisible();
  await expectNoAxeViolations(agentPage);
  await agentPage.getByLabel('Full name').fill('Alan Turing');
  await agentPage.getByLabel('Phone number').fill('07700 900999');
  await agentPage.getByRole('radio', { name: 'Phone' }).check();
  await agentPage.getByLabel('Category').selectOption({ label: 'Pothole' });
  await agentPage.getByLabel('Address or street').fill('Mulgrave');
  await agentPage.getByRole('button', { name: 'Find address' }).click();
  await agentPage.getByRole('radio', { name: 'Mulgrave Road, Sutton SM2', exact: true }).check();
  await expect(agentPage.getByRole('heading', { name: 'Possible duplicates' })).toBeVisible();
  await expect(agentPage.getByRole('img', { name: `Photo reported with ${reference}` })).toBeVisible();
  await agentPage.getByRole('radio', { name: 'SMS' }).check();
  await expectNoAxeViolations(agentPage);
  await agentPage.getByRole('button', { name: `Attach to ${reference}` }).click();
  await expect(h1(agentPage, `Report attached to ${reference}`)).toBeVisible();
  await expectNoAxeViolations(agentPage);
  expect(await query('select channel from case_reporters where case_id = $1 order by created_at', [row!.id])).toEqual([{ channel: 'web' }, { channel: 'phone' }]);
  expect(await query('select id from cases where reference = $1', [reference])).toHaveLength(1);
});

test("an agent finds Margaret Okafor by phone and sees her three cases, each with its history", async ({ page }) => {
  await signInAsAgent(page);
  await page.getByLabel('Find a citizen').fill('07700900077');
  await page.getByRole('button', { name: 'Search' }).click();
  const card = page.getByRole('region', { name: 'Margaret Okafor' });
  await expect(card).toBeVisible();
  const cases = card.getByRole('list', { name: 'Cases for Margaret Okafor' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4 }) });
  await expect(cases).toHaveCount(3);
  await expectNoAxeViolations(page);
  for (const item of await cases.all()) {
    const reference = (await item.getByRole('heading', { level: 4 }).textContent())!.match(/KS-\d{4}-\d{6}/)![0];
    await item.getByRole('button', { name: `Show history of ${reference}` }).click();
    await expect(item.getByRole('list', { name: `History of ${reference}` }).getByRole('listitem').first()).toBeVisible();
  }
  await expectNoAxeViolations(page);
  const first = cases.first();
  const reference = (await first.getByRole('heading', { level: 4 }).textContent())!.match(/KS-\d{4}-\d{6}/)![0];
  await first.getByRole('button', { name: `Log a contact on ${reference}` }).click();
  await first.getByLabel('What was the contact about?').fill('Chased by phone: when will it be done?');
  await expectNoAxeViolations(page);
  await first.getByRole('button', { name: 'Save contact' }).click();
  await expect(first.getByText('Chased by phone: when will it be done?').first()).toBeVisible();
});

test('bad input on the agent form gets errors on the fields and creates nothing', async ({ page }) => {
  await signInAsAgent(page);
  const [before] = await query<{ n: number }>('select count(*)::int as n from cases');
  await page.goto('/contact/new');
  await page.getByLabel('Full name').fill('<b>Bold</b>');
  await page.getByLabel('Description').fill('x'.repeat(4001));
  await page.getByLabel('Attachments (optional)').setInputFiles({ name: 'virus.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
  await expect(page.getByText('virus.exe: The selected file must be')).toBeVisible();
  await page.getByRole('button', { name: 'Log case' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Name must not contain HTML tags');
  await expect(summary).toContainText('Description must be 4,000 characters or fewer');
  await expect(summary).toContainText('Choose where the problem is');
  await expect(summary).toContainText('Choose a category');
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: /Choose where the problem is/ }).click();
  await expect(page.getByLabel('Address or street')).toBeFocused();
  const [after] = await query<{ n: number }>('select count(*)::int as n from cases');
  expect(after!.n).toBe(before!.n);
});
