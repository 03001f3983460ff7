import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
} from 'graphql';
import type { Operation } from '@chainboard/domain';
import { DEMO_PASSWORD } from '@chainboard/server-database';
import { TestApp } from './harness';

/**
 * Every GraphQL operation of the API with what the permissions table says it needs and arguments that reach it: on
 * records of one chain (`own`) or of another (`other`), made by the admin in a Fixture. Used by the permission matrix
 * (permission-matrix.spec.ts) and the bad-input fuzz of every mutation (mutation-fuzz.spec.ts). A new operation needs an
 * entry here: both tests fail with its name until it has one.
 */
export type Side = 'own' | 'other';
export type Vars = Record<string, unknown>;

export interface Entry {
  /** What the operation needs: a permission of the table (or several, all of them), any signed-in user, or nobody signed in at all. */
  access: Operation | Operation[] | 'signedIn' | 'public';
  /** It acts on records of one chain: an `own` grant reaches it only on the actor's own chains. */
  chain?: boolean;
  /** Its arguments on the own or the other chain (when left out: built from the schema, records looked up by argument name). */
  args?: (f: Fixture, side: Side) => Promise<Vars> | Vars;
  /** Runs on a session of its own (the operation ends the session it runs in). */
  ownSession?: boolean;
}

const past = (days: number) => new Date(Date.now() - days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
export const TODAY = past(0);
export const YESTERDAY = past(1);
export const NEXT_WEEK = past(-7);

let serial = 0;
/** A name no other record has. */
export const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${++serial}`;

/**
 * The permission entry of every GraphQL operation. Reads every role may do name their read permission; `chain: true`
 * marks an operation on a record of one chain (where the services check `own` grants against the record's chain).
 */
export const ENTRIES: Record<string, Entry> = {
  // ---- Queries
  me: { access: 'signedIn' },
  chains: { access: 'chain.read' },
  chain: { access: 'chain.read', args: (f, s) => ({ id: f.chainId(s) }) },
  chainMap: { access: 'chain.read' },
  chainNode: { access: 'chain.read', args: (f, s) => ({ id: f.at(s).nodeId }) },
  chainWork: { access: 'lead.read' },
  buildingSummary: { access: 'chain.read' },
  companies: { access: 'company.read' },
  company: { access: 'company.read', args: (f) => ({ id: f.companyId }) },
  companyDuplicates: { access: 'company.read', args: () => ({ name: '矩阵测试企业' }) },
  companyLists: { access: 'company.read' },
  dashboard: { access: 'chain.read', args: (f, s) => ({ asOf: TODAY, chainId: f.chainId(s) }) },
  dashboardOpenIssues: { access: 'chain.read', args: (f, s) => ({ asOf: TODAY, chainId: f.chainId(s) }) },
  departments: { access: 'department.read' },
  exportColumns: { access: 'company.read' },
  importProgress: { access: 'signedIn', args: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  // No subject: refused as bad input, after the guard.
  indicatorActuals: { access: 'chain.read' },
  indicatorStandings: { access: 'chain.read', args: (f, s) => ({ input: { year: 2025, chainId: f.chainId(s) } }) },
  landParcels: { access: 'chain.read' },
  landSummary: { access: 'chain.read' },
  landTotals: { access: 'chain.read' },
  lead: { access: 'lead.read', args: (f, s) => ({ id: f.at(s).leadId }) },
  leadTimeRules: { access: 'lead.read' },
  leads: { access: 'lead.read' },
  meeting: { access: 'meeting.read', args: (f, s) => ({ id: f.at(s).meetingId }) },
  meetingLedger: { access: 'meeting.read' },
  meetingMinutes: { access: 'meeting.read' },
  meetingTrend: { access: 'meeting.read' },
  meetings: { access: 'meeting.read' },
  myActionItems: { access: 'signedIn' },
  myWork: { access: 'lead.read' },
  placeBuildings: { access: 'chain.read' },
  placeZones: { access: 'chain.read' },
  planIndicators: { access: 'chain.read' },
  project: { access: 'project.read', args: (f, s) => ({ id: f.at(s).projectId }) },
  projectBoard: { access: 'project.read' },
  projectCarrierMatches: { access: 'project.read' },
  projectCounters: { access: 'project.read' },
  projectHealthRules: { access: 'project.read' },
  projects: { access: 'project.read' },
  prospects: { access: 'lead.read' },
  ranking: { access: 'chain.read', args: () => ({ kind: 'CHAIN', month: '2025-06' }) },
  rankingConfig: { access: 'chain.read' },
  savedViews: { access: 'company.read' },
  search: { access: 'lead.read', args: () => ({ input: { query: '矩阵' } }) },
  auditEntries: { access: 'audit.read' },
  exportAuditEntries: { access: 'audit.read' },
  deletedCompanies: { access: 'record.restore' },
  deletedLeads: { access: 'record.restore' },
  deletedProjects: { access: 'record.restore' },
  publishedRankingMonths: { access: 'chain.read' },
  user: { access: 'user.read', args: (f) => ({ userId: f.targetUserId }) },
  users: { access: 'user.read' },
  userPage: { access: 'user.read' },

  // ---- Sessions and accounts
  signIn: { access: 'public', args: () => ({ input: { username: 'viewer', password: DEMO_PASSWORD } }) },
  refreshSession: { access: 'public', args: async (f) => ({ input: { refreshToken: await f.refreshToken('viewer') } }) },
  signOut: { access: 'signedIn', ownSession: true },
  // A wrong current password: refused after the guard, nothing changes.
  changePassword: { access: 'signedIn', args: () => ({ input: { currentPassword: 'not-the-password', newPassword: 'Matrix-Desk-Pass-7' } }) },
  createUser: { access: 'user.manage', args: () => ({ input: { username: unique('pm.new'), displayName: '矩阵新用户', roles: ['VIEWER'] } }) },
  updateUser: { access: 'user.manage', args: (f) => ({ input: { userId: f.targetUserId, displayName: '矩阵目标用户' } }) },
  setUserActive: { access: 'user.manage', args: (f) => ({ userId: f.targetUserId, active: true }) },
  resetUserPassword: { access: 'user.manage', args: (f) => ({ input: { userId: f.targetUserId } }) },
  createDepartment: { access: 'department.manage', args: () => ({ input: { name: unique('矩阵部门') } }) },
  updateDepartment: { access: 'department.manage', args: (f) => ({ input: { departmentId: f.departmentId, shortName: '矩阵' } }) },
  setDepartmentActive: { access: 'department.manage', args: (f) => ({ departmentId: f.departmentId, active: true }) },
  createSavedView: { access: 'company.read', args: () => ({ input: { name: unique('视图'), tableKey: 'companies', settings: {} } }) },
  updateSavedView: { access: 'company.read', args: (f) => ({ input: { viewId: f.viewId, name: '矩阵视图' } }) },
  deleteSavedView: { access: 'company.read', args: (f) => ({ viewId: f.viewId }) },

  // ---- Chains, maps, work plans, policies
  createChain: {
    access: 'chain.create',
    args: (f) => ({ input: { code: unique('pm-'), name: unique('矩阵链'), track: 'FUSION_INNOVATION', leaderId: f.leaderId, leadDepartmentId: f.departmentId } }),
  },
  reassignChainLeader: { access: 'chain.reassign', chain: true, args: (f, s) => ({ chainId: f.chainId(s), leaderId: f.chain(s).leaderId }) },
  reassignChainLeadDepartment: { access: 'chain.reassign', chain: true, args: (f, s) => ({ chainId: f.chainId(s), departmentId: f.chain(s).leadDepartmentId }) },
  addWorkPlanTask: { access: 'workPlan.edit', chain: true, args: (f, s) => ({ input: { chainId: f.chainId(s), title: '矩阵任务' } }) },
  updateWorkPlanTask: { access: 'workPlan.edit', chain: true, args: (f, s) => ({ input: { taskId: f.at(s).taskId, title: '矩阵任务' } }) },
  deleteWorkPlanTask: { access: 'workPlan.edit', chain: true, args: async (f, s) => ({ taskId: await f.newTask(s) }) },
  addPolicy: { access: 'policy.edit', chain: true, args: (f, s) => ({ input: { chainId: f.chainId(s), title: '矩阵政策' } }) },
  updatePolicy: { access: 'policy.edit', chain: true, args: (f, s) => ({ input: { policyId: f.at(s).policyId, title: '矩阵政策' } }) },
  deletePolicy: { access: 'policy.edit', chain: true, args: async (f, s) => ({ policyId: await f.newPolicy(s) }) },
  addChainNode: { access: 'chainMap.edit', chain: true, args: (f, s) => ({ input: { chainId: f.chainId(s), name: unique('矩阵环节') } }) },
  updateChainNode: { access: 'chainMap.edit', chain: true, args: (f, s) => ({ input: { nodeId: f.at(s).nodeId, description: '矩阵' } }) },
  deleteChainNode: { access: 'chainMap.edit', chain: true, args: async (f, s) => ({ nodeId: await f.newNode(s) }) },
  addChainEdge: { access: 'chainMap.edit', chain: true, args: async (f, s) => ({ fromId: await f.newNode(s), toId: f.at(s).nodeId }) },
  deleteChainEdge: { access: 'chainMap.edit', chain: true, args: async (f, s) => ({ edgeId: await f.newEdge(s) }) },

  // ---- Companies
  createCompany: { access: 'company.edit', args: () => ({ input: { name: unique('矩阵测试新企业') } }) },
  updateCompany: { access: 'company.edit', args: (f) => ({ input: { companyId: f.companyId, city: '成都市' } }) },
  mergeCompanies: { access: 'company.merge', args: async (f) => ({ input: { survivorId: await f.newCompany(), mergedId: await f.newCompany() } }) },
  setCompanyNode: { access: 'company.edit', args: (f, s) => ({ input: { companyId: f.companyId, nodeId: f.at(s).nodeId, role: 'LOCAL' } }) },
  removeCompanyNode: { access: 'company.edit', args: async (f, s) => ({ companyId: await f.newCompanyOnNode(s), nodeId: f.at(s).nodeId }) },
  deleteCompany: { access: 'company.delete', args: async (f) => ({ id: await f.newCompany() }) },
  restoreCompany: { access: 'record.restore', args: async (f) => ({ id: await f.deleted('Company', await f.newCompany()) }) },
  createCompanyList: { access: 'companyList.manage', args: () => ({ input: { name: unique('矩阵名录'), category: 'HIGH_TECH' } }) },
  updateCompanyList: { access: 'companyList.manage', args: (f) => ({ input: { listId: f.listId, publisher: '矩阵' } }) },
  deleteCompanyList: { access: 'companyList.manage', args: async (f) => ({ listId: await f.newList() }) },
  addCompanyTag: { access: 'company.edit', args: (f) => ({ input: { companyId: f.companyId, listId: f.listId, year: 2025 } }) },
  removeCompanyTag: { access: 'company.edit', args: async (f) => ({ tagId: await f.newTag() }) },

  // ---- Leads, contacts, prospects
  createLead: { access: 'lead.edit', chain: true, args: (f, s) => ({ input: { chainId: f.chainId(s), companyId: f.companyId, title: '矩阵线索' } }) },
  updateLead: { access: 'lead.edit', chain: true, args: (f, s) => ({ input: { leadId: f.at(s).leadId, nextAction: '回访' } }) },
  moveLead: { access: 'lead.edit', chain: true, args: async (f, s) => ({ input: { leadId: await f.newLead(s), status: 'CONTACTED' } }) },
  convertLeadToProject: { access: 'lead.edit', chain: true, args: async (f, s) => ({ input: { leadId: await f.newLead(s, 'NEGOTIATING') } }) },
  addInteraction: { access: 'lead.edit', chain: true, args: (f, s) => ({ input: { leadId: f.at(s).leadId, summary: '矩阵电话', type: 'CALL' } }) },
  updateInteraction: { access: 'lead.edit', chain: true, args: (f, s) => ({ input: { interactionId: f.at(s).interactionId, summary: '矩阵电话' } }) },
  deleteInteraction: { access: 'lead.edit', chain: true, args: async (f, s) => ({ interactionId: await f.newInteraction(s) }) },
  addProspect: { access: 'prospect.edit', chain: true, args: async (f, s) => ({ input: { nodeId: f.at(s).nodeId, companyId: await f.newCompany() } }) },
  updateProspect: { access: 'prospect.edit', chain: true, args: (f, s) => ({ input: { prospectId: f.at(s).prospectId, reason: '矩阵' } }) },
  removeProspect: { access: 'prospect.edit', chain: true, args: async (f, s) => ({ prospectId: await f.newProspect(s) }) },
  convertProspectToLead: { access: 'lead.edit', chain: true, args: async (f, s) => ({ input: { prospectId: await f.newProspect(s) } }) },
  deleteLead: { access: 'lead.delete', chain: true, args: async (f, s) => ({ id: await f.newLead(s) }) },
  restoreLead: { access: 'record.restore', args: async (f, s) => ({ id: await f.deleted('Lead', await f.newLead(s)) }) },
  updateLeadTimeRules: { access: 'settings.manage', args: () => ({ input: { firstContactWorkingDays: 3, assessmentWorkingDays: 10, staleDays: 30 } }) },

  // ---- Projects
  createProject: { access: 'project.edit', chain: true, args: (f, s) => ({ input: { chainId: f.chainId(s), companyId: f.companyId, name: '矩阵项目' } }) },
  updateProject: { access: 'project.edit', chain: true, args: (f, s) => ({ input: { projectId: f.at(s).projectId, expectedVersion: 1, carrier: '矩阵' } }) },
  moveProjectStage: { access: 'project.stage', chain: true, args: (f, s) => ({ input: { projectId: f.at(s).projectId, expectedVersion: 1, to: 'ON_HOLD', reason: '矩阵' } }) },
  setProjectCarrier: { access: 'project.edit', chain: true, args: (f, s) => ({ input: { projectId: f.at(s).projectId, expectedVersion: 1 } }) },
  addProjectFunds: { access: 'project.funds', chain: true, args: (f, s) => ({ input: { projectId: f.at(s).projectId, amount: '1', kind: 'DOMESTIC', receivedOn: YESTERDAY } }) },
  removeProjectFunds: { access: 'project.funds', chain: true, args: async (f, s) => ({ fundsId: await f.newFunds(s) }) },
  addProjectMilestone: { access: 'project.edit', chain: true, args: (f, s) => ({ input: { projectId: f.at(s).projectId, name: '矩阵节点', plannedOn: NEXT_WEEK } }) },
  updateProjectMilestone: { access: 'project.edit', chain: true, args: (f, s) => ({ input: { milestoneId: f.at(s).milestoneId, name: '矩阵节点' } }) },
  removeProjectMilestone: { access: 'project.edit', chain: true, args: async (f, s) => ({ milestoneId: await f.newMilestone(s) }) },
  addProjectUpdate: { access: 'project.edit', chain: true, args: (f, s) => ({ input: { projectId: f.at(s).projectId, text: '矩阵进展' } }) },
  raiseCoordinationIssue: { access: 'project.issue', chain: true, args: (f, s) => ({ input: { projectId: f.at(s).projectId, title: '矩阵事项' } }) },
  moveCoordinationIssue: { access: 'project.issue', chain: true, args: (f, s) => ({ input: { issueId: f.at(s).issueId, to: 'IN_PROGRESS' } }) },
  deleteProject: { access: 'project.delete', chain: true, args: async (f, s) => ({ id: await f.newProject(s) }) },
  restoreProject: { access: 'record.restore', args: async (f, s) => ({ id: await f.deleted('Project', await f.newProject(s)) }) },
  updateProjectHealthRules: {
    access: 'settings.manage',
    args: () => ({ input: { milestoneYellowAtDaysLate: 1, milestoneRedAtDaysLate: 30, noUpdateYellowAtDays: 30, noUpdateRedAtDays: 60 } }),
  },

  // ---- Meetings (a meeting covering one chain)
  createMeeting: { access: 'meeting.manage', chain: true, args: (f, s) => ({ input: { title: '矩阵推进会', heldOn: NEXT_WEEK, chainIds: [f.chainId(s)] } }) },
  createMeetingFromPrevious: { access: 'meeting.manage', chain: true, args: (f, s) => ({ input: { previousMeetingId: f.at(s).meetingId, heldOn: NEXT_WEEK } }) },
  updateMeeting: { access: 'meeting.manage', chain: true, args: (f, s) => ({ input: { meetingId: f.at(s).meetingId, place: '矩阵会议室' } }) },
  refreshMeetingAgenda: { access: 'meeting.manage', chain: true },
  addMeetingItem: { access: 'meeting.manage', chain: true, args: (f, s) => ({ input: { meetingId: f.at(s).meetingId, title: '矩阵议题' } }) },
  removeMeetingItem: { access: 'meeting.manage', chain: true, args: async (f, s) => ({ itemId: await f.newMeetingItem(s) }) },
  reorderMeetingItems: { access: 'meeting.manage', chain: true, args: (f, s) => ({ input: { meetingId: f.at(s).meetingId, itemIds: [f.at(s).itemId] } }) },
  recordMeetingItem: { access: 'meeting.record', chain: true, args: (f, s) => ({ input: { itemId: f.at(s).itemId, discussion: '矩阵' } }) },
  addActionItem: { access: 'meeting.record', chain: true, args: (f, s) => ({ input: { meetingId: f.at(s).meetingId, text: '矩阵督办', dueOn: NEXT_WEEK } }) },
  // It closes the project's issue too, through the projects feature: it needs both grants on the chain.
  closeOutIssueAtMeeting: { access: ['meeting.record', 'project.issue'], chain: true, args: (f, s) => ({ input: { meetingId: f.at(s).meetingId, issueId: f.at(s).issueId, resolution: '矩阵' } }) },
  setMeetingStatus: { access: 'meeting.record', chain: true, args: async (f, s) => ({ input: { meetingId: await f.newMeeting(s), status: 'IN_PROGRESS' } }) },
  // Its owner may always tick an action off; the users here own none.
  completeActionItem: { access: 'action.edit', chain: true, args: async (f, s) => ({ actionId: await f.newAction(s) }) },

  // ---- Imports, exports, plan targets, rankings
  previewImport: {
    access: 'data.import',
    args: () => ({ input: { kind: 'COMPANIES', fileName: 'companies.csv', contentBase64: Buffer.from('企业名称\n矩阵导入企业\n').toString('base64') } }),
  },
  confirmImport: { access: 'data.import', args: () => ({ id: '00000000-0000-4000-8000-000000000000', mode: 'ALL_OR_NOTHING' }) },
  cancelImport: { access: 'signedIn', args: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  exportCompanies: { access: 'company.read', args: () => ({ columns: [] }) },
  exportLeads: { access: 'lead.read', args: () => ({ columns: [] }) },
  exportProjects: { access: 'project.read', args: () => ({ columns: [] }) },
  exportProspects: { access: 'lead.read', args: () => ({ columns: [] }) },
  recordIndicatorActual: { access: 'indicator.record', args: (f) => ({ input: { indicatorId: f.indicatorId, year: 2025, value: '1', sourceNote: '矩阵' } }) },
  publishRanking: { access: 'settings.manage', args: () => ({ month: '2025-06' }) },
  rankingQuarterReport: { access: 'chain.read', args: () => ({ year: 2025, quarter: 2 }) },
  setRankingConfig: { access: 'settings.manage', args: async (f) => ({ input: await f.rankingConfig() }) },
};

interface ChainRow {
  id: string;
  leaderId: string;
  leadDepartmentId: string;
}

interface ChainRecords {
  nodeId: string;
  leadId: string;
  projectId: string;
  taskId: string;
  policyId: string;
  interactionId: string;
  prospectId: string;
  milestoneId: string;
  issueId: string;
  meetingId: string;
  itemId: string;
}

/** The records the operations act on: one of each on the own chain and on the other chain, made by the admin. */
export class Fixture {
  companyId = '';
  listId = '';
  viewId = '';
  targetUserId = '';
  departmentId = '';
  leaderId = '';
  indicatorId = '';
  ownerId = '';
  private chains!: Record<Side, ChainRow>;
  private records = {} as Record<Side, ChainRecords>;

  constructor(
    private readonly t: TestApp,
    private readonly admin: string,
  ) {}

  chain(side: Side): ChainRow {
    return this.chains[side];
  }

  chainId(side: Side): string {
    return this.chains[side].id;
  }

  at(side: Side): ChainRecords {
    return this.records[side];
  }

  private async run(query: string, variables: Vars = {}): Promise<any> {
    const data = await this.t.as(this.admin, query, variables);
    return Object.values(data)[0];
  }

  async build(chains: ChainRow[]): Promise<void> {
    this.chains = { own: chains[0], other: chains[1] };
    const { users } = await this.t.as(this.admin, '{ users { id username } }');
    this.ownerId = users.find((u: { username: string }) => u.username === 'staff.01').id;
    this.leaderId = chains[0].leaderId;
    this.companyId = await this.newCompany();
    this.listId = await this.newList();
    this.departmentId = (await this.run('mutation($n: String!) { createDepartment(input: { name: $n }) { id } }', { n: unique('矩阵目标部门') })).id;
    this.targetUserId = (await this.run('mutation($u: String!) { createUser(input: { username: $u, displayName: "矩阵目标", roles: [VIEWER] }) { user { id } } }', { u: unique('pm.target') })).user.id;
    this.viewId = (await this.run('mutation { createSavedView(input: { name: "矩阵视图", tableKey: "companies", settings: {} }) { id } }')).id;
    this.indicatorId = (await this.t.as(this.admin, '{ planIndicators { id } }')).planIndicators[0].id;
    for (const side of ['own', 'other'] as const) {
      const nodeId = await this.newNode(side);
      const leadId = await this.newLead(side);
      const projectId = await this.newProject(side);
      const meetingId = await this.newMeeting(side);
      this.records[side] = {
        nodeId,
        leadId,
        projectId,
        meetingId,
        taskId: await this.newTask(side),
        policyId: await this.newPolicy(side),
        interactionId: '',
        prospectId: '',
        milestoneId: '',
        issueId: '',
        itemId: '',
      };
      this.records[side].interactionId = await this.newInteraction(side);
      this.records[side].prospectId = await this.newProspect(side);
      this.records[side].milestoneId = await this.newMilestone(side);
      this.records[side].issueId = (await this.run('mutation($p: ID!) { raiseCoordinationIssue(input: { projectId: $p, title: "矩阵协调事项" }) { id } }', { p: projectId })).id;
      this.records[side].itemId = await this.newMeetingItem(side);
    }
  }

  async newCompany(): Promise<string> {
    return (await this.run('mutation($n: String!) { createCompany(input: { name: $n }) { id } }', { n: unique('矩阵测试企业') })).id;
  }

  async newCompanyOnNode(side: Side): Promise<string> {
    const companyId = await this.newCompany();
    await this.run('mutation($c: ID!, $n: ID!) { setCompanyNode(input: { companyId: $c, nodeId: $n, role: LOCAL }) { __typename } }', { c: companyId, n: this.at(side).nodeId });
    return companyId;
  }

  async newList(): Promise<string> {
    return (await this.run('mutation($n: String!) { createCompanyList(input: { name: $n, category: HIGH_TECH }) { id } }', { n: unique('矩阵名录') })).id;
  }

  async newTag(): Promise<string> {
    const companyId = await this.newCompany();
    return (await this.run('mutation($c: ID!, $l: ID!) { addCompanyTag(input: { companyId: $c, listId: $l, year: 2025 }) { id } }', { c: companyId, l: this.listId })).id;
  }

  async newNode(side: Side): Promise<string> {
    return (await this.run('mutation($c: ID!, $n: String!) { addChainNode(input: { chainId: $c, name: $n }) { id } }', { c: this.chainId(side), n: unique('矩阵环节') })).id;
  }

  async newEdge(side: Side): Promise<string> {
    const [from, to] = [await this.newNode(side), await this.newNode(side)];
    return (await this.run('mutation($f: ID!, $t: ID!) { addChainEdge(fromId: $f, toId: $t) { id } }', { f: from, t: to })).id;
  }

  async newTask(side: Side): Promise<string> {
    return (await this.run('mutation($c: ID!) { addWorkPlanTask(input: { chainId: $c, title: "矩阵任务" }) { id } }', { c: this.chainId(side) })).id;
  }

  async newPolicy(side: Side): Promise<string> {
    return (await this.run('mutation($c: ID!) { addPolicy(input: { chainId: $c, title: "矩阵政策" }) { id } }', { c: this.chainId(side) })).id;
  }

  /** A lead of the chain (owned by a user the matrix does not sign in as), moved on to `status`. */
  async newLead(side: Side, status?: 'NEGOTIATING'): Promise<string> {
    const lead = await this.run('mutation($c: ID!, $o: ID!, $co: ID!) { createLead(input: { chainId: $c, title: "矩阵测试线索", ownerId: $o, companyId: $co }) { id } }', {
      c: this.chainId(side),
      o: this.ownerId,
      co: this.companyId,
    });
    if (status) {
      for (const to of ['CONTACTED', 'VISITED', 'NEGOTIATING']) {
        await this.run('mutation($l: ID!, $s: LeadStatus!) { moveLead(input: { leadId: $l, status: $s }) { id } }', { l: lead.id, s: to });
      }
    }
    return lead.id;
  }

  async newProject(side: Side): Promise<string> {
    return (await this.run('mutation($c: ID!, $co: ID!) { createProject(input: { chainId: $c, name: "矩阵测试项目", companyId: $co }) { id } }', { c: this.chainId(side), co: this.companyId })).id;
  }

  /** The record, deleted into the recycle bin by the admin (`kind`: Lead, Project or Company). */
  async deleted(kind: 'Lead' | 'Project' | 'Company', id: string): Promise<string> {
    await this.run(`mutation($id: ID!) { delete${kind}(id: $id) }`, { id });
    return id;
  }

  async newInteraction(side: Side): Promise<string> {
    return (await this.run('mutation($l: ID!, $c: ID!) { addInteraction(input: { leadId: $l, companyId: $c, summary: "矩阵电话", type: CALL }) { id } }', { l: this.at(side).leadId, c: this.companyId })).id;
  }

  async newProspect(side: Side): Promise<string> {
    return (await this.run('mutation($n: ID!, $c: ID!) { addProspect(input: { nodeId: $n, companyId: $c }) { id } }', { n: this.at(side).nodeId, c: await this.newCompany() })).id;
  }

  async newFunds(side: Side): Promise<string> {
    const project = await this.run('mutation($p: ID!, $d: LocalDate!) { addProjectFunds(input: { projectId: $p, amount: "1", kind: DOMESTIC, receivedOn: $d }) { funds { id } } }', {
      p: this.at(side).projectId,
      d: YESTERDAY,
    });
    return project.funds[project.funds.length - 1].id;
  }

  async newMilestone(side: Side): Promise<string> {
    const project = await this.run('mutation($p: ID!, $d: LocalDate!) { addProjectMilestone(input: { projectId: $p, name: "矩阵节点", plannedOn: $d }) { milestones { id } } }', {
      p: this.at(side).projectId,
      d: NEXT_WEEK,
    });
    return project.milestones[project.milestones.length - 1].id;
  }

  async newMeeting(side: Side): Promise<string> {
    return (await this.run('mutation($c: ID!, $d: LocalDate!) { createMeeting(input: { title: "矩阵推进会", heldOn: $d, chainIds: [$c] }) { id } }', { c: this.chainId(side), d: NEXT_WEEK })).id;
  }

  async newMeetingItem(side: Side): Promise<string> {
    return (await this.run('mutation($m: ID!) { addMeetingItem(input: { meetingId: $m, title: "矩阵议题" }) { id } }', { m: this.at(side).meetingId })).id;
  }

  async newAction(side: Side): Promise<string> {
    return (await this.run('mutation($m: ID!, $o: ID!, $d: LocalDate!) { addActionItem(input: { meetingId: $m, text: "矩阵督办", dueOn: $d, ownerId: $o }) { id } }', {
      m: this.at(side).meetingId,
      o: this.ownerId,
      d: NEXT_WEEK,
    })).id;
  }

  async rankingConfig(): Promise<Vars> {
    const { rankingConfig } = await this.t.as(
      this.admin,
      '{ rankingConfig { weights { signedCount signedAmount fundsInPlace startedOnTime issuesClosedOnTime leadActivity } signedCountTarget signedAmountTarget fundsInPlaceTarget } }',
    );
    const { weights, ...targets } = rankingConfig;
    return { ...weights, ...targets };
  }

  async refreshToken(username: string): Promise<string> {
    const res = await this.t.gql('mutation($i: SignInInput!) { signIn(input: $i) { refreshToken } }', { i: { username, password: DEMO_PASSWORD } });
    return res.data.signIn.refreshToken;
  }

  /** An id for an argument the entry leaves to the schema, by its name. */
  idFor(name: string, side: Side): string {
    const records = this.at(side);
    const byName: Record<string, string> = {
      chainId: this.chainId(side),
      nodeId: records.nodeId,
      leadId: records.leadId,
      projectId: records.projectId,
      meetingId: records.meetingId,
      itemId: records.itemId,
      issueId: records.issueId,
      companyId: this.companyId,
      userId: this.targetUserId,
      departmentId: this.departmentId,
    };
    if (!(name in byName)) throw new Error(`no record for the argument ${name}: give the entry its args`);
    return byName[name];
  }
}

/** A value of the type for an argument (or input field) the entry leaves to the schema: its required parts only. */
export function valueFor(name: string, type: GraphQLInputType, f: Fixture, side: Side): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return name.endsWith('Ids') ? [valueFor(`${name.slice(0, -3)}Id`, inner.ofType, f, side)] : [];
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(fields.map((field) => [field.name, valueFor(field.name, field.type, f, side)]));
  }
  if (isEnumType(inner)) return inner.getValues()[0].value;
  switch (inner.name) {
    case 'ID':
      return f.idFor(name, side);
    case 'LocalDate':
      return TODAY;
    case 'Int':
      return name === 'year' ? 2025 : 1;
    case 'Float':
      return 1;
    case 'Decimal':
      return '1';
    case 'Boolean':
      return true;
    case 'JSON':
      return {};
    default:
      return '矩阵';
  }
}

/** The entry's arguments on the own or the other chain, or, when it gives none, the required ones built from the schema. */
export async function argsFor(entry: Entry, field: GraphQLField<unknown, unknown>, f: Fixture, side: Side): Promise<Vars> {
  if (entry.args) return entry.args(f, side);
  return Object.fromEntries(field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => [a.name, valueFor(a.name, a.type, f, side)]));
}

/** The request for an operation with these arguments: variables typed as the schema types them, `__typename` of an object answer. */
export function requestFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, args: Vars): string {
  const given = field.args.filter((a) => a.name in args);
  const defs = given.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = given.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
  return `${kind}${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
}

/** Every Query and Mutation field of the served schema. */
export function operationsOf(schema: GraphQLSchema): Array<{ kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }> {
  return [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ kind: 'mutation' as const, field })),
  ];
}
