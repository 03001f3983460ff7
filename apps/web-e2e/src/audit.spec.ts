import { expect, test } from '@playwright/test';
import { openSection, signIn } from './support';

/**
 * An admin deletes a project into the recycle bin: it leaves the ledger, the bin holds it, the admin restores it and
 * it is back; the audit log shows the delete and the restore with the field that changed, and the project's change
 * history shows them too.
 */
test('an admin deletes a project, finds it in the recycle bin, restores it, and the audit log shows both', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/projects');
  // The first project of the ledger, by its link.
  const first = page.getByRole('table').getByRole('link').first();
  await expect(first).toBeVisible();
  const name = (await first.textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  await first.click();
  await expect(page.getByRole('heading', { name, level: 3 })).toBeVisible();

  await page.getByRole('button', { name: `删除“${name}”` }).click();
  await page.getByRole('tooltip').getByRole('button', { name: /删\s*除/ }).click();
  await expect(page.getByText('已删除，管理员可在回收站恢复')).toBeVisible();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByRole('table').getByRole('link', { name, exact: true })).toHaveCount(0);

  await openSection(page, '回收站');
  await expect(page.getByRole('heading', { name: '回收站' })).toBeVisible();
  // On a busy machine a click made while a confirmation is still opening can be lost: try again until it has taken.
  await page.getByRole('tab', { name: /项目（\d+）/ }).click();
  await expect(async () => {
    const restore = page.getByRole('button', { name: `恢复“${name}”` });
    if (await restore.isVisible()) {
      await restore.click();
      await page.getByRole('tooltip').getByRole('button', { name: /恢\s*复/ }).click({ timeout: 5_000 });
    }
    await expect(page.getByRole('tab', { name: '项目（0）' })).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });

  await page.goto('/projects');
  await expect(page.getByRole('table').getByRole('link', { name, exact: true }).first()).toBeVisible();

  await openSection(page, '审计日志');
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'restoreProject' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'deleteProject' }).first()).toBeVisible();
  // The delete's row opens on the field it changed, before and after.
  await rows.filter({ hasText: 'deleteProject' }).first().getByRole('button', { name: /展开行|Expand row/ }).click();
  await expect(page.getByRole('cell', { name: '删除时间' }).first()).toBeVisible();

  // The project's own page shows the same changes in its history.
  await page.goto('/projects');
  await page.getByRole('table').getByRole('link', { name, exact: true }).first().click();
  await page.getByRole('button', { name: '显示变更记录' }).click();
  await expect(page.getByText('删除时间').first()).toBeVisible();
});
