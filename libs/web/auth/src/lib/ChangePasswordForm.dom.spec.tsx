/** @jest-environment jsdom */
import '../test/dom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { ErrorCode } from '@chainboard/domain';
import { ApiError, request, tokenStore } from '@chainboard/web-graphql';
import { createI18n } from '@chainboard/web-ui';
import { AuthProvider, authKeys } from './auth-context';
import { ChangePasswordForm } from './ChangePasswordForm';

jest.mock('@chainboard/web-graphql', () => ({ ...jest.requireActual('@chainboard/web-graphql'), request: jest.fn() }));
const requestMock = request as unknown as jest.Mock;

const me = { id: 'u1', username: 'staff.new', displayName: '新同事', role: 'INVESTMENT_STAFF', roles: ['INVESTMENT_STAFF'], chainIds: [], mustChangePassword: true, departmentId: null, department: null };

function renderForm(onDone = jest.fn(), language: 'zh-CN' | 'en' = 'zh-CN') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  client.setQueryData(authKeys.me, me);
  render(
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={createI18n(language)}>
        <App>
          <AuthProvider>
            <ChangePasswordForm onDone={onDone} />
          </AuthProvider>
        </App>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return { client, onDone };
}

beforeEach(() => {
  requestMock.mockReset();
  tokenStore.setSession({ token: 'old-token', refreshToken: 'sid.old', expiresAt: new Date(Date.now() + 600_000).toISOString() });
});
afterAll(() => tokenStore.clear());

describe('ChangePasswordForm', () => {
  it('asks for the new password twice, the same both times', async () => {
    const user = userEvent.setup({ delay: null });
    renderForm();
    await user.type(screen.getByLabelText('当前密码'), 'Kx7pQ2mWz9Rt4v');
    await user.type(screen.getByLabelText('新密码'), 'Wuhou-desk-2025');
    await user.type(screen.getByLabelText('确认新密码'), 'Wuhou-desk-2026');
    await user.click(screen.getByRole('button', { name: '修改密码' }));
    expect(await screen.findByText('两次输入的新密码不一致')).toBeTruthy();
    expect(requestMock).not.toHaveBeenCalled();
  });

  it('shows the rule the API names under the new password, and keeps the session', async () => {
    const user = userEvent.setup({ delay: null });
    requestMock.mockRejectedValue(new ApiError(ErrorCode.BAD_USER_INPUT, '密码不能包含用户名', [{ field: 'input.newPassword', message: '密码不能包含用户名' }]));
    const { onDone } = renderForm();
    await user.type(screen.getByLabelText('当前密码'), 'Kx7pQ2mWz9Rt4v');
    await user.type(screen.getByLabelText('新密码'), 'my-staff.new-2025');
    await user.type(screen.getByLabelText('确认新密码'), 'my-staff.new-2025');
    await user.click(screen.getByRole('button', { name: '修改密码' }));
    expect(await screen.findByText('密码不能包含用户名')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
    expect(tokenStore.get()).toBe('old-token');
  });

  it('changes the password and carries on in the new session it answers', async () => {
    const user = userEvent.setup({ delay: null });
    const changed = { token: 'new-token', refreshToken: 'sid2.new', expiresAt: new Date(Date.now() + 900_000).toISOString(), user: { ...me, mustChangePassword: false } };
    requestMock.mockResolvedValue({ changePassword: changed });
    const { client, onDone } = renderForm();
    await user.type(screen.getByLabelText('当前密码'), 'Kx7pQ2mWz9Rt4v');
    await user.type(screen.getByLabelText('新密码'), 'Wuhou-desk-2025');
    await user.type(screen.getByLabelText('确认新密码'), 'Wuhou-desk-2025');
    await user.click(screen.getByRole('button', { name: '修改密码' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(requestMock.mock.calls[0][1]).toEqual({ input: { currentPassword: 'Kx7pQ2mWz9Rt4v', newPassword: 'Wuhou-desk-2025' } });
    expect(tokenStore.get()).toBe('new-token');
    expect(tokenStore.refreshToken()).toBe('sid2.new');
    expect(client.getQueryData<typeof me>(authKeys.me)?.mustChangePassword).toBe(false);
  });
});
