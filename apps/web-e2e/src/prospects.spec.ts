import { expect, test } from '@playwright/test';
import { Workbook } from 'exceljs';
import { signIn } from './support';

/** A chain leader adds a prospect (目标企业) to a node of the chain and exports the chain's prospect list to Excel. */
test('a chain leader adds a prospect and exports the prospect list', async ({ page }) => {
  const company = `导出演示材料${Date.now().toString(36).slice(-4).toUpperCase()}有限公司`;
  await signIn(page, 'leader.new-materials');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '目标企业' }).click();
  await expect(page.getByRole('heading', { name: '目标企业' })).toBeVisible();

  await page.getByRole('button', { name: '添加目标企业' }).click();
  const form = page.getByRole('dialog', { name: '添加目标企业' });
  await form.getByText('新企业', { exact: true }).click();
  await form.getByLabel('新企业名称').fill(company);
  await form.getByLabel('图谱节点').click();
  await page.keyboard.type('陶瓷粉体');
  await expect(page.locator('.ant-select-tree-node-content-wrapper[title="陶瓷粉体"]')).toBeVisible();
  await page.locator('.ant-select-tree-node-content-wrapper[title="陶瓷粉体"]').click();
  await form.getByLabel('招引理由').fill('行业隐形冠军');
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: company })).toBeVisible();

  await page.getByRole('button', { name: /导\s*出$/ }).click();
  const dialog = page.getByRole('dialog', { name: '导出到 Excel' });
  await expect(dialog.getByRole('checkbox', { name: '企业名称' })).toBeChecked();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /导\s*出$/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^目标企业-\d{4}-\d{2}-\d{2}\.xlsx$/);

  const workbook = new Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual(['企业名称', '产业链', '图谱节点', '优先级', '跟进人', '招引理由', '已转线索']);
  const rows = sheet.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
  expect(rows).toContainEqual([company, '高端新材料', '陶瓷粉体', '中', undefined, '行业隐形冠军', '否']);
});

/** The prospects page opens on the signed-in chain leader's own chain, not on the first chain. */
test("a chain leader's prospects page opens on their own chain", async ({ page }) => {
  await signIn(page, 'leader.health-plus');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '目标企业' }).click();
  await expect(page.getByRole('heading', { name: '目标企业' })).toBeVisible();
  const chainFilter = page.locator('.ant-select').filter({ has: page.getByLabel('产业链', { exact: true }) });
  await expect(chainFilter).toContainText('健康+');
  await expect(chainFilter).not.toContainText('高端新材料');
});
