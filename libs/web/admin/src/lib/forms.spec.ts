import { toCreateDepartmentInput, toCreateUserInput, toUpdateDepartmentInput, toUpdateUserInput, toUserFilterInput, userFormValues } from './forms';

const user = {
  id: 'u1',
  username: 'staff.03',
  displayName: '王五',
  departmentId: 'd1',
  roles: ['VIEWER', 'INVESTMENT_STAFF'] as const,
  chainIds: ['c1', 'c2'],
};

describe('the account form', () => {
  it('makes a new account: trimmed, roles in the domain order, no department, chains or password when left blank', () => {
    expect(toCreateUserInput({ username: ' staff.04 ', displayName: ' 赵六 ', roles: ['VIEWER', 'CHAIN_LEADER'], chainIds: [], departmentId: null, password: '  ' })).toEqual({
      username: 'staff.04',
      displayName: '赵六',
      roles: ['CHAIN_LEADER', 'VIEWER'],
    });
    expect(toCreateUserInput({ username: 'staff.05', displayName: '钱七', roles: ['INVESTMENT_STAFF'], chainIds: ['c1', 'c1'], departmentId: 'd2', password: 'Temp-pass-2025' })).toEqual({
      username: 'staff.05',
      displayName: '钱七',
      roles: ['INVESTMENT_STAFF'],
      departmentId: 'd2',
      chainIds: ['c1'],
      password: 'Temp-pass-2025',
    });
  });

  it('sends nothing but the account when saved unchanged, roles and chains compared as sets', () => {
    expect(toUpdateUserInput({ ...user, roles: [...user.roles] }, userFormValues({ ...user, roles: [...user.roles] }))).toEqual({ userId: 'u1' });
    expect(toUpdateUserInput({ ...user, roles: [...user.roles] }, { ...userFormValues({ ...user, roles: [...user.roles] }), chainIds: ['c2', 'c1'], roles: ['VIEWER', 'INVESTMENT_STAFF'] })).toEqual({ userId: 'u1' });
  });

  it('sends only what changed: a name, a cleared department, another role, fewer chains', () => {
    const values = userFormValues({ ...user, roles: [...user.roles] });
    expect(toUpdateUserInput({ ...user, roles: [...user.roles] }, { ...values, displayName: ' 王小五 ', departmentId: undefined, roles: ['LEAD_DEPARTMENT_MEMBER'], chainIds: ['c2'] })).toEqual({
      userId: 'u1',
      displayName: '王小五',
      departmentId: null,
      roles: ['LEAD_DEPARTMENT_MEMBER'],
      chainIds: ['c2'],
    });
  });

  it('turns the filters into the API filter, blanks left out', () => {
    expect(toUserFilterInput({ status: 'all', search: '  ' })).toEqual({});
    expect(toUserFilterInput({ status: 'disabled', search: ' 王 ', roles: ['VIEWER'], departmentId: 'd1', chainId: 'c1' })).toEqual({ active: false, search: '王', roles: ['VIEWER'], departmentId: 'd1', chainId: 'c1' });
    expect(toUserFilterInput({ status: 'active' })).toEqual({ active: true });
  });
});

describe('the department form', () => {
  it('adds and renames, a blank short name left out or cleared', () => {
    expect(toCreateDepartmentInput({ name: ' 区数据局 ', shortName: ' ' })).toEqual({ name: '区数据局' });
    expect(toUpdateDepartmentInput({ id: 'd1', name: '区数据局', shortName: '数据局' }, { name: '区数据局', shortName: '' })).toEqual({ departmentId: 'd1', shortName: null });
    expect(toUpdateDepartmentInput({ id: 'd1', name: '区数据局', shortName: null }, { name: '区数据资源局', shortName: null })).toEqual({ departmentId: 'd1', name: '区数据资源局' });
  });
});
