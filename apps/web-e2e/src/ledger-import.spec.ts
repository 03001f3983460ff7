import { expect, test, type Page } from '@playwright/test';
import { Workbook } from 'exceljs';
import { signIn } from './support';

/** Rows in the ledger: enough that the import is still writing when the progress is first polled. */
const ROWS = 1500;

/**
 * A lead ledger as a district office keeps it: a merged title row, then 企业名称, 所属产业链, 线索来源, an amount in
 * 万元, 负责人 naming someone without an account, a visit date under a heading the importer does not know, and 备注.
 */
async function ledger(mark: string): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('线索台账');
  ws.addRow(['武侯区招商线索台账（演示）']);
  ws.mergeCells('A1:H1');
  ws.addRow(['序号', '企业名称', '所属产业链', '线索来源', '拟投资金额（万元）', '负责人', '最近走访', '备注']);
  for (let i = 1; i <= ROWS; i++) {
    ws.addRow([String(i), `台账旅程${mark}第${i}号科技有限公司`, i % 2 ? '电子信息' : '健康+', '以商招商', String(1000 + i), i === 1 ? '王小明' : '', '2025/3/2', i % 3 === 0 ? '已电话对接' : '']);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Picks an option of an antd select opened by clicking the labelled box. */
async function choose(page: Page, label: string, option: string | RegExp, search?: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  // Replace whatever an earlier attempt left in the search box.
  if (search) {
    await page.keyboard.press('Control+a');
    await page.keyboard.type(search);
  }
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

test('a ledger is uploaded, one column and one person mapped, confirmed with its progress shown, and found in the table', async ({ page }) => {
  const mark = Date.now().toString(36).slice(-4).toUpperCase();
  await signIn(page, 'staff.01');
  await page.goto('/leads');
  await page.getByRole('button', { name: /导\s*入/ }).click();
  const dialog = page.getByRole('dialog', { name: '导入线索' });
  await dialog.locator('input[type=file]').setInputFiles({ name: '线索台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await ledger(mark) });

  // The mapping step: every column listed, the visit date suggested from its content as the due date.
  await expect(dialog.getByText('核对列映射（表头在第 2 行）')).toBeVisible({ timeout: 60_000 });
  for (const heading of ['序号', '企业名称', '所属产业链', '拟投资金额（万元）', '负责人', '最近走访', '备注']) await expect(dialog.getByText(heading, { exact: true }).first()).toBeVisible();
  await expect(dialog.getByText('线索名称：由企业名称生成', { exact: false })).toBeVisible();

  // One column: the visit date is the date of the remark, not a due date. One person: 王小明 is 招商专员二.
  // A pick lost on a busy machine would leave the suggestion (the due date) in place: pick until the box shows it.
  const visitColumn = page
    .getByLabel('“最近走访”列导入为', { exact: true })
    .locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  await expect(async () => {
    if (!((await visitColumn.textContent({ timeout: 5_000 })) ?? '').includes('联系日期')) await choose(page, '“最近走访”列导入为', /^联系日期$/, '联系日期');
    await expect(visitColumn).toContainText('联系日期', { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(dialog.getByText('1 个未匹配')).toBeVisible();
  // On a slow machine a pick made while the list is still filtering can be lost: pick again until it has taken.
  await expect(async () => {
    await choose(page, '“王小明”对应为', '招商专员二', '招商专员二');
    await expect(dialog.getByText('1 个未匹配')).toBeHidden({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await dialog.getByRole('button', { name: '确认映射并检查' }).click();

  // The preview: every row good, the row-number column not imported.
  await expect(dialog.getByText('所有行都可以导入。')).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByText('未导入的列：序号')).toBeVisible();
  await dialog.getByRole('button', { name: '全部导入' }).click();

  // The progress while it writes, then the result.
  await expect(dialog.getByText('正在导入…')).toBeVisible();
  await expect(dialog.getByText('导入完成')).toBeVisible({ timeout: 90_000 });
  await dialog.getByRole('button', { name: /^关\s+闭$/ }).click();

  // The rows in the table, titled from their companies.
  const query = page.getByPlaceholder('线索标题或企业名称');
  await query.fill(`台账旅程${mark}第1号科技`);
  await query.press('Enter');
  await expect(page.getByRole('row').filter({ hasText: `台账旅程${mark}第1号科技有限公司 投资意向` })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '招商专员二' }).first()).toBeVisible();
});
