import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.js';
import { query } from '../support/database.js';

/** Presses Tab until `target` has focus: what a keyboard user does. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not tab to ${target}`);
}

test('a citizen reports a street light anonymously using only the keyboard, never touching the map', async ({ page }) => {
  await page.goto('/report');
  await tabTo(page, page.getByRole('link', { name: 'Start now' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'What do you want to report?' })).toBeVisible();
  await tabTo(page, page.getByRole('radio').first());
  // Arrow keys move through a radio group and select as they go.
  for (let i = 0; i < 12; i++) {
    if (await page.getByRole('radio', { name: 'Street light not working' }).isChecked()) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(page.getByRole('radio', { name: 'Street light not working' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Where is the problem?' })).toBeVisible();
  await tabTo(page, page.getByLabel('Postcode or street name'));
  await page.keyboard.type('SM1 1EA');
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('radio').first());
  await page.keyboard.press('Space');
  await expect(page.getByText(/^Location: /)).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'About the street light not working' })).toBeVisible();
  await tabTo(page, page.getByRole('radio', { name: 'Off at night' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Describe the problem' })).toBeVisible();
  await tabTo(page, page.getByLabel('Describe the problem'));
  await page.keyboard.type('Light out by the church, very dark');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Your contact details' })).toBeVisible();
  await tabTo(page, page.getByLabel('Report without giving my details'));
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Full name')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers before sending your report' })).toBeVisible();
  await expect(page.getByText('Reported without your details')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Send report' }));
  // A robot is faster than any person: the server refuses a form sent within 3 s of opening it.
  await page.waitForTimeout(3000);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Report sent' })).toBeVisible();
  const reference = (await page.locator('.panel__reference').textContent())!.trim();
  const [row] = await query<{ id: string }>('select id from cases where reference = $1', [reference]);
  expect(await query('select * from case_reporters where case_id = $1', [row!.id])).toEqual([]);
});

test('"use my location" finds the nearest street', async ({ browser }) => {
  const context = await browser.newContext({ geolocation: { latitude: 51.3641, longitude: -0.1926 }, permissions: ['geolocation'] });
  const page = await context.newPage();
  await page.goto('/report/category');
  await page.getByRole('radio', { name: 'Pothole' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Use my location' }).click();
  await expect(page.getByText('Location: Near High Street, Sutton SM1')).toBeVisible();
  await expect(page.locator('.leaflet-interactive')).toHaveCount(1);
  await context.close();
});

test('a form sent faster than a person could is refused, and the same form works a moment later', async ({ page }) => {
  await page.goto('/report/category');
  await page.getByRole('radio', { name: 'Fly-tipping' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Postcode or street name').fill('Cheam Road');
  await page.keyboard.press('Enter');
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('What has been dumped?').fill('Sofa');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Describe the problem').fill('Sofa on the pavement');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Report without giving my details').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  const [before] = await query<{ n: number }>('select count(*)::int as n from cases');
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('alert')).toContainText('That was sent too quickly');
  await expectNoAxeViolations(page);
  expect((await query<{ n: number }>('select count(*)::int as n from cases'))[0]!.n).toBe(before!.n);
  // Time passing is the behaviour under test here (the server's 3 s floor), not a stand-in for a condition.
  await page.waitForTimeout(3000);
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report sent' })).toBeVisible();
});
