import { expect, test, type Locator, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { districtDate } from '@chainboard/domain';
import { signIn } from './support';

/** The demo history's latest meeting of the new-materials chain, held a week ago (seeds/meetings). */
const LAST_WEEK = '高端新材料产业链项目推进会（第3次）';
const LEADER = 'leader.new-materials';

/** Picks an option of an antd select: the labelled box clicked, the option's name typed (the list shows only its first rows). */
async function choose(scope: Locator, page: Page, label: string, option: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(option);
  // Picked with the keyboard once the filtered list shows it: a click can land while the list re-renders.
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

/** Types a date into the labelled antd date picker; Enter takes it and submits the form. */
async function enterDate(scope: Locator, label: string, date: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await expect(input).toHaveValue(date);
  await input.press('Enter');
}

test("a chain leader holds this week's meeting from last week's: presenter view, a decision, an action, a close-out, the minutes", async ({ page }) => {
  const mark = Date.now().toString(36).slice(-4).toUpperCase();
  const today = districtDate(new Date());
  const decision = `加快办理注册手续（${mark}）`;
  const action = `督促企业本周提交注册材料（${mark}）`;
  const resolution = `会上协调解决（${mark}）`;

  await signIn(page, LEADER);
  await page.goto('/meetings');
  await page.getByRole('link', { name: LAST_WEEK }).first().click();
  await expect(page.getByText('会议已召开，议程和纪要已封存')).toBeVisible();

  // This week's meeting from last week's: same scope, chair and people; its agenda built for the week since.
  await page.getByRole('button', { name: '沿用上次会议新建' }).click();
  const create = page.getByRole('dialog', { name: '沿用上次会议新建' });
  await enterDate(create, '会议日期', today);
  await expect(create).toBeHidden({ timeout: 60_000 });
  await expect(page.getByText(`${today} · 武侯区投资促进局三楼会议室`)).toBeVisible();
  await expect(page.getByText('会议已召开，议程和纪要已封存')).toBeHidden();
  const meetingUrl = page.url();

  await page.getByRole('button', { name: '开始会议' }).click();
  await expect(page.getByRole('button', { name: '开始会议' })).toBeHidden();

  // The presenter view, stepped through three items with the keyboard.
  await page.getByRole('button', { name: '演示模式' }).click();
  const presenter = page.getByRole('region', { name: '演示模式' });
  await expect(presenter.getByText(/第 1 \/ \d+ 项/)).toBeVisible();
  const first = (await presenter.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByText(/第 2 \/ \d+ 项/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByText(/第 3 \/ \d+ 项/)).toBeVisible();
  const third = (await presenter.getByRole('heading', { level: 1 }).textContent()) ?? '';
  expect(third).not.toBe('');
  await page.keyboard.press('ArrowLeft');
  await expect(presenter.getByText(/第 2 \/ \d+ 项/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByRole('heading', { level: 1, name: third })).toBeVisible();
  expect(first.length).toBeGreaterThan(0);

  // On the third item: a decision and an action item with its owner.
  await presenter.getByRole('button', { name: /^记\s*录$/ }).click();
  const record = page.getByRole('dialog', { name: `记录：${third}` });
  await record.getByLabel('会议决定（每行一条）').fill(decision);
  await record.getByLabel('督办事项', { exact: true }).fill(action);
  await choose(record, page, '责任人', '招商专员一');
  await record.getByRole('button', { name: /保\s*存/ }).click();
  await expect(record).toBeHidden();
  await expect(presenter.getByText(decision)).toBeVisible();
  await expect(presenter.getByText(new RegExp(`${action}（招商专员一，\\d{4}-\\d{2}-\\d{2}）`))).toBeVisible();

  // Back on the meeting page: an issue still open closed out (销号) on the spot.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(meetingUrl);
  const issueItem = page.getByRole('listitem').filter({ hasText: '未办结协调事项' }).first();
  const issueTitle = ((await issueItem.locator('.ant-list-item-meta-title').textContent()) ?? '').replace(/^\d+\.未办结协调事项/, '');
  await issueItem.getByRole('button', { name: /^记\s*录$/ }).click();
  const closeOut = page.getByRole('dialog', { name: /^记录：/ });
  await closeOut.getByLabel('销号 · 办结情况').fill(resolution);
  await closeOut.getByRole('button', { name: /保\s*存/ }).click();
  await expect(closeOut).toBeHidden();
  await expect(page.getByRole('listitem').filter({ hasText: action })).toBeVisible();

  // Marked held: agenda and minutes frozen.
  await page.getByRole('button', { name: '会议结束并封存' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /确\s*定/ }).click();
  await expect(page.getByText('会议已召开，议程和纪要已封存')).toBeVisible();
  await expect(page.getByRole('button', { name: '会议结束并封存' })).toBeHidden();

  // The minutes: a Word document holding the decision, the action with its owner, and the close-out.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载会议纪要（.docx）' }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`会议纪要-${today}\\.docx$`));
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const zip = await JSZip.loadAsync(Buffer.concat(chunks));
  const text = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');
  expect(text).toContain('会议纪要');
  expect(text).toContain(decision);
  expect(text).toContain(action);
  expect(text).toContain('招商专员一');
  expect(text).toContain(resolution);
  expect(issueTitle.length).toBeGreaterThan(0);
  expect(text).toContain(issueTitle.split('：').at(-1) ?? issueTitle);
});
