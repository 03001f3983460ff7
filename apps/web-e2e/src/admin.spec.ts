import { expect, test } from '@playwright/test';
import { signIn } from './support';

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

test('the time rules cannot be changed by investment staff', async ({ page }) => {
  await signIn(page, 'staff.02');
  await page.goto('/my-work');
  await expect(page.getByText(/天未联系视为停滞/)).toBeVisible();
  await expect(page.getByRole('button', { name: '修改时限规则' })).toHaveCount(0);
});
