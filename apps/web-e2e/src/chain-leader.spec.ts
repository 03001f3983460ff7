import { expect, test } from '@playwright/test';
import { signIn } from './support';

/** Issue journey: a chain leader signs in, sees the four chains in Chinese, completes a task that stays complete. */
test('a chain leader completes a work-plan task, and it is still complete after a reload', async ({ page }) => {
  // Signed out, the app sends you to the sign-in page.
  await signIn(page, 'leader.new-materials', { from: '/chains' });

  for (const name of ['高端新材料', '电子信息', '健康+', '时尚+']) {
    await expect(page.getByRole('heading', { name, exact: true }).or(page.getByText(name, { exact: true })).first()).toBeVisible();
  }
  await expect(page.getByText('高端新材料链长').first()).toBeVisible();

  await page.getByText('高端新材料', { exact: true }).first().click();
  await expect(page).toHaveURL(/\/chains\/[0-9a-f-]{36}/);
  await page.getByRole('tab', { name: '工作方案' }).click();

  const complete = page.getByRole('button', { name: /^完成：/ }).first();
  const label = (await complete.getAttribute('aria-label')) ?? '';
  const title = label.replace(/^完成：/, '');
  expect(title.length).toBeGreaterThan(0);
  await complete.click();
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row.getByText('已完成')).toBeVisible();

  await page.reload();
  await page.getByRole('tab', { name: '工作方案' }).click();
  const again = page.getByRole('row').filter({ hasText: title });
  await expect(again.getByText('已完成')).toBeVisible();
  await expect(again.getByRole('button', { name: `完成：${title}` })).toHaveCount(0);
});

test('a wrong password is refused with a message in Chinese', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('用户名').fill('leader.new-materials');
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page.getByText('用户名或密码错误')).toBeVisible();
});
