import { expect, test } from '@playwright/test';
import { demoSignIns } from '@kerbside/server/demo';
import { expectNoAxeViolations } from '../support/axe.js';
import { query } from '../support/database.js';

test('an agent logs a letter as a new case for a known citizen', async ({ page }) => {
  const agent = demoSignIns.find((s) => s.role === 'agent')!;
  // Any known caller but Margaret Okafor, whose three cases another test counts.
  const [caller] = await query<{ name: string; phone: string }>(
    `select name, phone from citizens where contact_preference = 'sms' and name <> 'Margaret Okafor' and phone is not null
     and name in (select name from citizens group by name having count(*) = 1) order by name limit 1`,
  );
  const name = caller!.name;
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(agent.email);
  await page.getByLabel('Password').fill(agent.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Find a citizen').fill(caller!.phone);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: `Log a new case for ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log a case' })).toBeVisible();
  await expect(page.getByText(name).first()).toBeVisible();
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
  await page.getByLabel('Find a citizen').fill(caller!.phone);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('list', { name: `Cases for ${name}` })).toContainText(reference);
});
