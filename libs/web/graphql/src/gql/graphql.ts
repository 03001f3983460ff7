/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number written as a string, e.g. "150" or "12.5" */
  Decimal: { input: string; output: string; }
  /** A calendar date (Asia/Shanghai calendar) written YYYY-MM-DD */
  LocalDate: { input: string; output: string; }
};

export type AddChainNodeInput = {
  chainId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  industryCode?: InputMaybe<Scalars['String']['input']>;
  isHighEnd?: InputMaybe<Scalars['Boolean']['input']>;
  isKey?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  /** Parent node; none for a focus direction */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<NodePosition>;
  status?: InputMaybe<NodeStatus>;
};

export type AddPolicyInput = {
  chainId: Scalars['ID']['input'];
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  issuer?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  validTo?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type AddTaskInput = {
  chainId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  ownerDepartmentId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type ChainEdge = {
  __typename?: 'ChainEdge';
  /** The supplier node */
  fromId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  mapId: Scalars['ID']['output'];
  /** The buyer node */
  toId: Scalars['ID']['output'];
};

export type ChainMap = {
  __typename?: 'ChainMap';
  chainId: Scalars['ID']['output'];
  /** Focus directions (主攻方向): the top-level segments */
  focusDirections: Array<ChainSegment>;
  id: Scalars['ID']['output'];
  segmentCount: Scalars['Int']['output'];
  /** All segments of the map; focus directions have no parent */
  segments: Array<ChainSegment>;
  title: Scalars['String']['output'];
};

export type ChainMapGraph = {
  __typename?: 'ChainMapGraph';
  chainId: Scalars['ID']['output'];
  chainName: Scalars['String']['output'];
  edges: Array<ChainEdge>;
  mapId: Scalars['ID']['output'];
  nodes: Array<MapNode>;
  summary: GapSummary;
  title: Scalars['String']['output'];
};

export type ChainSegment = {
  __typename?: 'ChainSegment';
  /** Companies on the node: anchors first, then local, then targets */
  companies: Array<NodeCompany>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** GB/T 4754-2017 industry code, e.g. C3985 */
  industryCode?: Maybe<Scalars['String']['output']>;
  /** 高精尖: a node of the highest value */
  isHighEnd: Scalars['Boolean']['output'];
  /** 重点: a key node */
  isKey: Scalars['Boolean']['output'];
  /** Leads that would fill the node, newest first */
  leads: Array<Lead>;
  mapId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Policies of the chain whose title or summary names this node */
  policies: Array<Policy>;
  /** Upstream, midstream or downstream */
  position?: Maybe<NodePosition>;
  /** Projects that fill the node, newest first */
  projects: Array<Project>;
  sortOrder: Scalars['Int']['output'];
  /** Strong (强链), weak or missing (薄弱缺) */
  status: NodeStatus;
  /** Bumped on every change; send it back as expectedVersion */
  version: Scalars['Int']['output'];
};

export type ChainTarget = {
  __typename?: 'ChainTarget';
  baselineValue?: Maybe<Scalars['Decimal']['output']>;
  baselineYear?: Maybe<Scalars['Int']['output']>;
  chainId: Scalars['ID']['output'];
  comparator: TargetComparator;
  id: Scalars['ID']['output'];
  /** What is measured, e.g. 营业收入 */
  metric: Scalars['String']['output'];
  /** The plan's own words */
  quote: Scalars['String']['output'];
  sortOrder: Scalars['Int']['output'];
  /** Unit, e.g. 亿元 or 家 */
  unit: Scalars['String']['output'];
  value: Scalars['Decimal']['output'];
  year: Scalars['Int']['output'];
};

/** 技术优势赛道 or 融合创新赛道 */
export type ChainTrack =
  | 'FUSION_INNOVATION'
  | 'TECHNOLOGY_ADVANTAGE';

export type Company = {
  __typename?: 'Company';
  /** Other names the company goes by */
  aliases: Array<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  /** Unified social credit code (统一社会信用代码), when known */
  creditCode?: Maybe<Scalars['String']['output']>;
  englishName?: Maybe<Scalars['String']['output']>;
  /** Where the headquarters are */
  headquarters?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isListed: Scalars['Boolean']['output'];
  /** Located in the district */
  isLocal: Scalars['Boolean']['output'];
  /** Name in Chinese, as registered or commonly written */
  name: Scalars['String']['output'];
  province?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type CompanyList = {
  __typename?: 'CompanyList';
  category: CompanyListCategory;
  id: Scalars['ID']['output'];
  level?: Maybe<ListLevel>;
  name: Scalars['String']['output'];
  /** Who publishes the list */
  publisher?: Maybe<Scalars['String']['output']>;
};

export type CompanyListCategory =
  | 'HIDDEN_CHAMPION'
  | 'HIGH_TECH'
  | 'LISTED'
  | 'LITTLE_GIANT'
  | 'OTHER'
  | 'TOP_500';

/** ANCHOR: 链主企业; LOCAL: local company; TARGET: company to attract */
export type CompanyRole =
  | 'ANCHOR'
  | 'LOCAL'
  | 'TARGET';

/** A new industry chain: its leader and lead department are required; its map, work plan and policy set are created with it */
export type CreateChainInput = {
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** Focus directions (主攻方向): the top-level segments of the map */
  focusDirections?: InputMaybe<Array<Scalars['String']['input']>>;
  leadDepartmentId: Scalars['ID']['input'];
  leaderId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  track: ChainTrack;
};

export type Department = {
  __typename?: 'Department';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  shortName?: Maybe<Scalars['String']['output']>;
};

export type GapSummary = {
  __typename?: 'GapSummary';
  missing: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
  strong: Scalars['Int']['output'];
  uncovered: Scalars['Int']['output'];
  weak: Scalars['Int']['output'];
};

export type IndustryChain = {
  __typename?: 'IndustryChain';
  /** Stable code, e.g. new-materials */
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 牵头部门 */
  leadDepartment: Department;
  leadDepartmentId: Scalars['ID']['output'];
  /** 链长: the one district leader responsible for the chain */
  leader: User;
  leaderId: Scalars['ID']['output'];
  map: ChainMap;
  name: Scalars['String']['output'];
  policySet: PolicySet;
  sortOrder: Scalars['Int']['output'];
  /** The plan targets, the headline one first */
  targets: Array<ChainTarget>;
  track: ChainTrack;
  updatedAt: Scalars['DateTime']['output'];
  workPlan: WorkPlan;
};

export type Lead = {
  __typename?: 'Lead';
  chainId: Scalars['ID']['output'];
  /** Why the lead was dropped or shelved */
  closeReason?: Maybe<Scalars['String']['output']>;
  /** Shown instead of the title and company to those without access */
  codeName?: Maybe<Scalars['String']['output']>;
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['ID']['output']>;
  confidential: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** Intended investment in 亿元 (exact decimal) */
  intendedInvestment?: Maybe<Scalars['Decimal']['output']>;
  nextAction?: Maybe<Scalars['String']['output']>;
  nextActionDue?: Maybe<Scalars['LocalDate']['output']>;
  /** The staff member who works the lead */
  owner?: Maybe<User>;
  ownerId?: Maybe<Scalars['ID']['output']>;
  /** The project the lead was converted into */
  projectId?: Maybe<Scalars['ID']['output']>;
  source: LeadSource;
  status: LeadStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type LeadSource =
  | 'BUSINESS_REFERRAL'
  | 'COMMISSIONED'
  | 'DOOR_TO_DOOR'
  | 'EXHIBITION'
  | 'INTERMEDIARY'
  | 'LEADER_ASSIGNED'
  | 'ONLINE'
  | 'OTHER';

export type LeadStatus =
  | 'CONTACTED'
  | 'CONVERTED'
  | 'DROPPED'
  | 'NEGOTIATING'
  | 'NEW'
  | 'SHELVED'
  | 'VISITED';

export type ListLevel =
  | 'MUNICIPAL'
  | 'NATIONAL'
  | 'PROVINCIAL';

export type MapNode = {
  __typename?: 'MapNode';
  activeLeads: Scalars['Int']['output'];
  activeProjects: Scalars['Int']['output'];
  /** Anchor enterprises (链主) on the node */
  anchorCompanies: Scalars['Int']['output'];
  /** 0 for a focus direction, 1 for its segments, … */
  depth: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  industryCode?: Maybe<Scalars['String']['output']>;
  /** Weak or missing (薄弱缺) */
  isGap: Scalars['Boolean']['output'];
  isHighEnd: Scalars['Boolean']['output'];
  isKey: Scalars['Boolean']['output'];
  /** A gap no active lead or project works on */
  isUncovered: Scalars['Boolean']['output'];
  /** Local companies on the node, anchors included */
  localCompanies: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  position?: Maybe<NodePosition>;
  /** Projects on the node by stage (stages without projects left out) */
  projectsByStage: Array<StageCount>;
  sortOrder: Scalars['Int']['output'];
  status: NodeStatus;
  /** Companies to attract on the node */
  targetCompanies: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a supply relation from the supplier node to the buyer node */
  addChainEdge: ChainEdge;
  addChainNode: ChainSegment;
  addPolicy: Policy;
  addWorkPlanTask: WorkPlanTask;
  createChain: IndustryChain;
  deleteChainEdge: Scalars['ID']['output'];
  /** Deletes a node; companies, leads and projects on it must be moved to reassignToId */
  deleteChainNode: Scalars['ID']['output'];
  /** Deletes a policy; returns its id */
  deletePolicy: Scalars['ID']['output'];
  /** Deletes a task; returns its id */
  deleteWorkPlanTask: Scalars['ID']['output'];
  reassignChainLeadDepartment: IndustryChain;
  /** Makes another user the leader (链长); the previous leader is replaced */
  reassignChainLeader: IndustryChain;
  /** Signs in with username and password; returns a bearer token */
  signIn: SignInPayload;
  /** Renames, re-parents or re-classifies a node */
  updateChainNode: ChainSegment;
  updatePolicy: Policy;
  /** Edits a task; setting status DONE completes it */
  updateWorkPlanTask: WorkPlanTask;
};


export type MutationAddChainEdgeArgs = {
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
};


export type MutationAddChainNodeArgs = {
  input: AddChainNodeInput;
};


export type MutationAddPolicyArgs = {
  input: AddPolicyInput;
};


export type MutationAddWorkPlanTaskArgs = {
  input: AddTaskInput;
};


export type MutationCreateChainArgs = {
  input: CreateChainInput;
};


export type MutationDeleteChainEdgeArgs = {
  edgeId: Scalars['ID']['input'];
};


export type MutationDeleteChainNodeArgs = {
  nodeId: Scalars['ID']['input'];
  reassignToId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationDeletePolicyArgs = {
  policyId: Scalars['ID']['input'];
};


export type MutationDeleteWorkPlanTaskArgs = {
  taskId: Scalars['ID']['input'];
};


export type MutationReassignChainLeadDepartmentArgs = {
  chainId: Scalars['ID']['input'];
  departmentId: Scalars['ID']['input'];
};


export type MutationReassignChainLeaderArgs = {
  chainId: Scalars['ID']['input'];
  leaderId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationUpdateChainNodeArgs = {
  input: UpdateChainNodeInput;
};


export type MutationUpdatePolicyArgs = {
  input: UpdatePolicyInput;
};


export type MutationUpdateWorkPlanTaskArgs = {
  input: UpdateTaskInput;
};

export type NodeCompany = {
  __typename?: 'NodeCompany';
  company: Company;
  companyId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  role: CompanyRole;
  segmentId: Scalars['ID']['output'];
};

export type NodePosition =
  | 'DOWNSTREAM'
  | 'MIDSTREAM'
  | 'UPSTREAM';

export type NodeStatus =
  | 'MISSING'
  | 'STRONG'
  | 'WEAK';

export type Policy = {
  __typename?: 'Policy';
  /** 文号, e.g. 武府办发〔2022〕12号 */
  documentNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True when details were invented for demonstration */
  isDemo: Scalars['Boolean']['output'];
  /** 发文机关 */
  issuer: Scalars['String']['output'];
  policySetId: Scalars['ID']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  validFrom?: Maybe<Scalars['LocalDate']['output']>;
  validTo?: Maybe<Scalars['LocalDate']['output']>;
};

export type PolicySet = {
  __typename?: 'PolicySet';
  chainId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  policies: Array<Policy>;
  title: Scalars['String']['output'];
};

export type Project = {
  __typename?: 'Project';
  chainId: Scalars['ID']['output'];
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** Planned investment in 亿元 (exact decimal) */
  investment?: Maybe<Scalars['Decimal']['output']>;
  name: Scalars['String']['output'];
  stage: ProjectStage;
};

/** 洽谈 → 签约 → 注册 → 开工 → 投产 → 达产, or 终止 (dropped) */
export type ProjectStage =
  | 'AT_FULL_CAPACITY'
  | 'CONSTRUCTION_STARTED'
  | 'DROPPED'
  | 'IN_PRODUCTION'
  | 'NEGOTIATING'
  | 'REGISTERED'
  | 'SIGNED';

export type Query = {
  __typename?: 'Query';
  chain: IndustryChain;
  /** A chain's whole map with each node's counts and the gap analysis */
  chainMap: ChainMapGraph;
  /** One node, with what sits on it */
  chainNode: ChainSegment;
  /** The district's industry chains, each with its five ones */
  chains: Array<IndustryChain>;
  departments: Array<Department>;
  /** The signed-in user */
  me: User;
  users: Array<User>;
};


export type QueryChainArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChainMapArgs = {
  chainId: Scalars['ID']['input'];
};


export type QueryChainNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  roles?: InputMaybe<Array<Role>>;
};

/** What a user may do (see the permissions table) */
export type Role =
  | 'ADMIN'
  | 'CHAIN_LEADER'
  | 'DISTRICT_LEADER'
  | 'INVESTMENT_STAFF'
  | 'LEAD_DEPARTMENT_MEMBER'
  | 'VIEWER';

export type SignInInput = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** Bearer token for the Authorization header */
  token: Scalars['String']['output'];
  user: User;
};

export type StageCount = {
  __typename?: 'StageCount';
  count: Scalars['Int']['output'];
  stage: ProjectStage;
};

/** GT: 超过; GTE: 达到 */
export type TargetComparator =
  | 'GT'
  | 'GTE';

export type TaskStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'TODO';

/** Changes to a node; a field left out stays as it is. parentId null moves it to the top level. */
export type UpdateChainNodeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version the editor saw; a newer one on the server refuses the change */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  industryCode?: InputMaybe<Scalars['String']['input']>;
  isHighEnd?: InputMaybe<Scalars['Boolean']['input']>;
  isKey?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  nodeId: Scalars['ID']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<NodePosition>;
  status?: InputMaybe<NodeStatus>;
};

/** Changes to a policy; a field left out stays as it is, null clears a date */
export type UpdatePolicyInput = {
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  issuer?: InputMaybe<Scalars['String']['input']>;
  policyId: Scalars['ID']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  validTo?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Changes to a task; a field left out stays as it is, null clears it */
export type UpdateTaskInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  ownerDepartmentId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<TaskStatus>;
  taskId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  department?: Maybe<Department>;
  departmentId?: Maybe<Scalars['ID']['output']>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  username: Scalars['String']['output'];
};

export type WorkPlan = {
  __typename?: 'WorkPlan';
  chainId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  progress: WorkPlanProgress;
  tasks: Array<WorkPlanTask>;
  title: Scalars['String']['output'];
};

export type WorkPlanProgress = {
  __typename?: 'WorkPlanProgress';
  done: Scalars['Int']['output'];
  /** Done tasks as a whole percentage of all tasks */
  percent: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type WorkPlanTask = {
  __typename?: 'WorkPlanTask';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  description: Scalars['String']['output'];
  dueDate?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  /** The department responsible (责任单位) */
  ownerDepartment?: Maybe<Department>;
  ownerDepartmentId?: Maybe<Scalars['ID']['output']>;
  sortOrder: Scalars['Int']['output'];
  status: TaskStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  workPlanId: Scalars['ID']['output'];
};

export type CurrentUserFieldsFragment = { __typename?: 'User', id: string, username: string, displayName: string, role: Role, departmentId?: string | null, department?: { __typename?: 'Department', id: string, name: string } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, departmentId?: string | null, department?: { __typename?: 'Department', id: string, name: string } | null } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'SignInPayload', token: string, user: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, departmentId?: string | null, department?: { __typename?: 'Department', id: string, name: string } | null } } };

export type ChainMapNodeFieldsFragment = { __typename?: 'MapNode', id: string, parentId?: string | null, name: string, description: string, position?: NodePosition | null, status: NodeStatus, isHighEnd: boolean, isKey: boolean, industryCode?: string | null, sortOrder: number, depth: number, version: number, anchorCompanies: number, localCompanies: number, targetCompanies: number, activeLeads: number, activeProjects: number, isGap: boolean, isUncovered: boolean, projectsByStage: Array<{ __typename?: 'StageCount', stage: ProjectStage, count: number }> };

export type ChainMapPageQueryVariables = Exact<{
  chainId: Scalars['ID']['input'];
}>;


export type ChainMapPageQuery = { __typename?: 'Query', chain: { __typename?: 'IndustryChain', id: string, name: string, leaderId: string, leadDepartmentId: string }, chainMap: { __typename?: 'ChainMapGraph', chainId: string, chainName: string, mapId: string, title: string, nodes: Array<{ __typename?: 'MapNode', id: string, parentId?: string | null, name: string, description: string, position?: NodePosition | null, status: NodeStatus, isHighEnd: boolean, isKey: boolean, industryCode?: string | null, sortOrder: number, depth: number, version: number, anchorCompanies: number, localCompanies: number, targetCompanies: number, activeLeads: number, activeProjects: number, isGap: boolean, isUncovered: boolean, projectsByStage: Array<{ __typename?: 'StageCount', stage: ProjectStage, count: number }> }>, edges: Array<{ __typename?: 'ChainEdge', id: string, fromId: string, toId: string }>, summary: { __typename?: 'GapSummary', nodes: number, strong: number, weak: number, missing: number, uncovered: number } } };

export type ChainMapNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChainMapNodeQuery = { __typename?: 'Query', chainNode: { __typename?: 'ChainSegment', id: string, name: string, description: string, status: NodeStatus, position?: NodePosition | null, isHighEnd: boolean, isKey: boolean, industryCode?: string | null, version: number, companies: Array<{ __typename?: 'NodeCompany', id: string, role: CompanyRole, company: { __typename?: 'Company', id: string, name: string, isLocal: boolean } }>, leads: Array<{ __typename?: 'Lead', id: string, title: string, status: LeadStatus, company?: { __typename?: 'Company', id: string, name: string } | null }>, projects: Array<{ __typename?: 'Project', id: string, name: string, stage: ProjectStage, investment?: string | null, company?: { __typename?: 'Company', id: string, name: string } | null }>, policies: Array<{ __typename?: 'Policy', id: string, title: string, documentNumber: string }> } };

export type AddChainMapNodeMutationVariables = Exact<{
  input: AddChainNodeInput;
}>;


export type AddChainMapNodeMutation = { __typename?: 'Mutation', addChainNode: { __typename?: 'ChainSegment', id: string, name: string, version: number } };

export type UpdateChainMapNodeMutationVariables = Exact<{
  input: UpdateChainNodeInput;
}>;


export type UpdateChainMapNodeMutation = { __typename?: 'Mutation', updateChainNode: { __typename?: 'ChainSegment', id: string, name: string, version: number } };

export type DeleteChainMapNodeMutationVariables = Exact<{
  nodeId: Scalars['ID']['input'];
  reassignToId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DeleteChainMapNodeMutation = { __typename?: 'Mutation', deleteChainNode: string };

export type AddChainMapEdgeMutationVariables = Exact<{
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
}>;


export type AddChainMapEdgeMutation = { __typename?: 'Mutation', addChainEdge: { __typename?: 'ChainEdge', id: string, fromId: string, toId: string } };

export type DeleteChainMapEdgeMutationVariables = Exact<{
  edgeId: Scalars['ID']['input'];
}>;


export type DeleteChainMapEdgeMutation = { __typename?: 'Mutation', deleteChainEdge: string };

export type ChainsOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainsOverviewQuery = { __typename?: 'Query', chains: Array<{ __typename?: 'IndustryChain', id: string, name: string, track: ChainTrack, leader: { __typename?: 'User', id: string, displayName: string }, leadDepartment: { __typename?: 'Department', id: string, name: string }, map: { __typename?: 'ChainMap', id: string, segmentCount: number }, workPlan: { __typename?: 'WorkPlan', id: string, progress: { __typename?: 'WorkPlanProgress', done: number, total: number, percent: number } }, policySet: { __typename?: 'PolicySet', id: string, policies: Array<{ __typename?: 'Policy', id: string }> }, targets: Array<{ __typename?: 'ChainTarget', id: string, metric: string, comparator: TargetComparator, value: string, unit: string, year: number, quote: string, baselineValue?: string | null, baselineYear?: number | null }> }> };

export type ChainTargetFieldsFragment = { __typename?: 'ChainTarget', id: string, metric: string, comparator: TargetComparator, value: string, unit: string, year: number, quote: string, baselineValue?: string | null, baselineYear?: number | null };

export type WorkPlanTaskFieldsFragment = { __typename?: 'WorkPlanTask', id: string, title: string, description: string, status: TaskStatus, dueDate?: string | null, completedAt?: string | null, sortOrder: number, ownerDepartmentId?: string | null, ownerDepartment?: { __typename?: 'Department', id: string, name: string } | null };

export type PolicyFieldsFragment = { __typename?: 'Policy', id: string, title: string, documentNumber: string, issuer: string, validFrom?: string | null, validTo?: string | null, summary: string, isDemo: boolean };

export type ChainDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChainDetailQuery = { __typename?: 'Query', chain: { __typename?: 'IndustryChain', id: string, code: string, name: string, track: ChainTrack, description: string, leaderId: string, leadDepartmentId: string, leader: { __typename?: 'User', id: string, displayName: string, role: Role, department?: { __typename?: 'Department', id: string, name: string } | null }, leadDepartment: { __typename?: 'Department', id: string, name: string, shortName?: string | null }, targets: Array<{ __typename?: 'ChainTarget', id: string, metric: string, comparator: TargetComparator, value: string, unit: string, year: number, quote: string, baselineValue?: string | null, baselineYear?: number | null }>, map: { __typename?: 'ChainMap', id: string, title: string, segmentCount: number, focusDirections: Array<{ __typename?: 'ChainSegment', id: string, name: string, description: string, sortOrder: number }> }, workPlan: { __typename?: 'WorkPlan', id: string, title: string, progress: { __typename?: 'WorkPlanProgress', done: number, total: number, percent: number }, tasks: Array<{ __typename?: 'WorkPlanTask', id: string, title: string, description: string, status: TaskStatus, dueDate?: string | null, completedAt?: string | null, sortOrder: number, ownerDepartmentId?: string | null, ownerDepartment?: { __typename?: 'Department', id: string, name: string } | null }> }, policySet: { __typename?: 'PolicySet', id: string, title: string, policies: Array<{ __typename?: 'Policy', id: string, title: string, documentNumber: string, issuer: string, validFrom?: string | null, validTo?: string | null, summary: string, isDemo: boolean }> } } };

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { __typename?: 'Query', departments: Array<{ __typename?: 'Department', id: string, name: string, shortName?: string | null }> };

export type LeaderCandidatesQueryVariables = Exact<{
  roles?: InputMaybe<Array<Role> | Role>;
}>;


export type LeaderCandidatesQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, displayName: string, role: Role, active: boolean }> };

export type ReassignChainLeaderMutationVariables = Exact<{
  chainId: Scalars['ID']['input'];
  leaderId: Scalars['ID']['input'];
}>;


export type ReassignChainLeaderMutation = { __typename?: 'Mutation', reassignChainLeader: { __typename?: 'IndustryChain', id: string, leaderId: string } };

export type ReassignChainLeadDepartmentMutationVariables = Exact<{
  chainId: Scalars['ID']['input'];
  departmentId: Scalars['ID']['input'];
}>;


export type ReassignChainLeadDepartmentMutation = { __typename?: 'Mutation', reassignChainLeadDepartment: { __typename?: 'IndustryChain', id: string, leadDepartmentId: string } };

export type AddWorkPlanTaskMutationVariables = Exact<{
  input: AddTaskInput;
}>;


export type AddWorkPlanTaskMutation = { __typename?: 'Mutation', addWorkPlanTask: { __typename?: 'WorkPlanTask', id: string, title: string, description: string, status: TaskStatus, dueDate?: string | null, completedAt?: string | null, sortOrder: number, ownerDepartmentId?: string | null, ownerDepartment?: { __typename?: 'Department', id: string, name: string } | null } };

export type UpdateWorkPlanTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type UpdateWorkPlanTaskMutation = { __typename?: 'Mutation', updateWorkPlanTask: { __typename?: 'WorkPlanTask', id: string, title: string, description: string, status: TaskStatus, dueDate?: string | null, completedAt?: string | null, sortOrder: number, ownerDepartmentId?: string | null, ownerDepartment?: { __typename?: 'Department', id: string, name: string } | null } };

export type DeleteWorkPlanTaskMutationVariables = Exact<{
  taskId: Scalars['ID']['input'];
}>;


export type DeleteWorkPlanTaskMutation = { __typename?: 'Mutation', deleteWorkPlanTask: string };

export type AddPolicyMutationVariables = Exact<{
  input: AddPolicyInput;
}>;


export type AddPolicyMutation = { __typename?: 'Mutation', addPolicy: { __typename?: 'Policy', id: string, title: string, documentNumber: string, issuer: string, validFrom?: string | null, validTo?: string | null, summary: string, isDemo: boolean } };

export type UpdatePolicyMutationVariables = Exact<{
  input: UpdatePolicyInput;
}>;


export type UpdatePolicyMutation = { __typename?: 'Mutation', updatePolicy: { __typename?: 'Policy', id: string, title: string, documentNumber: string, issuer: string, validFrom?: string | null, validTo?: string | null, summary: string, isDemo: boolean } };

export type DeletePolicyMutationVariables = Exact<{
  policyId: Scalars['ID']['input'];
}>;


export type DeletePolicyMutation = { __typename?: 'Mutation', deletePolicy: string };

export const CurrentUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CurrentUserFieldsFragment, unknown>;
export const ChainMapNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChainMapNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MapNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isHighEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isKey"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"anchorCompanies"}},{"kind":"Field","name":{"kind":"Name","value":"localCompanies"}},{"kind":"Field","name":{"kind":"Name","value":"targetCompanies"}},{"kind":"Field","name":{"kind":"Name","value":"activeLeads"}},{"kind":"Field","name":{"kind":"Name","value":"activeProjects"}},{"kind":"Field","name":{"kind":"Name","value":"projectsByStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isGap"}},{"kind":"Field","name":{"kind":"Name","value":"isUncovered"}}]}}]} as unknown as DocumentNode<ChainMapNodeFieldsFragment, unknown>;
export const ChainTargetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChainTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChainTarget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}}]}}]} as unknown as DocumentNode<ChainTargetFieldsFragment, unknown>;
export const WorkPlanTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkPlanTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkPlanTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartmentId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WorkPlanTaskFieldsFragment, unknown>;
export const PolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}}]}}]} as unknown as DocumentNode<PolicyFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CurrentUserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CurrentUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const ChainMapPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainMapPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderId"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartmentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chainMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chainId"}},{"kind":"Field","name":{"kind":"Name","value":"chainName"}},{"kind":"Field","name":{"kind":"Name","value":"mapId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainMapNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"}},{"kind":"Field","name":{"kind":"Name","value":"strong"}},{"kind":"Field","name":{"kind":"Name","value":"weak"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChainMapNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MapNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isHighEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isKey"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"anchorCompanies"}},{"kind":"Field","name":{"kind":"Name","value":"localCompanies"}},{"kind":"Field","name":{"kind":"Name","value":"targetCompanies"}},{"kind":"Field","name":{"kind":"Name","value":"activeLeads"}},{"kind":"Field","name":{"kind":"Name","value":"activeProjects"}},{"kind":"Field","name":{"kind":"Name","value":"projectsByStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isGap"}},{"kind":"Field","name":{"kind":"Name","value":"isUncovered"}}]}}]} as unknown as DocumentNode<ChainMapPageQuery, ChainMapPageQueryVariables>;
export const ChainMapNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainMapNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chainNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"isHighEnd"}},{"kind":"Field","name":{"kind":"Name","value":"isKey"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"companies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isLocal"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"investment"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}}]}}]}}]} as unknown as DocumentNode<ChainMapNodeQuery, ChainMapNodeQueryVariables>;
export const AddChainMapNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddChainMapNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddChainNodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addChainNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddChainMapNodeMutation, AddChainMapNodeMutationVariables>;
export const UpdateChainMapNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChainMapNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChainNodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChainNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateChainMapNodeMutation, UpdateChainMapNodeMutationVariables>;
export const DeleteChainMapNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteChainMapNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nodeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reassignToId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteChainNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nodeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nodeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reassignToId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reassignToId"}}}]}]}}]} as unknown as DocumentNode<DeleteChainMapNodeMutation, DeleteChainMapNodeMutationVariables>;
export const AddChainMapEdgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddChainMapEdge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addChainEdge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}}]}}]}}]} as unknown as DocumentNode<AddChainMapEdgeMutation, AddChainMapEdgeMutationVariables>;
export const DeleteChainMapEdgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteChainMapEdge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edgeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteChainEdge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edgeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edgeId"}}}]}]}}]} as unknown as DocumentNode<DeleteChainMapEdgeMutation, DeleteChainMapEdgeMutationVariables>;
export const ChainsOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainsOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"map"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"policySet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainTargetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChainTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChainTarget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}}]}}]} as unknown as DocumentNode<ChainsOverviewQuery, ChainsOverviewQueryVariables>;
export const ChainDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"leaderId"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartmentId"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainTargetFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"map"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"segmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"focusDirections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkPlanTaskFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"policySet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChainTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChainTarget"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkPlanTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkPlanTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartmentId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}}]}}]} as unknown as DocumentNode<ChainDetailQuery, ChainDetailQueryVariables>;
export const DepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const LeaderCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeaderCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<LeaderCandidatesQuery, LeaderCandidatesQueryVariables>;
export const ReassignChainLeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReassignChainLeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignChainLeader"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"leaderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leaderId"}}]}}]}}]} as unknown as DocumentNode<ReassignChainLeaderMutation, ReassignChainLeaderMutationVariables>;
export const ReassignChainLeadDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReassignChainLeadDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignChainLeadDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartmentId"}}]}}]}}]} as unknown as DocumentNode<ReassignChainLeadDepartmentMutation, ReassignChainLeadDepartmentMutationVariables>;
export const AddWorkPlanTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkPlanTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWorkPlanTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkPlanTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkPlanTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkPlanTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartmentId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddWorkPlanTaskMutation, AddWorkPlanTaskMutationVariables>;
export const UpdateWorkPlanTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkPlanTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkPlanTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkPlanTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkPlanTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkPlanTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartmentId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkPlanTaskMutation, UpdateWorkPlanTaskMutationVariables>;
export const DeleteWorkPlanTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWorkPlanTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWorkPlanTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}]}]}}]} as unknown as DocumentNode<DeleteWorkPlanTaskMutation, DeleteWorkPlanTaskMutationVariables>;
export const AddPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}}]}}]} as unknown as DocumentNode<AddPolicyMutation, AddPolicyMutationVariables>;
export const UpdatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"isDemo"}}]}}]} as unknown as DocumentNode<UpdatePolicyMutation, UpdatePolicyMutationVariables>;
export const DeletePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}}]}]}}]} as unknown as DocumentNode<DeletePolicyMutation, DeletePolicyMutationVariables>;