import { expect, test, type Page } from '@playwright/test';
import { demoSignIns } from '@kerbside/server/demo';
import { expectNoAxeViolations } from '../support/axe.js';

const homes = {
  crew: { path: '/crew', heading: 'Your jobs' },
  dispatcher: { path: '/depot', heading: 'Dispatch' },
  agent: { path: '/contact', heading: 'Contact centre' },
  admin: { path: '/admin', heading: 'Administration' },
} as const;

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('the sign-in page has no accessibility violations', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const role of ['crew', 'dispatcher', 'agent', 'admin'] as const) {
  test(`a ${role} signs in and lands on their home`, async ({ page }) => {
    const account = demoSignIns.find((s) => s.role === role)!;
    await signIn(page, account.email, account.password);
    await expect(page).toHaveURL(new RegExp(`${homes[role].path}$`));
    await expect(page.getByRole('heading', { level: 1, name: homes[role].heading })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('a wrong password shows one clear error and stays on sign-in', async ({ page }) => {
  const account = demoSignIns.find((s) => s.role === 'agent')!;
  await signIn(page, account.email, 'not the password');
  await expect(page.getByRole('alert')).toContainText('The e-mail address or password is not right');
  await expect(page).toHaveURL(/\/sign-in/);
  await expectNoAxeViolations(page);
});

test('signing out returns to sign-in and the home is no longer reachable', async ({ page }) => {
  const account = demoSignIns.find((s) => s.role === 'dispatcher')!;
  await signIn(page, account.email, account.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Dispatch' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/depot');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a crew member cannot open the depot console', async ({ page }) => {
  const account = demoSignIns.find((s) => s.role === 'crew')!;
  await signIn(page, account.email, account.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Your jobs' })).toBeVisible();
  await page.goto('/depot');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not allowed/i);
});
