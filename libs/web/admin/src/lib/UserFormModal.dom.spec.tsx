/** @jest-environment jsdom */
import '../test/dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorCode } from '@chainboard/domain';
import { ApiError, request } from '@chainboard/web-graphql';
import { renderDom } from '../test/render';
import { TemporaryPasswordModal } from './TemporaryPasswordModal';
import { UserFormModal } from './UserFormModal';

jest.mock('@chainboard/web-graphql', () => ({ ...jest.requireActual('@chainboard/web-graphql'), request: jest.fn() }));
const requestMock = request as unknown as jest.Mock;

const chains = [
  { id: 'c1', name: '高端新材料' },
  { id: 'c2', name: '电子信息' },
];
const departments = [{ id: 'd1', name: '区经科局', shortName: '经科局', active: true }];
const created = {
  temporaryPassword: 'Kx7pQ2mWz9Rt4v',
  user: { id: 'u9', username: 'staff.new', displayName: '新同事', role: 'INVESTMENT_STAFF', roles: ['INVESTMENT_STAFF'], chainIds: ['c2'], active: true, mustChangePassword: true, lastSignInAt: null, departmentId: 'd1', department: { id: 'd1', name: '区经科局' } },
};

/** Answers each document by its operation name. */
function answer(answers: Record<string, (variables: any) => unknown>) {
  requestMock.mockImplementation(async (document: unknown, variables: unknown) => {
    // The documents are typed strings: the operation's name is in their text.
    const name = /\b(?:query|mutation)\s+(\w+)/.exec(String(document))?.[1] ?? '';
    const respond = answers[name];
    if (!respond) throw new Error(`unexpected ${name}`);
    return respond(variables);
  });
}

/** Picks an option of an antd Select by its label. */
async function choose(label: string, option: string) {
  const select = screen.getByLabelText(label);
  fireEvent.mouseDown(select);
  const item = await waitFor(() => {
    const found = document.querySelectorAll(`.ant-select-item-option[title="${option}"]`);
    if (found.length === 0) throw new Error(`no option ${option}`);
    return found[found.length - 1] as HTMLElement;
  });
  fireEvent.click(item);
}

beforeEach(() => requestMock.mockReset());

describe('UserFormModal', () => {
  it('adds an account with its roles, department and chains, and hands the temporary password on', async () => {
    const user = userEvent.setup({ delay: null });
    const createUser = jest.fn(() => ({ createUser: created }));
    answer({ AdminChains: () => ({ chains }), AdminDepartments: () => ({ departments }), CreateUser: createUser });
    const onCreated = jest.fn();
    const onClose = jest.fn();
    renderDom(<UserFormModal onClose={onClose} onCreated={onCreated} />);
    await user.type(screen.getByLabelText('用户名'), 'staff.new');
    await user.type(screen.getByLabelText('姓名'), '新同事');
    await choose('角色', '招商专员');
    await choose('角色', '只读用户');
    await choose('部门', '区经科局');
    await choose('负责的产业链', '电子信息');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(createUser).toHaveBeenCalledWith({ input: { username: 'staff.new', displayName: '新同事', roles: ['INVESTMENT_STAFF', 'VIEWER'], departmentId: 'd1', chainIds: ['c2'] } });
    expect(onCreated).toHaveBeenCalledWith(created);
  });

  it('shows the API’s refusal under the field it names', async () => {
    const user = userEvent.setup({ delay: null });
    answer({
      AdminChains: () => ({ chains }),
      AdminDepartments: () => ({ departments }),
      CreateUser: () => {
        throw new ApiError(ErrorCode.BAD_USER_INPUT, '用户名“admin”已被使用', [{ field: 'input.username', message: '用户名“admin”已被使用' }]);
      },
    });
    const onClose = jest.fn();
    renderDom(<UserFormModal onClose={onClose} />);
    await user.type(screen.getByLabelText('用户名'), 'admin');
    await user.type(screen.getByLabelText('姓名'), '重名');
    await choose('角色', '只读用户');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('用户名“admin”已被使用')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('asks for a role and a well-formed username before sending anything', async () => {
    const user = userEvent.setup({ delay: null });
    answer({ AdminChains: () => ({ chains }), AdminDepartments: () => ({ departments }) });
    renderDom(<UserFormModal onClose={jest.fn()} />, 'en');
    await user.type(screen.getByLabelText('Username'), 'Bad Name');
    await user.type(screen.getByLabelText('Name'), 'Someone');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Roles is required')).toBeTruthy();
    expect(screen.getByText('A username may hold lower-case letters, digits and . _ - only, starting with a letter or digit')).toBeTruthy();
    expect(requestMock.mock.calls.some(([doc]) => JSON.stringify(doc).includes('CreateUser'))).toBe(false);
  });

  it('edits an account without offering its username or a password', async () => {
    const user = userEvent.setup({ delay: null });
    const updateUser = jest.fn(() => ({ updateUser: created.user }));
    answer({ AdminChains: () => ({ chains }), AdminDepartments: () => ({ departments }), UpdateUser: updateUser });
    const onClose = jest.fn();
    renderDom(<UserFormModal user={created.user as any} onClose={onClose} />);
    expect((screen.getByLabelText('用户名') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByLabelText('临时密码')).toBeNull();
    await choose('负责的产业链', '高端新材料');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(updateUser).toHaveBeenCalledWith({ input: { userId: 'u9', chainIds: ['c2', 'c1'] } });
  });
});

describe('TemporaryPasswordModal', () => {
  it('shows the temporary password once, with whom it belongs to', () => {
    renderDom(<TemporaryPasswordModal shown={{ name: '新同事', password: 'Kx7pQ2mWz9Rt4v' }} onClose={jest.fn()} />);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('“新同事”的临时密码')).toBeTruthy();
    expect(within(dialog).getByTestId('temporary-password').textContent).toBe('Kx7pQ2mWz9Rt4v');
  });
});
