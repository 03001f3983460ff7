import { expect, test, type Page } from '@playwright/test';
import { PASSWORD, chooseOption } from './support';

/**
 * Issue journey (quick entry on a phone): a staff member signs in at phone width, logs a lead with a new
 * company from the quick form, adds a contact, finds the company by a two-character search, and sees the lead
 * on "My work".
 */
test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

async function expectNoHorizontalScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test('a staff member logs a lead and a contact on a phone, then finds them by search and on "My work"', async ({ page }) => {
  // A name no seed holds, new on every run (the journey may run again on the same database); its first two
  // characters are searched below.
  const suffix = Date.now().toString(36).slice(-4).toUpperCase();
  const company = `蓉芯微测科技${suffix}有限公司`;
  const title = `${company}拟设西南研发中心`;

  await page.goto('/login');
  await page.getByLabel('用户名').fill('staff.01');
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();

  // Investment staff land on "My work".
  await expect(page).toHaveURL(/\/my-work$/);
  await expect(page.getByRole('heading', { name: '我的工作' })).toBeVisible();
  await expectNoHorizontalScroll(page);

  // Quick entry from the bar on every page.
  await page.getByRole('button', { name: '新建线索' }).first().click();
  await expect(page).toHaveURL(/\/leads\/new$/);
  const companyField = page.getByLabel('企业名称');
  await expect(companyField).toBeFocused();
  await expectNoHorizontalScroll(page);
  const fieldBox = await companyField.boundingBox();
  expect(fieldBox?.width ?? 0).toBeGreaterThan(280);

  await companyField.fill(company);
  await expect(page.getByText(`将新建企业“${company}”`)).toBeVisible();
  await chooseOption(page, page.getByLabel('产业链'), '电子信息');
  await page.getByLabel('线索标题').fill(title);
  await page.getByLabel('线索标题').press('Enter');

  // The lead's page, ready for a contact.
  await expect(page).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('线索已保存')).toBeVisible();
  await expectNoHorizontalScroll(page);

  await page.getByRole('button', { name: '添加联系记录' }).first().click();
  const dialog = page.getByRole('dialog', { name: '添加联系记录' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('联系内容').fill('上门拜访总经理，对方有意在武侯设立研发中心，需要场地和人才政策。');
  await dialog.getByLabel('对方人员').fill('王总（总经理）');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('contact').filter({ hasText: '上门拜访总经理' })).toBeVisible();
  // A contact moves a new lead on to "contacted".
  await expect(page.getByText('已联系').first()).toBeVisible();

  // The company by a two-character search from the bar.
  const search = page.getByRole('combobox', { name: '搜索企业、线索和联系记录' });
  await search.fill(company.slice(0, 2));
  // The suggestions, grouped by kind, mark the matched characters; the company's own row comes first.
  const hit = page.getByTestId('search-hit').filter({ hasText: company });
  await expect(hit.first()).toBeVisible();
  await hit.first().click();
  await expect(page).toHaveURL(/\/companies\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: company })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expectNoHorizontalScroll(page);

  // And the lead on "My work".
  await page.getByRole('button', { name: '导航菜单' }).click();
  await page.getByRole('link', { name: '我的工作' }).click();
  await expect(page).toHaveURL(/\/my-work$/);
  // My work shows the first rows of each list (most urgent first) and links to all of them: the new lead is among them.
  const openLeads = page.getByTestId('work-openLeads');
  await expect(openLeads).toBeVisible();
  await expectNoHorizontalScroll(page);
  const viewAll = openLeads.getByRole('link', { name: /^查看全部/ });
  if (await viewAll.isVisible()) {
    await viewAll.click();
    await expect(page).toHaveURL(/\/leads\?/);
    const query = page.getByPlaceholder('线索标题或企业名称');
    await query.fill(title);
    await query.press('Enter');
    await expect(page.getByRole('link', { name: title }).first()).toBeVisible();
  } else {
    await expect(openLeads.getByRole('link', { name: title })).toBeVisible();
  }
});
