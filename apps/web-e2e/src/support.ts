import { expect, type Page } from '@playwright/test';

/** The demo accounts' password (seeds/users.yaml). */
export const PASSWORD = process.env['SEED_PASSWORD'] ?? 'Chainboard@2025';

/**
 * Signs in from the sign-in page and waits until the app shows the signed-in user: navigating on before the
 * sign-in has answered would abort it and land back on the sign-in page.
 */
export async function signIn(page: Page, username: string, options: { from?: string } = {}): Promise<void> {
  await page.goto(options.from ?? '/login');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  // antd spaces out two-character Chinese button labels ("登 录").
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}
