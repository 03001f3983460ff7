import { normalizeUscc } from '@chainboard/domain';
import type { CreateProjectInput, ProjectDetailFieldsFragment, ProjectType, UpdateProjectInput } from '@chainboard/web-graphql';
import { normalizeAmount, textOrNull } from './forms';

/** The project form (new project, and key facts edit). */
export interface ProjectFormValues {
  name: string;
  chainId?: string;
  /** An existing investing company … */
  companyId?: string | null;
  /** … or a new one by name (new project only). */
  newCompanyName?: string | null;
  nodeIds: string[];
  type: ProjectType;
  agreedInvestment?: string | null;
  foreignAmount?: string | null;
  foreignCurrency?: string | null;
  responsibleLeaderId?: string | null;
  responsibleUnitId?: string | null;
  ownerId?: string | null;
  carrier?: string | null;
  landAreaMu?: string | null;
  floorSpaceM2?: string | null;
  expectedOutput?: string | null;
  expectedTax?: string | null;
  expectedJobs?: number | null;
  confidential: boolean;
  codeName?: string | null;
  registeredCompanyName?: string | null;
  registeredCreditCode?: string | null;
}

/** The fields an edit may change, in the order the conflict view lists them. Their names are the API's. */
export const EDITABLE_FIELDS = [
  'name',
  'chainId',
  'companyId',
  'nodeIds',
  'type',
  'agreedInvestment',
  'foreignAmount',
  'foreignCurrency',
  'ownerId',
  'responsibleLeaderId',
  'responsibleUnitId',
  'carrier',
  'landAreaMu',
  'floorSpaceM2',
  'expectedOutput',
  'expectedTax',
  'expectedJobs',
  'confidential',
  'codeName',
  'registeredCompanyName',
  'registeredCreditCode',
] as const satisfies ReadonlyArray<keyof ProjectFormValues & keyof UpdateProjectInput>;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

const AMOUNT_FIELDS = new Set<EditableField>(['agreedInvestment', 'foreignAmount', 'landAreaMu', 'floorSpaceM2', 'expectedOutput', 'expectedTax']);

/** A new project: an industrialisation project, not confidential, the rest empty. */
export function newProjectValues(chainId?: string): ProjectFormValues {
  return { name: '', chainId, companyId: null, newCompanyName: '', nodeIds: [], type: 'INDUSTRIALISATION', confidential: false, codeName: '' };
}

/** The edit form's values from the project as the API sent it. */
export function projectFormValues(p: ProjectDetailFieldsFragment): ProjectFormValues {
  return {
    name: p.name,
    chainId: p.chainId,
    companyId: p.companyId ?? null,
    nodeIds: p.nodes.map((n) => n.id),
    type: p.type,
    agreedInvestment: p.agreedInvestment ?? null,
    foreignAmount: p.foreignAmount ?? null,
    foreignCurrency: p.foreignCurrency ?? null,
    responsibleLeaderId: p.responsibleLeaderId ?? null,
    responsibleUnitId: p.responsibleUnitId ?? null,
    ownerId: p.ownerId ?? null,
    carrier: p.carrier ?? null,
    landAreaMu: p.landAreaMu ?? null,
    floorSpaceM2: p.floorSpaceM2 ?? null,
    expectedOutput: p.expectedOutput ?? null,
    expectedTax: p.expectedTax ?? null,
    expectedJobs: p.expectedJobs ?? null,
    confidential: p.confidential,
    codeName: p.codeName ?? null,
    registeredCompanyName: p.registeredCompanyName ?? null,
    registeredCreditCode: p.registeredCreditCode ?? null,
  };
}

type Sent = string | number | boolean | string[] | null;

/** A field's value as the API takes it: trimmed text or null, normalised amounts and codes, sorted ids. */
export function sentValue(field: EditableField, values: Partial<ProjectFormValues>): Sent {
  const value = values[field];
  if (field === 'nodeIds') return [...((value as string[] | undefined) ?? [])].sort();
  if (field === 'confidential') return Boolean(value);
  if (field === 'expectedJobs') return value === undefined || value === null || (value as unknown) === '' ? null : Number(value);
  if (field === 'foreignCurrency') return textOrNull(value as string | null)?.toUpperCase() ?? null;
  if (field === 'registeredCreditCode') return textOrNull(value as string | null) === null ? null : normalizeUscc(value as string);
  if (AMOUNT_FIELDS.has(field)) return normalizeAmount(value as string | null);
  if (field === 'chainId' || field === 'type' || field.endsWith('Id')) return (value as string | null | undefined) || null;
  return textOrNull(value as string | null);
}

function same(a: Sent, b: Sent): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.join() === b.join() : a === b;
}

/** The fields whose values differ between two versions of the form (as the API would receive them). */
export function changedFields(before: Partial<ProjectFormValues>, after: Partial<ProjectFormValues>): EditableField[] {
  return EDITABLE_FIELDS.filter((field) => !same(sentValue(field, before), sentValue(field, after)));
}

/**
 * updateProject's input: only the fields the user changed from the values the form opened with, at the version
 * the form opened with. Sending only the changes keeps someone else's saved changes to other fields; a conflict on
 * the version shows the user the newer values first.
 */
export function toUpdateInput(projectId: string, version: number, opened: ProjectFormValues, values: ProjectFormValues): UpdateProjectInput {
  const input: UpdateProjectInput = { projectId, expectedVersion: version };
  for (const field of changedFields(opened, values)) (input as unknown as Record<string, Sent>)[field] = sentValue(field, values);
  return input;
}

/** createProject's input: the picked company or a new one by name; empty fields left out. */
export function toCreateInput(values: ProjectFormValues): CreateProjectInput {
  const input: Record<string, Sent | { name: string }> = {};
  for (const field of EDITABLE_FIELDS) {
    if (field === 'registeredCompanyName' || field === 'registeredCreditCode') continue;
    const value = sentValue(field, values);
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    input[field] = value;
  }
  if (!values.companyId && textOrNull(values.newCompanyName)) input['company'] = { name: textOrNull(values.newCompanyName) as string };
  if (!input['codeName']) delete input['codeName'];
  return input as unknown as CreateProjectInput;
}
