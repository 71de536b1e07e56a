import { expect, type Page } from '@playwright/test';
import { demoSignIns } from '@kerbside/server/demo';

export function crewAccount(crew = 'Highways 1') {
  return demoSignIns.find((s) => s.role === 'crew' && s.crew === crew)!;
}

export async function signInAsCrew(page: Page, crew = 'Highways 1') {
  const account = crewAccount(crew);
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your jobs' })).toBeVisible();
}
