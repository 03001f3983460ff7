import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support';

/**
 * The chain map (产业链图谱): the chain leader of 高端新材料 filters to uncovered gaps, opens one from the canvas,
 * adds a node and an edge in edit mode, and finds both again after a reload. A viewer sees no edit mode.
 *
 * The canvas is Cytoscape: the page exposes `window.__chainMap` under automation (navigator.webdriver), which
 * tells where a node is drawn, so the test clicks the canvas where a person would.
 */
const CHAIN = '高端新材料';

interface HookView {
  matches: string[];
  kinds: Record<string, string>;
  names: Record<string, string>;
}

/** Opens the chain's map page from the overview (the card links to /chains/:id; the map lives at /map under it). */
async function openChainMap(page: Page): Promise<string> {
  const card = page.getByRole('link', { name: new RegExp(CHAIN) });
  const href = await card.getAttribute('href');
  expect(href).toMatch(/^\/chains\/[^/]+$/);
  await page.goto(`${href}/map`);
  await expect(page.getByRole('heading', { name: new RegExp(CHAIN) })).toBeVisible();
  await waitForMap(page);
  return href!;
}

async function waitForMap(page: Page) {
  await page.waitForFunction(() => Boolean(window.__chainMap?.cy && window.__chainMap.cy.nodes().length > 0));
}

async function mapState(page: Page): Promise<HookView> {
  return page.evaluate(() => {
    const hook = window.__chainMap!;
    const kinds: Record<string, string> = {};
    const names: Record<string, string> = {};
    hook.cy.nodes().forEach((n) => {
      kinds[n.id()] = n.data('kind');
      names[n.id()] = n.data('name');
    });
    return { matches: [...hook.prepared.filter.matches], kinds, names };
  });
}

/** Clicks a node on the canvas where it is drawn (centred first, so it is on screen). */
async function clickNode(page: Page, id: string) {
  await page.waitForFunction(() => !window.__chainMap!.cy.animated());
  const point = await page.evaluate((nodeId) => {
    const hook = window.__chainMap!;
    hook.cy.center(hook.cy.getElementById(nodeId));
    return hook.nodeCenter(nodeId);
  }, id);
  expect(point).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
}

test.describe('chain map', () => {
  test('the chain leader finds an uncovered gap, adds a node and an edge, and sees them after a reload', async ({ page }) => {
    await signIn(page, 'leader.new-materials', { from: '/chains' });
    await openChainMap(page);

    // Filter to uncovered gaps: the canvas is rebuilt with the matches only.
    await page.getByText('仅未覆盖缺口', { exact: true }).click();
    await page.waitForFunction(() => window.__chainMap?.prepared.appliedFilter.gaps === 'uncovered');
    const state = await mapState(page);
    const gap = state.matches.find((id) => state.kinds[id] === 'node');
    expect(gap, 'the seeded map has an uncovered gap below a focus direction').toBeDefined();
    const gapName = state.names[gap!];

    // Click it on the canvas: its side panel opens with what sits on it.
    await clickNode(page, gap!);
    const drawer = page.getByRole('dialog');
    await expect(drawer.getByText(gapName, { exact: true }).first()).toBeVisible();
    for (const section of ['企业', '招商线索', '项目（按阶段）', '相关政策']) {
      await expect(drawer.getByRole('heading', { name: section })).toBeVisible();
    }
    await expect(drawer.getByText('未覆盖缺口')).toBeVisible();
    // Where its status comes from: the plan's words or an editor's judgement.
    await expect(drawer.getByText('状态依据', { exact: true })).toBeVisible();
    await expect(drawer.getByText(/^(依据规划|编者判断)$/)).toBeVisible();

    // Edit mode: add a sub-node under the gap.
    await page.getByRole('switch', { name: '编辑模式' }).click();
    await drawer.getByRole('button', { name: '添加下级节点' }).click();
    const added = `E2E补链节点${Date.now() % 100000}`;
    const form = page.getByRole('dialog', { name: new RegExp(`在“${gapName}”下添加节点`) });
    await form.getByLabel('名称').fill(added);
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByText(`已添加节点“${added}”`)).toBeVisible();

    // The new node is selected: connect it (supplier) to the gap (buyer) from its panel.
    await expect(drawer.getByText(added, { exact: true }).first()).toBeVisible();
    await drawer.getByLabel('选择下游（采购方）节点').click();
    await page.keyboard.type(gapName);
    await expect(page.locator('.ant-select-item-option-active')).toHaveText(gapName);
    await page.keyboard.press('Enter');
    await drawer.getByRole('button', { name: '添加连线' }).click();
    await expect(page.getByText(`已添加连线 ${added} → ${gapName}`)).toBeVisible();

    // Saved for everyone: after a reload the list view shows the node, and its panel the edge.
    await page.reload();
    await page.getByText('列表', { exact: true }).click();
    const table = page.getByTestId('chain-map-table');
    await table.getByRole('button', { name: `查看节点“${added}”` }).click();
    await expect(drawer.getByText(added, { exact: true }).first()).toBeVisible();
    await expect(drawer.getByRole('button', { name: gapName, exact: true })).toBeVisible();

    // And the search finds it on the map.
    await page.getByText('图谱', { exact: true }).click();
    await waitForMap(page);
    await page.getByLabel('搜索节点').fill(added.slice(0, 6));
    const suggestion = page.locator('.ant-select-item-option').filter({ hasText: added });
    await expect(suggestion).toHaveCount(1);
    await suggestion.click();
    await expect
      .poll(() => page.evaluate(() => window.__chainMap!.cy.nodes('.hit').map((n) => n.data('name') as string)))
      .toContain(added);
  });

  test('the chain leader renames, re-parents and re-classifies a node, then deletes it moving what sits on it', async ({ page }) => {
    await signIn(page, 'leader.new-materials', { from: '/chains' });
    await openChainMap(page);
    await page.getByRole('switch', { name: '编辑模式' }).click();

    // A fresh focus direction to work on, so that the seeded nodes stay as they are.
    await page.getByRole('button', { name: '添加主攻方向' }).click();
    const name = `E2E主攻方向${Date.now() % 100000}`;
    let form = page.getByRole('dialog', { name: '添加主攻方向' });
    await form.getByLabel('名称').fill(name);
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByText(`已添加节点“${name}”`)).toBeVisible();

    // Edit it: new name, under a seeded focus direction, weak, high-end.
    const drawer = page.getByRole('dialog', { name: name });
    await drawer.getByRole('button', { name: '编辑节点' }).click();
    form = page.getByRole('dialog', { name: '编辑节点' });
    const renamed = `${name}改`;
    await form.getByLabel('名称').fill(renamed);
    await form.getByLabel('上级节点').click();
    await page.keyboard.type('电子陶瓷材料');
    await page.locator('.ant-select-tree-node-content-wrapper[title="电子陶瓷材料"]').click();
    await form.getByText('薄弱', { exact: true }).click();
    await form.getByText('高精尖', { exact: true }).click();
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByText('已保存')).toBeVisible();

    // The list shows it under its new parent, weak and high-end.
    await page.getByText('列表', { exact: true }).click();
    const row = page.getByTestId('chain-map-table').getByRole('row').filter({ has: page.getByRole('button', { name: `查看节点“${renamed}”` }) });
    await expect(row.getByText('薄弱')).toBeVisible();
    await expect(row.getByText(/高精尖/)).toBeVisible();
    await page.getByText('图谱', { exact: true }).click();
    await waitForMap(page);
    const parentOnMap = await page.evaluate((n) => {
      const hook = window.__chainMap!;
      const id = hook.cy.nodes().filter((x) => x.data('name') === n).id();
      return hook.cy.getElementById(id).parent().data('name') as string;
    }, renamed);
    expect(parentOnMap).toBe('电子陶瓷材料');

    // Delete it. The first answer is made the API's refusal for a node that companies sit on (the seed has none
    // on a new node): the page offers to move them, and the real delete then goes through with reassignToId.
    let refused = false;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string; variables?: { reassignToId?: string | null } };
      if (body.operationName === 'DeleteChainMapNode' && !body.variables?.reassignToId && !refused) {
        refused = true;
        await route.fulfill({
          json: { data: null, errors: [{ message: `节点“${renamed}”仍关联着企业“示例企业”。请指定一个节点，把它们转移过去后再删除`, extensions: { code: 'CONFLICT' } }] },
        });
        return;
      }
      await route.continue();
    });
    const ids = await page.evaluate((n) => window.__chainMap!.cy.nodes().filter((x) => x.data('name') === n).map((x) => x.id()), renamed);
    await clickNode(page, ids[0]);
    const panel = page.getByRole('dialog', { name: renamed });
    await panel.getByRole('button', { name: '删除节点' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '删除节点' }).click();
    const reassign = page.getByRole('dialog', { name: `删除节点“${renamed}”` });
    await expect(reassign.getByText('示例企业', { exact: false })).toBeVisible();
    await reassign.getByLabel('转移到').click();
    await page.keyboard.type('陶瓷粉体');
    // Pick with the keyboard once the filtered list has settled: a click can land while the list re-renders.
    await expect(page.locator('.ant-select-item-option-active')).toContainText('陶瓷粉体');
    await page.keyboard.press('Enter');
    const submit = reassign.getByRole('button', { name: '转移并删除' });
    await expect(submit).toBeEnabled();
    await submit.click();
    await expect(page.getByText('已删除')).toBeVisible();
    await expect.poll(() => page.evaluate((n) => window.__chainMap!.cy.nodes().filter((x) => x.data('name') === n).length, renamed)).toBe(0);
  });

  test('a viewer reads the map, exports it as a picture, but gets no edit mode', async ({ page }) => {
    await signIn(page, 'viewer');
    await openChainMap(page);
    await expect(page.getByRole('switch', { name: '编辑模式' })).toHaveCount(0);

    // The whole map as a PNG: the file's signature, and a picture at least as large as the map drawn on screen.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PNG' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${CHAIN}.*\\.png$`));
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const png = Buffer.concat(chunks);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    const drawn = await page.evaluate(() => window.__chainMap!.cy.elements().boundingBox());
    expect(size.width).toBeGreaterThanOrEqual(Math.floor(drawn.w));
    expect(size.height).toBeGreaterThanOrEqual(Math.floor(drawn.h));
    await page.getByText('列表', { exact: true }).click();
    await expect(page.getByTestId('chain-map-table').getByRole('row').nth(1)).toBeVisible();
  });
});

declare global {
  interface Window {
    __chainMap?: {
      cy: import('cytoscape').Core;
      prepared: { appliedFilter: { gaps: string }; filter: { matches: ReadonlySet<string>; mapVisible: ReadonlySet<string> } };
      nodeCenter: (id: string) => { x: number; y: number } | null;
    };
  }
}
