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

/** The navigation's menus (项目, 统计分析, 系统管理) and the sections each holds (apps/web navigation NAV_GROUPS). */
const SECTION_MENUS: Record<string, string[]> = {
  项目: ['项目看板', '项目台账', '项目推进会'],
  统计分析: ['驾驶舱', '月度排名'],
  系统管理: ['企业名录', '用户管理', '部门管理', '审计日志', '回收站'],
};

/** Opens a section from the main navigation, through its menu for the sections a menu holds. */
export async function openSection(page: Page, name: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: '主导航' });
  const menu = Object.keys(SECTION_MENUS).find((m) => SECTION_MENUS[m].includes(name));
  if (!menu) {
    await nav.getByRole('link', { name, exact: true }).click();
    return;
  }
  await nav.getByRole('menuitem', { name: new RegExp(`${menu}$`) }).click();
  // The menu opens in a popup outside the bar.
  await page.getByRole('menu').getByRole('link', { name, exact: true }).click();
}
