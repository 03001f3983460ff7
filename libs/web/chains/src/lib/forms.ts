import dayjs, { type Dayjs } from 'dayjs';
import { TaskStatus, isTaskOverdue } from '@chainboard/domain';
import {
  type AddPolicyInput,
  type AddTaskInput,
  type PolicyFieldsFragment,
  type UpdatePolicyInput,
  type UpdateTaskInput,
  type WorkPlanTaskFieldsFragment,
} from '@chainboard/web-graphql';

/** The date format of the API's LocalDate. */
export const LOCAL_DATE_FORMAT = 'YYYY-MM-DD';

/** A date picker's value as the API's LocalDate (YYYY-MM-DD), or null when empty. */
export function toLocalDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format(LOCAL_DATE_FORMAT) : null;
}

/** A LocalDate as a date picker's value. */
export function fromLocalDate(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value, LOCAL_DATE_FORMAT) : null;
}

/** True unless both dates are set and the end comes before the start (dates compare as YYYY-MM-DD text). */
export function isValidDateRange(from: string | null, to: string | null): boolean {
  return !from || !to || to >= from;
}

/** Whether a work-plan task is overdue today in the district (Asia/Shanghai). */
export function taskOverdue(task: Pick<WorkPlanTaskFieldsFragment, 'status' | 'dueDate'>, today: string): boolean {
  return isTaskOverdue({ status: TaskStatus[task.status], dueDate: task.dueDate ?? null }, today);
}

export interface TaskFormValues {
  title: string;
  description?: string;
  ownerDepartmentId?: string | null;
  dueDate?: Dayjs | null;
  status?: TaskStatus;
}

export const TASK_FORM_FIELDS = ['title', 'description', 'ownerDepartmentId', 'dueDate', 'status'] as const;

export function taskFormValues(task: WorkPlanTaskFieldsFragment): TaskFormValues {
  return {
    title: task.title,
    description: task.description,
    ownerDepartmentId: task.ownerDepartmentId ?? null,
    dueDate: fromLocalDate(task.dueDate),
    status: TaskStatus[task.status],
  };
}

export function toAddTaskInput(chainId: string, values: TaskFormValues): AddTaskInput {
  return {
    chainId,
    title: values.title.trim(),
    description: values.description?.trim() ?? '',
    ownerDepartmentId: values.ownerDepartmentId ?? null,
    dueDate: toLocalDate(values.dueDate),
  };
}

/** Every field is sent: an emptied department or due date is cleared (null), as the API's input describes. */
export function toUpdateTaskInput(taskId: string, values: TaskFormValues): UpdateTaskInput {
  return {
    taskId,
    title: values.title.trim(),
    description: values.description?.trim() ?? '',
    ownerDepartmentId: values.ownerDepartmentId ?? null,
    dueDate: toLocalDate(values.dueDate),
    ...(values.status ? { status: values.status } : {}),
  };
}

export interface PolicyFormValues {
  title: string;
  documentNumber?: string;
  issuer?: string;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  summary?: string;
}

export const POLICY_FORM_FIELDS = ['title', 'documentNumber', 'issuer', 'validFrom', 'validTo', 'summary'] as const;

export function policyFormValues(policy: PolicyFieldsFragment): PolicyFormValues {
  return {
    title: policy.title,
    documentNumber: policy.documentNumber,
    issuer: policy.issuer,
    validFrom: fromLocalDate(policy.validFrom),
    validTo: fromLocalDate(policy.validTo),
    summary: policy.summary,
  };
}

function policyFields(values: PolicyFormValues) {
  return {
    title: values.title.trim(),
    documentNumber: values.documentNumber?.trim() ?? '',
    issuer: values.issuer?.trim() ?? '',
    summary: values.summary?.trim() ?? '',
    validFrom: toLocalDate(values.validFrom),
    validTo: toLocalDate(values.validTo),
  };
}

export function toAddPolicyInput(chainId: string, values: PolicyFormValues): AddPolicyInput {
  return { chainId, ...policyFields(values) };
}

export function toUpdatePolicyInput(policyId: string, values: PolicyFormValues): UpdatePolicyInput {
  return { policyId, ...policyFields(values) };
}

export { serverFieldErrors } from '@chainboard/web-graphql';
export type { FormFieldError } from '@chainboard/web-graphql';
