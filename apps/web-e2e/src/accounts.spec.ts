import { expect, test } from '@playwright/test';
import { chooseOption, openSection, signIn } from './support';

/**
 * Issue journey (accounts): an admin creates a staff account; the new user signs in with the temporary password,
 * must change it before anything else, and logs a lead; the admin disables the account, and the user's open
 * session stops working at once.
 */
test('an admin creates a staff account, the new user changes the password and logs a lead; disabling the account ends the open session', async ({ browser }) => {
  const suffix = Date.now().toString(36).slice(-5);
  const username = `staff.e2e${suffix}`;
  const displayName = `新招商专员${suffix}`;
  const newPassword = `Wuhou-Desk-${suffix}-2025`;

  // The admin adds the account.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin');
  await openSection(admin, '用户管理');
  await expect(admin).toHaveURL(/\/admin\/users$/);
  await admin.getByRole('button', { name: '新增用户' }).click();
  const form = admin.getByRole('dialog', { name: '新增用户' });
  await form.getByLabel('用户名', { exact: true }).fill(username);
  await form.getByLabel('姓名', { exact: true }).fill(displayName);
  await chooseOption(admin, form.getByLabel('角色', { exact: true }), '招商专员', { multiple: true });
  await chooseOption(admin, form.getByLabel('负责的产业链', { exact: true }), '电子信息', { multiple: true });
  await form.getByRole('button', { name: /保\s*存/ }).click();

  // The temporary password, shown once.
  const shown = admin.getByRole('dialog', { name: `“${displayName}”的临时密码` });
  await expect(shown).toBeVisible();
  const temporary = ((await shown.getByTestId('temporary-password').textContent()) ?? '').trim();
  expect(temporary).toMatch(/^[A-Za-z0-9]{14}$/);
  await shown.getByRole('button', { name: '我已记下' }).click();
  const row = admin.getByRole('row').filter({ hasText: username });
  await expect(row).toContainText('待修改密码');

  // The new user signs in: only the password change is offered.
  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  await user.goto('/login');
  await user.getByLabel('用户名').fill(username);
  await user.getByLabel('密码').fill(temporary);
  await user.getByRole('button', { name: /登\s*录/ }).click();
  await expect(user.getByRole('heading', { name: '请先修改密码' })).toBeVisible();
  await expect(user.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
  await user.goto('/leads/new');
  await expect(user.getByRole('heading', { name: '请先修改密码' })).toBeVisible();

  // A password containing the username is refused under the field, in Chinese.
  await user.getByLabel('当前密码', { exact: true }).fill(temporary);
  await user.getByLabel('新密码', { exact: true }).fill(`${username}-2025`);
  await user.getByLabel('确认新密码', { exact: true }).fill(`${username}-2025`);
  await user.getByRole('button', { name: '修改密码' }).click();
  await expect(user.getByText('密码不能包含用户名')).toBeVisible();
  await user.getByLabel('新密码', { exact: true }).fill(newPassword);
  await user.getByLabel('确认新密码', { exact: true }).fill(newPassword);
  await user.getByRole('button', { name: '修改密码' }).click();
  await expect(user.getByTestId('current-user')).toContainText(displayName);

  // …and logs a lead.
  const company = `蓉城新材检测${suffix}有限公司`;
  const title = `${company}拟设区域总部`;
  await user.goto('/leads/new');
  await user.getByLabel('企业名称').fill(company);
  await chooseOption(user, user.getByLabel('产业链'), '电子信息');
  await user.getByLabel('线索标题').fill(title);
  await user.getByLabel('线索标题').press('Enter');
  await expect(user).toHaveURL(/\/leads\/[0-9a-f-]{36}$/);
  await expect(user.getByRole('heading', { name: title })).toBeVisible();

  // The admin disables the account.
  await admin.reload();
  await row.getByRole('button', { name: `停用用户“${displayName}”` }).click();
  await admin.locator('.ant-popconfirm').getByRole('button', { name: /停\s*用/ }).click();
  await expect(row).toContainText('已停用');

  // The user's open session stops working: the next request lands on the sign-in page.
  await user.goto('/my-work');
  await expect(user).toHaveURL(/\/login/);
  await user.getByLabel('用户名').fill(username);
  await user.getByLabel('密码').fill(newPassword);
  await user.getByRole('button', { name: /登\s*录/ }).click();
  await expect(user.getByText('该账号已停用')).toBeVisible();

  await userContext.close();
  await adminContext.close();
});
