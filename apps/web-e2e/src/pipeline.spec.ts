import { expect, test, type Locator, type Page } from '@playwright/test';
import { decimalToUnits, districtDate, unitsToDecimal, usccCheckCharacter } from '@chainboard/domain';
import { openSection, signIn } from './support';

/**
 * Issue journey (the project pipeline): a fresh start shows the living demo (演示数据) on the kanban and on an
 * investment staff member's "My work"; the staff member drags a project from 签约 to 注册 on the kanban, fills what
 * registration needs, sees both columns' count and 亿元 total change by exactly that project, and finds the move in
 * the project's timeline; then raises a coordination issue (交办问题) on it, takes it up (督办) and closes it out (销号).
 *
 * The journey works on whichever card heads the 签约 column, so it may run again on the same database.
 */
const STAFF = 'staff.01';
const STAFF_NAME = '招商专员一';
const MAIN_LINE = ['洽谈', '签约', '注册', '开工', '投产', '达产'];

/** A column's head as the kanban shows it: "4 个项目 · 11.3 亿元", read as a count and exact ten-thousandths of 亿元. */
interface ColumnTotals {
  count: number;
  units: bigint;
}

function column(page: Page, stage: string): Locator {
  return page.getByRole('region', { name: `${stage}列` });
}

async function columnTotals(page: Page, stage: string): Promise<ColumnTotals> {
  const text = (await page.getByRole('status', { name: `${stage}合计` }).textContent()) ?? '';
  const match = /^(\d+) 个项目 · (-?[\d.]+) 亿元$/.exec(text.trim());
  if (!match) throw new Error(`Unexpected column summary for ${stage}: ${JSON.stringify(text)}`);
  return { count: Number(match[1]), units: decimalToUnits(match[2]) };
}

/** Polls both columns' heads until they read as expected (the board answers from the cache first, then from the API). */
async function expectTotals(page: Page, expected: Record<string, ColumnTotals>) {
  const shown = async () => {
    const out: Record<string, string> = {};
    for (const stage of Object.keys(expected)) {
      const totals = await columnTotals(page, stage);
      out[stage] = `${totals.count} · ${unitsToDecimal(totals.units)}`;
    }
    return out;
  };
  const wanted = Object.fromEntries(Object.entries(expected).map(([stage, t]) => [stage, `${t.count} · ${unitsToDecimal(t.units)}`]));
  await expect.poll(shown).toEqual(wanted);
}

/** A unified social credit code of a Wuhou company (9 1 510107 …) with a correct check character, new on each run. */
function creditCode(): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body = '';
  for (let n = Date.now(), i = 0; i < 9; i++, n = Math.floor(n / alphabet.length)) body = alphabet[n % alphabet.length] + body;
  const first17 = `91510107${body}`;
  return first17 + usccCheckCharacter(first17);
}

/**
 * Drags a card onto a column as a person does with a mouse: press, a small first move past dnd-kit's activation
 * distance (6 px), then stepped moves onto the column's head, release. dnd-kit's screen-reader announcements tell
 * when the card is picked up and when it is over the column, so nothing is released early on a slow machine.
 */
async function dragCard(page: Page, card: Locator, name: string, target: Locator, stage: string) {
  await card.scrollIntoViewIfNeeded();
  const from = await card.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('card or column not laid out');
  // Hold the card low in its body: the name is a link and the move menu (top right) does not start a drag.
  const start = { x: from.x + from.width / 2, y: from.y + from.height - 6 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 10, start.y + 3, { steps: 5 });
  // Picked up: "已拿起项目“…”", at once followed by where it is ("项目“…”在“签约”列上方").
  await expect(page.getByRole('status').filter({ hasText: `项目“${name}”` })).toBeAttached();
  const end = { x: to.x + to.width / 2, y: to.y + Math.min(40, to.height / 2) };
  await page.mouse.move(end.x, end.y, { steps: 15 });
  await expect(page.getByRole('status').filter({ hasText: `项目“${name}”在“${stage}”列上方` })).toBeAttached();
  await page.mouse.up();
}

test('a fresh start shows the demo pipeline on the kanban and demo leads on a staff member\'s "My work"', async ({ page }) => {
  await signIn(page, STAFF);

  // Investment staff land on "My work": leads of the living demo are theirs to follow up, and prospects too.
  await expect(page).toHaveURL(/\/my-work$/);
  const openLeads = page.getByTestId('work-openLeads').getByRole('listitem');
  await expect(openLeads.first()).toBeVisible();
  await expect(openLeads.filter({ hasText: '演示数据' }).first()).toBeVisible();
  expect(await openLeads.filter({ hasText: '演示数据' }).count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId('work-prospects').getByRole('listitem').first()).toBeVisible();

  // The kanban (every chain for staff, who work on all of them): each stage of the main line holds projects.
  await openSection(page, '项目看板');
  await expect(page).toHaveURL(/\/projects\/board/);
  await expect(page.getByRole('heading', { name: '项目看板' })).toBeVisible();
  for (const stage of MAIN_LINE) {
    await expect(column(page, stage).getByRole('listitem').first()).toBeVisible();
    expect((await columnTotals(page, stage)).count, `${stage} has projects`).toBeGreaterThan(0);
  }
  // Invented projects say so on their cards; 京东西南总部, a project the plan names, is on the board too.
  const demoCards = page.getByRole('listitem').filter({ has: page.getByText('演示数据', { exact: true }) });
  expect(await demoCards.count()).toBeGreaterThanOrEqual(10);
  await expect(page.getByRole('listitem', { name: '京东西南总部' })).toBeVisible();
});

test('a project is dragged from 签约 to 注册, and an issue raised on it is closed out', async ({ page }) => {
  const suffix = Date.now().toString(36).slice(-4).toUpperCase();
  const today = districtDate(new Date());
  // Backdated to the first of the month (the move's log keeps the day it was entered, too).
  const effectiveOn = `${today.slice(0, 8)}01`;
  const code = creditCode();
  const note = `看板拖动登记注册 ${suffix}`;

  await signIn(page, STAFF);
  await page.goto('/projects/board');
  await expect(page.getByRole('heading', { name: '项目看板' })).toBeVisible();

  // The card heading 签约: its name and agreed amount, as the card shows them.
  const card = column(page, '签约').getByRole('listitem').first();
  await expect(card).toBeVisible();
  const name = (await card.getAttribute('aria-label')) ?? '';
  expect(name.length).toBeGreaterThan(0);
  const amountText = (await card.getByText(/^[\d.]+ 亿元$/).textContent()) ?? '';
  const amount = decimalToUnits(amountText.replace(' 亿元', ''));
  expect(amount).toBeGreaterThan(0n);

  const signedBefore = await columnTotals(page, '签约');
  const registeredBefore = await columnTotals(page, '注册');

  await dragCard(page, card, name, column(page, '注册'), '注册');

  // The dialog asks what 注册 needs: the registered company and its credit code; the date may be backdated.
  const dialog = page.getByRole('dialog', { name: `移动“${name}”：签约 → 注册` });
  await expect(dialog).toBeVisible();
  const registeredName = `成都${name.replace(/项目$/, '')}${suffix}有限公司`;
  await dialog.getByLabel('注册企业名称').fill(registeredName);
  await dialog.getByLabel('注册企业统一社会信用代码').fill(code);
  // A click on a day while the calendar is still opening can be lost on a busy machine: choose it until the field holds it.
  await expect(async () => {
    if ((await dialog.getByLabel('生效日期').inputValue()) !== effectiveOn) {
      await dialog.getByLabel('生效日期').click();
      await page.getByTitle(effectiveOn, { exact: true }).filter({ visible: true }).click({ timeout: 5_000 });
    }
    await expect(dialog.getByLabel('生效日期')).toHaveValue(effectiveOn, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await dialog.getByLabel('备注').fill(note);
  await dialog.getByRole('button', { name: '确认移动' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已移到“注册”')).toBeVisible();

  // Both columns changed by exactly this project: one card and its 亿元, on the board and after reading it again.
  const expected = {
    签约: { count: signedBefore.count - 1, units: signedBefore.units - amount },
    注册: { count: registeredBefore.count + 1, units: registeredBefore.units + amount },
  };
  await expectTotals(page, expected);
  await expect(column(page, '注册').getByRole('listitem', { name, exact: true })).toBeVisible();
  await expect(column(page, '签约').getByRole('listitem', { name, exact: true })).toHaveCount(0);
  await page.reload();
  await expect(column(page, '注册').getByRole('listitem', { name, exact: true })).toBeVisible();
  await expectTotals(page, expected);

  // The project's page: now 注册, with the registered company and the move in its timeline.
  await column(page, '注册').getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name, level: 3 })).toBeVisible();
  await expect(page.getByText(`当前阶段：注册（自 ${effectiveOn}）`)).toBeVisible();
  await expect(page.getByText(registeredName, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(code, { exact: true }).first()).toBeVisible();
  const timeline = page.getByRole('list', { name: '项目动态' });
  const move = timeline.getByRole('listitem', { name: '阶段变更：签约 → 注册' });
  await expect(move).toBeVisible();
  await expect(move).toContainText(`生效日期：${effectiveOn}`);
  await expect(move).toContainText(`备注：${note}`);
  await expect(move).toContainText(`${today} · ${STAFF_NAME}`);

  // A coordination issue (问题清单): raised (交办) to a unit with a due date, taken up (督办), closed out (销号).
  const title = `协调办理环评批复 ${suffix}`;
  await page.getByRole('button', { name: '交办问题' }).click();
  const raise = page.getByRole('dialog', { name: '交办需协调的问题' });
  await raise.getByLabel('需协调的事项').fill(title);
  await raise.getByLabel('详细说明').fill('注册后需尽快取得环评批复，请协调办理。');
  // A pick lost on a busy machine would save the issue without its unit: pick until the field shows it.
  const unit = raise.getByLabel('协调单位', { exact: true });
  const unitItem = unit.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-form-item ")][1]');
  await expect(async () => {
    if (!((await unitItem.textContent({ timeout: 5_000 })) ?? '').includes('武侯区商务局')) {
      await unit.fill('商务局');
      await page.getByTitle('武侯区商务局', { exact: true }).filter({ visible: true }).last().click({ timeout: 5_000 });
    }
    await expect(unitItem).toContainText('武侯区商务局', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await raise.getByRole('button', { name: /保\s*存/ }).click();
  await expect(raise).toBeHidden();

  const issues = page.getByRole('list', { name: '问题清单' });
  const issue = issues.getByRole('listitem', { name: title, exact: true });
  await expect(issue).toContainText('已交办');
  await expect(issue).toContainText('协调单位：武侯区商务局');
  await expect(issue).toContainText(`${today} 由 ${STAFF_NAME} 交办`);

  await issue.getByRole('button', { name: `督办“${title}”` }).click();
  await expect(issue).toContainText('督办中');

  await issue.getByRole('button', { name: `销号“${title}”` }).click();
  const close = page.getByRole('dialog', { name: `销号：${title}` });
  const resolution = '区商务局已协调市生态环境局武侯分局，环评批复已取得。';
  await close.getByLabel('办理结果').fill(resolution);
  await close.getByRole('button', { name: /销\s*号/ }).click();
  await expect(close).toBeHidden();
  await expect(issue).toContainText('已销号');
  await expect(issue).toContainText(`办理结果：${resolution}（${today}，${STAFF_NAME}销号）`);
  await expect(issue.getByRole('button', { name: `销号“${title}”` })).toHaveCount(0);
  await expect(issue.getByRole('button', { name: `重新打开“${title}”` })).toBeVisible();
  await expect(timeline.getByRole('listitem', { name: `销号问题“${title}”` })).toContainText(`办理结果：${resolution}`);

  // Still closed out when read again from the API.
  await page.reload();
  await expect(page.getByRole('list', { name: '问题清单' }).getByRole('listitem', { name: title, exact: true })).toContainText('已销号');
});
