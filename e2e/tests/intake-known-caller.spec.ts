import { expect, test } from '@playwright/test';
import { demoSignIns } from '@kerbside/server/demo';
import { expectNoAxeViolations } from '../support/axe.js';
import { query } from '../support/database.js';

test('an agent logs a letter as a new case for a known citizen', async ({ page }) => {
  const agent = demoSignIns.find((s) => s.role === 'agent')!;
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(agent.email);
  await page.getByLabel('Password').fill(agent.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Find a citizen').fill('margaret');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: 'Log a new case for Margaret Okafor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log a case' })).toBeVisible();
  await expect(page.getByText('Margaret Okafor')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'SMS' })).toBeChecked();
  await page.getByRole('radio', { name: 'Letter' }).first().check();
  await page.getByLabel('Category').selectOption({ label: 'Blocked drain' });
  await page.getByRole('group', { name: 'Is water flooding the road or a property?' }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByLabel('Address or street').fill('Grove Road');
  await page.getByRole('button', { name: 'Find address' }).click();
  await page.getByRole('radio', { name: 'Grove Road, Sutton SM1', exact: true }).check();
  await page.getByLabel('Description').fill('Letter: drain blocked, water up to the kerb');
  await page.getByLabel('Attachments (optional)').setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF') });
  await expect(page.getByRole('list', { name: 'Attached files' })).toContainText('letter.pdf');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Log case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case logged' })).toBeVisible();
  const reference = (await page.locator('.panel-confirm__reference').textContent())!.trim();
  await expectNoAxeViolations(page);
  const rows = await query<{ channel: string; content_type: string }>(
    `select c.channel, p.content_type from cases c join photos p on p.case_id = c.id where c.reference = $1`, [reference]);
  expect(rows).toEqual([{ channel: 'letter', content_type: 'application/pdf' }]);
  await page.getByRole('link', { name: 'Find another citizen' }).click();
  await page.getByLabel('Find a citizen').fill('07700 900077');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('list', { name: 'Cases for Margaret Okafor' })).toContainText(reference);
});
