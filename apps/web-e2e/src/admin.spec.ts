import { expect, test } from '@playwright/test';
import { openSection, signIn } from './support';

/** An admin changes the lead time rules on "My work"; the rules line shows them, then they are set back. */
test('an admin changes the lead time rules', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/my-work');
  await expect(page.getByText(/14 天未联系视为停滞/)).toBeVisible();

  const setStale = async (days: string) => {
    await page.getByRole('button', { name: '修改时限规则' }).click();
    const dialog = page.getByRole('dialog', { name: '线索时限规则' });
    await dialog.getByLabel('多少天未联系视为停滞').fill(days);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog).toBeHidden();
  };
  await setStale('21');
  await expect(page.getByText(/21 天未联系视为停滞/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/21 天未联系视为停滞/)).toBeVisible();
  await setStale('14');
  await expect(page.getByText(/14 天未联系视为停滞/)).toBeVisible();
});

test('the time rules and the company lists cannot be changed by investment staff', async ({ page }) => {
  await signIn(page, 'staff.02');
  await page.goto('/my-work');
  await expect(page.getByText(/天未联系视为停滞/)).toBeVisible();
  await expect(page.getByRole('button', { name: '修改时限规则' })).toHaveCount(0);

  // No 企业名录 in the navigation, and a direct visit is refused.
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '企业', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: '企业名录' })).toHaveCount(0);
  await page.goto('/company-lists');
  await expect(page.getByText('您没有访问此页面的权限')).toBeVisible();
  await expect(page.getByRole('button', { name: '新增名单' })).toHaveCount(0);
});

/**
 * An admin keeps the company lists (企业名录): adds a list from the navigation, renames it, cannot delete it while
 * a company is tagged with it (the API's message says why), and deletes it once the tag is gone.
 */
test('an admin adds, renames and deletes a company list', async ({ page }) => {
  // Names no seed holds, new on every run.
  const suffix = Date.now().toString(36).slice(-4).toUpperCase();
  const name = `武侯区重点企业${suffix}`;
  const renamed = `武侯区重点培育企业${suffix}`;
  const row = (text: string) => page.getByRole('row').filter({ hasText: text });

  await signIn(page, 'admin');
  await openSection(page, '企业名录');
  await expect(page).toHaveURL(/\/company-lists$/);
  await expect(page.getByRole('heading', { name: '企业名录' })).toBeVisible();
  await expect(row('世界500强')).toContainText('500强');

  // Add, from the keyboard: category and level typed and picked with Enter, the form saved with Enter.
  await page.getByRole('button', { name: '新增名单' }).click();
  const add = page.getByRole('dialog', { name: '新增企业名单' });
  await expect(add.getByLabel('名单名称')).toBeFocused();
  await add.getByLabel('名单名称').fill(name);
  await add.getByLabel('类别').fill('其他');
  await add.getByLabel('类别').press('Enter');
  await add.getByLabel('级别').fill('市级');
  await add.getByLabel('级别').press('Enter');
  await add.getByLabel('发布单位').fill('武侯区投资促进局');
  await add.getByLabel('发布单位').press('Enter');
  await expect(add).toBeHidden();
  await expect(row(name)).toContainText('其他');
  await expect(row(name)).toContainText('市级');
  await expect(row(name)).toContainText('武侯区投资促进局');

  // Rename it in the edit form, which opens filled in.
  await page.getByRole('button', { name: `编辑名单“${name}”` }).click();
  const edit = page.getByRole('dialog', { name: '编辑企业名单' });
  await expect(edit.getByLabel('名单名称')).toHaveValue(name);
  await expect(edit.getByLabel('发布单位')).toHaveValue('武侯区投资促进局');
  await edit.getByLabel('名单名称').fill(renamed);
  await edit.getByRole('button', { name: /保\s*存/ }).click();
  await expect(edit).toBeHidden();
  await expect(row(renamed)).toContainText('市级');
  await expect(row(name)).toHaveCount(0);

  // Tag a seeded company with the renamed list.
  const search = page.getByRole('combobox', { name: '搜索企业、线索和联系记录' });
  await search.fill('成都浩焯');
  await page.getByTestId('search-hit').filter({ hasText: '成都浩焯' }).first().click();
  await expect(page.getByRole('heading', { name: '成都浩焯' })).toBeVisible();
  const companyUrl = page.url();
  await page.getByRole('button', { name: '添加标签' }).click();
  await page.getByLabel('企业名单', { exact: true }).fill(renamed);
  await page.getByLabel('企业名单', { exact: true }).press('Enter');
  await page.getByRole('button', { name: '添加标签' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: renamed })).toBeVisible();

  // A list in use is not deleted: the API's refusal is shown.
  await openSection(page, '企业名录');
  await expect(row(renamed).getByRole('cell').nth(4)).toHaveText('1');
  await page.getByRole('button', { name: `删除名单“${renamed}”` }).click();
  await page.getByRole('button', { name: /^删\s*除$/ }).click();
  await expect(page.getByText(`名单“${renamed}”仍有1个企业标签，请先移除这些标签`)).toBeVisible();
  await expect(row(renamed)).toBeVisible();

  // Without its tag, it goes.
  await page.goto(companyUrl);
  await page.getByRole('button', { name: new RegExp(`^移除标签“${renamed}`) }).click();
  await expect(page.getByRole('listitem').filter({ hasText: renamed })).toHaveCount(0);
  await openSection(page, '企业名录');
  await page.getByRole('button', { name: `删除名单“${renamed}”` }).click();
  await page.getByRole('button', { name: /^删\s*除$/ }).click();
  await expect(page.getByText('已删除')).toBeVisible();
  await expect(row(renamed)).toHaveCount(0);
  await expect(row('世界500强')).toBeVisible();

  // On a phone the page fits the screen (the table scrolls inside), and the lists are in the menu drawer.
  await page.setViewportSize({ width: 375, height: 740 });
  await expect(page.getByRole('button', { name: '新增名单' })).toBeInViewport();
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  await page.getByRole('button', { name: '导航菜单' }).click();
  await expect(page.getByRole('dialog').getByRole('link', { name: '企业名录' })).toBeVisible();
});
