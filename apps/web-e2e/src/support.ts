import { expect, type Locator, type Page } from '@playwright/test';

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

/**
 * Opens a section from the main navigation, through its menu for the sections a menu holds, and waits until the
 * address has changed. On a busy machine a click made while the menu's popup is still opening can be lost, so the
 * whole step is tried again (the popup closed first) until the page has moved.
 */
export async function openSection(page: Page, name: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: '主导航' });
  const menu = Object.keys(SECTION_MENUS).find((m) => SECTION_MENUS[m].includes(name));
  if (!menu) {
    await nav.getByRole('link', { name, exact: true }).click();
    return;
  }
  const before = page.url();
  await expect(async () => {
    const link = page.getByRole('menu').getByRole('link', { name, exact: true });
    if (!(await link.isVisible())) {
      await nav.getByRole('menuitem', { name: new RegExp(`${menu}$`) }).click();
    }
    // The menu opens in a popup outside the bar.
    await link.click({ timeout: 5_000 });
    await expect(page).not.toHaveURL(before, { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
}

/**
 * Chooses an option of a select field (located by its label) and waits until the field shows it. A click on an
 * option while the dropdown is still opening can be lost on a busy machine, so the choice is tried again until the
 * field holds it; an option already chosen is never clicked again (that would take it off a multiple select).
 * A multiple select stays open after a choice, so its dropdown is closed with Escape.
 */
export async function chooseOption(page: Page, field: Locator, option: string, options: { multiple?: boolean } = {}): Promise<void> {
  // The form item around the field: it shows the chosen option's label.
  const item = field.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-form-item ")][1]');
  await expect(async () => {
    if (!((await item.textContent({ timeout: 5_000 })) ?? '').includes(option)) {
      await field.click();
      // antd renders the visible options apart from the (hidden) listbox; each carries its label as a title.
      await page.getByTitle(option, { exact: true }).filter({ visible: true }).last().click({ timeout: 5_000 });
    }
    await expect(item).toContainText(option, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  if (options.multiple) await page.keyboard.press('Escape');
}
