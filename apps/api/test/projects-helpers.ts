import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { ProjectStage, ProjectStageField, STAGE_REQUIREMENTS } from '@chainboard/domain';
import { uscc } from './crm-helpers';
import { GqlResult, TestApp } from './harness';

export const PROJECT_FIELDS = `id name type stage stageOn version masked confidential codeName agreedInvestment investment tier
  foreignAmount foreignCurrency carrier landAreaMu floorSpaceM2 expectedOutput expectedTax expectedJobs isDemo createdOn lastUpdateOn
  signedOn registeredCompanyName registeredCreditCode startedOn productionOn capacityOn holdReason dropReason leadId
  company { id name } chain { id code } nodes { id name } owner { username } responsibleLeader { username } responsibleUnit { name }
  fundsInPlace fundsInPlacePercent light lightRule { code days milestone } allowedMoves heldFrom
  canEdit canMoveStage canManageIssues canEnterFunds`;

export const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`;
export const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { ${PROJECT_FIELDS} } }`;
export const MOVE = `mutation($input: MoveProjectStageInput!) { moveProjectStage(input: $input) { ${PROJECT_FIELDS} } }`;
export const GET = `query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`;

/** The tables of the project pipeline, to show that a refused request changed none of them. */
export const PROJECT_TABLES = [
  'project',
  'project_chain_node',
  'project_stage_log',
  'project_funds',
  'project_milestone',
  'project_update',
  'coordination_issue',
  'coordination_issue_event',
  'project_event',
  'company',
  'app_setting',
];

export async function projectSnapshot(t: TestApp): Promise<string> {
  const parts: unknown[] = [];
  for (const table of PROJECT_TABLES) parts.push(await t.db.query(`SELECT * FROM "${table}" ORDER BY 1`));
  return JSON.stringify(parts);
}

/** A valid value for each stage field, all dated `on` (a move may be backdated). */
export function stageValues(on: string, n = 0): Record<ProjectStageField, string> {
  return {
    signedOn: on,
    agreedInvestment: '12.5',
    registeredCompanyName: `成都测试落地企业${n}有限公司`,
    registeredCreditCode: uscc(`91510107MA6${String(100000 + n).slice(-6)}`),
    startedOn: on,
    carrier: '武侯智谷',
    productionOn: on,
    capacityOn: on,
    reason: '企业调整投资计划',
  };
}

/** The fields a move into `to` requires, with valid values, and the move's effective date: all `on`. */
export function fieldsFor(to: ProjectStage, on: string, n = 0): Partial<Record<ProjectStageField | 'effectiveOn', string>> {
  const all = stageValues(on, n);
  return { ...Object.fromEntries(STAGE_REQUIREMENTS[to].map((f) => [f, all[f]])), effectiveOn: on };
}

/** The SQL statements sent while `run` runs. */
export async function countStatements(run: () => Promise<unknown>): Promise<number> {
  const original = PostgresQueryRunner.prototype.query;
  let n = 0;
  PostgresQueryRunner.prototype.query = function (this: PostgresQueryRunner, ...args: Parameters<typeof original>) {
    n++;
    return original.apply(this, args);
  } as typeof original;
  try {
    await run();
  } finally {
    PostgresQueryRunner.prototype.query = original;
  }
  return n;
}

export function firstError(res: GqlResult): { code: string; message: string; field?: string; fields?: Array<{ field: string }>; current?: any } {
  const e = res.errors?.[0];
  return {
    code: e?.extensions?.['code'],
    message: e?.message ?? '',
    field: e?.extensions?.['fields']?.[0]?.field,
    fields: e?.extensions?.['fields'],
    current: e?.extensions?.['current'],
  };
}
