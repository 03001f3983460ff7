import dayjs from 'dayjs';
import { ErrorCode, TaskStatus } from '@chainboard/domain';
import { ApiError } from '@chainboard/web-graphql';
import {
  POLICY_FORM_FIELDS,
  TASK_FORM_FIELDS,
  fromLocalDate,
  isValidDateRange,
  policyFormValues,
  serverFieldErrors,
  taskFormValues,
  taskOverdue,
  toAddPolicyInput,
  toAddTaskInput,
  toLocalDate,
  toUpdatePolicyInput,
  toUpdateTaskInput,
} from './forms';

const task = {
  id: 't1',
  title: '举办展示交流会',
  description: '',
  status: 'IN_PROGRESS' as const,
  dueDate: '2025-06-30',
  completedAt: null,
  sortOrder: 1,
  isDemo: true,
  ownerDepartmentId: 'd1',
  ownerDepartment: { id: 'd1', name: '武侯区投资促进局' },
};

describe('dates', () => {
  it('converts between date pickers and LocalDate', () => {
    expect(toLocalDate(dayjs('2025-03-09'))).toBe('2025-03-09');
    expect(toLocalDate(null)).toBeNull();
    expect(toLocalDate(fromLocalDate('2024-02-29'))).toBe('2024-02-29');
    expect(fromLocalDate(null)).toBeNull();
  });

  it('refuses an end before the start, and allows open ends', () => {
    expect(isValidDateRange('2025-01-01', '2024-12-31')).toBe(false);
    expect(isValidDateRange('2025-01-01', '2025-01-01')).toBe(true);
    expect(isValidDateRange('2025-01-01', null)).toBe(true);
    expect(isValidDateRange(null, '2020-01-01')).toBe(true);
  });
});

describe('taskOverdue', () => {
  it('flags open tasks past their due date only', () => {
    expect(taskOverdue(task, '2025-07-01')).toBe(true);
    expect(taskOverdue(task, '2025-06-30')).toBe(false);
    expect(taskOverdue({ ...task, status: 'DONE' }, '2025-07-01')).toBe(false);
    expect(taskOverdue({ ...task, dueDate: null }, '2030-01-01')).toBe(false);
  });
});

describe('task form', () => {
  it('builds an AddTaskInput with trimmed text and a LocalDate', () => {
    expect(toAddTaskInput('c1', { title: '  新任务 ', description: ' 说明 ', ownerDepartmentId: undefined, dueDate: dayjs('2025-12-31') })).toEqual({
      chainId: 'c1',
      title: '新任务',
      description: '说明',
      ownerDepartmentId: null,
      dueDate: '2025-12-31',
    });
  });

  it('round-trips a task through the edit form, clearing emptied fields with null', () => {
    const values = taskFormValues(task);
    expect(values.status).toBe(TaskStatus.IN_PROGRESS);
    expect(toUpdateTaskInput('t1', values)).toEqual({
      taskId: 't1',
      title: task.title,
      description: '',
      ownerDepartmentId: 'd1',
      dueDate: '2025-06-30',
      status: 'IN_PROGRESS',
    });
    expect(toUpdateTaskInput('t1', { ...values, ownerDepartmentId: undefined, dueDate: null, status: TaskStatus.DONE })).toMatchObject({
      ownerDepartmentId: null,
      dueDate: null,
      status: 'DONE',
    });
  });
});

describe('policy form', () => {
  const policy = {
    id: 'p1',
    title: '若干政策',
    documentNumber: '武府办发〔2022〕21号',
    issuer: '成都市武侯区人民政府办公室',
    validFrom: '2022-07-01',
    validTo: null,
    summary: '摘要',
    isDemo: true,
  };

  it('round-trips a policy, keeping an open end open', () => {
    expect(toUpdatePolicyInput('p1', policyFormValues(policy))).toEqual({
      policyId: 'p1',
      title: policy.title,
      documentNumber: policy.documentNumber,
      issuer: policy.issuer,
      summary: '摘要',
      validFrom: '2022-07-01',
      validTo: null,
    });
  });

  it('sends empty optional texts as empty strings', () => {
    expect(toAddPolicyInput('c1', { title: '新政策' })).toEqual({
      chainId: 'c1',
      title: '新政策',
      documentNumber: '',
      issuer: '',
      summary: '',
      validFrom: null,
      validTo: null,
    });
  });
});

describe('serverFieldErrors', () => {
  it("puts the API's field problems on the form's fields", () => {
    const error = new ApiError(ErrorCode.BAD_USER_INPUT, '标题不能超过200个字符', [
      { field: 'title', message: '标题不能超过200个字符' },
      { field: 'input.issuer', message: '发文机关不能超过200个字符' },
    ]);
    expect(serverFieldErrors(error, POLICY_FORM_FIELDS)).toEqual({
      fields: [
        { name: 'title', errors: ['标题不能超过200个字符'] },
        { name: 'issuer', errors: ['发文机关不能超过200个字符'] },
      ],
      unmatched: false,
    });
  });

  it('reports problems the form cannot show, and errors without fields', () => {
    const error = new ApiError(ErrorCode.BAD_USER_INPUT, 'x', [{ field: 'chainId', message: '产业链不是有效的编号' }]);
    expect(serverFieldErrors(error, TASK_FORM_FIELDS)).toEqual({ fields: [], unmatched: true });
    expect(serverFieldErrors(new ApiError(ErrorCode.FORBIDDEN, '您没有执行此操作的权限'), TASK_FORM_FIELDS)).toEqual({ fields: [], unmatched: true });
    expect(serverFieldErrors(null, TASK_FORM_FIELDS)).toEqual({ fields: [], unmatched: false });
  });
});
