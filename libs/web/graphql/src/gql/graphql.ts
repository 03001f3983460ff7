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
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: any; output: any; }
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

/** A company on a list in a year (e.g. 中国企业500强, 2024); adding it twice keeps one */
export type AddCompanyTagInput = {
  companyId: Scalars['ID']['input'];
  listId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

/** A contact with a company, on a lead (then the lead’s company) and/or a company */
export type AddInteractionInput = {
  /** Required without a lead; with a lead it must be the lead’s company */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  leadId?: InputMaybe<Scalars['ID']['input']>;
  nextStep?: InputMaybe<Scalars['String']['input']>;
  /** Today by default; never later than today */
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  ourPeople?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  summary: Scalars['String']['input'];
  theirPeople?: InputMaybe<Scalars['String']['input']>;
  type: InteractionType;
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

/** A company the district wants to attract onto a chain-map node (目标企业) */
export type AddProspectInput = {
  /** The staff member who pursues it */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** A new company, created with the prospect */
  company?: InputMaybe<NewCompanyInput>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  nodeId: Scalars['ID']['input'];
  priority?: InputMaybe<Priority>;
  /** Why the district wants it, e.g. 中国企业500强, 行业隐形冠军 */
  reason?: InputMaybe<Scalars['String']['input']>;
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

export type ChainRef = {
  __typename?: 'ChainRef';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
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
  /** Prospects (目标企业) on the node, high priority first */
  prospects: Array<Prospect>;
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
  /** The contacts timeline, newest first */
  contacts: Array<Interaction>;
  /** Unified social credit code (统一社会信用代码), when known */
  creditCode?: Maybe<Scalars['String']['output']>;
  englishName?: Maybe<Scalars['String']['output']>;
  /** Where the headquarters are */
  headquarters?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isListed: Scalars['Boolean']['output'];
  /** Located in the district */
  isLocal: Scalars['Boolean']['output'];
  /** Date of the latest contact */
  lastContactOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The company's leads, newest first; confidential ones you may not see are left out */
  leads: Array<Lead>;
  /** Name in Chinese, as registered or commonly written */
  name: Scalars['String']['output'];
  /** Where the company sits on the chain maps, with its role there */
  nodes: Array<NodeCompany>;
  /** Open leads with the company (that you may see) */
  openLeadCount: Scalars['Int']['output'];
  /** The company's projects, newest first */
  projects: Array<Project>;
  /** Where the company is a prospect */
  prospects: Array<Prospect>;
  province?: Maybe<Scalars['String']['output']>;
  /** List memberships, newest year first */
  tags: Array<CompanyTag>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** An existing company a new entry may duplicate */
export type CompanyDuplicate = {
  __typename?: 'CompanyDuplicate';
  company: Company;
  reason: DuplicateReason;
};

export type CompanyList = {
  __typename?: 'CompanyList';
  category: CompanyListCategory;
  id: Scalars['ID']['output'];
  level?: Maybe<ListLevel>;
  name: Scalars['String']['output'];
  /** Who publishes the list */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Tags with this list (companies × years) */
  tagCount: Scalars['Int']['output'];
};

export type CompanyListCategory =
  | 'HIDDEN_CHAMPION'
  | 'HIGH_TECH'
  | 'LISTED'
  | 'LITTLE_GIANT'
  | 'OTHER'
  | 'TOP_500';

/** Filters, sort and page of the company table; every filter is optional */
export type CompanyListInput = {
  /** Companies on a node of this chain */
  chainId?: InputMaybe<Scalars['ID']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  isListed?: InputMaybe<Scalars['Boolean']['input']>;
  isLocal?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** Companies tagged with a list of this category */
  listCategory?: InputMaybe<CompanyListCategory>;
  /** Companies tagged with this list */
  listId?: InputMaybe<Scalars['ID']['input']>;
  /** Companies on this node */
  nodeId?: InputMaybe<Scalars['ID']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
  /** Words that must all appear in a name, English name or alias */
  query?: InputMaybe<Scalars['String']['input']>;
  /** With chainId or nodeId: only companies in this role there */
  role?: InputMaybe<CompanyRole>;
  sort?: InputMaybe<CompanySortField>;
  /** With listId or listCategory: the tag year */
  tagYear?: InputMaybe<Scalars['Int']['input']>;
};

/** One page of the company table */
export type CompanyPage = {
  __typename?: 'CompanyPage';
  items: Array<Company>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** Companies matching the filters, on all pages */
  total: Scalars['Int']['output'];
};

/** ANCHOR: 链主企业; LOCAL: local company; TARGET: company to attract */
export type CompanyRole =
  | 'ANCHOR'
  | 'LOCAL'
  | 'TARGET';

export type CompanySortField =
  | 'CITY'
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

export type CompanyTag = {
  __typename?: 'CompanyTag';
  companyId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  list: CompanyList;
  listId: Scalars['ID']['output'];
  year: Scalars['Int']['output'];
};

/** Turns a negotiating lead into a project (stage NEGOTIATING) with its company, chain, nodes and investment */
export type ConvertLeadInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  leadId: Scalars['ID']['input'];
  /** The project's name; the lead's title by default */
  projectName?: InputMaybe<Scalars['String']['input']>;
};

/** Turns a prospect into a NEW lead on its node, owned by the assignee (or you), linked both ways */
export type ConvertProspectInput = {
  prospectId: Scalars['ID']['input'];
  source?: InputMaybe<LeadSource>;
  /** The lead's title; the company and node by default */
  title?: InputMaybe<Scalars['String']['input']>;
};

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

export type CreateCompanyInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Save even though a company with the same name key exists (after the user confirmed it is another one) */
  allowDuplicate?: InputMaybe<Scalars['Boolean']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码; full-width characters, spaces and lower case are accepted and normalised */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  englishName?: InputMaybe<Scalars['String']['input']>;
  headquarters?: InputMaybe<Scalars['String']['input']>;
  isListed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Located in the district */
  isLocal?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name in Chinese */
  name: Scalars['String']['input'];
  province?: InputMaybe<Scalars['String']['input']>;
};

export type CreateCompanyListInput = {
  category: CompanyListCategory;
  level?: InputMaybe<ListLevel>;
  name: Scalars['String']['input'];
  publisher?: InputMaybe<Scalars['String']['input']>;
};

/** A new lead. Quick entry needs three fields: company { name } (or companyId), chainId and title; the rest defaults (owner: you, source: OTHER, logged today, status NEW) */
export type CreateLeadInput = {
  chainId: Scalars['ID']['input'];
  /** Shown instead of the title to those who may not see a confidential lead */
  codeName?: InputMaybe<Scalars['String']['input']>;
  /** A new company, created with the lead in one transaction */
  company?: InputMaybe<NewCompanyInput>;
  /** An existing company */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  /** When the tip came in; today by default, never later */
  createdOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 亿元 */
  intendedInvestment?: InputMaybe<Scalars['Decimal']['input']>;
  nextAction?: InputMaybe<Scalars['String']['input']>;
  nextActionDue?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Chain-map nodes of the chain the lead would fill */
  nodeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The staff member who works it; you by default */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<LeadSource>;
  title: Scalars['String']['input'];
};

/** A named view of one of the signed-in user's tables: its filters, sort and columns as the table keeps them */
export type CreateSavedViewInput = {
  name: Scalars['String']['input'];
  settings: Scalars['JSON']['input'];
  /** The table, e.g. companies or leads */
  tableKey: Scalars['String']['input'];
};

export type Department = {
  __typename?: 'Department';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  shortName?: Maybe<Scalars['String']['output']>;
};

/** SAME_CREDIT_CODE: the same company; SAME_NAME: the names reduce alike (width, brackets, legal form), probably the same */
export type DuplicateReason =
  | 'SAME_CREDIT_CODE'
  | 'SAME_NAME';

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

export type Interaction = {
  __typename?: 'Interaction';
  company: Company;
  companyId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  createdById?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  lead?: Maybe<Lead>;
  leadId?: Maybe<Scalars['ID']['output']>;
  nextStep: Scalars['String']['output'];
  occurredOn: Scalars['LocalDate']['output'];
  /** Our people present */
  ourPeople: Scalars['String']['output'];
  outcome: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  /** The company's people present */
  theirPeople: Scalars['String']['output'];
  type: InteractionType;
};

export type InteractionType =
  | 'CALL'
  | 'EMAIL'
  | 'EVENT'
  | 'MEETING'
  | 'VISIT_IN'
  | 'VISIT_OUT'
  | 'WECHAT';

export type Lead = {
  __typename?: 'Lead';
  /** Whether you may edit the lead (your grant reaches its chain and you see it unmasked) */
  canEdit: Scalars['Boolean']['output'];
  chain: ChainRef;
  chainId: Scalars['ID']['output'];
  /** Why the lead was dropped or shelved */
  closeReason?: Maybe<Scalars['String']['output']>;
  /** Shown instead of the title and company to those without access */
  codeName?: Maybe<Scalars['String']['output']>;
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['ID']['output']>;
  confidential: Scalars['Boolean']['output'];
  /** The contacts timeline, newest first (empty when masked) */
  contacts: Array<Interaction>;
  createdAt: Scalars['DateTime']['output'];
  createdOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** Intended investment in 亿元 (exact decimal) */
  intendedInvestment?: Maybe<Scalars['Decimal']['output']>;
  /** Confidential and shown to you under its code name: company, investment, contacts hidden */
  masked: Scalars['Boolean']['output'];
  nextAction?: Maybe<Scalars['String']['output']>;
  nextActionDue?: Maybe<Scalars['LocalDate']['output']>;
  /** The chain-map nodes the lead would fill */
  nodes: Array<ChainSegment>;
  /** The staff member who works the lead */
  owner?: Maybe<User>;
  ownerId?: Maybe<Scalars['ID']['output']>;
  /** The project the lead was converted into */
  project?: Maybe<Project>;
  /** The project the lead was converted into */
  projectId?: Maybe<Scalars['ID']['output']>;
  /** The prospect the lead came from */
  prospect?: Maybe<Prospect>;
  source: LeadSource;
  status: LeadStatus;
  /** Dates, deadlines and alarms today (first contact, assessment, next action, stale) */
  timing: LeadTiming;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** What an open lead needs today under the time rules */
export type LeadAlert =
  | 'ASSESSMENT_OVERDUE'
  | 'FIRST_CONTACT_OVERDUE'
  | 'NEXT_ACTION_OVERDUE'
  | 'NEXT_ACTION_TODAY'
  | 'STALE';

/** Filters, sort and page of the lead table; every filter is optional */
export type LeadListInput = {
  /** Only open leads raising this alarm today */
  alert?: InputMaybe<LeadAlert>;
  chainId?: InputMaybe<Scalars['ID']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  direction?: InputMaybe<SortDirection>;
  /** Company listed */
  isListed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Company in the district */
  isLocal?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  listCategory?: InputMaybe<CompanyListCategory>;
  /** Company tagged with this list */
  listId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the signed-in user's leads */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  nodeId?: InputMaybe<Scalars['ID']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  /** Only open leads (new, contacted, visited, negotiating) */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Words that must all appear in the title or the company's names */
  query?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<LeadSortField>;
  source?: InputMaybe<LeadSource>;
  statuses?: InputMaybe<Array<LeadStatus>>;
  tagYear?: InputMaybe<Scalars['Int']['input']>;
};

/** One page of the lead table */
export type LeadPage = {
  __typename?: 'LeadPage';
  items: Array<Lead>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type LeadSortField =
  | 'CREATED_ON'
  | 'INTENDED_INVESTMENT'
  | 'LAST_CONTACT_ON'
  | 'NEXT_ACTION_DUE'
  | 'STATUS'
  | 'TITLE'
  | 'UPDATED_AT';

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

/** The configurable lead time rules */
export type LeadTimeRules = {
  __typename?: 'LeadTimeRules';
  /** Working days from logging a lead to its assessment */
  assessmentWorkingDays: Scalars['Int']['output'];
  /** Working days from logging a lead to its first contact */
  firstContactWorkingDays: Scalars['Int']['output'];
  /** Days without contact after which an open lead is stale */
  staleDays: Scalars['Int']['output'];
};

/** A lead's dates and alarms on today's date (Asia/Shanghai) under the time rules */
export type LeadTiming = {
  __typename?: 'LeadTiming';
  alerts: Array<LeadAlert>;
  /** When it was first assessed (moved to visited or beyond) */
  assessedOn?: Maybe<Scalars['LocalDate']['output']>;
  assessmentDue: Scalars['LocalDate']['output'];
  assessmentOverdue: Scalars['Boolean']['output'];
  /** Days since the latest contact (or since it was logged) */
  daysSinceContact: Scalars['Int']['output'];
  /** First contact due: working days after it was logged */
  firstContactDue: Scalars['LocalDate']['output'];
  firstContactOn?: Maybe<Scalars['LocalDate']['output']>;
  firstContactOverdue: Scalars['Boolean']['output'];
  lastContactOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The next action is due today */
  nextActionDueToday: Scalars['Boolean']['output'];
  nextActionOverdue: Scalars['Boolean']['output'];
  /** Open and without contact for the stale period */
  stale: Scalars['Boolean']['output'];
};

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

/** Two records of one company: everything of the merged one moves to the survivor, then the merged one is deleted */
export type MergeCompaniesInput = {
  /** The company that is merged into the survivor and deleted */
  mergedId: Scalars['ID']['input'];
  /** The company that stays */
  survivorId: Scalars['ID']['input'];
};

/** Moves a lead to another status along the allowed moves; dropping needs a reason */
export type MoveLeadInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  leadId: Scalars['ID']['input'];
  /** Why it is dropped (required) or shelved */
  reason?: InputMaybe<Scalars['String']['input']>;
  status: LeadStatus;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a supply relation from the supplier node to the buyer node */
  addChainEdge: ChainEdge;
  addChainNode: ChainSegment;
  /** Tags a company with a list and year; tagging it again returns the existing tag */
  addCompanyTag: CompanyTag;
  /** Logs a contact on a lead and/or a company; a NEW lead becomes CONTACTED */
  addInteraction: Interaction;
  addPolicy: Policy;
  /** Adds a company (existing or new) as a prospect on a node */
  addProspect: Prospect;
  addWorkPlanTask: WorkPlanTask;
  /** Turns a negotiating lead into a project; the lead stays, converted, linked to it */
  convertLeadToProject: Lead;
  /** Turns a prospect into a NEW lead (owner: the assignee, or you), linked both ways */
  convertProspectToLead: Lead;
  createChain: IndustryChain;
  /** Creates a company; a taken credit code is refused, and a duplicate name unless allowDuplicate */
  createCompany: Company;
  createCompanyList: CompanyList;
  /** Logs a lead, with a new company in the same transaction when company is given (quick entry) */
  createLead: Lead;
  createSavedView: SavedView;
  deleteChainEdge: Scalars['ID']['output'];
  /** Deletes a node; companies, leads and projects on it must be moved to reassignToId */
  deleteChainNode: Scalars['ID']['output'];
  /** Deletes a list no company is tagged with; returns its id */
  deleteCompanyList: Scalars['ID']['output'];
  /** Deletes a contact record; returns its id */
  deleteInteraction: Scalars['ID']['output'];
  /** Deletes a policy; returns its id */
  deletePolicy: Scalars['ID']['output'];
  /** Deletes one of the signed-in user’s views; returns its id */
  deleteSavedView: Scalars['ID']['output'];
  /** Deletes a task; returns its id */
  deleteWorkPlanTask: Scalars['ID']['output'];
  /** Merges two records of one company into the survivor, moving everything; returns the survivor */
  mergeCompanies: Company;
  /** Moves a lead to another status: new → contacted → visited → negotiating, shelved, dropped (with a reason) */
  moveLead: Lead;
  reassignChainLeadDepartment: IndustryChain;
  /** Makes another user the leader (链长); the previous leader is replaced */
  reassignChainLeader: IndustryChain;
  /** Takes a company off a chain-map node; returns the id of the link removed */
  removeCompanyNode: Scalars['ID']['output'];
  /** Removes a tag; returns its id */
  removeCompanyTag: Scalars['ID']['output'];
  /** Removes a prospect; returns its id */
  removeProspect: Scalars['ID']['output'];
  /** Puts a company on a chain-map node in a role, or changes its role there */
  setCompanyNode: NodeCompany;
  /** Signs in with username and password; returns a bearer token */
  signIn: SignInPayload;
  /** Renames, re-parents or re-classifies a node */
  updateChainNode: ChainSegment;
  updateCompany: Company;
  updateCompanyList: CompanyList;
  updateInteraction: Interaction;
  updateLead: Lead;
  /** Sets the lead time rules (admin) */
  updateLeadTimeRules: LeadTimeRules;
  updatePolicy: Policy;
  updateProspect: Prospect;
  updateSavedView: SavedView;
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


export type MutationAddCompanyTagArgs = {
  input: AddCompanyTagInput;
};


export type MutationAddInteractionArgs = {
  input: AddInteractionInput;
};


export type MutationAddPolicyArgs = {
  input: AddPolicyInput;
};


export type MutationAddProspectArgs = {
  input: AddProspectInput;
};


export type MutationAddWorkPlanTaskArgs = {
  input: AddTaskInput;
};


export type MutationConvertLeadToProjectArgs = {
  input: ConvertLeadInput;
};


export type MutationConvertProspectToLeadArgs = {
  input: ConvertProspectInput;
};


export type MutationCreateChainArgs = {
  input: CreateChainInput;
};


export type MutationCreateCompanyArgs = {
  input: CreateCompanyInput;
};


export type MutationCreateCompanyListArgs = {
  input: CreateCompanyListInput;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


export type MutationCreateSavedViewArgs = {
  input: CreateSavedViewInput;
};


export type MutationDeleteChainEdgeArgs = {
  edgeId: Scalars['ID']['input'];
};


export type MutationDeleteChainNodeArgs = {
  nodeId: Scalars['ID']['input'];
  reassignToId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationDeleteCompanyListArgs = {
  listId: Scalars['ID']['input'];
};


export type MutationDeleteInteractionArgs = {
  interactionId: Scalars['ID']['input'];
};


export type MutationDeletePolicyArgs = {
  policyId: Scalars['ID']['input'];
};


export type MutationDeleteSavedViewArgs = {
  viewId: Scalars['ID']['input'];
};


export type MutationDeleteWorkPlanTaskArgs = {
  taskId: Scalars['ID']['input'];
};


export type MutationMergeCompaniesArgs = {
  input: MergeCompaniesInput;
};


export type MutationMoveLeadArgs = {
  input: MoveLeadInput;
};


export type MutationReassignChainLeadDepartmentArgs = {
  chainId: Scalars['ID']['input'];
  departmentId: Scalars['ID']['input'];
};


export type MutationReassignChainLeaderArgs = {
  chainId: Scalars['ID']['input'];
  leaderId: Scalars['ID']['input'];
};


export type MutationRemoveCompanyNodeArgs = {
  companyId: Scalars['ID']['input'];
  nodeId: Scalars['ID']['input'];
};


export type MutationRemoveCompanyTagArgs = {
  tagId: Scalars['ID']['input'];
};


export type MutationRemoveProspectArgs = {
  prospectId: Scalars['ID']['input'];
};


export type MutationSetCompanyNodeArgs = {
  input: SetCompanyNodeInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationUpdateChainNodeArgs = {
  input: UpdateChainNodeInput;
};


export type MutationUpdateCompanyArgs = {
  input: UpdateCompanyInput;
};


export type MutationUpdateCompanyListArgs = {
  input: UpdateCompanyListInput;
};


export type MutationUpdateInteractionArgs = {
  input: UpdateInteractionInput;
};


export type MutationUpdateLeadArgs = {
  input: UpdateLeadInput;
};


export type MutationUpdateLeadTimeRulesArgs = {
  input: UpdateLeadTimeRulesInput;
};


export type MutationUpdatePolicyArgs = {
  input: UpdatePolicyInput;
};


export type MutationUpdateProspectArgs = {
  input: UpdateProspectInput;
};


export type MutationUpdateSavedViewArgs = {
  input: UpdateSavedViewInput;
};


export type MutationUpdateWorkPlanTaskArgs = {
  input: UpdateTaskInput;
};

/** A new company. Only the name is required; the credit code, when given, is checked and must be unique */
export type NewCompanyInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Save even though a company with the same name key exists (after the user confirmed it is another one) */
  allowDuplicate?: InputMaybe<Scalars['Boolean']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码; full-width characters, spaces and lower case are accepted and normalised */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  englishName?: InputMaybe<Scalars['String']['input']>;
  headquarters?: InputMaybe<Scalars['String']['input']>;
  isListed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Located in the district */
  isLocal?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name in Chinese */
  name: Scalars['String']['input'];
  province?: InputMaybe<Scalars['String']['input']>;
};

export type NodeCompany = {
  __typename?: 'NodeCompany';
  /** The node's chain */
  chain: ChainRef;
  company: Company;
  companyId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** The node */
  node: ChainSegment;
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

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type Project = {
  __typename?: 'Project';
  chainId: Scalars['ID']['output'];
  company?: Maybe<Company>;
  companyId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** Planned investment in 亿元 (exact decimal) */
  investment?: Maybe<Scalars['Decimal']['output']>;
  /** The lead converted into this project */
  lead?: Maybe<Lead>;
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

export type Prospect = {
  __typename?: 'Prospect';
  /** The staff member who pursues it */
  assignee?: Maybe<User>;
  assigneeId?: Maybe<Scalars['ID']['output']>;
  /** The node's chain */
  chain: ChainRef;
  company: Company;
  companyId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** The lead it became */
  lead?: Maybe<Lead>;
  /** The lead it became, once turned into one */
  leadId?: Maybe<Scalars['ID']['output']>;
  priority: Priority;
  reason: Scalars['String']['output'];
  segment: ChainSegment;
  segmentId: Scalars['ID']['output'];
};

/** Which prospects to list: of a chain, of a node, of an assignee */
export type ProspectListInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  chainId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only those turned into leads; false: only those not yet */
  converted?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  nodeId?: InputMaybe<Scalars['ID']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  priority?: InputMaybe<Priority>;
};

/** One page of prospects */
export type ProspectPage = {
  __typename?: 'ProspectPage';
  items: Array<Prospect>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  chain: IndustryChain;
  /** A chain's whole map with each node's counts and the gap analysis */
  chainMap: ChainMapGraph;
  /** One node, with what sits on it */
  chainNode: ChainSegment;
  /** The same for a whole chain, for its leader */
  chainWork: WorkSummary;
  /** The district's industry chains, each with its five ones */
  chains: Array<IndustryChain>;
  /** The company table: filters, sort and one page, with the total */
  companies: CompanyPage;
  /** A company's page: profile, tags, chain-map places, leads, projects, prospects and contacts */
  company: Company;
  /** Companies a new entry may duplicate: the same credit code, or a name that reduces alike (for the quick form, as the user types) */
  companyDuplicates: Array<CompanyDuplicate>;
  /** The lists companies can be on (六类500强, 专精特新"小巨人" …) */
  companyLists: Array<CompanyList>;
  departments: Array<Department>;
  /** A lead; a confidential one is masked for those without access */
  lead: Lead;
  /** The lead time rules in force */
  leadTimeRules: LeadTimeRules;
  /** The lead table: filters, sort and one page, with the total */
  leads: LeadPage;
  /** The signed-in user */
  me: User;
  /** "My work": your open leads, overdue next actions, stale leads, overdue first contacts and assessments, today’s follow-ups */
  myWork: WorkSummary;
  /** Prospects (目标企业) of a chain, a node or an assignee, high priority first */
  prospects: ProspectPage;
  /** The signed-in user's saved views, of one table or all */
  savedViews: Array<SavedView>;
  /** One search over company names and aliases, lead titles and contact summaries */
  search: SearchResult;
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


export type QueryChainWorkArgs = {
  chainId: Scalars['ID']['input'];
};


export type QueryCompaniesArgs = {
  input?: InputMaybe<CompanyListInput>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompanyDuplicatesArgs = {
  creditCode?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadsArgs = {
  input?: InputMaybe<LeadListInput>;
};


export type QueryProspectsArgs = {
  input?: InputMaybe<ProspectListInput>;
};


export type QuerySavedViewsArgs = {
  tableKey?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  input: SearchInput;
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

export type SavedView = {
  __typename?: 'SavedView';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Filters, sort and columns, as the table keeps them */
  settings: Scalars['JSON']['output'];
  /** The table the view is of, e.g. companies or leads */
  tableKey: Scalars['String']['output'];
};

export type SearchGroup = {
  __typename?: 'SearchGroup';
  /** More results than shown */
  hasMore: Scalars['Boolean']['output'];
  hits: Array<SearchHit>;
  kind: SearchKind;
};

/** A search result, typed by kind, with the matched words highlighted */
export type SearchHit = {
  __typename?: 'SearchHit';
  company?: Maybe<Company>;
  contact?: Maybe<Interaction>;
  /** For a company found by an alias or English name: that name; for a lead or contact: the company */
  detail?: Maybe<Scalars['String']['output']>;
  detailHighlights: Array<TextRange>;
  id: Scalars['ID']['output'];
  kind: SearchKind;
  lead?: Maybe<Lead>;
  /** The company's name, the lead's title, or an excerpt of the contact's summary */
  title: Scalars['String']['output'];
  titleHighlights: Array<TextRange>;
};

export type SearchInput = {
  /** The kinds to search; all by default */
  kinds?: InputMaybe<Array<SearchKind>>;
  /** Results per kind */
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** Words (Chinese of any length from one character, or Latin), full-width/half-width and case folded; all must appear */
  query: Scalars['String']['input'];
};

export type SearchKind =
  | 'COMPANY'
  | 'CONTACT'
  | 'LEAD';

export type SearchResult = {
  __typename?: 'SearchResult';
  /** Companies, leads, contacts, in that order (kinds not asked for are left out) */
  groups: Array<SearchGroup>;
  query: Scalars['String']['output'];
  /** The folded words every result contains */
  words: Array<Scalars['String']['output']>;
};

/** Puts a company on a chain-map node in a role, or changes its role there */
export type SetCompanyNodeInput = {
  companyId: Scalars['ID']['input'];
  nodeId: Scalars['ID']['input'];
  role: CompanyRole;
};

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

export type SortDirection =
  | 'ASC'
  | 'DESC';

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

export type TextRange = {
  __typename?: 'TextRange';
  length: Scalars['Int']['output'];
  /** Offset in UTF-16 code units, as JavaScript indexes strings */
  start: Scalars['Int']['output'];
};

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

/** Changes to a company; a field left out stays as it is, null clears it */
export type UpdateCompanyInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  allowDuplicate?: InputMaybe<Scalars['Boolean']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  companyId: Scalars['ID']['input'];
  creditCode?: InputMaybe<Scalars['String']['input']>;
  englishName?: InputMaybe<Scalars['String']['input']>;
  /** The version the editor saw; a newer one on the server refuses the change */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  headquarters?: InputMaybe<Scalars['String']['input']>;
  isListed?: InputMaybe<Scalars['Boolean']['input']>;
  isLocal?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a company list; a field left out stays as it is */
export type UpdateCompanyListInput = {
  category?: InputMaybe<CompanyListCategory>;
  level?: InputMaybe<ListLevel>;
  listId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a contact record; a field left out stays as it is */
export type UpdateInteractionInput = {
  interactionId: Scalars['ID']['input'];
  nextStep?: InputMaybe<Scalars['String']['input']>;
  occurredOn?: InputMaybe<Scalars['LocalDate']['input']>;
  ourPeople?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  theirPeople?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<InteractionType>;
};

/** Changes to a lead (not its status: see moveLead); a field left out stays as it is, null clears it */
export type UpdateLeadInput = {
  /** Moving a lead to another chain drops its nodes unless nodeIds names new ones */
  chainId?: InputMaybe<Scalars['ID']['input']>;
  codeName?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  createdOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version the editor saw; a newer one on the server refuses the change */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  intendedInvestment?: InputMaybe<Scalars['Decimal']['input']>;
  leadId: Scalars['ID']['input'];
  nextAction?: InputMaybe<Scalars['String']['input']>;
  nextActionDue?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Replaces the nodes */
  nodeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<LeadSource>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateLeadTimeRulesInput = {
  assessmentWorkingDays: Scalars['Int']['input'];
  firstContactWorkingDays: Scalars['Int']['input'];
  staleDays: Scalars['Int']['input'];
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

/** Changes to a prospect; a field left out stays as it is, assigneeId null clears it */
export type UpdateProspectInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<Priority>;
  prospectId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Renames a saved view or replaces its settings */
export type UpdateSavedViewInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  settings?: InputMaybe<Scalars['JSON']['input']>;
  viewId: Scalars['ID']['input'];
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

/** "My work": the open leads of a staff member (or of a chain) and what they need today */
export type WorkSummary = {
  __typename?: 'WorkSummary';
  assessmentOverdue: Array<Lead>;
  /** The chain, for a chain view */
  chain?: Maybe<ChainRef>;
  /** Today's follow-ups: next actions due today */
  dueToday: Array<Lead>;
  firstContactOverdue: Array<Lead>;
  /** Open leads, next action due first */
  openLeads: Array<Lead>;
  overdueNextActions: Array<Lead>;
  /** Prospects not yet turned into leads (assigned to me, or on the chain) */
  prospects: Array<Prospect>;
  rules: LeadTimeRules;
  stale: Array<Lead>;
  today: Scalars['LocalDate']['output'];
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