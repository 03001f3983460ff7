/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type ActionItem = {
  __typename?: 'ActionItem';
  createdOn: Scalars['LocalDate']['output'];
  doneOn?: Maybe<Scalars['LocalDate']['output']>;
  dueOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  isDemo: Scalars['Boolean']['output'];
  issueId?: Maybe<Scalars['ID']['output']>;
  /** The title of the coordination issue it is about */
  issueTitle?: Maybe<Scalars['String']['output']>;
  itemId?: Maybe<Scalars['ID']['output']>;
  /** The meeting that decided it */
  meeting: Meeting;
  meetingId: Scalars['ID']['output'];
  owner?: Maybe<User>;
  ownerId: Scalars['ID']['output'];
  project?: Maybe<Project>;
  projectId?: Maybe<Scalars['ID']['output']>;
  status: ActionItemStatus;
  text: Scalars['String']['output'];
};

export type ActionItemStatus =
  | 'DONE'
  | 'OPEN';

/** ENTERED: entered with a source note; COMPUTED: counted from the records; NONE: no figure yet */
export type ActualSource =
  | 'COMPUTED'
  | 'ENTERED'
  | 'NONE';

/** An action item (督办事项): what, who, by when, about which project or issue */
export type AddActionItemInput = {
  dueOn: Scalars['LocalDate']['input'];
  issueId?: InputMaybe<Scalars['ID']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  meetingId: Scalars['ID']['input'];
  /** Required: the user responsible */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
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
  /** Where the status comes from; a status set without it is the editor's judgement */
  statusSource?: InputMaybe<NodeStatusSource>;
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

/** An item the secretary adds to the agenda: a topic of its own, or one linking a record */
export type AddMeetingItemInput = {
  meetingId: Scalars['ID']['input'];
  /** The project the item is about */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  refId?: InputMaybe<Scalars['ID']['input']>;
  refKind?: InputMaybe<MeetingRefKind>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
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

/** Money that arrived for a project (到位资金), 亿元 */
export type AddProjectFundsInput = {
  /** 亿元, above zero */
  amount: Scalars['Decimal']['input'];
  kind: FundsKind;
  projectId: Scalars['ID']['input'];
  /** When it arrived; not after today */
  receivedOn: Scalars['LocalDate']['input'];
  sourceNote?: InputMaybe<Scalars['String']['input']>;
};

export type AddProjectMilestoneInput = {
  /** When it was reached; not after today */
  actualOn?: InputMaybe<Scalars['LocalDate']['input']>;
  name: Scalars['String']['input'];
  plannedOn: Scalars['LocalDate']['input'];
  projectId: Scalars['ID']['input'];
};

/** A progress update (进展) */
export type AddProjectUpdateInput = {
  projectId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
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

/** Filters and page of the audit trail */
export type AuditEntriesInput = {
  /** Changes made by this user */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Count every matching row (the total is otherwise capped past the page) */
  exactTotal?: InputMaybe<Scalars['Boolean']['input']>;
  /** From this day (Asia/Shanghai), inclusive */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  /** One record (with recordType) */
  recordId?: InputMaybe<Scalars['String']['input']>;
  /** The kind of record (company, lead, project, …): its own rows and its children’s */
  recordType?: InputMaybe<Scalars['String']['input']>;
  /** To this day (Asia/Shanghai), inclusive */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** One change recorded in the audit trail */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** insert, update or delete (a soft delete is an update of deleted_at); sign_in, sign_in_failed or export, appended by the app */
  action: Scalars['String']['output'];
  /** Who made the change */
  actor?: Maybe<User>;
  /** Who made it; none for the app’s own work (seed, sign-in before the user is known) */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** The client address of the request */
  address?: Maybe<Scalars['String']['output']>;
  /** The fields after: the changed ones of an update, the whole row of an insert */
  after?: Maybe<Scalars['JSON']['output']>;
  /** When the change was made (the transaction time) */
  at: Scalars['DateTime']['output'];
  /** The fields before: the changed ones of an update, the whole row of a delete */
  before?: Maybe<Scalars['JSON']['output']>;
  /** The chain of the record, where it has one */
  chainId?: Maybe<Scalars['ID']['output']>;
  /** The id of the row changed */
  entityId: Scalars['String']['output'];
  /** The table changed (e.g. project, project_funds) */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The API operation that made it (e.g. moveProjectStage) */
  operation?: Maybe<Scalars['String']['output']>;
  recordId: Scalars['String']['output'];
  /** The record the row belongs to (a project for its funds), or the row itself */
  recordType: Scalars['String']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
};

/** One page of the audit trail, newest first */
export type AuditEntryPage = {
  __typename?: 'AuditEntryPage';
  items: Array<AuditEntry>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** Entries matching the filters, on all pages */
  total: Scalars['Int']['output'];
};

/** The filtered audit trail as an .xlsx workbook (newest first, at most `cap` entries) */
export type AuditTrailFile = {
  __typename?: 'AuditTrailFile';
  /** The most entries a file holds (the newest ones) */
  cap: Scalars['Int']['output'];
  /** More entries matched than the file holds */
  capped: Scalars['Boolean']['output'];
  /** An .xlsx workbook, base64-encoded */
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  /** Entries in the file */
  rows: Scalars['Int']['output'];
  /** Entries matching the filters */
  total: Scalars['Int']['output'];
};

/** DEMO_SITE 成都市都市工业示范点位; SPECIALTY 成都市专业（特色）楼宇 */
export type BuildingRecognition =
  | 'DEMO_SITE'
  | 'SPECIALTY';

/** Buildings newly built or refitted for industry against the plan (5 by 2025) */
export type BuildingSummary = {
  __typename?: 'BuildingSummary';
  asOf: Scalars['LocalDate']['output'];
  completed: Scalars['Int']['output'];
  target: Scalars['Int']['output'];
  /** m² vacant in the buildings on record */
  vacantAreaM2: Scalars['Decimal']['output'];
};

/** NEW 新增; REFIT 改造 */
export type BuildingWork =
  | 'NEW'
  | 'REFIT';

/** A vacant carrier a project fits: a building (floor space) or a parcel (land) */
export type CarrierMatch = {
  __typename?: 'CarrierMatch';
  building?: Maybe<PlaceBuilding>;
  parcel?: Maybe<LandParcel>;
  /** m² vacant (a building) or 亩 available (a parcel) */
  vacant: Scalars['Decimal']['output'];
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
  /** Focus directions (主攻方向): the top-level nodes */
  focusDirections: Array<ChainNode>;
  id: Scalars['ID']['output'];
  nodeCount: Scalars['Int']['output'];
  /** All nodes of the map; focus directions have no parent */
  nodes: Array<ChainNode>;
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

export type ChainNode = {
  __typename?: 'ChainNode';
  /** One page of the companies on the node: anchors first, then local, then targets; by name within a role */
  companies: Array<NodeCompany>;
  /** How many companies are on the node */
  companyCount: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** GB/T 4754-2017 industry code, e.g. C3985 */
  industryCode?: Maybe<Scalars['String']['output']>;
  /** 高精尖: a node of the highest value */
  isHighEnd: Scalars['Boolean']['output'];
  /** 重点: a key node */
  isKey: Scalars['Boolean']['output'];
  /** How many leads would fill the node */
  leadCount: Scalars['Int']['output'];
  /** One page of the leads that would fill the node, newest first */
  leads: Array<Lead>;
  mapId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Policies of the chain whose title or summary names this node */
  policies: Array<Policy>;
  /** Upstream, midstream or downstream */
  position?: Maybe<NodePosition>;
  /** How many projects fill the node */
  projectCount: Scalars['Int']['output'];
  /** One page of the projects that fill the node, newest first */
  projects: Array<Project>;
  /** How many prospects are on the node */
  prospectCount: Scalars['Int']['output'];
  /** One page of the prospects (目标企业) on the node, high priority first, then newest first */
  prospects: Array<Prospect>;
  sortOrder: Scalars['Int']['output'];
  /** Strong (强链), weak or missing (薄弱缺) */
  status: NodeStatus;
  /** Whether the status rests on the plan's words or on an editor's judgement */
  statusSource: NodeStatusSource;
  /** Bumped on every change; send it back as expectedVersion */
  version: Scalars['Int']['output'];
};


export type ChainNodeCompaniesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type ChainNodeLeadsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type ChainNodeProjectsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type ChainNodeProspectsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type ChainRef = {
  __typename?: 'ChainRef';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
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

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

/** Closes out (销号) a coordination issue at the meeting, with its resolution */
export type CloseOutIssueInput = {
  issueId: Scalars['ID']['input'];
  itemId?: InputMaybe<Scalars['ID']['input']>;
  meetingId: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
};

/** Closed over all issues (办结率), as a whole percent */
export type ClosureRate = {
  __typename?: 'ClosureRate';
  closed: Scalars['Int']['output'];
  percent: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type Company = {
  __typename?: 'Company';
  /** Other names the company goes by */
  aliases: Array<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  /** Contacts in the timeline (that you may see), on every window */
  contactCount: Scalars['Int']['output'];
  /** The contacts timeline, newest first, one window of it; contacts on leads you see masked are left out */
  contacts: Array<Interaction>;
  /** Unified social credit code (统一社会信用代码), when known */
  creditCode?: Maybe<Scalars['String']['output']>;
  /** When it was deleted: a deleted company is in the recycle bin until an admin restores it */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who deleted it */
  deletedById?: Maybe<Scalars['ID']['output']>;
  englishName?: Maybe<Scalars['String']['output']>;
  /** Where the headquarters are */
  headquarters?: Maybe<Scalars['String']['output']>;
  /** The company's field history from the audit trail, newest first, one window of it (its list tags, map places and prospect entries included) */
  history: Array<AuditEntry>;
  /** Entries in the history */
  historyCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Invented for the demonstration (演示数据): a company no source names */
  isDemo: Scalars['Boolean']['output'];
  isListed: Scalars['Boolean']['output'];
  /** Located in the district */
  isLocal: Scalars['Boolean']['output'];
  /** Date of the latest contact */
  lastContactOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The company's leads (that you may see), on every window */
  leadCount: Scalars['Int']['output'];
  /** The company's leads, newest first, one window of them; confidential ones you may not see are left out */
  leads: Array<Lead>;
  /** The company it was merged into: a merged company is deleted (kept in the recycle bin, not restorable) */
  mergedIntoId?: Maybe<Scalars['ID']['output']>;
  /** Name in Chinese, as registered or commonly written */
  name: Scalars['String']['output'];
  /** Where the company sits on the chain maps, with its role there */
  nodes: Array<NodeCompany>;
  /** Open leads with the company (that you may see) */
  openLeadCount: Scalars['Int']['output'];
  /** The company's projects (that you may see), on every window */
  projectCount: Scalars['Int']['output'];
  /** The company's projects, newest first, one window of them; confidential ones you may not see are left out */
  projects: Array<Project>;
  /** Where the company is a prospect: the entries on every window */
  prospectCount: Scalars['Int']['output'];
  /** Where the company is a prospect, newest first, one window of them */
  prospects: Array<Prospect>;
  province?: Maybe<Scalars['String']['output']>;
  /** List memberships, newest year first */
  tags: Array<CompanyTag>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type CompanyContactsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type CompanyHistoryArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type CompanyLeadsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type CompanyProjectsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type CompanyProspectsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
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
  /** Count every matching row (the total is otherwise capped past the page) */
  exactTotal?: InputMaybe<Scalars['Boolean']['input']>;
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

/** One page of the company table, with the total (capped unless exactTotal was asked) */
export type CompanyPage = {
  __typename?: 'CompanyPage';
  items: Array<Company>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** Rows matching the filters on all pages; a lower bound when totalCapped (ask exactTotal for the exact count) */
  total: Scalars['Int']['output'];
  /** True when there are more than total rows: counting stopped 1,000 rows past the page */
  totalCapped: Scalars['Boolean']['output'];
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

/** What the system computes an indicator from, instead of entered figures */
export type ComputedIndicator =
  | 'BUILDINGS_REFITTED'
  | 'HIGH_TECH_ENTERPRISES'
  | 'LAND_REVITALISED'
  | 'PROJECTS_INDUSTRIALISATION'
  | 'PROJECTS_TIER_10_30'
  | 'PROJECTS_TIER_30_PLUS';

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

export type CoordinationIssue = {
  __typename?: 'CoordinationIssue';
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  closedBy?: Maybe<User>;
  closedById?: Maybe<Scalars['ID']['output']>;
  closedOn?: Maybe<Scalars['LocalDate']['output']>;
  createdAt: Scalars['DateTime']['output'];
  detail?: Maybe<Scalars['String']['output']>;
  dueOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Raised, taken up, closed out, reopened: oldest first */
  events: Array<CoordinationIssueEvent>;
  fromDepartment?: Maybe<Department>;
  /** The unit asked to solve it */
  fromDepartmentId?: Maybe<Scalars['ID']['output']>;
  /** The unit asked, as free text (one outside the department list) */
  fromUnit?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Demo data (演示数据) invented by the seed, not a fact of the plan */
  isDemo: Scalars['Boolean']['output'];
  /** The project the issue is on */
  project: Project;
  projectId: Scalars['ID']['output'];
  raisedBy?: Maybe<User>;
  raisedById?: Maybe<Scalars['ID']['output']>;
  raisedOn: Scalars['LocalDate']['output'];
  /** Why it was last reopened */
  reopenReason?: Maybe<Scalars['String']['output']>;
  /** How it was solved (on close-out) */
  resolution?: Maybe<Scalars['String']['output']>;
  status: CoordinationIssueStatus;
  /** What is needed */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type CoordinationIssueEvent = {
  __typename?: 'CoordinationIssueEvent';
  actor?: Maybe<User>;
  actorId?: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTime']['output'];
  /** Null when the issue was raised */
  fromStatus?: Maybe<CoordinationIssueStatus>;
  id: Scalars['ID']['output'];
  /** Demo data (演示数据) invented by the seed, not a fact of the plan */
  isDemo: Scalars['Boolean']['output'];
  /** The resolution (closing) or the reason (reopening) */
  note?: Maybe<Scalars['String']['output']>;
  toStatus: CoordinationIssueStatus;
};

/** open (交办) → in progress (督办) → closed out (销号) */
export type CoordinationIssueStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'OPEN';

/** A new industry chain: its leader and lead department are required; its map, work plan and policy set are created with it */
export type CreateChainInput = {
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** Focus directions (主攻方向): the top-level nodes of the map */
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

export type CreateDepartmentInput = {
  name: Scalars['String']['input'];
  shortName?: InputMaybe<Scalars['String']['input']>;
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

/** The next meeting of a scope: same scope, chair, place and people as the previous one */
export type CreateMeetingFromPreviousInput = {
  heldOn: Scalars['LocalDate']['input'];
  previousMeetingId: Scalars['ID']['input'];
  /** The previous meeting's title by default */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A new progress meeting; its agenda is built for the period since the scope held its previous one */
export type CreateMeetingInput = {
  /** The meeting covers every chain */
  allChains?: InputMaybe<Scalars['Boolean']['input']>;
  attendees?: InputMaybe<Array<MeetingAttendeeInput>>;
  /** The chains it covers (when not all) */
  chainIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  chairId?: InputMaybe<Scalars['ID']['input']>;
  /** The day it is held: today or later */
  heldOn: Scalars['LocalDate']['input'];
  place?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** A new project, in stage NEGOTIATING (stages move with moveProjectStage). Needs name, chainId and a company (companyId, or company to create one); type defaults to INDUSTRIALISATION, owner to you when you may own projects on the chain */
export type CreateProjectInput = {
  /** Agreed investment, 亿元 */
  agreedInvestment?: InputMaybe<Scalars['Decimal']['input']>;
  carrier?: InputMaybe<Scalars['String']['input']>;
  chainId: Scalars['ID']['input'];
  codeName?: InputMaybe<Scalars['String']['input']>;
  /** A new investing company, created with the project in one transaction */
  company?: InputMaybe<NewCompanyInput>;
  /** The investing company */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  expectedJobs?: InputMaybe<Scalars['Int']['input']>;
  /** Expected annual output, 亿元 */
  expectedOutput?: InputMaybe<Scalars['Decimal']['input']>;
  /** Expected annual tax, 亿元 */
  expectedTax?: InputMaybe<Scalars['Decimal']['input']>;
  /** m² */
  floorSpaceM2?: InputMaybe<Scalars['Decimal']['input']>;
  foreignAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** ISO 4217 code (3 letters), given with foreignAmount */
  foreignCurrency?: InputMaybe<Scalars['String']['input']>;
  /** 亩 */
  landAreaMu?: InputMaybe<Scalars['Decimal']['input']>;
  name: Scalars['String']['input'];
  /** Chain-map nodes of the chain the project fills */
  nodeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A user holding project.own on the chain; you by default when you hold it */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** A district leader or chain leader */
  responsibleLeaderId?: InputMaybe<Scalars['ID']['input']>;
  /** A department */
  responsibleUnitId?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<ProjectType>;
};

/** A named view of one of the signed-in user's tables: its filters, sort and columns as the table keeps them */
export type CreateSavedViewInput = {
  name: Scalars['String']['input'];
  settings: Scalars['JSON']['input'];
  /** The table, e.g. companies or leads */
  tableKey: Scalars['String']['input'];
};

/** A new account: it signs in with the temporary password and must change it first */
export type CreateUserInput = {
  /** Chains the user works on beyond those they lead or their department leads */
  chainIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  displayName: Scalars['String']['input'];
  /** The temporary password; one is generated (and answered once) when left out */
  password?: InputMaybe<Scalars['String']['input']>;
  roles: Array<Role>;
  username: Scalars['String']['input'];
};

/** The leaders’ dashboard (驾驶舱) of the district or of one chain on a day, every figure computed from the records */
export type Dashboard = {
  __typename?: 'Dashboard';
  asOf: Scalars['LocalDate']['output'];
  buildings: BuildingSummary;
  chainId?: Maybe<Scalars['ID']['output']>;
  /** The plan's project counters over the plan period, beside their targets */
  counters: ProjectCounters;
  demo: DashboardDemo;
  /** The plan's indicators (district) or the chain's targets, in the quarter of the day */
  indicators: Array<IndicatorStanding>;
  issues: DashboardIssues;
  land: LandSummary;
  /** Lead activity per staff member this month */
  leadActivity: Array<StaffActivity>;
  periods: Array<DashboardPeriod>;
  /** Projects red on the day, in id order (the ledger filtered by light=RED); read when asked, prefer redProjects */
  redProjectIds: Array<Scalars['ID']['output']>;
  /** Projects red on the day (the ledger filtered by light=RED counts as many) */
  redProjects: Scalars['Int']['output'];
  /** Projects yellow on the day, in id order; read when asked, prefer yellowProjects */
  yellowProjectIds: Array<Scalars['ID']['output']>;
  /** Projects yellow on the day */
  yellowProjects: Scalars['Int']['output'];
};

/** How many demo records (演示数据) the figures of the dashboard count: its project, land and building figures are demo figures when theirs are above zero */
export type DashboardDemo = {
  __typename?: 'DashboardDemo';
  /** Demo buildings (counted when includeDemo) */
  buildings: Scalars['Int']['output'];
  /** Demo land parcels (counted when includeDemo) */
  parcels: Scalars['Int']['output'];
  /** Demo projects in the scope (counted when includeDemo) */
  projects: Scalars['Int']['output'];
};

/** An open coordination issue behind the dashboard figure, with its project (a confidential one under its code name) */
export type DashboardIssue = {
  __typename?: 'DashboardIssue';
  dueOn?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  projectName: Scalars['String']['output'];
  raisedOn: Scalars['LocalDate']['output'];
  /** OPEN (交办) or ESCALATED (督办) on the day */
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A page of the open coordination issues behind the dashboard figure, oldest first */
export type DashboardIssuePage = {
  __typename?: 'DashboardIssuePage';
  items: Array<DashboardIssue>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** Open issues in all */
  total: Scalars['Int']['output'];
};

/** Coordination issues raised by the day: open ones, and how many of this year’s are closed out */
export type DashboardIssues = {
  __typename?: 'DashboardIssues';
  /** Of those, closed out by their due date */
  closedOnTime: Scalars['Int']['output'];
  /** Raised this year and closed out (销号) by the day */
  closedThisYear: Scalars['Int']['output'];
  /** closedThisYear / raisedThisYear, percent */
  closureRatePercent?: Maybe<Scalars['Float']['output']>;
  /** Open issues (交办 or 督办) on the day; the issues themselves are read when asked (openIssues, dashboardOpenIssues) */
  open: Scalars['Int']['output'];
  /** Open issues (交办 or 督办), oldest first; read when asked */
  openIds: Array<Scalars['ID']['output']>;
  /** The open issues themselves, oldest first: a page of them when given a limit, all without */
  openIssues: Array<DashboardIssue>;
  /** Raised this year */
  raisedThisYear: Scalars['Int']['output'];
};


/** Coordination issues raised by the day: open ones, and how many of this year’s are closed out */
export type DashboardIssuesOpenIssuesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** Signings and funds in place over this month, quarter or year to date */
export type DashboardPeriod = {
  __typename?: 'DashboardPeriod';
  from: Scalars['LocalDate']['output'];
  /** Net change of the funds in place of counted projects over the period, 亿元 */
  fundsInPlace: Scalars['Decimal']['output'];
  /** Of which industrialisation projects */
  industrialisation: Scalars['Int']['output'];
  /** The period's share of the plan's 50 industrialisation projects (district only) */
  industrialisationTarget?: Maybe<Scalars['Decimal']['output']>;
  /** MONTH, QUARTER or YEAR */
  kind: Scalars['String']['output'];
  /** Projects signed in the period (every type), not dropped by its end */
  signed: Scalars['Int']['output'];
  /** Agreed investment signed in the period, 亿元 */
  signedAmount: Scalars['Decimal']['output'];
  to: Scalars['LocalDate']['output'];
};

export type Department = {
  __typename?: 'Department';
  /** A disabled department keeps its users and chains but takes no new ones */
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  shortName?: Maybe<Scalars['String']['output']>;
};

/** SAME_CREDIT_CODE: the same company; SAME_NAME: the names reduce alike (width, brackets, legal form), probably the same */
export type DuplicateReason =
  | 'SAME_CREDIT_CODE'
  | 'SAME_NAME';

export type ExportColumnInfo = {
  __typename?: 'ExportColumnInfo';
  key: Scalars['String']['output'];
  /** The column's heading in the user's language */
  label: Scalars['String']['output'];
};

export type ExportFile = {
  __typename?: 'ExportFile';
  /** An .xlsx workbook, base64-encoded */
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
};

export type ExportTable =
  | 'COMPANIES'
  | 'LEADS'
  | 'PROJECTS'
  | 'PROSPECTS';

/** Domestic (内资) or foreign (外资) funds */
export type FundsKind =
  | 'DOMESTIC'
  | 'FOREIGN';

export type GapSummary = {
  __typename?: 'GapSummary';
  missing: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
  strong: Scalars['Int']['output'];
  uncovered: Scalars['Int']['output'];
  weak: Scalars['Int']['output'];
};

/** Project health (红黄绿灯), computed from the health rules */
export type HealthLight =
  | 'GREEN'
  | 'RED'
  | 'YELLOW';

/** The health rule that set a light */
export type HealthRuleCode =
  | 'MILESTONE_LATE'
  | 'NO_UPDATE';

/** The health rule that set the light: how many days late or without update, and the milestone for MILESTONE_LATE */
export type HealthRuleFired = {
  __typename?: 'HealthRuleFired';
  code: HealthRuleCode;
  days: Scalars['Int']['output'];
  milestone?: Maybe<Scalars['String']['output']>;
};

/** One column of the file and the field it fills */
export type ImportColumn = {
  __typename?: 'ImportColumn';
  /** The field it fills; null: not imported */
  field?: Maybe<Scalars['String']['output']>;
  /** The heading as the file writes it (empty when it has none) */
  heading: Scalars['String']['output'];
  index: Scalars['Int']['output'];
  /** The column letter, A, B, … */
  letter: Scalars['String']['output'];
  origin: ImportFieldOrigin;
  /** The first few values */
  samples: Array<Scalars['String']['output']>;
  /** What the heading or the content suggests */
  suggestedField?: Maybe<Scalars['String']['output']>;
};

/** Which field one column of the file fills */
export type ImportColumnMappingInput = {
  /** The field; null: the column is not imported */
  field?: InputMaybe<Scalars['String']['input']>;
  /** The column number (1 = A) */
  index: Scalars['Int']['input'];
};

/** A field an import fills */
export type ImportFieldInfo = {
  __typename?: 'ImportFieldInfo';
  /** How it is derived when the file has no column for it */
  derived?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
  /** Its label in the user's language */
  label: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
};

export type ImportFieldOrigin =
  | 'CONTENT'
  | 'HEADING'
  | 'NONE'
  | 'SAVED'
  | 'USER';

export type ImportKind =
  | 'COMPANIES'
  | 'LEADS'
  | 'PROJECTS';

export type ImportMappingInput = {
  columns: Array<ImportColumnMappingInput>;
  values?: InputMaybe<Array<ImportValueMappingInput>>;
};

export type ImportMode =
  | 'ALL_OR_NOTHING'
  | 'GOOD_ROWS_ONLY';

/** An import checked and counted, nothing written yet */
export type ImportPreview = {
  __typename?: 'ImportPreview';
  badRows: Scalars['Int']['output'];
  /** Every column of the file, with the field it fills or none */
  columns: Array<ImportColumn>;
  /** The fields this kind of import fills */
  fields: Array<ImportFieldInfo>;
  fileName: Scalars['String']['output'];
  goodRows: Scalars['Int']['output'];
  /** The row of the headings */
  headerRow: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: ImportKind;
  /** The user's saved mapping for these headings was applied */
  mappingSaved: Scalars['Boolean']['output'];
  /** The mapping should be shown to the user before the preview (no saved mapping applied) */
  needsMapping: Scalars['Boolean']['output'];
  problems: Array<ImportProblem>;
  /** Good rows that would create a record */
  toCreate: Scalars['Int']['output'];
  /** Good rows that would fill in an existing record */
  toUpdate: Scalars['Int']['output'];
  totalRows: Scalars['Int']['output'];
  /** Good rows already in the system as they are */
  unchanged: Scalars['Int']['output'];
  values: Array<ImportValueGroup>;
};

/** What is wrong with one cell of one row of an imported file */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** The column as the file heads it */
  column: Scalars['String']['output'];
  /** Why, in the user's language */
  message: Scalars['String']['output'];
  row: Scalars['Int']['output'];
};

export type ImportProgress = {
  __typename?: 'ImportProgress';
  /** Cancelled by the user: nothing was written */
  cancelled: Scalars['Boolean']['output'];
  done: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  processed: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ImportResult = {
  __typename?: 'ImportResult';
  created: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Bad rows left out (only when importing the good rows alone) */
  skippedRows: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** A record a value can stand for */
export type ImportTarget = {
  __typename?: 'ImportTarget';
  label: Scalars['String']['output'];
  target: Scalars['String']['output'];
};

/** One distinct value of a reference column, how many rows have it and what it stands for */
export type ImportValue = {
  __typename?: 'ImportValue';
  rows: Scalars['Int']['output'];
  /** The match found by name or code */
  suggested?: Maybe<Scalars['String']['output']>;
  /** What it stands for now (the choice, else the match); null: unmatched, its rows refused */
  target?: Maybe<Scalars['String']['output']>;
  targetLabel?: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

/** The distinct values of a column naming something in the system */
export type ImportValueGroup = {
  __typename?: 'ImportValueGroup';
  /** The column as the file heads it */
  column: Scalars['String']['output'];
  field: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Whether an unmatched value may be left to the importer (a person) */
  mayLeaveToImporter: Scalars['Boolean']['output'];
  /** What its values can be mapped to */
  options: Array<ImportTarget>;
  values: Array<ImportValue>;
};

/** What one value of a column naming something in the system stands for */
export type ImportValueMappingInput = {
  field: Scalars['String']['input'];
  /** The record's id (a chain, a user, a unit), a stage or source code, @importer (a person left to the importer) or @refuse (refuse its rows) */
  target: Scalars['String']['input'];
  /** The value as the file writes it */
  value: Scalars['String']['input'];
};

export type IndicatorActual = {
  __typename?: 'IndicatorActual';
  chainTargetId?: Maybe<Scalars['ID']['output']>;
  enteredAt: Scalars['DateTime']['output'];
  enteredById: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  indicatorId?: Maybe<Scalars['ID']['output']>;
  /** 1–4 for a quarter; null for the whole year */
  quarter?: Maybe<Scalars['Int']['output']>;
  /** Where the figure comes from (e.g. 区统计局 2023 年统计公报) */
  sourceNote: Scalars['String']['output'];
  /** The figure; null when the actual is given in words */
  value?: Maybe<Scalars['Decimal']['output']>;
  /** The actual in words, for an indicator the plan states in words */
  valueText?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

/** EXPECTED: 预期性; BINDING: 约束性 */
export type IndicatorAttribute =
  | 'BINDING'
  | 'EXPECTED';

/** TABLE_2: the plan's table 2; PLAN_TEXT: stated in the plan's text only */
export type IndicatorOrigin =
  | 'PLAN_TEXT'
  | 'TABLE_2';

/** Where an indicator or a chain target stands in a period: its actual against the straight path and the target */
export type IndicatorStanding = {
  __typename?: 'IndicatorStanding';
  actual?: Maybe<Scalars['Decimal']['output']>;
  actualQuarter?: Maybe<Scalars['Int']['output']>;
  /** The actual in words */
  actualText?: Maybe<Scalars['String']['output']>;
  /** The period the actual is for (the latest entered up to the period asked) */
  actualYear?: Maybe<Scalars['Int']['output']>;
  /** The chain of a chain target */
  chainId?: Maybe<Scalars['ID']['output']>;
  chainTarget?: Maybe<ChainTarget>;
  /** Actual against the target, percent */
  completionPercent?: Maybe<Scalars['Float']['output']>;
  enteredAt?: Maybe<Scalars['DateTime']['output']>;
  enteredById?: Maybe<Scalars['ID']['output']>;
  /** Where the straight path from baseline to target stands at the end of the period */
  expected?: Maybe<Scalars['Decimal']['output']>;
  indicator?: Maybe<PlanIndicator>;
  name: Scalars['String']['output'];
  /** Actual against the path, percent */
  onPathPercent?: Maybe<Scalars['Float']['output']>;
  /** Whether the actual has reached the path */
  onTrack?: Maybe<Scalars['Boolean']['output']>;
  quarter?: Maybe<Scalars['Int']['output']>;
  source: ActualSource;
  /** Where the figure comes from; for a computed one, what it is counted from */
  sourceNote?: Maybe<Scalars['String']['output']>;
  unit: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** The period the standings are for, and whether demo records count */
export type IndicatorStandingsInput = {
  /** One chain's targets only; the plan's indicators and every chain's targets without it */
  chainId?: InputMaybe<Scalars['ID']['input']>;
  /** Count demo records in the computed indicators */
  includeDemo?: InputMaybe<Scalars['Boolean']['input']>;
  quarter?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
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
  /** Demo data (演示数据) invented by the seed, not a fact of the plan */
  isDemo: Scalars['Boolean']['output'];
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
  | 'NOTE'
  | 'VISIT_IN'
  | 'VISIT_OUT'
  | 'WECHAT';

/** Tier of the agreed investment: ≥ 30亿, 10–30亿, 1–10亿, < 1亿 */
export type InvestmentTier =
  | 'BELOW_1'
  | 'TIER_1_10'
  | 'TIER_10_30'
  | 'TIER_30_PLUS';

export type LandParcel = {
  __typename?: 'LandParcel';
  /** 亩 */
  areaMu: Scalars['Decimal']['output'];
  chainCodes: Array<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  condition: ParcelCondition;
  id: Scalars['ID']['output'];
  identifiedOn?: Maybe<Scalars['LocalDate']['output']>;
  isDemo: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  path?: Maybe<RevitalisationPath>;
  /** When it was revitalised (counts toward the 500 亩 from then) */
  revitalisedOn?: Maybe<Scalars['LocalDate']['output']>;
  status: ParcelStatus;
  zoneId?: Maybe<Scalars['ID']['output']>;
};

/** The land ledger against the plan: 500 亩 of idle or low-efficiency land revitalised by 2025 */
export type LandSummary = {
  __typename?: 'LandSummary';
  asOf: Scalars['LocalDate']['output'];
  completionPercent?: Maybe<Scalars['Float']['output']>;
  /** The plan's own district totals */
  districtTotals: Array<LandTotal>;
  /** Parcels on the ledger being revitalised */
  inProgressParcels: Scalars['Int']['output'];
  /** 亩 revitalised since the plan period began, by asOf */
  revitalisedMu: Scalars['Decimal']['output'];
  revitalisedParcels: Scalars['Int']['output'];
  /** The target, 亩 */
  targetMu: Scalars['Decimal']['output'];
};

export type LandTotal = {
  __typename?: 'LandTotal';
  /** 亩; null when the plan gives no area */
  areaMu?: Maybe<Scalars['Decimal']['output']>;
  id: Scalars['ID']['output'];
  /** 宗 */
  parcels: Scalars['Int']['output'];
  quote: Scalars['String']['output'];
  scope: LandTotalScope;
  year: Scalars['Int']['output'];
};

export type LandTotalScope =
  | 'IDLE_OR_LOW_EFFICIENCY'
  | 'UNSUPPLIED';

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
  /** Contacts in the timeline (none when masked) */
  contactCount: Scalars['Int']['output'];
  /** The contacts timeline, newest first, one window of it (empty when masked) */
  contacts: Array<Interaction>;
  createdAt: Scalars['DateTime']['output'];
  createdOn: Scalars['LocalDate']['output'];
  /** When it was deleted: a deleted lead is in the recycle bin until an admin restores it */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who deleted it */
  deletedById?: Maybe<Scalars['ID']['output']>;
  /** The lead's field history from the audit trail, newest first, one window of it (its nodes and contacts included); none for a lead shown masked */
  history: Array<AuditEntry>;
  /** Entries in the history (none for a lead shown masked) */
  historyCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Intended investment in 亿元 (exact decimal) */
  intendedInvestment?: Maybe<Scalars['Decimal']['output']>;
  /** Demo data (演示数据) invented by the seed, not a fact of the plan */
  isDemo: Scalars['Boolean']['output'];
  /** Confidential and shown to you under its code name: company, investment, contacts hidden */
  masked: Scalars['Boolean']['output'];
  nextAction?: Maybe<Scalars['String']['output']>;
  nextActionDue?: Maybe<Scalars['LocalDate']['output']>;
  /** The chain-map nodes the lead would fill */
  nodes: Array<ChainNode>;
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


export type LeadContactsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type LeadHistoryArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
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
  /** Count every matching row (the total is otherwise capped past the page) */
  exactTotal?: InputMaybe<Scalars['Boolean']['input']>;
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

/** One page of the lead table, with the total (capped unless exactTotal was asked) */
export type LeadPage = {
  __typename?: 'LeadPage';
  items: Array<Lead>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** Rows matching the filters on all pages; a lower bound when totalCapped (ask exactTotal for the exact count) */
  total: Scalars['Int']['output'];
  /** True when there are more than total rows: counting stopped 1,000 rows past the page */
  totalCapped: Scalars['Boolean']['output'];
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
  /** 0 for a focus direction, 1 for the nodes under it, … */
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
  /** Whether the status rests on the plan's words (依据规划) or on an editor's judgement (编者判断) */
  statusSource: NodeStatusSource;
  /** Companies to attract on the node */
  targetCompanies: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type Meeting = {
  __typename?: 'Meeting';
  /** The action items decided at it */
  actions: Array<ActionItem>;
  /** The meeting covers every chain */
  allChains: Scalars['Boolean']['output'];
  attendees: Array<MeetingAttendee>;
  /** You may prepare it: its agenda, people and place */
  canManage: Scalars['Boolean']['output'];
  /** You may record notes, decisions, actions and close-outs at it */
  canRecord: Scalars['Boolean']['output'];
  /** The chains it covers (empty when all) */
  chainIds: Array<Scalars['ID']['output']>;
  /** The chains it covers (every chain when it covers all) */
  chains: Array<ChainRef>;
  chair?: Maybe<User>;
  chairId?: Maybe<Scalars['ID']['output']>;
  /** Issues closed out at it */
  closures: Array<MeetingIssueClosure>;
  createdAt: Scalars['DateTime']['output'];
  /** Frozen when held, live before */
  figures: MeetingFigures;
  /** Its agenda and papers are frozen (held) */
  frozen: Scalars['Boolean']['output'];
  heldAt?: Maybe<Scalars['DateTime']['output']>;
  heldOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** Demo data (演示数据) invented by the seed */
  isDemo: Scalars['Boolean']['output'];
  /** The agenda, in order */
  items: Array<MeetingItem>;
  /** The period the agenda covers begins after this day (the previous held meeting of the scope) */
  periodFrom: Scalars['LocalDate']['output'];
  /** The period the agenda covers ends on this day */
  periodTo: Scalars['LocalDate']['output'];
  place?: Maybe<Scalars['String']['output']>;
  previousMeetingId?: Maybe<Scalars['ID']['output']>;
  status: MeetingStatus;
  title: Scalars['String']['output'];
};

export type MeetingAttendee = {
  __typename?: 'MeetingAttendee';
  guestName?: Maybe<Scalars['String']['output']>;
  guestUnit?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  user?: Maybe<User>;
  userId?: Maybe<Scalars['ID']['output']>;
};

/** An attendee: a user, or a named guest with their unit */
export type MeetingAttendeeInput = {
  guestName?: InputMaybe<Scalars['String']['input']>;
  guestUnit?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A meeting's figures: frozen when it is held, live before */
export type MeetingFigures = {
  __typename?: 'MeetingFigures';
  actionsOnTime: OnTimeRate;
  closureByUnit: Array<UnitClosureRate>;
  heldOn: Scalars['LocalDate']['output'];
  industrialisation: Scalars['Int']['output'];
  issueClosure: ClosureRate;
  meetingId: Scalars['String']['output'];
  /** Projects that moved stage in the period */
  projectsMoved: Scalars['Int']['output'];
  signed: Scalars['Int']['output'];
  signedAmount: Scalars['Decimal']['output'];
  tier10To30: Scalars['Int']['output'];
  tier30Plus: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type MeetingIssueClosure = {
  __typename?: 'MeetingIssueClosure';
  closedOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  issueId: Scalars['ID']['output'];
  itemId?: Maybe<Scalars['ID']['output']>;
  resolution: Scalars['String']['output'];
};

export type MeetingItem = {
  __typename?: 'MeetingItem';
  /** For a carried-over action: how many meetings it has been open */
  carriedCount: Scalars['Int']['output'];
  /** Decisions (会议决定) */
  decisions: Array<Scalars['String']['output']>;
  /** Discussion note (讨论情况) */
  discussion?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: MeetingItemKind;
  meetingId: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  /** The project as it is now (masked as for you) */
  project?: Maybe<Project>;
  /** The project the item is about (for the presenter view) */
  projectId?: Maybe<Scalars['ID']['output']>;
  /** The record the item links to */
  refId?: Maybe<Scalars['ID']['output']>;
  /** The kind of record the item links to */
  refKind?: Maybe<MeetingRefKind>;
  /** The facts of the item as they were when the agenda was built */
  summary?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** What an agenda item is about */
export type MeetingItemKind =
  | 'CARRIED_ACTION'
  | 'COUNTERS'
  | 'CUSTOM'
  | 'ISSUE_CLOSED'
  | 'ISSUE_OPEN'
  | 'ISSUE_OPENED'
  | 'NEW_LEAD'
  | 'NEW_PROJECT'
  | 'NO_UPDATE'
  | 'OVERDUE_MILESTONE'
  | 'STAGE_MOVE'
  | 'STILL_RED'
  | 'TURNED_RED'
  | 'TURNED_YELLOW';

/** One page of the progress meetings, latest first */
export type MeetingPage = {
  __typename?: 'MeetingPage';
  items: Array<Meeting>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** Rows matching the filters on all pages; a lower bound when totalCapped (ask exactTotal for the exact count) */
  total: Scalars['Int']['output'];
  /** True when there are more than total rows: counting stopped 1,000 rows past the page */
  totalCapped: Scalars['Boolean']['output'];
};

/** A paper of a meeting as a file */
export type MeetingPaper = {
  __typename?: 'MeetingPaper';
  /** The file, base64-encoded */
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
};

/** The kind of record an agenda item links to */
export type MeetingRefKind =
  | 'ACTION'
  | 'CHAIN'
  | 'ISSUE'
  | 'LEAD'
  | 'MILESTONE'
  | 'PROJECT';

/** planned (计划召开) → in progress (进行中) → held (已召开, frozen) */
export type MeetingStatus =
  | 'HELD'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** Two records of one company: everything of the merged one moves to the survivor, then the merged one is deleted */
export type MergeCompaniesInput = {
  /** The company that is merged into the survivor and deleted */
  mergedId: Scalars['ID']['input'];
  /** The company that stays */
  survivorId: Scalars['ID']['input'];
};

/** Moves an issue along ISSUE_TRANSITIONS: take it up (IN_PROGRESS), close it out (CLOSED, with the resolution), reopen it (OPEN, with the reason) */
export type MoveCoordinationIssueInput = {
  issueId: Scalars['ID']['input'];
  /** Why it is reopened: required to reopen */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** How it was solved: required to close out */
  resolution?: InputMaybe<Scalars['String']['input']>;
  to: CoordinationIssueStatus;
};

/** Moves a lead to another status along the allowed moves; dropping needs a reason */
export type MoveLeadInput = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  leadId: Scalars['ID']['input'];
  /** Why it is dropped (required) or shelved */
  reason?: InputMaybe<Scalars['String']['input']>;
  status: LeadStatus;
};

/** Moves a project to another stage along PROJECT_STAGE_TRANSITIONS, with the fields the target stage requires (STAGE_REQUIREMENTS): SIGNED signedOn + agreedInvestment, REGISTERED registeredCompanyName + registeredCreditCode, CONSTRUCTION_STARTED startedOn + carrier, IN_PRODUCTION productionOn, AT_FULL_CAPACITY capacityOn, ON_HOLD and DROPPED reason. Fields of other stages are ignored. The move takes effect on the stage's date field, else effectiveOn, else today; it may be backdated, never postdated nor dated before the previous move */
export type MoveProjectStageInput = {
  agreedInvestment?: InputMaybe<Scalars['Decimal']['input']>;
  capacityOn?: InputMaybe<Scalars['LocalDate']['input']>;
  carrier?: InputMaybe<Scalars['String']['input']>;
  effectiveOn?: InputMaybe<Scalars['LocalDate']['input']>;
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  productionOn?: InputMaybe<Scalars['LocalDate']['input']>;
  projectId: Scalars['ID']['input'];
  /** Why it is put on hold or dropped */
  reason?: InputMaybe<Scalars['String']['input']>;
  registeredCompanyName?: InputMaybe<Scalars['String']['input']>;
  registeredCreditCode?: InputMaybe<Scalars['String']['input']>;
  signedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  startedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  to: ProjectStage;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an action item (督办事项) decided at the meeting */
  addActionItem: ActionItem;
  /** Adds a supply relation from the supplier node to the buyer node */
  addChainEdge: ChainEdge;
  addChainNode: ChainNode;
  /** Tags a company with a list and year; tagging it again returns the existing tag */
  addCompanyTag: CompanyTag;
  /** Logs a contact on a lead and/or a company; a NEW lead becomes CONTACTED */
  addInteraction: Interaction;
  /** Adds an item to a planned meeting, at the end */
  addMeetingItem: MeetingItem;
  addPolicy: Policy;
  /** Enters funds in place (到位资金); answers the project with its funds */
  addProjectFunds: Project;
  addProjectMilestone: Project;
  /** Adds a progress update (进展); answers the project */
  addProjectUpdate: Project;
  /** Adds a company (existing or new) as a prospect on a node */
  addProspect: Prospect;
  addWorkPlanTask: WorkPlanTask;
  /** Stops a confirmed import that is still writing; nothing of it is written */
  cancelImport: ImportProgress;
  /** Changes the signed-in user's password: every session of theirs ends, and a new one starts here */
  changePassword: SignInPayload;
  /** Closes out (销号) a coordination issue at the meeting */
  closeOutIssueAtMeeting: MeetingIssueClosure;
  /** Ticks an action item off: its owner, or those who may edit actions on the meeting’s chains */
  completeActionItem: ActionItem;
  /** Writes a previewed import in one transaction: all rows, or only the good ones when asked */
  confirmImport: ImportResult;
  /** Turns a negotiating lead into a project; the lead stays, converted, linked to it */
  convertLeadToProject: Lead;
  /** Turns a prospect into a NEW lead (owner: the assignee, or you), linked both ways */
  convertProspectToLead: Lead;
  createChain: IndustryChain;
  /** Creates a company; a taken credit code is refused, and a duplicate name unless allowDuplicate */
  createCompany: Company;
  createCompanyList: CompanyList;
  createDepartment: Department;
  /** Logs a lead, with a new company in the same transaction when company is given (quick entry) */
  createLead: Lead;
  /** Plans a meeting; its agenda is built for the period since the scope held its previous one */
  createMeeting: Meeting;
  /** Plans the next meeting of a scope with the same scope, chair, place and people */
  createMeetingFromPrevious: Meeting;
  /** Enters a project (stage NEGOTIATING), with a new company in the same transaction when company is given */
  createProject: Project;
  createSavedView: SavedView;
  /** Adds an account with a temporary password (answered once): its user must change it at first sign-in */
  createUser: UserWithPassword;
  deleteChainEdge: Scalars['ID']['output'];
  /** Deletes a node; companies, leads and projects on it must be moved to reassignToId */
  deleteChainNode: Scalars['ID']['output'];
  /** Deletes a company into the recycle bin (refused while live leads, projects or prospects point at it); returns its id */
  deleteCompany: Scalars['ID']['output'];
  /** Deletes a list no company is tagged with; returns its id */
  deleteCompanyList: Scalars['ID']['output'];
  /** Deletes a contact record; returns its id */
  deleteInteraction: Scalars['ID']['output'];
  /** Deletes a lead into the recycle bin; returns its id */
  deleteLead: Scalars['ID']['output'];
  /** Deletes a policy; returns its id */
  deletePolicy: Scalars['ID']['output'];
  /** Deletes a project into the recycle bin; returns its id */
  deleteProject: Scalars['ID']['output'];
  /** Deletes one of the signed-in user’s views; returns its id */
  deleteSavedView: Scalars['ID']['output'];
  /** Deletes a task; returns its id */
  deleteWorkPlanTask: Scalars['ID']['output'];
  /** The audit trail with the filters of auditEntries (not its page) as .xlsx, newest first, at most 50,000 entries */
  exportAuditEntries: AuditTrailFile;
  /** The filtered company table (all pages) as .xlsx with the chosen columns (all when none) */
  exportCompanies: ExportFile;
  /** The filtered lead table (all pages, masked as on screen) as .xlsx with the chosen columns */
  exportLeads: ExportFile;
  /** The filtered project ledger (all pages, masked as on screen) as .xlsx with the chosen columns (all when none) */
  exportProjects: ExportFile;
  /** The filtered prospect table (all pages) as .xlsx with the chosen columns */
  exportProspects: ExportFile;
  /** Merges two records of one company into the survivor, moving everything; returns the survivor */
  mergeCompanies: Company;
  /** Takes an issue up, closes it out (销号) with the resolution, or reopens it with the reason */
  moveCoordinationIssue: CoordinationIssue;
  /** Moves a lead to another status: new → contacted → visited → negotiating, shelved, dropped (with a reason) */
  moveLead: Lead;
  /** Moves a project to another stage with what the stage requires; logged with its effective date */
  moveProjectStage: Project;
  /** Reads, checks and counts an .xlsx or .csv file; writes nothing */
  previewImport: ImportPreview;
  /** Publishes a month's rankings of chains and of lead departments, freezing the figures behind each score */
  publishRanking: Array<Ranking>;
  /** Raises a coordination issue (交办) on a project */
  raiseCoordinationIssue: CoordinationIssue;
  /** The quarter's rankings (its three months, chains and lead departments) as .xlsx */
  rankingQuarterReport: ExportFile;
  reassignChainLeadDepartment: IndustryChain;
  /** Makes another user the leader (链长); the previous leader is replaced */
  reassignChainLeader: IndustryChain;
  /** Enters the actual of an indicator or a chain target for a year or a quarter, with its source */
  recordIndicatorActual: IndicatorActual;
  /** Records the discussion and decisions of an item */
  recordMeetingItem: MeetingItem;
  /** Rebuilds a planned meeting's built items for its period up to today; added and recorded items stay */
  refreshMeetingAgenda: Meeting;
  /** Renews a session: a new access token and a new refresh token; a refresh token used twice ends the session */
  refreshSession: SignInPayload;
  /** Takes a company off a chain-map node; returns the id of the link removed */
  removeCompanyNode: Scalars['ID']['output'];
  /** Removes a tag; returns its id */
  removeCompanyTag: Scalars['ID']['output'];
  /** Drops an item from a planned meeting */
  removeMeetingItem: Meeting;
  /** Removes an entry of funds in place (a mistake); answers the project */
  removeProjectFunds: Project;
  removeProjectMilestone: Project;
  /** Removes a prospect; returns its id */
  removeProspect: Scalars['ID']['output'];
  /** Puts a planned meeting's items in a new order */
  reorderMeetingItems: Meeting;
  /** Sets a temporary password (answered once): the user's sessions end and they must change it at next sign-in */
  resetUserPassword: UserWithPassword;
  /** Restores a company from the recycle bin */
  restoreCompany: Company;
  /** Restores a lead from the recycle bin */
  restoreLead: Lead;
  /** Restores a project from the recycle bin */
  restoreProject: Project;
  /** Puts a company on a chain-map node in a role, or changes its role there */
  setCompanyNode: NodeCompany;
  /** Disables a department (it keeps its users and chains, takes no new users) or enables it again */
  setDepartmentActive: Department;
  /** Moves a meeting on (planned → in progress → held); marking it held freezes its agenda and papers */
  setMeetingStatus: Meeting;
  /** Links a project to its carrier among the places (a zone, a building, a land parcel), beside its carrier text */
  setProjectCarrier: Project;
  /** Sets the ranking weights and monthly targets (published months keep theirs) */
  setRankingConfig: RankingConfig;
  /** Disables an account (its sessions end at once) or enables it again */
  setUserActive: User;
  /** Signs in with username and password; starts a session: a short-lived access token and a refresh token */
  signIn: SignInPayload;
  /** Ends this session on the server: its access and refresh tokens stop working at once */
  signOut: Scalars['Boolean']['output'];
  /** Renames, re-parents or re-classifies a node */
  updateChainNode: ChainNode;
  updateCompany: Company;
  updateCompanyList: CompanyList;
  /** Renames a department or changes its short name */
  updateDepartment: Department;
  updateInteraction: Interaction;
  updateLead: Lead;
  /** Sets the lead time rules (admin) */
  updateLeadTimeRules: LeadTimeRules;
  updateMeeting: Meeting;
  updatePolicy: Policy;
  /** Edits a project at the version you saw (CONFLICT with the current values when someone saved first) */
  updateProject: Project;
  /** Sets the health rules (admins) */
  updateProjectHealthRules: ProjectHealthRules;
  /** Changes a milestone; set actualOn when it is reached */
  updateProjectMilestone: Project;
  updateProspect: Prospect;
  updateSavedView: SavedView;
  /** Changes an account's name, department, roles or chains */
  updateUser: User;
  /** Edits a task; setting status DONE completes it */
  updateWorkPlanTask: WorkPlanTask;
};


export type MutationAddActionItemArgs = {
  input: AddActionItemInput;
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


export type MutationAddMeetingItemArgs = {
  input: AddMeetingItemInput;
};


export type MutationAddPolicyArgs = {
  input: AddPolicyInput;
};


export type MutationAddProjectFundsArgs = {
  input: AddProjectFundsInput;
};


export type MutationAddProjectMilestoneArgs = {
  input: AddProjectMilestoneInput;
};


export type MutationAddProjectUpdateArgs = {
  input: AddProjectUpdateInput;
};


export type MutationAddProspectArgs = {
  input: AddProspectInput;
};


export type MutationAddWorkPlanTaskArgs = {
  input: AddTaskInput;
};


export type MutationCancelImportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCloseOutIssueAtMeetingArgs = {
  input: CloseOutIssueInput;
};


export type MutationCompleteActionItemArgs = {
  actionId: Scalars['ID']['input'];
};


export type MutationConfirmImportArgs = {
  id: Scalars['ID']['input'];
  mode: ImportMode;
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


export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


export type MutationCreateMeetingArgs = {
  input: CreateMeetingInput;
};


export type MutationCreateMeetingFromPreviousArgs = {
  input: CreateMeetingFromPreviousInput;
};


export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


export type MutationCreateSavedViewArgs = {
  input: CreateSavedViewInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteChainEdgeArgs = {
  edgeId: Scalars['ID']['input'];
};


export type MutationDeleteChainNodeArgs = {
  nodeId: Scalars['ID']['input'];
  reassignToId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationDeleteCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCompanyListArgs = {
  listId: Scalars['ID']['input'];
};


export type MutationDeleteInteractionArgs = {
  interactionId: Scalars['ID']['input'];
};


export type MutationDeleteLeadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePolicyArgs = {
  policyId: Scalars['ID']['input'];
};


export type MutationDeleteProjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSavedViewArgs = {
  viewId: Scalars['ID']['input'];
};


export type MutationDeleteWorkPlanTaskArgs = {
  taskId: Scalars['ID']['input'];
};


export type MutationExportAuditEntriesArgs = {
  input?: InputMaybe<AuditEntriesInput>;
};


export type MutationExportCompaniesArgs = {
  columns: Array<Scalars['String']['input']>;
  input?: InputMaybe<CompanyListInput>;
};


export type MutationExportLeadsArgs = {
  columns: Array<Scalars['String']['input']>;
  input?: InputMaybe<LeadListInput>;
};


export type MutationExportProjectsArgs = {
  columns: Array<Scalars['String']['input']>;
  input?: InputMaybe<ProjectListInput>;
};


export type MutationExportProspectsArgs = {
  columns: Array<Scalars['String']['input']>;
  input?: InputMaybe<ProspectListInput>;
};


export type MutationMergeCompaniesArgs = {
  input: MergeCompaniesInput;
};


export type MutationMoveCoordinationIssueArgs = {
  input: MoveCoordinationIssueInput;
};


export type MutationMoveLeadArgs = {
  input: MoveLeadInput;
};


export type MutationMoveProjectStageArgs = {
  input: MoveProjectStageInput;
};


export type MutationPreviewImportArgs = {
  input: PreviewImportInput;
};


export type MutationPublishRankingArgs = {
  includeDemo?: InputMaybe<Scalars['Boolean']['input']>;
  month: Scalars['String']['input'];
};


export type MutationRaiseCoordinationIssueArgs = {
  input: RaiseCoordinationIssueInput;
};


export type MutationRankingQuarterReportArgs = {
  includeDemo?: InputMaybe<Scalars['Boolean']['input']>;
  quarter: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type MutationReassignChainLeadDepartmentArgs = {
  chainId: Scalars['ID']['input'];
  departmentId: Scalars['ID']['input'];
};


export type MutationReassignChainLeaderArgs = {
  chainId: Scalars['ID']['input'];
  leaderId: Scalars['ID']['input'];
};


export type MutationRecordIndicatorActualArgs = {
  input: RecordIndicatorActualInput;
};


export type MutationRecordMeetingItemArgs = {
  input: RecordMeetingItemInput;
};


export type MutationRefreshMeetingAgendaArgs = {
  meetingId: Scalars['ID']['input'];
};


export type MutationRefreshSessionArgs = {
  input: RefreshSessionInput;
};


export type MutationRemoveCompanyNodeArgs = {
  companyId: Scalars['ID']['input'];
  nodeId: Scalars['ID']['input'];
};


export type MutationRemoveCompanyTagArgs = {
  tagId: Scalars['ID']['input'];
};


export type MutationRemoveMeetingItemArgs = {
  itemId: Scalars['ID']['input'];
};


export type MutationRemoveProjectFundsArgs = {
  fundsId: Scalars['ID']['input'];
};


export type MutationRemoveProjectMilestoneArgs = {
  milestoneId: Scalars['ID']['input'];
};


export type MutationRemoveProspectArgs = {
  prospectId: Scalars['ID']['input'];
};


export type MutationReorderMeetingItemsArgs = {
  input: ReorderMeetingItemsInput;
};


export type MutationResetUserPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationRestoreCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreLeadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreProjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetCompanyNodeArgs = {
  input: SetCompanyNodeInput;
};


export type MutationSetDepartmentActiveArgs = {
  active: Scalars['Boolean']['input'];
  departmentId: Scalars['ID']['input'];
};


export type MutationSetMeetingStatusArgs = {
  input: SetMeetingStatusInput;
};


export type MutationSetProjectCarrierArgs = {
  input: SetProjectCarrierInput;
};


export type MutationSetRankingConfigArgs = {
  input: RankingConfigInput;
};


export type MutationSetUserActiveArgs = {
  active: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
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


export type MutationUpdateDepartmentArgs = {
  input: UpdateDepartmentInput;
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


export type MutationUpdateMeetingArgs = {
  input: UpdateMeetingInput;
};


export type MutationUpdatePolicyArgs = {
  input: UpdatePolicyInput;
};


export type MutationUpdateProjectArgs = {
  input: UpdateProjectInput;
};


export type MutationUpdateProjectHealthRulesArgs = {
  input: UpdateProjectHealthRulesInput;
};


export type MutationUpdateProjectMilestoneArgs = {
  input: UpdateProjectMilestoneInput;
};


export type MutationUpdateProspectArgs = {
  input: UpdateProspectInput;
};


export type MutationUpdateSavedViewArgs = {
  input: UpdateSavedViewInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
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
  node: ChainNode;
  nodeId: Scalars['ID']['output'];
  role: CompanyRole;
};

export type NodePosition =
  | 'DOWNSTREAM'
  | 'MIDSTREAM'
  | 'UPSTREAM';

export type NodeStatus =
  | 'MISSING'
  | 'STRONG'
  | 'WEAK';

/** Where a node's status comes from: the plan's words (依据规划) or an editor's judgement (编者判断) */
export type NodeStatusSource =
  | 'JUDGEMENT'
  | 'PLAN';

/** Action items due by the meeting and done by their due date */
export type OnTimeRate = {
  __typename?: 'OnTimeRate';
  due: Scalars['Int']['output'];
  onTime: Scalars['Int']['output'];
  percent: Scalars['Int']['output'];
};

/** Which page: rows skipped and rows wanted (at most 200) */
export type PageArgs = {
  /** Count every matching row (the total is otherwise capped past the page) */
  exactTotal?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** IDLE 闲置; LOW_EFFICIENCY 低效; UNSUPPLIED 未供 */
export type ParcelCondition =
  | 'IDLE'
  | 'LOW_EFFICIENCY'
  | 'UNSUPPLIED';

/** IDENTIFIED 已摸排; IN_PROGRESS 盘活中; REVITALISED 已盘活 */
export type ParcelStatus =
  | 'IDENTIFIED'
  | 'IN_PROGRESS'
  | 'REVITALISED';

export type PlaceBuilding = {
  __typename?: 'PlaceBuilding';
  chainCodes: Array<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  /** Featured industry (特色产业) */
  featuredIndustry: Scalars['String']['output'];
  /** m² */
  floorAreaM2?: Maybe<Scalars['Decimal']['output']>;
  id: Scalars['ID']['output'];
  /** Demo data (演示数据), not the plan */
  isDemo: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  recognition?: Maybe<BuildingRecognition>;
  sortOrder: Scalars['Int']['output'];
  /** m² vacant */
  vacantAreaM2?: Maybe<Scalars['Decimal']['output']>;
  /** Newly built or refitted for industry (the plan counts 5) */
  work?: Maybe<BuildingWork>;
  /** When the new building or the refit was completed */
  workCompletedOn?: Maybe<Scalars['LocalDate']['output']>;
  zoneId?: Maybe<Scalars['ID']['output']>;
};

export type PlaceZone = {
  __typename?: 'PlaceZone';
  /** Codes of the chains it is for */
  chainCodes: Array<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  /** What the plan says it develops (e.g. 专栏1's 建设内容) */
  description: Scalars['String']['output'];
  /** Total floor area, m² */
  floorAreaM2?: Maybe<Scalars['Decimal']['output']>;
  id: Scalars['ID']['output'];
  /** Total investment, 亿元 */
  investment?: Maybe<Scalars['Decimal']['output']>;
  kind: ZoneKind;
  name: Scalars['String']['output'];
  /** The zone it lies in (e.g. a 科创空间 project in its 科创空间) */
  parentId?: Maybe<Scalars['ID']['output']>;
  sortOrder: Scalars['Int']['output'];
};

export type PlanIndicator = {
  __typename?: 'PlanIndicator';
  attribute: IndicatorAttribute;
  /** The baseline in words (e.g. 完成任务目标) */
  baselineText?: Maybe<Scalars['String']['output']>;
  /** The baseline as a figure; null when the plan gives "—" or words */
  baselineValue?: Maybe<Scalars['Decimal']['output']>;
  baselineYear: Scalars['Int']['output'];
  /** 类别, e.g. 规模体量 */
  category: Scalars['String']['output'];
  /** Stable key, e.g. industrial-gva */
  code: Scalars['String']['output'];
  /** Set when the system computes the actual from its records */
  computed?: Maybe<ComputedIndicator>;
  /** A cumulative (累计 or 新增) figure counted from the start of the period: its path starts at zero */
  cumulative: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** 指标, e.g. 全口径工业增加值 */
  name: Scalars['String']['output'];
  origin: IndicatorOrigin;
  /** The plan's own words */
  quote: Scalars['String']['output'];
  sortOrder: Scalars['Int']['output'];
  /** The target in words (e.g. 完成任务目标) */
  targetText?: Maybe<Scalars['String']['output']>;
  /** The target as a figure; null when the plan gives words */
  targetValue?: Maybe<Scalars['Decimal']['output']>;
  targetYear: Scalars['Int']['output'];
  /** Unit, e.g. 亿元, %, 个, 亩 */
  unit: Scalars['String']['output'];
};

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

export type PreviewImportInput = {
  /** The file, base64-encoded */
  contentBase64: Scalars['String']['input'];
  /** The file name, ending in .xlsx or .csv */
  fileName: Scalars['String']['input'];
  kind: ImportKind;
  /** The user's mapping; without it, the saved mapping for these headings or the suggested one */
  mapping?: InputMaybe<ImportMappingInput>;
};

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type Project = {
  __typename?: 'Project';
  /** Agreed investment (协议投资额) in 亿元, exact decimal */
  agreedInvestment?: Maybe<Scalars['Decimal']['output']>;
  /** The stages it may move to now (allowedProjectMoves), for the kanban and the move dialog */
  allowedMoves: Array<ProjectStage>;
  /** Whether you may edit its fields, milestones and updates */
  canEdit: Scalars['Boolean']['output'];
  /** Whether you may enter its funds in place */
  canEnterFunds: Scalars['Boolean']['output'];
  /** Whether you may raise and move its coordination issues */
  canManageIssues: Scalars['Boolean']['output'];
  /** Whether you may move its stage */
  canMoveStage: Scalars['Boolean']['output'];
  /** Full capacity reached (the AT_FULL_CAPACITY move) */
  capacityOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Where it lands (载体): a zone, a building, a land parcel */
  carrier?: Maybe<Scalars['String']['output']>;
  /** The building it lands in (the places feature) */
  carrierBuildingId?: Maybe<Scalars['ID']['output']>;
  /** The land parcel it lands on (the places feature) */
  carrierParcelId?: Maybe<Scalars['ID']['output']>;
  /** The zone it lands in (the places feature), beside the carrier text */
  carrierZoneId?: Maybe<Scalars['ID']['output']>;
  chain: ChainRef;
  chainId: Scalars['ID']['output'];
  /** Shown instead of the name to those who may not see a confidential project */
  codeName?: Maybe<Scalars['String']['output']>;
  company?: Maybe<Company>;
  /** The investing company (null when masked) */
  companyId?: Maybe<Scalars['ID']['output']>;
  confidential: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  createdById?: Maybe<Scalars['ID']['output']>;
  /** District calendar date the project was entered */
  createdOn: Scalars['LocalDate']['output'];
  /** When it was deleted: a deleted project is in the recycle bin until an admin restores it */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who deleted it */
  deletedById?: Maybe<Scalars['ID']['output']>;
  /** Why it was dropped */
  dropReason?: Maybe<Scalars['String']['output']>;
  /** Expected jobs */
  expectedJobs?: Maybe<Scalars['Int']['output']>;
  /** Expected annual output, 亿元 */
  expectedOutput?: Maybe<Scalars['Decimal']['output']>;
  /** Expected annual tax, 亿元 */
  expectedTax?: Maybe<Scalars['Decimal']['output']>;
  /** Floor space, in m² */
  floorSpaceM2?: Maybe<Scalars['Decimal']['output']>;
  /** The amount in a foreign currency, when agreed in one */
  foreignAmount?: Maybe<Scalars['Decimal']['output']>;
  /** ISO 4217 code of the foreign amount, e.g. USD */
  foreignCurrency?: Maybe<Scalars['String']['output']>;
  /** One page of the funds in place (到位资金), latest first; empty when masked */
  funds: Array<ProjectFunds>;
  /** How many entries of funds in place there are (0 when masked) */
  fundsCount: Scalars['Int']['output'];
  /** Cumulative funds in place, 亿元 (null when masked) */
  fundsInPlace?: Maybe<Scalars['Decimal']['output']>;
  /** Funds in place as a percentage of the agreed investment (one decimal); null without an agreed amount */
  fundsInPlacePercent?: Maybe<Scalars['Float']['output']>;
  /** For a project on hold: the stage it was put on hold from */
  heldFrom?: Maybe<ProjectStage>;
  /** The project's field history from the audit trail, newest first, one window of it (its records' changes included); none for a project shown masked */
  history: Array<AuditEntry>;
  /** Entries in the history (none for a project shown masked) */
  historyCount: Scalars['Int']['output'];
  /** Why it is on hold (while on hold) */
  holdReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** @deprecated Use agreedInvestment */
  investment?: Maybe<Scalars['Decimal']['output']>;
  /** Holds demo data (演示数据): invented by the seed, wholly or in every field not listed in planFields */
  isDemo: Scalars['Boolean']['output'];
  /** How many coordination issues there are, closed ones included (0 when masked) */
  issueCount: Scalars['Int']['output'];
  /** One page of the coordination issues (问题清单): open first, then by due date; empty when masked */
  issues: Array<CoordinationIssue>;
  /** Land needed, in 亩 */
  landAreaMu?: Maybe<Scalars['Decimal']['output']>;
  /** Date of the latest progress update or stage move (the health light reads it) */
  lastUpdateOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The latest progress update (the ledger column) */
  latestUpdate?: Maybe<ProjectUpdate>;
  /** The lead converted into this project */
  lead?: Maybe<Lead>;
  /** The lead the project was converted from */
  leadId?: Maybe<Scalars['ID']['output']>;
  /** Health light today (computed; null for a project at full capacity or dropped) */
  light?: Maybe<HealthLight>;
  /** The rule that set a yellow or red light */
  lightRule?: Maybe<HealthRuleFired>;
  /** Confidential and shown to you under its code name */
  masked: Scalars['Boolean']['output'];
  /** Milestones by planned date */
  milestones: Array<ProjectMilestone>;
  /** The name; a masked project shows its code name (or 保密项目) */
  name: Scalars['String']['output'];
  /** The chain-map nodes the project fills */
  nodes: Array<ChainNode>;
  /** Issues not closed out */
  openIssueCount: Scalars['Int']['output'];
  owner?: Maybe<User>;
  /** The staff member who runs the project (负责人); holds project.own on its chain */
  ownerId?: Maybe<Scalars['ID']['output']>;
  /** The fields whose values are the plan's own facts (e.g. name, chainId, floorSpaceM2, agreedInvestment), for a project the plan names; a field edited since drops out */
  planFields: Array<Scalars['String']['output']>;
  /** Production start (the IN_PRODUCTION move) */
  productionOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Name of the company registered in the district (the REGISTERED move) */
  registeredCompanyName?: Maybe<Scalars['String']['output']>;
  /** The registered company's unified social credit code */
  registeredCreditCode?: Maybe<Scalars['String']['output']>;
  responsibleLeader?: Maybe<User>;
  /** The responsible district leader (责任领导) */
  responsibleLeaderId?: Maybe<Scalars['ID']['output']>;
  responsibleUnit?: Maybe<Department>;
  /** The responsible unit (责任单位) */
  responsibleUnitId?: Maybe<Scalars['ID']['output']>;
  /** Signing date (the SIGNED move) */
  signedOn?: Maybe<Scalars['LocalDate']['output']>;
  stage: ProjectStage;
  /** One page of the stage moves, oldest first */
  stageLog: Array<ProjectStageLog>;
  /** How many stage moves there are */
  stageLogCount: Scalars['Int']['output'];
  /** Effective date of the move into the current stage */
  stageOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Construction start (the CONSTRUCTION_STARTED move) */
  startedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Computed from the agreed investment (investmentTier in libs/domain); null without one */
  tier?: Maybe<InvestmentTier>;
  /** One page of the timeline, newest first: stage moves, updates, issues, funds, milestones and field changes; empty when masked */
  timeline: Array<ProjectEvent>;
  /** How many entries the timeline has (0 when masked) */
  timelineCount: Scalars['Int']['output'];
  type: ProjectType;
  /** How many progress updates there are (0 when masked) */
  updateCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy?: Maybe<User>;
  updatedById?: Maybe<Scalars['ID']['output']>;
  /** One page of the progress updates, newest first; empty when masked */
  updates: Array<ProjectUpdate>;
  /** The optimistic lock: send it back as expectedVersion */
  version: Scalars['Int']['output'];
};


export type ProjectFundsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectHistoryArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectIssuesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectStageLogArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectTimelineArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type ProjectUpdatesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** The kanban: one column per stage, in the order of PROJECT_STAGES */
export type ProjectBoard = {
  __typename?: 'ProjectBoard';
  columns: Array<ProjectBoardColumn>;
};

/** One column of the kanban: a stage, its count and total agreed investment, and its first cards */
export type ProjectBoardColumn = {
  __typename?: 'ProjectBoardColumn';
  /** Projects in the stage (with the filters) */
  count: Scalars['Int']['output'];
  /** More projects than the cards shown */
  hasMore: Scalars['Boolean']['output'];
  /** Confidential projects of the column masked for the reader: counted, their amounts left out of the total */
  maskedCount: Scalars['Int']['output'];
  /** The first cards, most recently moved first */
  projects: Array<Project>;
  stage: ProjectStage;
  /** Sum of their agreed investment, 亿元, without the amounts of the projects masked for the reader */
  totalAgreedInvestment: Scalars['Decimal']['output'];
};

/** The kanban: the ledger filters (a stages filter limits the columns) and how many cards per column */
export type ProjectBoardInput = {
  cardsPerColumn?: InputMaybe<Scalars['Int']['input']>;
  chainId?: InputMaybe<Scalars['ID']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Entered on or after */
  createdFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Entered on or before */
  createdTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only demo data (true) or only real data (false) */
  isDemo?: InputMaybe<Scalars['Boolean']['input']>;
  /** By health light today (closed projects have none) */
  lights?: InputMaybe<Array<HealthLight>>;
  /** Only the signed-in user's projects */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  nodeId?: InputMaybe<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Words that must all appear in the name or the company's names (masked projects are never found by it) */
  query?: InputMaybe<Scalars['String']['input']>;
  responsibleLeaderId?: InputMaybe<Scalars['ID']['input']>;
  responsibleUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Signed on or after */
  signedFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Signed on or before */
  signedTo?: InputMaybe<Scalars['LocalDate']['input']>;
  stages?: InputMaybe<Array<ProjectStage>>;
  /** By agreed investment (TIER_THRESHOLDS_YI) */
  tiers?: InputMaybe<Array<InvestmentTier>>;
  types?: InputMaybe<Array<ProjectType>>;
};

/** The plan's counters on a date, computed from the stage log (countProjects in libs/domain) */
export type ProjectCounters = {
  __typename?: 'ProjectCounters';
  asOf: Scalars['LocalDate']['output'];
  chainId?: Maybe<Scalars['ID']['output']>;
  /** Counted from this date (the plan period by default) */
  from?: Maybe<Scalars['LocalDate']['output']>;
  /** Funds in place of the counted projects received by asOf, 亿元 */
  fundsInPlace: Scalars['Decimal']['output'];
  fundsInPlaceDomestic: Scalars['Decimal']['output'];
  fundsInPlaceForeign: Scalars['Decimal']['output'];
  industrialisation: Scalars['Int']['output'];
  /** Counted (signed, not dropped) projects of every type */
  signed: Scalars['Int']['output'];
  /** Sum of the agreed investment of the counted projects, 亿元 */
  signedAmount: Scalars['Decimal']['output'];
  targets: ProjectTargets;
  tier10To30: Scalars['Int']['output'];
  tier30Plus: Scalars['Int']['output'];
};

/** One entry of a project's timeline; the fields that apply to its kind are set */
export type ProjectEvent = {
  __typename?: 'ProjectEvent';
  actor?: Maybe<User>;
  actorId?: Maybe<Scalars['ID']['output']>;
  actualOn?: Maybe<Scalars['LocalDate']['output']>;
  amount?: Maybe<Scalars['Decimal']['output']>;
  at: Scalars['DateTime']['output'];
  /** FIELDS_CHANGED: what changed */
  changes: Array<ProjectFieldChange>;
  effectiveOn?: Maybe<Scalars['LocalDate']['output']>;
  fromStage?: Maybe<ProjectStage>;
  fundsKind?: Maybe<FundsKind>;
  id: Scalars['ID']['output'];
  /** Demo data (演示数据) invented by the seed */
  isDemo: Scalars['Boolean']['output'];
  issueId?: Maybe<Scalars['ID']['output']>;
  issueTitle?: Maybe<Scalars['String']['output']>;
  kind: ProjectEventKind;
  milestoneName?: Maybe<Scalars['String']['output']>;
  /** The note of a stage move */
  note?: Maybe<Scalars['String']['output']>;
  plannedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The reason of a hold, a drop or a reopened issue */
  reason?: Maybe<Scalars['String']['output']>;
  receivedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** ISSUE_CLOSED: the resolution */
  resolution?: Maybe<Scalars['String']['output']>;
  /** PROGRESS_UPDATE: the text */
  text?: Maybe<Scalars['String']['output']>;
  toStage?: Maybe<ProjectStage>;
};

export type ProjectEventKind =
  | 'CREATED'
  | 'FIELDS_CHANGED'
  | 'FUNDS_ADDED'
  | 'FUNDS_REMOVED'
  | 'ISSUE_CLOSED'
  | 'ISSUE_RAISED'
  | 'ISSUE_REOPENED'
  | 'ISSUE_STARTED'
  | 'MILESTONE_ADDED'
  | 'MILESTONE_CHANGED'
  | 'MILESTONE_REMOVED'
  | 'PROGRESS_UPDATE'
  | 'STAGE_MOVED';

/** One field changed by an edit, as text (dates YYYY-MM-DD, amounts in 亿元, ids as ids) */
export type ProjectFieldChange = {
  __typename?: 'ProjectFieldChange';
  field: Scalars['String']['output'];
  from?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['String']['output']>;
};

export type ProjectFunds = {
  __typename?: 'ProjectFunds';
  /** 亿元 */
  amount: Scalars['Decimal']['output'];
  enteredAt: Scalars['DateTime']['output'];
  enteredBy?: Maybe<User>;
  enteredById?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** Demo data (演示数据) invented by the seed, not a fact of the plan */
  isDemo: Scalars['Boolean']['output'];
  kind: FundsKind;
  projectId: Scalars['ID']['output'];
  receivedOn: Scalars['LocalDate']['output'];
  /** Where the money came from, as the assessment needs it */
  sourceNote?: Maybe<Scalars['String']['output']>;
};

/** When a project turns yellow or red (days, "at least") */
export type ProjectHealthRules = {
  __typename?: 'ProjectHealthRules';
  /** … red */
  milestoneRedAtDaysLate: Scalars['Int']['output'];
  /** An open milestone this many days late makes the light yellow */
  milestoneYellowAtDaysLate: Scalars['Int']['output'];
  /** … red */
  noUpdateRedAtDays: Scalars['Int']['output'];
  /** This many days without an update make the light yellow */
  noUpdateYellowAtDays: Scalars['Int']['output'];
};

/** Filters, sort and page of the project ledger (台账) */
export type ProjectListInput = {
  chainId?: InputMaybe<Scalars['ID']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Entered on or after */
  createdFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Entered on or before */
  createdTo?: InputMaybe<Scalars['LocalDate']['input']>;
  direction?: InputMaybe<SortDirection>;
  /** Count every matching project (the total is otherwise capped past the page) */
  exactTotal?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only demo data (true) or only real data (false) */
  isDemo?: InputMaybe<Scalars['Boolean']['input']>;
  /** By health light today (closed projects have none) */
  lights?: InputMaybe<Array<HealthLight>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** Only the signed-in user's projects */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  nodeId?: InputMaybe<Scalars['ID']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Words that must all appear in the name or the company's names (masked projects are never found by it) */
  query?: InputMaybe<Scalars['String']['input']>;
  responsibleLeaderId?: InputMaybe<Scalars['ID']['input']>;
  responsibleUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Signed on or after */
  signedFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Signed on or before */
  signedTo?: InputMaybe<Scalars['LocalDate']['input']>;
  sort?: InputMaybe<ProjectSortField>;
  stages?: InputMaybe<Array<ProjectStage>>;
  /** By agreed investment (TIER_THRESHOLDS_YI) */
  tiers?: InputMaybe<Array<InvestmentTier>>;
  types?: InputMaybe<Array<ProjectType>>;
};

export type ProjectMilestone = {
  __typename?: 'ProjectMilestone';
  /** When it was reached; null while open */
  actualOn?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  /** Demo data (演示数据) invented by the seed, not a fact of the plan */
  isDemo: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  plannedOn: Scalars['LocalDate']['output'];
  projectId: Scalars['ID']['output'];
};

/** One page of the project ledger (台账) */
export type ProjectPage = {
  __typename?: 'ProjectPage';
  items: Array<Project>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** Rows matching the filters on all pages; a lower bound when totalCapped (ask exactTotal for the exact count) */
  total: Scalars['Int']['output'];
  /** True when there are more than total rows: counting stopped 1,000 rows past the page */
  totalCapped: Scalars['Boolean']['output'];
};

export type ProjectSortField =
  | 'AGREED_INVESTMENT'
  | 'CREATED_ON'
  | 'LAST_UPDATE_ON'
  | 'NAME'
  | 'SIGNED_ON'
  | 'STAGE'
  | 'UPDATED_AT';

/** 洽谈 → 签约 → 注册 → 开工 → 投产 → 达产, or 终止 (dropped) */
export type ProjectStage =
  | 'AT_FULL_CAPACITY'
  | 'CONSTRUCTION_STARTED'
  | 'DROPPED'
  | 'IN_PRODUCTION'
  | 'NEGOTIATING'
  | 'ON_HOLD'
  | 'REGISTERED'
  | 'SIGNED';

export type ProjectStageLog = {
  __typename?: 'ProjectStageLog';
  actor?: Maybe<User>;
  actorId?: Maybe<Scalars['ID']['output']>;
  /** When the move took effect (may be backdated) */
  effectiveOn: Scalars['LocalDate']['output'];
  fromStage?: Maybe<ProjectStage>;
  id: Scalars['ID']['output'];
  /** Demo data (演示数据) invented by the seed, not a fact of the plan */
  isDemo: Scalars['Boolean']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The reason given for a hold or a drop */
  reason?: Maybe<Scalars['String']['output']>;
  /** When the move was recorded */
  recordedAt: Scalars['DateTime']['output'];
  source: StageMoveSource;
  toStage: ProjectStage;
};

/** The plan's project targets (PLAN_PROJECT_TARGETS) */
export type ProjectTargets = {
  __typename?: 'ProjectTargets';
  /** Industrialisation projects (50) */
  industrialisation: Scalars['Int']['output'];
  /** Industrialisation projects of 10–30亿 (5) */
  tier10To30: Scalars['Int']['output'];
  /** Industrialisation projects of ≥ 30亿 (3) */
  tier30Plus: Scalars['Int']['output'];
};

/** 产业化项目, regional HQ (区域总部), R&D centre (研发中心), platform (平台), other */
export type ProjectType =
  | 'INDUSTRIALISATION'
  | 'OTHER'
  | 'PLATFORM'
  | 'REGIONAL_HQ'
  | 'RND_CENTRE';

export type ProjectUpdate = {
  __typename?: 'ProjectUpdate';
  author?: Maybe<User>;
  authorId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** District calendar date of the update */
  createdOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** Demo data (演示数据) invented by the seed, not a fact of the plan */
  isDemo: Scalars['Boolean']['output'];
  projectId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

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
  /** Demo data (演示数据) invented by the seed, not a fact of the plan */
  isDemo: Scalars['Boolean']['output'];
  /** The lead it became */
  lead?: Maybe<Lead>;
  /** The lead it became, once turned into one */
  leadId?: Maybe<Scalars['ID']['output']>;
  node: ChainNode;
  nodeId: Scalars['ID']['output'];
  priority: Priority;
  reason: Scalars['String']['output'];
};

/** Which prospects to list: of a chain, of a node, of an assignee */
export type ProspectListInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  chainId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only those turned into leads; false: only those not yet */
  converted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Count every matching row (the total is otherwise capped past the page) */
  exactTotal?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  nodeId?: InputMaybe<Scalars['ID']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  priority?: InputMaybe<Priority>;
};

/** One page of prospects, with the total (capped unless exactTotal was asked) */
export type ProspectPage = {
  __typename?: 'ProspectPage';
  items: Array<Prospect>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** Rows matching the filters on all pages; a lower bound when totalCapped (ask exactTotal for the exact count) */
  total: Scalars['Int']['output'];
  /** True when there are more than total rows: counting stopped 1,000 rows past the page */
  totalCapped: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The audit trail, newest first, filtered by record, user and date range */
  auditEntries: AuditEntryPage;
  buildingSummary: BuildingSummary;
  chain: IndustryChain;
  /** A chain's whole map with each node's counts and the gap analysis */
  chainMap: ChainMapGraph;
  /** One node, with what sits on it */
  chainNode: ChainNode;
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
  /** The leaders' dashboard (驾驶舱) of the district, or of one chain, on a day */
  dashboard: Dashboard;
  /** A page of the open coordination issues behind a dashboard's figure (the district's, or one chain's), oldest first */
  dashboardOpenIssues: DashboardIssuePage;
  /** The recycle bin: deleted companies, most recently deleted first */
  deletedCompanies: CompanyPage;
  /** The recycle bin: deleted leads, most recently deleted first */
  deletedLeads: LeadPage;
  /** The recycle bin: deleted projects, most recently deleted first */
  deletedProjects: ProjectPage;
  departments: Array<Department>;
  /** The columns a table can export, with their headings */
  exportColumns: Array<ExportColumnInfo>;
  /** How far a confirmed import has got */
  importProgress: ImportProgress;
  /** The actuals entered for an indicator or a chain target, latest period first */
  indicatorActuals: Array<IndicatorActual>;
  /** Where every indicator (or one chain's targets) stands at the end of a year or a quarter */
  indicatorStandings: Array<IndicatorStanding>;
  /** The land ledger: idle, low-efficiency and unsupplied parcels */
  landParcels: Array<LandParcel>;
  landSummary: LandSummary;
  /** The plan's own district totals of idle, low-efficiency and unsupplied land */
  landTotals: Array<LandTotal>;
  /** A lead; a confidential one is masked for those without access */
  lead: Lead;
  /** The lead time rules in force */
  leadTimeRules: LeadTimeRules;
  /** The lead table: filters, sort and one page, with the total */
  leads: LeadPage;
  /** The signed-in user */
  me: User;
  meeting: Meeting;
  /** The ledger of the meeting's scope (调度表) as .xlsx: as frozen when held, else as of now */
  meetingLedger: MeetingPaper;
  /** The minutes (会议纪要) as .docx: as frozen when the meeting was held, else as of now */
  meetingMinutes: MeetingPaper;
  /** The figures of the held meetings covering a chain (or every meeting), oldest first */
  meetingTrend: Array<MeetingFigures>;
  /** One page of the progress meetings (项目推进会), latest first, with the total; with a chain, those covering it */
  meetings: MeetingPage;
  /** Your action items (督办事项): open ones, earliest due first (done ones too when asked); the first `limit` when given */
  myActionItems: Array<ActionItem>;
  /** "My work": your open leads, overdue next actions, stale leads, overdue first contacts and assessments, today’s follow-ups, prospects; each list as its count and first rows */
  myWork: WorkSummary;
  /** Buildings, of one zone or all */
  placeBuildings: Array<PlaceBuilding>;
  /** The zones of the plan's spatial structure, its communities, streets and 科创空间 */
  placeZones: Array<PlaceZone>;
  /** The plan's indicators: table 2 in its order, then the targets its text states */
  planIndicators: Array<PlanIndicator>;
  /** A project; a confidential one is masked for those without access */
  project: Project;
  /** The kanban: per stage the count, the total agreed investment and the first cards */
  projectBoard: ProjectBoard;
  /** Where a project can land: vacant carriers with room for its land or floor-space need, in its chain's zones */
  projectCarrierMatches: Array<CarrierMatch>;
  /** The plan's project counters on a date, computed from the stage log, beside the plan's targets */
  projectCounters: ProjectCounters;
  /** The health rules in force */
  projectHealthRules: ProjectHealthRules;
  /** The project ledger (台账): filters, sort and one page, with the total */
  projects: ProjectPage;
  /** Prospects (目标企业) of a chain, a node or an assignee, high priority first */
  prospects: ProspectPage;
  /** The months whose rankings are published (frozen), latest first */
  publishedRankingMonths: Array<Scalars['String']['output']>;
  /** A month's ranking (kind CHAIN or DEPARTMENT): frozen once published, computed from the records until then */
  ranking: Ranking;
  /** The ranking weights and monthly targets in force */
  rankingConfig: RankingConfig;
  /** The signed-in user's saved views, of one table or all */
  savedViews: Array<SavedView>;
  /** One search over company names and aliases, lead titles and contact summaries */
  search: SearchResult;
  /** One user */
  user: User;
  /** One page of the accounts (the admin's user list) by the filter, widest role first, then by username, with the total */
  userPage: UserPage;
  /** Every account matching the filter, for pickers (owners, leaders, attendees); the admin lists them by page with userPage */
  users: Array<User>;
};


export type QueryAuditEntriesArgs = {
  input?: InputMaybe<AuditEntriesInput>;
};


export type QueryBuildingSummaryArgs = {
  asOf: Scalars['LocalDate']['input'];
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
  limit?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryDashboardArgs = {
  asOf: Scalars['LocalDate']['input'];
  chainId?: InputMaybe<Scalars['ID']['input']>;
  includeDemo?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryDashboardOpenIssuesArgs = {
  asOf: Scalars['LocalDate']['input'];
  chainId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDeletedCompaniesArgs = {
  page?: InputMaybe<PageArgs>;
};


export type QueryDeletedLeadsArgs = {
  page?: InputMaybe<PageArgs>;
};


export type QueryDeletedProjectsArgs = {
  page?: InputMaybe<PageArgs>;
};


export type QueryDepartmentsArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryExportColumnsArgs = {
  table: ExportTable;
};


export type QueryImportProgressArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndicatorActualsArgs = {
  chainTargetId?: InputMaybe<Scalars['ID']['input']>;
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryIndicatorStandingsArgs = {
  input: IndicatorStandingsInput;
};


export type QueryLandSummaryArgs = {
  asOf: Scalars['LocalDate']['input'];
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadsArgs = {
  input?: InputMaybe<LeadListInput>;
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingLedgerArgs = {
  meetingId: Scalars['ID']['input'];
};


export type QueryMeetingMinutesArgs = {
  meetingId: Scalars['ID']['input'];
};


export type QueryMeetingTrendArgs = {
  chainId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMeetingsArgs = {
  chainId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageArgs>;
};


export type QueryMyActionItemsArgs = {
  includeDone?: InputMaybe<Scalars['Boolean']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyWorkArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlaceBuildingsArgs = {
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectBoardArgs = {
  input?: InputMaybe<ProjectBoardInput>;
};


export type QueryProjectCarrierMatchesArgs = {
  projectId: Scalars['ID']['input'];
  zoneId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProjectCountersArgs = {
  asOf: Scalars['LocalDate']['input'];
  chainId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  includeDemo?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryProjectsArgs = {
  input?: InputMaybe<ProjectListInput>;
};


export type QueryProspectsArgs = {
  input?: InputMaybe<ProspectListInput>;
};


export type QueryRankingArgs = {
  includeDemo?: InputMaybe<Scalars['Boolean']['input']>;
  kind: Scalars['String']['input'];
  month: Scalars['String']['input'];
};


export type QuerySavedViewsArgs = {
  tableKey?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  input: SearchInput;
};


export type QueryUserArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryUserPageArgs = {
  filter?: InputMaybe<UserFilterInput>;
  page?: InputMaybe<PageArgs>;
};


export type QueryUsersArgs = {
  filter?: InputMaybe<UserFilterInput>;
  roles?: InputMaybe<Array<Role>>;
};

/** A coordination request (需协调事项): what is needed, from which unit (a department and/or a name), by when */
export type RaiseCoordinationIssueInput = {
  detail?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  fromDepartmentId?: InputMaybe<Scalars['ID']['input']>;
  /** The unit asked, as text, when it is not in the department list */
  fromUnit?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
  /** What is needed */
  title: Scalars['String']['input'];
};

/** A monthly ranking of chains or lead departments: live until published, frozen after */
export type Ranking = {
  __typename?: 'Ranking';
  kind: Scalars['String']['output'];
  lines: Array<RankingLine>;
  month: Scalars['String']['output'];
  /** Whether the month is published (its figures frozen) */
  published: Scalars['Boolean']['output'];
};

/** The monthly targets each ranked subject is measured against, and the weights (AppSetting rankingConfig) */
export type RankingConfig = {
  __typename?: 'RankingConfig';
  /** 亿元 of funds in place a month */
  fundsInPlaceTarget: Scalars['Float']['output'];
  /** 亿元 signed a month */
  signedAmountTarget: Scalars['Float']['output'];
  /** Projects signed a month */
  signedCountTarget: Scalars['Float']['output'];
  weights: RankingWeights;
};

/** New ranking weights and monthly targets; weights ≥ 0, not all zero */
export type RankingConfigInput = {
  fundsInPlace: Scalars['Float']['input'];
  fundsInPlaceTarget: Scalars['Float']['input'];
  issuesClosedOnTime: Scalars['Float']['input'];
  leadActivity: Scalars['Float']['input'];
  signedAmount: Scalars['Float']['input'];
  signedAmountTarget: Scalars['Float']['input'];
  signedCount: Scalars['Float']['input'];
  signedCountTarget: Scalars['Float']['input'];
  startedOnTime: Scalars['Float']['input'];
};

/** A subject's month: the figures its score is computed from */
export type RankingFigures = {
  __typename?: 'RankingFigures';
  /** 亿元 */
  fundsInPlace: Scalars['Float']['output'];
  fundsInPlaceTarget: Scalars['Float']['output'];
  interactions: Scalars['Int']['output'];
  issuesClosedOnTime: Scalars['Int']['output'];
  issuesDue: Scalars['Int']['output'];
  /** 亿元 */
  signedAmount: Scalars['Float']['output'];
  signedAmountTarget: Scalars['Float']['output'];
  signedCount: Scalars['Int']['output'];
  signedCountTarget: Scalars['Float']['output'];
  startsDue: Scalars['Int']['output'];
  startsOnTime: Scalars['Int']['output'];
};

export type RankingLine = {
  __typename?: 'RankingLine';
  figures: RankingFigures;
  rank: Scalars['Int']['output'];
  score: Scalars['Float']['output'];
  subjectId: Scalars['String']['output'];
  subjectName: Scalars['String']['output'];
  weights: RankingWeights;
};

/** The weights of the six parts of the monthly ranking score */
export type RankingWeights = {
  __typename?: 'RankingWeights';
  fundsInPlace: Scalars['Float']['output'];
  issuesClosedOnTime: Scalars['Float']['output'];
  leadActivity: Scalars['Float']['output'];
  signedAmount: Scalars['Float']['output'];
  signedCount: Scalars['Float']['output'];
  startedOnTime: Scalars['Float']['output'];
};

/** An actual value of an indicator or of a chain target for a year or a quarter */
export type RecordIndicatorActualInput = {
  /** One of a chain's targets (or indicatorId) */
  chainTargetId?: InputMaybe<Scalars['ID']['input']>;
  /** One of the plan's indicators (or chainTargetId) */
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  /** 1–4; none for the whole year */
  quarter?: InputMaybe<Scalars['Int']['input']>;
  /** Where the figure comes from */
  sourceNote: Scalars['String']['input'];
  /** The figure, in the unit of the indicator */
  value?: InputMaybe<Scalars['Decimal']['input']>;
  /** How it stands in words, for an indicator the plan states in words */
  valueText?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

/** What was said and decided on an item */
export type RecordMeetingItemInput = {
  /** The decisions, replacing those recorded */
  decisions?: InputMaybe<Array<Scalars['String']['input']>>;
  discussion?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
};

export type RefreshSessionInput = {
  /** The refresh token of the last sign-in or renewal */
  refreshToken: Scalars['String']['input'];
};

export type ReorderMeetingItemsInput = {
  /** Every item of the meeting, in the new order */
  itemIds: Array<Scalars['ID']['input']>;
  meetingId: Scalars['ID']['input'];
};

export type ResetPasswordInput = {
  /** The temporary password; one is generated (and answered once) when left out */
  password?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};

/** The paths of the plan's 专栏2 */
export type RevitalisationPath =
  | 'AGREED_SWAP'
  | 'CAPITAL_INCREASE'
  | 'EQUITY_ACQUISITION'
  | 'IDLE_DISPOSAL'
  | 'LEASEBACK'
  | 'MERGER'
  | 'NEGOTIATED_RECOVERY';

/** What a user may do (see the permissions table) */
export type Role =
  | 'ADMIN'
  | 'CHAIN_LEADER'
  | 'DISTRICT_LEADER'
  | 'INVESTMENT_STAFF'
  | 'LEAD_DEPARTMENT_MEMBER'
  | 'MEETING_SECRETARY'
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

export type SetMeetingStatusInput = {
  meetingId: Scalars['ID']['input'];
  status: MeetingStatus;
};

/** A project's carrier among the places: a zone, a building, a land parcel (null clears one) */
export type SetProjectCarrierInput = {
  carrierBuildingId?: InputMaybe<Scalars['ID']['input']>;
  carrierParcelId?: InputMaybe<Scalars['ID']['input']>;
  carrierZoneId?: InputMaybe<Scalars['ID']['input']>;
  /** The version of the project the editor saw */
  expectedVersion: Scalars['Int']['input'];
  projectId: Scalars['ID']['input'];
};

export type SignInInput = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

/** A session started or renewed: a short-lived access token and the refresh token that renews it once */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** When the access token stops being accepted: renew it before with refreshSession */
  expiresAt: Scalars['DateTime']['output'];
  /** Renews the session once (refreshSession); each renewal answers a new one */
  refreshToken: Scalars['String']['output'];
  /** Access token for the Authorization header (Bearer); short-lived */
  token: Scalars['String']['output'];
  user: User;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** One staff member's lead activity this month */
export type StaffActivity = {
  __typename?: 'StaffActivity';
  /** Interactions recorded */
  interactions: Scalars['Int']['output'];
  /** Distinct leads touched */
  leads: Scalars['Int']['output'];
  userId: Scalars['ID']['output'];
};

export type StageCount = {
  __typename?: 'StageCount';
  count: Scalars['Int']['output'];
  stage: ProjectStage;
};

export type StageMoveSource =
  | 'APP'
  | 'IMPORT'
  | 'SEED';

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

/** The closure rate (办结率) of the issues of the projects a unit is responsible for */
export type UnitClosureRate = {
  __typename?: 'UnitClosureRate';
  closed: Scalars['Int']['output'];
  percent: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  /** The responsible unit; null for projects without one */
  unit?: Maybe<Scalars['String']['output']>;
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
  /** Where the status comes from; a status set without it is the editor's judgement */
  statusSource?: InputMaybe<NodeStatusSource>;
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

export type UpdateDepartmentInput = {
  departmentId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** null or blank: none */
  shortName?: InputMaybe<Scalars['String']['input']>;
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

export type UpdateMeetingInput = {
  attendees?: InputMaybe<Array<MeetingAttendeeInput>>;
  chairId?: InputMaybe<Scalars['ID']['input']>;
  meetingId: Scalars['ID']['input'];
  place?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
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

/** New health rules (admins); red must be no sooner than yellow */
export type UpdateProjectHealthRulesInput = {
  milestoneRedAtDaysLate: Scalars['Int']['input'];
  milestoneYellowAtDaysLate: Scalars['Int']['input'];
  noUpdateRedAtDays: Scalars['Int']['input'];
  noUpdateYellowAtDays: Scalars['Int']['input'];
};

/** Changes to a project (not its stage: see moveProjectStage); a field left out stays, null clears it. expectedVersion is the version you saw: a newer one refuses the change with CONFLICT and the current values in extensions.current */
export type UpdateProjectInput = {
  agreedInvestment?: InputMaybe<Scalars['Decimal']['input']>;
  carrier?: InputMaybe<Scalars['String']['input']>;
  /** Moving a project to another chain drops its nodes unless nodeIds names new ones */
  chainId?: InputMaybe<Scalars['ID']['input']>;
  codeName?: InputMaybe<Scalars['String']['input']>;
  companyId?: InputMaybe<Scalars['ID']['input']>;
  confidential?: InputMaybe<Scalars['Boolean']['input']>;
  expectedJobs?: InputMaybe<Scalars['Int']['input']>;
  expectedOutput?: InputMaybe<Scalars['Decimal']['input']>;
  expectedTax?: InputMaybe<Scalars['Decimal']['input']>;
  expectedVersion: Scalars['Int']['input'];
  floorSpaceM2?: InputMaybe<Scalars['Decimal']['input']>;
  foreignAmount?: InputMaybe<Scalars['Decimal']['input']>;
  foreignCurrency?: InputMaybe<Scalars['String']['input']>;
  landAreaMu?: InputMaybe<Scalars['Decimal']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the nodes */
  nodeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  projectId: Scalars['ID']['input'];
  /** A correction; set by the REGISTERED move */
  registeredCompanyName?: InputMaybe<Scalars['String']['input']>;
  /** A correction; set by the REGISTERED move */
  registeredCreditCode?: InputMaybe<Scalars['String']['input']>;
  responsibleLeaderId?: InputMaybe<Scalars['ID']['input']>;
  responsibleUnitId?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<ProjectType>;
};

/** Changes to a milestone; a field left out stays, actualOn null reopens it */
export type UpdateProjectMilestoneInput = {
  actualOn?: InputMaybe<Scalars['LocalDate']['input']>;
  milestoneId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  plannedOn?: InputMaybe<Scalars['LocalDate']['input']>;
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

/** Changes an account: only the fields given */
export type UpdateUserInput = {
  /** Replaces the assigned chains (an empty list: none) */
  chainIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** null: no department */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<Role>>;
  userId: Scalars['ID']['input'];
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  /** Chains the user is assigned to (their own chains, beside those they lead or their department leads) */
  chainIds: Array<Scalars['ID']['output']>;
  department?: Maybe<Department>;
  departmentId?: Maybe<Scalars['ID']['output']>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When the user last signed in */
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the user's role may own leads (the permission 'lead.own'; chain leaders and lead-department members only on their own chains): owner pickers offer only these users */
  mayOwnLeads: Scalars['Boolean']['output'];
  /** The password was set by an admin (or the seed) and must be changed before anything else */
  mustChangePassword: Scalars['Boolean']['output'];
  /** The primary role: the first of `roles` in the domain's role order (widest rights first) */
  role: Role;
  /** Every role the user holds; the permissions are the union of theirs */
  roles: Array<Role>;
  username: Scalars['String']['output'];
};

export type UserFilterInput = {
  /** Active (true) or disabled (false) accounts only */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Users assigned to this chain (user_chain) */
  chainId?: InputMaybe<Scalars['ID']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Users holding any of these roles */
  roles?: InputMaybe<Array<Role>>;
  /** Part of the username or display name */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** One page of the accounts (the admin's user list), widest role first, then by username */
export type UserPage = {
  __typename?: 'UserPage';
  items: Array<User>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** Rows matching the filters on all pages; a lower bound when totalCapped (ask exactTotal for the exact count) */
  total: Scalars['Int']['output'];
  /** True when there are more than total rows: counting stopped 1,000 rows past the page */
  totalCapped: Scalars['Boolean']['output'];
};

/** An account with the temporary password it was given: shown once, never again */
export type UserWithPassword = {
  __typename?: 'UserWithPassword';
  /** The temporary password: the user signs in with it and must change it */
  temporaryPassword: Scalars['String']['output'];
  user: User;
};

/** One "My work" list: how many leads it holds, and which are its first rows (next action due first, so the most overdue first, then the oldest) */
export type WorkLeadList = {
  __typename?: 'WorkLeadList';
  /** The first rows' ids, in order (the leads themselves are in the summary's leads); the lead table with the same filter pages through all of them */
  leadIds: Array<Scalars['ID']['output']>;
  /** How many leads the list holds in all */
  total: Scalars['Int']['output'];
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
  /** True when the owner, due date and status were invented for demonstration (the plan names the task only) */
  isDemo: Scalars['Boolean']['output'];
  /** The department responsible (责任单位) */
  ownerDepartment?: Maybe<Department>;
  ownerDepartmentId?: Maybe<Scalars['ID']['output']>;
  sortOrder: Scalars['Int']['output'];
  status: TaskStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  workPlanId: Scalars['ID']['output'];
};

/** The prospects not yet turned into leads: how many, and the first of them (highest priority first) */
export type WorkProspectList = {
  __typename?: 'WorkProspectList';
  items: Array<Prospect>;
  total: Scalars['Int']['output'];
};

/** "My work": the open leads of a staff member (or of a chain) and what they need today, each list as its count and first rows */
export type WorkSummary = {
  __typename?: 'WorkSummary';
  assessmentOverdue: WorkLeadList;
  /** Open leads raising at least one alarm today (each counted once) */
  attention: Scalars['Int']['output'];
  /** The chain, for a chain view */
  chain?: Maybe<ChainRef>;
  /** Today's follow-ups: next actions due today */
  dueToday: WorkLeadList;
  firstContactOverdue: WorkLeadList;
  /** Every lead the lists show, each once (a lead may be in several lists) */
  leads: Array<Lead>;
  /** The most rows each list answers */
  limit: Scalars['Int']['output'];
  /** Open leads */
  openLeads: WorkLeadList;
  overdueNextActions: WorkLeadList;
  /** Prospects not yet turned into leads (assigned to me, or on the chain) */
  prospects: WorkProspectList;
  rules: LeadTimeRules;
  stale: WorkLeadList;
  today: Scalars['LocalDate']['output'];
};

/** CORE 核心, SUPPORT 支撑, RENEWAL_UNIT 有机更新单元, COMMUNITY 产业社区, STREET 特色街巷, SPACE 高品质科创空间, CLUSTER 楼宇集聚区, FUNCTION_AREA 产业功能区, PARK 产业园区, ENCLAVE 飞地园区 */
export type ZoneKind =
  | 'CLUSTER'
  | 'COMMUNITY'
  | 'CORE'
  | 'ENCLAVE'
  | 'FUNCTION_AREA'
  | 'PARK'
  | 'RENEWAL_UNIT'
  | 'SPACE'
  | 'STREET'
  | 'SUPPORT';

export type AuditEntriesQueryVariables = Exact<{
  input?: InputMaybe<AuditEntriesInput>;
}>;


export type AuditEntriesQuery = { __typename?: 'Query', auditEntries: { __typename?: 'AuditEntryPage', total: number, offset: number, limit: number, items: Array<{ __typename?: 'AuditEntry', id: string, at: string, operation?: string | null, action: string, entityType: string, entityId: string, recordType: string, recordId: string, chainId?: string | null, before?: any | null, after?: any | null, requestId?: string | null, address?: string | null, actor?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type ExportAuditEntriesMutationVariables = Exact<{
  input?: InputMaybe<AuditEntriesInput>;
}>;


export type ExportAuditEntriesMutation = { __typename?: 'Mutation', exportAuditEntries: { __typename?: 'AuditTrailFile', fileName: string, contentBase64: string, rows: number, total: number, cap: number, capped: boolean } };

export type RecycleBinQueryVariables = Exact<{
  page?: InputMaybe<PageArgs>;
}>;


export type RecycleBinQuery = { __typename?: 'Query', deletedCompanies: { __typename?: 'CompanyPage', total: number, items: Array<{ __typename?: 'Company', id: string, name: string, deletedAt?: string | null, deletedById?: string | null, mergedIntoId?: string | null }> }, deletedLeads: { __typename?: 'LeadPage', total: number, items: Array<{ __typename?: 'Lead', id: string, title: string, deletedAt?: string | null, deletedById?: string | null }> }, deletedProjects: { __typename?: 'ProjectPage', total: number, items: Array<{ __typename?: 'Project', id: string, name: string, deletedAt?: string | null, deletedById?: string | null }> } };

export type RestoreCompanyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreCompanyMutation = { __typename?: 'Mutation', restoreCompany: { __typename?: 'Company', id: string } };

export type RestoreLeadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreLeadMutation = { __typename?: 'Mutation', restoreLead: { __typename?: 'Lead', id: string } };

export type RestoreProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreProjectMutation = { __typename?: 'Mutation', restoreProject: { __typename?: 'Project', id: string } };

export type AdminUserFieldsFragment = { __typename?: 'User', id: string, username: string, displayName: string, role: Role, roles: Array<Role>, chainIds: Array<string>, active: boolean, mustChangePassword: boolean, lastSignInAt?: string | null, departmentId?: string | null, department?: { __typename?: 'Department', id: string, name: string } | null };

export type AdminUsersQueryVariables = Exact<{
  filter?: InputMaybe<UserFilterInput>;
}>;


export type AdminUsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, username: string, displayName: string, role: Role, roles: Array<Role>, chainIds: Array<string>, active: boolean, mustChangePassword: boolean, lastSignInAt?: string | null, departmentId?: string | null, department?: { __typename?: 'Department', id: string, name: string } | null }> };

export type AdminUserPageQueryVariables = Exact<{
  filter?: InputMaybe<UserFilterInput>;
  page?: InputMaybe<PageArgs>;
}>;


export type AdminUserPageQuery = { __typename?: 'Query', userPage: { __typename?: 'UserPage', total: number, totalCapped: boolean, offset: number, limit: number, items: Array<{ __typename?: 'User', id: string, username: string, displayName: string, role: Role, roles: Array<Role>, chainIds: Array<string>, active: boolean, mustChangePassword: boolean, lastSignInAt?: string | null, departmentId?: string | null, department?: { __typename?: 'Department', id: string, name: string } | null }> } };

export type AdminChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminChainsQuery = { __typename?: 'Query', chains: Array<{ __typename?: 'IndustryChain', id: string, name: string }> };

export type AdminDepartmentFieldsFragment = { __typename?: 'Department', id: string, name: string, shortName?: string | null, active: boolean };

export type AdminDepartmentsQueryVariables = Exact<{
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AdminDepartmentsQuery = { __typename?: 'Query', departments: Array<{ __typename?: 'Department', id: string, name: string, shortName?: string | null, active: boolean }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'UserWithPassword', temporaryPassword: string, user: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, roles: Array<Role>, chainIds: Array<string>, active: boolean, mustChangePassword: boolean, lastSignInAt?: string | null, departmentId?: string | null, department?: { __typename?: 'Department', id: string, name: string } | null } } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, roles: Array<Role>, chainIds: Array<string>, active: boolean, mustChangePassword: boolean, lastSignInAt?: string | null, departmentId?: string | null, department?: { __typename?: 'Department', id: string, name: string } | null } };

export type SetUserActiveMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
}>;


export type SetUserActiveMutation = { __typename?: 'Mutation', setUserActive: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, roles: Array<Role>, chainIds: Array<string>, active: boolean, mustChangePassword: boolean, lastSignInAt?: string | null, departmentId?: string | null, department?: { __typename?: 'Department', id: string, name: string } | null } };

export type ResetUserPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetUserPasswordMutation = { __typename?: 'Mutation', resetUserPassword: { __typename?: 'UserWithPassword', temporaryPassword: string, user: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, roles: Array<Role>, chainIds: Array<string>, active: boolean, mustChangePassword: boolean, lastSignInAt?: string | null, departmentId?: string | null, department?: { __typename?: 'Department', id: string, name: string } | null } } };

export type CreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type CreateDepartmentMutation = { __typename?: 'Mutation', createDepartment: { __typename?: 'Department', id: string, name: string, shortName?: string | null, active: boolean } };

export type UpdateDepartmentMutationVariables = Exact<{
  input: UpdateDepartmentInput;
}>;


export type UpdateDepartmentMutation = { __typename?: 'Mutation', updateDepartment: { __typename?: 'Department', id: string, name: string, shortName?: string | null, active: boolean } };

export type SetDepartmentActiveMutationVariables = Exact<{
  departmentId: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
}>;


export type SetDepartmentActiveMutation = { __typename?: 'Mutation', setDepartmentActive: { __typename?: 'Department', id: string, name: string, shortName?: string | null, active: boolean } };

export type CurrentUserFieldsFragment = { __typename?: 'User', id: string, username: string, displayName: string, role: Role, roles: Array<Role>, chainIds: Array<string>, mustChangePassword: boolean, departmentId?: string | null, department?: { __typename?: 'Department', id: string, name: string } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, roles: Array<Role>, chainIds: Array<string>, mustChangePassword: boolean, departmentId?: string | null, department?: { __typename?: 'Department', id: string, name: string } | null } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'SignInPayload', token: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, roles: Array<Role>, chainIds: Array<string>, mustChangePassword: boolean, departmentId?: string | null, department?: { __typename?: 'Department', id: string, name: string } | null } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'SignInPayload', token: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, roles: Array<Role>, chainIds: Array<string>, mustChangePassword: boolean, departmentId?: string | null, department?: { __typename?: 'Department', id: string, name: string } | null } } };

export type ChainMapNodeFieldsFragment = { __typename?: 'MapNode', id: string, parentId?: string | null, name: string, description: string, position?: NodePosition | null, status: NodeStatus, statusSource: NodeStatusSource, isHighEnd: boolean, isKey: boolean, industryCode?: string | null, sortOrder: number, depth: number, version: number, anchorCompanies: number, localCompanies: number, targetCompanies: number, activeLeads: number, activeProjects: number, isGap: boolean, isUncovered: boolean, projectsByStage: Array<{ __typename?: 'StageCount', stage: ProjectStage, count: number }> };

export type ChainMapPageQueryVariables = Exact<{
  chainId: Scalars['ID']['input'];
}>;


export type ChainMapPageQuery = { __typename?: 'Query', chain: { __typename?: 'IndustryChain', id: string, name: string, leaderId: string, leadDepartmentId: string }, chainMap: { __typename?: 'ChainMapGraph', chainId: string, chainName: string, mapId: string, title: string, nodes: Array<{ __typename?: 'MapNode', id: string, parentId?: string | null, name: string, description: string, position?: NodePosition | null, status: NodeStatus, statusSource: NodeStatusSource, isHighEnd: boolean, isKey: boolean, industryCode?: string | null, sortOrder: number, depth: number, version: number, anchorCompanies: number, localCompanies: number, targetCompanies: number, activeLeads: number, activeProjects: number, isGap: boolean, isUncovered: boolean, projectsByStage: Array<{ __typename?: 'StageCount', stage: ProjectStage, count: number }> }>, edges: Array<{ __typename?: 'ChainEdge', id: string, fromId: string, toId: string }>, summary: { __typename?: 'GapSummary', nodes: number, strong: number, weak: number, missing: number, uncovered: number } } };

export type ChainMapNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  companiesLimit?: InputMaybe<Scalars['Int']['input']>;
  companiesOffset?: InputMaybe<Scalars['Int']['input']>;
  leadsLimit?: InputMaybe<Scalars['Int']['input']>;
  leadsOffset?: InputMaybe<Scalars['Int']['input']>;
  projectsLimit?: InputMaybe<Scalars['Int']['input']>;
  projectsOffset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ChainMapNodeQuery = { __typename?: 'Query', chainNode: { __typename?: 'ChainNode', id: string, name: string, description: string, status: NodeStatus, position?: NodePosition | null, isHighEnd: boolean, isKey: boolean, industryCode?: string | null, version: number, companyCount: number, leadCount: number, projectCount: number, companies: Array<{ __typename?: 'NodeCompany', id: string, role: CompanyRole, company: { __typename?: 'Company', id: string, name: string, isLocal: boolean } }>, leads: Array<{ __typename?: 'Lead', id: string, title: string, status: LeadStatus, company?: { __typename?: 'Company', id: string, name: string } | null }>, projects: Array<{ __typename?: 'Project', id: string, name: string, stage: ProjectStage, investment?: string | null, company?: { __typename?: 'Company', id: string, name: string } | null }>, policies: Array<{ __typename?: 'Policy', id: string, title: string, documentNumber: string }> } };

export type AddChainMapNodeMutationVariables = Exact<{
  input: AddChainNodeInput;
}>;


export type AddChainMapNodeMutation = { __typename?: 'Mutation', addChainNode: { __typename?: 'ChainNode', id: string, name: string, version: number } };

export type UpdateChainMapNodeMutationVariables = Exact<{
  input: UpdateChainNodeInput;
}>;


export type UpdateChainMapNodeMutation = { __typename?: 'Mutation', updateChainNode: { __typename?: 'ChainNode', id: string, name: string, version: number } };

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


export type ChainsOverviewQuery = { __typename?: 'Query', chains: Array<{ __typename?: 'IndustryChain', id: string, name: string, track: ChainTrack, leader: { __typename?: 'User', id: string, displayName: string }, leadDepartment: { __typename?: 'Department', id: string, name: string }, map: { __typename?: 'ChainMap', id: string, nodeCount: number }, workPlan: { __typename?: 'WorkPlan', id: string, progress: { __typename?: 'WorkPlanProgress', done: number, total: number, percent: number } }, policySet: { __typename?: 'PolicySet', id: string, policies: Array<{ __typename?: 'Policy', id: string }> }, targets: Array<{ __typename?: 'ChainTarget', id: string, metric: string, comparator: TargetComparator, value: string, unit: string, year: number, quote: string, baselineValue?: string | null, baselineYear?: number | null }> }> };

export type ChainTargetFieldsFragment = { __typename?: 'ChainTarget', id: string, metric: string, comparator: TargetComparator, value: string, unit: string, year: number, quote: string, baselineValue?: string | null, baselineYear?: number | null };

export type WorkPlanTaskFieldsFragment = { __typename?: 'WorkPlanTask', id: string, title: string, description: string, status: TaskStatus, dueDate?: string | null, completedAt?: string | null, sortOrder: number, isDemo: boolean, ownerDepartmentId?: string | null, ownerDepartment?: { __typename?: 'Department', id: string, name: string } | null };

export type PolicyFieldsFragment = { __typename?: 'Policy', id: string, title: string, documentNumber: string, issuer: string, validFrom?: string | null, validTo?: string | null, summary: string, isDemo: boolean };

export type ChainDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChainDetailQuery = { __typename?: 'Query', chain: { __typename?: 'IndustryChain', id: string, code: string, name: string, track: ChainTrack, description: string, leaderId: string, leadDepartmentId: string, leader: { __typename?: 'User', id: string, displayName: string, role: Role, department?: { __typename?: 'Department', id: string, name: string } | null }, leadDepartment: { __typename?: 'Department', id: string, name: string, shortName?: string | null }, targets: Array<{ __typename?: 'ChainTarget', id: string, metric: string, comparator: TargetComparator, value: string, unit: string, year: number, quote: string, baselineValue?: string | null, baselineYear?: number | null }>, map: { __typename?: 'ChainMap', id: string, title: string, nodeCount: number, focusDirections: Array<{ __typename?: 'ChainNode', id: string, name: string, description: string, sortOrder: number }> }, workPlan: { __typename?: 'WorkPlan', id: string, title: string, progress: { __typename?: 'WorkPlanProgress', done: number, total: number, percent: number }, tasks: Array<{ __typename?: 'WorkPlanTask', id: string, title: string, description: string, status: TaskStatus, dueDate?: string | null, completedAt?: string | null, sortOrder: number, isDemo: boolean, ownerDepartmentId?: string | null, ownerDepartment?: { __typename?: 'Department', id: string, name: string } | null }> }, policySet: { __typename?: 'PolicySet', id: string, title: string, policies: Array<{ __typename?: 'Policy', id: string, title: string, documentNumber: string, issuer: string, validFrom?: string | null, validTo?: string | null, summary: string, isDemo: boolean }> } } };

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


export type AddWorkPlanTaskMutation = { __typename?: 'Mutation', addWorkPlanTask: { __typename?: 'WorkPlanTask', id: string, title: string, description: string, status: TaskStatus, dueDate?: string | null, completedAt?: string | null, sortOrder: number, isDemo: boolean, ownerDepartmentId?: string | null, ownerDepartment?: { __typename?: 'Department', id: string, name: string } | null } };

export type UpdateWorkPlanTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type UpdateWorkPlanTaskMutation = { __typename?: 'Mutation', updateWorkPlanTask: { __typename?: 'WorkPlanTask', id: string, title: string, description: string, status: TaskStatus, dueDate?: string | null, completedAt?: string | null, sortOrder: number, isDemo: boolean, ownerDepartmentId?: string | null, ownerDepartment?: { __typename?: 'Department', id: string, name: string } | null } };

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

export type CompanyHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type CompanyHistoryQuery = { __typename?: 'Query', company: { __typename?: 'Company', id: string, historyCount: number, history: Array<{ __typename?: 'AuditEntry', id: string, at: string, action: string, operation?: string | null, entityType: string, before?: any | null, after?: any | null, actor?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type DeleteCompanyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCompanyMutation = { __typename?: 'Mutation', deleteCompany: string };

export type CompanyTagFieldsFragment = { __typename?: 'CompanyTag', id: string, year: number, listId: string, list: { __typename?: 'CompanyList', id: string, name: string, category: CompanyListCategory, level?: ListLevel | null } };

export type CompanyRowFieldsFragment = { __typename?: 'Company', id: string, name: string, englishName?: string | null, aliases: Array<string>, creditCode?: string | null, province?: string | null, city?: string | null, headquarters?: string | null, isListed: boolean, isLocal: boolean, openLeadCount: number, lastContactOn?: string | null, updatedAt: string, tags: Array<{ __typename?: 'CompanyTag', id: string, year: number, listId: string, list: { __typename?: 'CompanyList', id: string, name: string, category: CompanyListCategory, level?: ListLevel | null } }> };

export type CompaniesQueryVariables = Exact<{
  input?: InputMaybe<CompanyListInput>;
}>;


export type CompaniesQuery = { __typename?: 'Query', companies: { __typename?: 'CompanyPage', total: number, totalCapped: boolean, offset: number, limit: number, items: Array<{ __typename?: 'Company', id: string, name: string, englishName?: string | null, aliases: Array<string>, creditCode?: string | null, province?: string | null, city?: string | null, headquarters?: string | null, isListed: boolean, isLocal: boolean, openLeadCount: number, lastContactOn?: string | null, updatedAt: string, tags: Array<{ __typename?: 'CompanyTag', id: string, year: number, listId: string, list: { __typename?: 'CompanyList', id: string, name: string, category: CompanyListCategory, level?: ListLevel | null } }> }> } };

export type CompanyDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompanyDetailQuery = { __typename?: 'Query', company: { __typename?: 'Company', version: number, prospectCount: number, leadCount: number, projectCount: number, contactCount: number, id: string, name: string, englishName?: string | null, aliases: Array<string>, creditCode?: string | null, province?: string | null, city?: string | null, headquarters?: string | null, isListed: boolean, isLocal: boolean, openLeadCount: number, lastContactOn?: string | null, updatedAt: string, nodes: Array<{ __typename?: 'NodeCompany', id: string, role: CompanyRole, nodeId: string, node: { __typename?: 'ChainNode', id: string, name: string }, chain: { __typename?: 'ChainRef', id: string, name: string } }>, tags: Array<{ __typename?: 'CompanyTag', id: string, year: number, listId: string, list: { __typename?: 'CompanyList', id: string, name: string, category: CompanyListCategory, level?: ListLevel | null } }> } };

export type CompanyLeadsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type CompanyLeadsQuery = { __typename?: 'Query', company: { __typename?: 'Company', id: string, leadCount: number, leads: Array<{ __typename?: 'Lead', id: string, title: string, isDemo: boolean, masked: boolean, confidential: boolean, codeName?: string | null, status: LeadStatus, source: LeadSource, createdOn: string, nextAction?: string | null, nextActionDue?: string | null, intendedInvestment?: string | null, canEdit: boolean, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null, timing: { __typename?: 'LeadTiming', alerts: Array<LeadAlert>, daysSinceContact: number, lastContactOn?: string | null, stale: boolean, nextActionOverdue: boolean, nextActionDueToday: boolean, firstContactOverdue: boolean, assessmentOverdue: boolean } }> } };

export type CompanyProspectsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type CompanyProspectsQuery = { __typename?: 'Query', company: { __typename?: 'Company', id: string, prospectCount: number, prospects: Array<{ __typename?: 'Prospect', id: string, isDemo: boolean, priority: Priority, reason: string, companyId: string, nodeId: string, assigneeId?: string | null, leadId?: string | null, company: { __typename?: 'Company', id: string, name: string, city?: string | null, isListed: boolean }, node: { __typename?: 'ChainNode', id: string, name: string }, chain: { __typename?: 'ChainRef', id: string, name: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean, status: LeadStatus } | null }> } };

export type CompanyProjectsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type CompanyProjectsQuery = { __typename?: 'Query', company: { __typename?: 'Company', id: string, projectCount: number, projects: Array<{ __typename?: 'Project', id: string, name: string, stage: ProjectStage, investment?: string | null, chainId: string }> } };

export type CreateCompanyMutationVariables = Exact<{
  input: CreateCompanyInput;
}>;


export type CreateCompanyMutation = { __typename?: 'Mutation', createCompany: { __typename?: 'Company', id: string, name: string } };

export type UpdateCompanyMutationVariables = Exact<{
  input: UpdateCompanyInput;
}>;


export type UpdateCompanyMutation = { __typename?: 'Mutation', updateCompany: { __typename?: 'Company', id: string, version: number } };

export type MergeCompaniesMutationVariables = Exact<{
  input: MergeCompaniesInput;
}>;


export type MergeCompaniesMutation = { __typename?: 'Mutation', mergeCompanies: { __typename?: 'Company', id: string, name: string } };

export type SetCompanyNodeMutationVariables = Exact<{
  input: SetCompanyNodeInput;
}>;


export type SetCompanyNodeMutation = { __typename?: 'Mutation', setCompanyNode: { __typename?: 'NodeCompany', id: string, role: CompanyRole } };

export type RemoveCompanyNodeMutationVariables = Exact<{
  companyId: Scalars['ID']['input'];
  nodeId: Scalars['ID']['input'];
}>;


export type RemoveCompanyNodeMutation = { __typename?: 'Mutation', removeCompanyNode: string };

export type AddCompanyTagMutationVariables = Exact<{
  input: AddCompanyTagInput;
}>;


export type AddCompanyTagMutation = { __typename?: 'Mutation', addCompanyTag: { __typename?: 'CompanyTag', id: string, year: number, listId: string, list: { __typename?: 'CompanyList', id: string, name: string, category: CompanyListCategory, level?: ListLevel | null } } };

export type RemoveCompanyTagMutationVariables = Exact<{
  tagId: Scalars['ID']['input'];
}>;


export type RemoveCompanyTagMutation = { __typename?: 'Mutation', removeCompanyTag: string };

export type CompanyListFieldsFragment = { __typename?: 'CompanyList', id: string, name: string, category: CompanyListCategory, level?: ListLevel | null, publisher?: string | null, tagCount: number };

export type ManagedCompanyListsQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagedCompanyListsQuery = { __typename?: 'Query', companyLists: Array<{ __typename?: 'CompanyList', id: string, name: string, category: CompanyListCategory, level?: ListLevel | null, publisher?: string | null, tagCount: number }> };

export type CreateCompanyListMutationVariables = Exact<{
  input: CreateCompanyListInput;
}>;


export type CreateCompanyListMutation = { __typename?: 'Mutation', createCompanyList: { __typename?: 'CompanyList', id: string, name: string, category: CompanyListCategory, level?: ListLevel | null, publisher?: string | null, tagCount: number } };

export type UpdateCompanyListMutationVariables = Exact<{
  input: UpdateCompanyListInput;
}>;


export type UpdateCompanyListMutation = { __typename?: 'Mutation', updateCompanyList: { __typename?: 'CompanyList', id: string, name: string, category: CompanyListCategory, level?: ListLevel | null, publisher?: string | null, tagCount: number } };

export type DeleteCompanyListMutationVariables = Exact<{
  listId: Scalars['ID']['input'];
}>;


export type DeleteCompanyListMutation = { __typename?: 'Mutation', deleteCompanyList: string };

export type CompanyListsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyListsQuery = { __typename?: 'Query', companyLists: Array<{ __typename?: 'CompanyList', id: string, name: string, category: CompanyListCategory, level?: ListLevel | null, publisher?: string | null }> };

export type CrmChainFieldsFragment = { __typename?: 'IndustryChain', id: string, code: string, name: string, sortOrder: number, leaderId: string, leadDepartmentId: string };

export type CrmChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmChainsQuery = { __typename?: 'Query', chains: Array<{ __typename?: 'IndustryChain', id: string, code: string, name: string, sortOrder: number, leaderId: string, leadDepartmentId: string }> };

export type CrmChainNodesQueryVariables = Exact<{
  chainId: Scalars['ID']['input'];
}>;


export type CrmChainNodesQuery = { __typename?: 'Query', chainMap: { __typename?: 'ChainMapGraph', chainId: string, nodes: Array<{ __typename?: 'MapNode', id: string, name: string, parentId?: string | null, depth: number, sortOrder: number }> } };

export type CrmUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmUsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, displayName: string, role: Role, roles: Array<Role>, departmentId?: string | null, chainIds: Array<string>, active: boolean }> };

export type LeadSummaryFieldsFragment = { __typename?: 'Lead', id: string, title: string, isDemo: boolean, masked: boolean, confidential: boolean, codeName?: string | null, status: LeadStatus, source: LeadSource, createdOn: string, nextAction?: string | null, nextActionDue?: string | null, intendedInvestment?: string | null, canEdit: boolean, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null, timing: { __typename?: 'LeadTiming', alerts: Array<LeadAlert>, daysSinceContact: number, lastContactOn?: string | null, stale: boolean, nextActionOverdue: boolean, nextActionDueToday: boolean, firstContactOverdue: boolean, assessmentOverdue: boolean } };

export type InteractionFieldsFragment = { __typename?: 'Interaction', id: string, type: InteractionType, occurredOn: string, ourPeople: string, theirPeople: string, summary: string, outcome: string, nextStep: string, createdAt: string, companyId: string, leadId?: string | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean } | null, company: { __typename?: 'Company', id: string, name: string } };

export type ProspectFieldsFragment = { __typename?: 'Prospect', id: string, isDemo: boolean, priority: Priority, reason: string, companyId: string, nodeId: string, assigneeId?: string | null, leadId?: string | null, company: { __typename?: 'Company', id: string, name: string, city?: string | null, isListed: boolean }, node: { __typename?: 'ChainNode', id: string, name: string }, chain: { __typename?: 'ChainRef', id: string, name: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean, status: LeadStatus } | null };

export type CompanyOptionsQueryVariables = Exact<{
  input?: InputMaybe<CompanyListInput>;
}>;


export type CompanyOptionsQuery = { __typename?: 'Query', companies: { __typename?: 'CompanyPage', total: number, items: Array<{ __typename?: 'Company', id: string, name: string, creditCode?: string | null, city?: string | null, aliases: Array<string> }> } };

export type CompanyDuplicatesQueryVariables = Exact<{
  name: Scalars['String']['input'];
  creditCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompanyDuplicatesQuery = { __typename?: 'Query', companyDuplicates: Array<{ __typename?: 'CompanyDuplicate', reason: DuplicateReason, company: { __typename?: 'Company', id: string, name: string, creditCode?: string | null, province?: string | null, city?: string | null } }> };

export type AddInteractionMutationVariables = Exact<{
  input: AddInteractionInput;
}>;


export type AddInteractionMutation = { __typename?: 'Mutation', addInteraction: { __typename?: 'Interaction', id: string, leadId?: string | null, companyId: string } };

export type UpdateInteractionMutationVariables = Exact<{
  input: UpdateInteractionInput;
}>;


export type UpdateInteractionMutation = { __typename?: 'Mutation', updateInteraction: { __typename?: 'Interaction', id: string } };

export type DeleteInteractionMutationVariables = Exact<{
  interactionId: Scalars['ID']['input'];
}>;


export type DeleteInteractionMutation = { __typename?: 'Mutation', deleteInteraction: string };

export type LeadContactsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type LeadContactsQuery = { __typename?: 'Query', lead: { __typename?: 'Lead', id: string, contactCount: number, contacts: Array<{ __typename?: 'Interaction', id: string, type: InteractionType, occurredOn: string, ourPeople: string, theirPeople: string, summary: string, outcome: string, nextStep: string, createdAt: string, companyId: string, leadId?: string | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean } | null, company: { __typename?: 'Company', id: string, name: string } }> } };

export type CompanyContactsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type CompanyContactsQuery = { __typename?: 'Query', company: { __typename?: 'Company', id: string, contactCount: number, contacts: Array<{ __typename?: 'Interaction', id: string, type: InteractionType, occurredOn: string, ourPeople: string, theirPeople: string, summary: string, outcome: string, nextStep: string, createdAt: string, companyId: string, leadId?: string | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean } | null, company: { __typename?: 'Company', id: string, name: string } }> } };

export type UpdateProspectMutationVariables = Exact<{
  input: UpdateProspectInput;
}>;


export type UpdateProspectMutation = { __typename?: 'Mutation', updateProspect: { __typename?: 'Prospect', id: string, isDemo: boolean, priority: Priority, reason: string, companyId: string, nodeId: string, assigneeId?: string | null, leadId?: string | null, company: { __typename?: 'Company', id: string, name: string, city?: string | null, isListed: boolean }, node: { __typename?: 'ChainNode', id: string, name: string }, chain: { __typename?: 'ChainRef', id: string, name: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean, status: LeadStatus } | null } };

export type SavedViewFieldsFragment = { __typename?: 'SavedView', id: string, name: string, tableKey: string, settings: any };

export type SavedViewsQueryVariables = Exact<{
  tableKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type SavedViewsQuery = { __typename?: 'Query', savedViews: Array<{ __typename?: 'SavedView', id: string, name: string, tableKey: string, settings: any }> };

export type CreateSavedViewMutationVariables = Exact<{
  input: CreateSavedViewInput;
}>;


export type CreateSavedViewMutation = { __typename?: 'Mutation', createSavedView: { __typename?: 'SavedView', id: string, name: string, tableKey: string, settings: any } };

export type UpdateSavedViewMutationVariables = Exact<{
  input: UpdateSavedViewInput;
}>;


export type UpdateSavedViewMutation = { __typename?: 'Mutation', updateSavedView: { __typename?: 'SavedView', id: string, name: string, tableKey: string, settings: any } };

export type DeleteSavedViewMutationVariables = Exact<{
  viewId: Scalars['ID']['input'];
}>;


export type DeleteSavedViewMutation = { __typename?: 'Mutation', deleteSavedView: string };

export type ExportColumnsQueryVariables = Exact<{
  table: ExportTable;
}>;


export type ExportColumnsQuery = { __typename?: 'Query', exportColumns: Array<{ __typename?: 'ExportColumnInfo', key: string, label: string }> };

export type ExportCompaniesMutationVariables = Exact<{
  input?: InputMaybe<CompanyListInput>;
  columns: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type ExportCompaniesMutation = { __typename?: 'Mutation', exportCompanies: { __typename?: 'ExportFile', fileName: string, contentBase64: string } };

export type ExportLeadsMutationVariables = Exact<{
  input?: InputMaybe<LeadListInput>;
  columns: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type ExportLeadsMutation = { __typename?: 'Mutation', exportLeads: { __typename?: 'ExportFile', fileName: string, contentBase64: string } };

export type ExportProspectsMutationVariables = Exact<{
  input?: InputMaybe<ProspectListInput>;
  columns: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type ExportProspectsMutation = { __typename?: 'Mutation', exportProspects: { __typename?: 'ExportFile', fileName: string, contentBase64: string } };

export type ExportProjectsMutationVariables = Exact<{
  input?: InputMaybe<ProjectListInput>;
  columns: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type ExportProjectsMutation = { __typename?: 'Mutation', exportProjects: { __typename?: 'ExportFile', fileName: string, contentBase64: string } };

export type PreviewImportMutationVariables = Exact<{
  input: PreviewImportInput;
}>;


export type PreviewImportMutation = { __typename?: 'Mutation', previewImport: { __typename?: 'ImportPreview', id: string, kind: ImportKind, fileName: string, totalRows: number, goodRows: number, badRows: number, toCreate: number, toUpdate: number, unchanged: number, headerRow: number, mappingSaved: boolean, needsMapping: boolean, problems: Array<{ __typename?: 'ImportProblem', row: number, column: string, message: string }>, columns: Array<{ __typename?: 'ImportColumn', index: number, letter: string, heading: string, field?: string | null, suggestedField?: string | null, origin: ImportFieldOrigin, samples: Array<string> }>, fields: Array<{ __typename?: 'ImportFieldInfo', field: string, label: string, required: boolean, derived?: string | null }>, values: Array<{ __typename?: 'ImportValueGroup', field: string, label: string, column: string, mayLeaveToImporter: boolean, values: Array<{ __typename?: 'ImportValue', value: string, rows: number, suggested?: string | null, target?: string | null, targetLabel?: string | null }>, options: Array<{ __typename?: 'ImportTarget', target: string, label: string }> }> } };

export type ConfirmImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  mode: ImportMode;
}>;


export type ConfirmImportMutation = { __typename?: 'Mutation', confirmImport: { __typename?: 'ImportResult', id: string, created: number, updated: number, unchanged: number, skippedRows: number } };

export type ImportProgressQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImportProgressQuery = { __typename?: 'Query', importProgress: { __typename?: 'ImportProgress', id: string, processed: number, total: number, done: boolean } };

export type CancelImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelImportMutation = { __typename?: 'Mutation', cancelImport: { __typename?: 'ImportProgress', id: string, processed: number, total: number, done: boolean, cancelled: boolean } };

export type DashboardQueryVariables = Exact<{
  asOf: Scalars['LocalDate']['input'];
  chainId?: InputMaybe<Scalars['ID']['input']>;
  includeDemo?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type DashboardQuery = { __typename?: 'Query', dashboard: { __typename?: 'Dashboard', asOf: string, chainId?: string | null, redProjects: number, yellowProjects: number, counters: { __typename?: 'ProjectCounters', signed: number, industrialisation: number, tier30Plus: number, tier10To30: number, signedAmount: string, fundsInPlace: string, targets: { __typename?: 'ProjectTargets', industrialisation: number, tier30Plus: number, tier10To30: number } }, periods: Array<{ __typename?: 'DashboardPeriod', kind: string, from: string, to: string, signed: number, industrialisation: number, industrialisationTarget?: string | null, signedAmount: string, fundsInPlace: string }>, issues: { __typename?: 'DashboardIssues', open: number, raisedThisYear: number, closedThisYear: number, closedOnTime: number, closureRatePercent?: number | null }, leadActivity: Array<{ __typename?: 'StaffActivity', userId: string, interactions: number, leads: number }>, land: { __typename?: 'LandSummary', revitalisedMu: string, revitalisedParcels: number, targetMu: string, completionPercent?: number | null, inProgressParcels: number, districtTotals: Array<{ __typename?: 'LandTotal', id: string, parcels: number, areaMu?: string | null, quote: string }> }, buildings: { __typename?: 'BuildingSummary', completed: number, target: number, vacantAreaM2: string }, indicators: Array<{ __typename?: 'IndicatorStanding', name: string, unit: string, year: number, quarter?: number | null, source: ActualSource, actual?: string | null, actualText?: string | null, actualYear?: number | null, actualQuarter?: number | null, sourceNote?: string | null, expected?: string | null, onPathPercent?: number | null, completionPercent?: number | null, onTrack?: boolean | null, indicator?: { __typename?: 'PlanIndicator', id: string, code: string, category: string, baselineValue?: string | null, baselineText?: string | null, baselineYear: number, targetValue?: string | null, targetText?: string | null, targetYear: number, attribute: IndicatorAttribute } | null, chainTarget?: { __typename?: 'ChainTarget', id: string, metric: string, value: string, year: number, baselineValue?: string | null, baselineYear?: number | null, quote: string } | null }>, demo: { __typename?: 'DashboardDemo', projects: number, parcels: number, buildings: number } } };

export type DashboardOpenIssuesQueryVariables = Exact<{
  asOf: Scalars['LocalDate']['input'];
  chainId?: InputMaybe<Scalars['ID']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DashboardOpenIssuesQuery = { __typename?: 'Query', dashboardOpenIssues: { __typename?: 'DashboardIssuePage', total: number, offset: number, limit: number, items: Array<{ __typename?: 'DashboardIssue', id: string, title: string, status: string, raisedOn: string, dueOn?: string | null, projectId: string, projectName: string }> } };

export type DashboardFunnelQueryVariables = Exact<{
  input?: InputMaybe<ProjectBoardInput>;
}>;


export type DashboardFunnelQuery = { __typename?: 'Query', projectBoard: { __typename?: 'ProjectBoard', columns: Array<{ __typename?: 'ProjectBoardColumn', stage: ProjectStage, count: number, totalAgreedInvestment: string, maskedCount: number }> } };

export type DashboardPlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPlacesQuery = { __typename?: 'Query', landParcels: Array<{ __typename?: 'LandParcel', id: string, name: string, areaMu: string, status: ParcelStatus, revitalisedOn?: string | null, isDemo: boolean }>, placeBuildings: Array<{ __typename?: 'PlaceBuilding', id: string, name: string, work?: BuildingWork | null, workCompletedOn?: string | null, floorAreaM2?: string | null, vacantAreaM2?: string | null, isDemo: boolean }> };

export type DashboardIndicatorActualsQueryVariables = Exact<{
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  chainTargetId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DashboardIndicatorActualsQuery = { __typename?: 'Query', indicatorActuals: Array<{ __typename?: 'IndicatorActual', id: string, year: number, quarter?: number | null, value?: string | null, valueText?: string | null, sourceNote: string, enteredAt: string }> };

export type RankingLineFieldsFragment = { __typename?: 'RankingLine', subjectId: string, subjectName: string, score: number, rank: number, figures: { __typename?: 'RankingFigures', signedCount: number, signedCountTarget: number, signedAmount: number, signedAmountTarget: number, fundsInPlace: number, fundsInPlaceTarget: number, startsDue: number, startsOnTime: number, issuesDue: number, issuesClosedOnTime: number, interactions: number }, weights: { __typename?: 'RankingWeights', signedCount: number, signedAmount: number, fundsInPlace: number, startedOnTime: number, issuesClosedOnTime: number, leadActivity: number } };

export type RankingQueryVariables = Exact<{
  month: Scalars['String']['input'];
  kind: Scalars['String']['input'];
}>;


export type RankingQuery = { __typename?: 'Query', publishedRankingMonths: Array<string>, ranking: { __typename?: 'Ranking', month: string, kind: string, published: boolean, lines: Array<{ __typename?: 'RankingLine', subjectId: string, subjectName: string, score: number, rank: number, figures: { __typename?: 'RankingFigures', signedCount: number, signedCountTarget: number, signedAmount: number, signedAmountTarget: number, fundsInPlace: number, fundsInPlaceTarget: number, startsDue: number, startsOnTime: number, issuesDue: number, issuesClosedOnTime: number, interactions: number }, weights: { __typename?: 'RankingWeights', signedCount: number, signedAmount: number, fundsInPlace: number, startedOnTime: number, issuesClosedOnTime: number, leadActivity: number } }> } };

export type PublishRankingMutationVariables = Exact<{
  month: Scalars['String']['input'];
}>;


export type PublishRankingMutation = { __typename?: 'Mutation', publishRanking: Array<{ __typename?: 'Ranking', month: string, kind: string, published: boolean }> };

export type RankingQuarterReportMutationVariables = Exact<{
  year: Scalars['Int']['input'];
  quarter: Scalars['Int']['input'];
}>;


export type RankingQuarterReportMutation = { __typename?: 'Mutation', rankingQuarterReport: { __typename?: 'ExportFile', fileName: string, contentBase64: string } };

export type DeleteLeadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteLeadMutation = { __typename?: 'Mutation', deleteLead: string };

export type LeadHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type LeadHistoryQuery = { __typename?: 'Query', lead: { __typename?: 'Lead', id: string, historyCount: number, history: Array<{ __typename?: 'AuditEntry', id: string, at: string, action: string, operation?: string | null, entityType: string, before?: any | null, after?: any | null, actor?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type LeadsQueryVariables = Exact<{
  input?: InputMaybe<LeadListInput>;
}>;


export type LeadsQuery = { __typename?: 'Query', leads: { __typename?: 'LeadPage', total: number, totalCapped: boolean, offset: number, limit: number, items: Array<{ __typename?: 'Lead', updatedAt: string, id: string, title: string, isDemo: boolean, masked: boolean, confidential: boolean, codeName?: string | null, status: LeadStatus, source: LeadSource, createdOn: string, nextAction?: string | null, nextActionDue?: string | null, intendedInvestment?: string | null, canEdit: boolean, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null, timing: { __typename?: 'LeadTiming', alerts: Array<LeadAlert>, daysSinceContact: number, lastContactOn?: string | null, stale: boolean, nextActionOverdue: boolean, nextActionDueToday: boolean, firstContactOverdue: boolean, assessmentOverdue: boolean } }> } };

export type LeadDetailFieldsFragment = { __typename?: 'Lead', version: number, chainId: string, companyId?: string | null, ownerId?: string | null, closeReason?: string | null, createdAt: string, updatedAt: string, projectId?: string | null, contactCount: number, id: string, title: string, isDemo: boolean, masked: boolean, confidential: boolean, codeName?: string | null, status: LeadStatus, source: LeadSource, createdOn: string, nextAction?: string | null, nextActionDue?: string | null, intendedInvestment?: string | null, canEdit: boolean, project?: { __typename?: 'Project', id: string, name: string, stage: ProjectStage } | null, prospect?: { __typename?: 'Prospect', id: string } | null, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, timing: { __typename?: 'LeadTiming', alerts: Array<LeadAlert>, firstContactDue: string, firstContactOn?: string | null, firstContactOverdue: boolean, assessmentDue: string, assessedOn?: string | null, assessmentOverdue: boolean, lastContactOn?: string | null, daysSinceContact: number, nextActionOverdue: boolean, nextActionDueToday: boolean, stale: boolean }, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null };

export type LeadDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeadDetailQuery = { __typename?: 'Query', lead: { __typename?: 'Lead', version: number, chainId: string, companyId?: string | null, ownerId?: string | null, closeReason?: string | null, createdAt: string, updatedAt: string, projectId?: string | null, contactCount: number, id: string, title: string, isDemo: boolean, masked: boolean, confidential: boolean, codeName?: string | null, status: LeadStatus, source: LeadSource, createdOn: string, nextAction?: string | null, nextActionDue?: string | null, intendedInvestment?: string | null, canEdit: boolean, project?: { __typename?: 'Project', id: string, name: string, stage: ProjectStage } | null, prospect?: { __typename?: 'Prospect', id: string } | null, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, timing: { __typename?: 'LeadTiming', alerts: Array<LeadAlert>, firstContactDue: string, firstContactOn?: string | null, firstContactOverdue: boolean, assessmentDue: string, assessedOn?: string | null, assessmentOverdue: boolean, lastContactOn?: string | null, daysSinceContact: number, nextActionOverdue: boolean, nextActionDueToday: boolean, stale: boolean }, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null } };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { __typename?: 'Mutation', createLead: { __typename?: 'Lead', id: string, title: string } };

export type UpdateLeadMutationVariables = Exact<{
  input: UpdateLeadInput;
}>;


export type UpdateLeadMutation = { __typename?: 'Mutation', updateLead: { __typename?: 'Lead', version: number, chainId: string, companyId?: string | null, ownerId?: string | null, closeReason?: string | null, createdAt: string, updatedAt: string, projectId?: string | null, contactCount: number, id: string, title: string, isDemo: boolean, masked: boolean, confidential: boolean, codeName?: string | null, status: LeadStatus, source: LeadSource, createdOn: string, nextAction?: string | null, nextActionDue?: string | null, intendedInvestment?: string | null, canEdit: boolean, project?: { __typename?: 'Project', id: string, name: string, stage: ProjectStage } | null, prospect?: { __typename?: 'Prospect', id: string } | null, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, timing: { __typename?: 'LeadTiming', alerts: Array<LeadAlert>, firstContactDue: string, firstContactOn?: string | null, firstContactOverdue: boolean, assessmentDue: string, assessedOn?: string | null, assessmentOverdue: boolean, lastContactOn?: string | null, daysSinceContact: number, nextActionOverdue: boolean, nextActionDueToday: boolean, stale: boolean }, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null } };

export type MoveLeadMutationVariables = Exact<{
  input: MoveLeadInput;
}>;


export type MoveLeadMutation = { __typename?: 'Mutation', moveLead: { __typename?: 'Lead', version: number, chainId: string, companyId?: string | null, ownerId?: string | null, closeReason?: string | null, createdAt: string, updatedAt: string, projectId?: string | null, contactCount: number, id: string, title: string, isDemo: boolean, masked: boolean, confidential: boolean, codeName?: string | null, status: LeadStatus, source: LeadSource, createdOn: string, nextAction?: string | null, nextActionDue?: string | null, intendedInvestment?: string | null, canEdit: boolean, project?: { __typename?: 'Project', id: string, name: string, stage: ProjectStage } | null, prospect?: { __typename?: 'Prospect', id: string } | null, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, timing: { __typename?: 'LeadTiming', alerts: Array<LeadAlert>, firstContactDue: string, firstContactOn?: string | null, firstContactOverdue: boolean, assessmentDue: string, assessedOn?: string | null, assessmentOverdue: boolean, lastContactOn?: string | null, daysSinceContact: number, nextActionOverdue: boolean, nextActionDueToday: boolean, stale: boolean }, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null } };

export type ConvertLeadToProjectMutationVariables = Exact<{
  input: ConvertLeadInput;
}>;


export type ConvertLeadToProjectMutation = { __typename?: 'Mutation', convertLeadToProject: { __typename?: 'Lead', version: number, chainId: string, companyId?: string | null, ownerId?: string | null, closeReason?: string | null, createdAt: string, updatedAt: string, projectId?: string | null, contactCount: number, id: string, title: string, isDemo: boolean, masked: boolean, confidential: boolean, codeName?: string | null, status: LeadStatus, source: LeadSource, createdOn: string, nextAction?: string | null, nextActionDue?: string | null, intendedInvestment?: string | null, canEdit: boolean, project?: { __typename?: 'Project', id: string, name: string, stage: ProjectStage } | null, prospect?: { __typename?: 'Prospect', id: string } | null, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, timing: { __typename?: 'LeadTiming', alerts: Array<LeadAlert>, firstContactDue: string, firstContactOn?: string | null, firstContactOverdue: boolean, assessmentDue: string, assessedOn?: string | null, assessmentOverdue: boolean, lastContactOn?: string | null, daysSinceContact: number, nextActionOverdue: boolean, nextActionDueToday: boolean, stale: boolean }, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null } };

export type WorkSummaryFieldsFragment = { __typename?: 'WorkSummary', today: string, limit: number, attention: number, chain?: { __typename?: 'ChainRef', id: string, name: string } | null, rules: { __typename?: 'LeadTimeRules', firstContactWorkingDays: number, assessmentWorkingDays: number, staleDays: number }, leads: Array<{ __typename?: 'Lead', id: string, title: string, isDemo: boolean, masked: boolean, confidential: boolean, codeName?: string | null, status: LeadStatus, source: LeadSource, createdOn: string, nextAction?: string | null, nextActionDue?: string | null, intendedInvestment?: string | null, canEdit: boolean, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null, timing: { __typename?: 'LeadTiming', alerts: Array<LeadAlert>, daysSinceContact: number, lastContactOn?: string | null, stale: boolean, nextActionOverdue: boolean, nextActionDueToday: boolean, firstContactOverdue: boolean, assessmentOverdue: boolean } }>, openLeads: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, dueToday: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, overdueNextActions: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, firstContactOverdue: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, assessmentOverdue: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, stale: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, prospects: { __typename?: 'WorkProspectList', total: number, items: Array<{ __typename?: 'Prospect', id: string, isDemo: boolean, priority: Priority, reason: string, companyId: string, nodeId: string, assigneeId?: string | null, leadId?: string | null, company: { __typename?: 'Company', id: string, name: string, city?: string | null, isListed: boolean }, node: { __typename?: 'ChainNode', id: string, name: string }, chain: { __typename?: 'ChainRef', id: string, name: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean, status: LeadStatus } | null }> } };

export type MyWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkQuery = { __typename?: 'Query', myWork: { __typename?: 'WorkSummary', today: string, limit: number, attention: number, chain?: { __typename?: 'ChainRef', id: string, name: string } | null, rules: { __typename?: 'LeadTimeRules', firstContactWorkingDays: number, assessmentWorkingDays: number, staleDays: number }, leads: Array<{ __typename?: 'Lead', id: string, title: string, isDemo: boolean, masked: boolean, confidential: boolean, codeName?: string | null, status: LeadStatus, source: LeadSource, createdOn: string, nextAction?: string | null, nextActionDue?: string | null, intendedInvestment?: string | null, canEdit: boolean, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null, timing: { __typename?: 'LeadTiming', alerts: Array<LeadAlert>, daysSinceContact: number, lastContactOn?: string | null, stale: boolean, nextActionOverdue: boolean, nextActionDueToday: boolean, firstContactOverdue: boolean, assessmentOverdue: boolean } }>, openLeads: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, dueToday: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, overdueNextActions: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, firstContactOverdue: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, assessmentOverdue: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, stale: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, prospects: { __typename?: 'WorkProspectList', total: number, items: Array<{ __typename?: 'Prospect', id: string, isDemo: boolean, priority: Priority, reason: string, companyId: string, nodeId: string, assigneeId?: string | null, leadId?: string | null, company: { __typename?: 'Company', id: string, name: string, city?: string | null, isListed: boolean }, node: { __typename?: 'ChainNode', id: string, name: string }, chain: { __typename?: 'ChainRef', id: string, name: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean, status: LeadStatus } | null }> } } };

export type ChainWorkQueryVariables = Exact<{
  chainId: Scalars['ID']['input'];
}>;


export type ChainWorkQuery = { __typename?: 'Query', chainWork: { __typename?: 'WorkSummary', today: string, limit: number, attention: number, chain?: { __typename?: 'ChainRef', id: string, name: string } | null, rules: { __typename?: 'LeadTimeRules', firstContactWorkingDays: number, assessmentWorkingDays: number, staleDays: number }, leads: Array<{ __typename?: 'Lead', id: string, title: string, isDemo: boolean, masked: boolean, confidential: boolean, codeName?: string | null, status: LeadStatus, source: LeadSource, createdOn: string, nextAction?: string | null, nextActionDue?: string | null, intendedInvestment?: string | null, canEdit: boolean, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null, timing: { __typename?: 'LeadTiming', alerts: Array<LeadAlert>, daysSinceContact: number, lastContactOn?: string | null, stale: boolean, nextActionOverdue: boolean, nextActionDueToday: boolean, firstContactOverdue: boolean, assessmentOverdue: boolean } }>, openLeads: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, dueToday: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, overdueNextActions: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, firstContactOverdue: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, assessmentOverdue: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, stale: { __typename?: 'WorkLeadList', total: number, leadIds: Array<string> }, prospects: { __typename?: 'WorkProspectList', total: number, items: Array<{ __typename?: 'Prospect', id: string, isDemo: boolean, priority: Priority, reason: string, companyId: string, nodeId: string, assigneeId?: string | null, leadId?: string | null, company: { __typename?: 'Company', id: string, name: string, city?: string | null, isListed: boolean }, node: { __typename?: 'ChainNode', id: string, name: string }, chain: { __typename?: 'ChainRef', id: string, name: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean, status: LeadStatus } | null }> } } };

export type ProspectsQueryVariables = Exact<{
  input?: InputMaybe<ProspectListInput>;
}>;


export type ProspectsQuery = { __typename?: 'Query', prospects: { __typename?: 'ProspectPage', total: number, totalCapped: boolean, offset: number, limit: number, items: Array<{ __typename?: 'Prospect', id: string, isDemo: boolean, priority: Priority, reason: string, companyId: string, nodeId: string, assigneeId?: string | null, leadId?: string | null, company: { __typename?: 'Company', id: string, name: string, city?: string | null, isListed: boolean }, node: { __typename?: 'ChainNode', id: string, name: string }, chain: { __typename?: 'ChainRef', id: string, name: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean, status: LeadStatus } | null }> } };

export type AddProspectMutationVariables = Exact<{
  input: AddProspectInput;
}>;


export type AddProspectMutation = { __typename?: 'Mutation', addProspect: { __typename?: 'Prospect', id: string, isDemo: boolean, priority: Priority, reason: string, companyId: string, nodeId: string, assigneeId?: string | null, leadId?: string | null, company: { __typename?: 'Company', id: string, name: string, city?: string | null, isListed: boolean }, node: { __typename?: 'ChainNode', id: string, name: string }, chain: { __typename?: 'ChainRef', id: string, name: string }, assignee?: { __typename?: 'User', id: string, displayName: string } | null, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean, status: LeadStatus } | null } };

export type RemoveProspectMutationVariables = Exact<{
  prospectId: Scalars['ID']['input'];
}>;


export type RemoveProspectMutation = { __typename?: 'Mutation', removeProspect: string };

export type ConvertProspectToLeadMutationVariables = Exact<{
  input: ConvertProspectInput;
}>;


export type ConvertProspectToLeadMutation = { __typename?: 'Mutation', convertProspectToLead: { __typename?: 'Lead', id: string, title: string } };

export type SearchQueryVariables = Exact<{
  input: SearchInput;
}>;


export type SearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResult', query: string, words: Array<string>, groups: Array<{ __typename?: 'SearchGroup', kind: SearchKind, hasMore: boolean, hits: Array<{ __typename?: 'SearchHit', id: string, kind: SearchKind, title: string, detail?: string | null, titleHighlights: Array<{ __typename?: 'TextRange', start: number, length: number }>, detailHighlights: Array<{ __typename?: 'TextRange', start: number, length: number }>, company?: { __typename?: 'Company', id: string } | null, lead?: { __typename?: 'Lead', id: string, masked: boolean, status: LeadStatus } | null, contact?: { __typename?: 'Interaction', id: string, leadId?: string | null, companyId: string, occurredOn: string, type: InteractionType } | null }> }> } };

export type UpdateLeadTimeRulesMutationVariables = Exact<{
  input: UpdateLeadTimeRulesInput;
}>;


export type UpdateLeadTimeRulesMutation = { __typename?: 'Mutation', updateLeadTimeRules: { __typename?: 'LeadTimeRules', firstContactWorkingDays: number, assessmentWorkingDays: number, staleDays: number } };

export type MeetingSummaryFieldsFragment = { __typename?: 'Meeting', id: string, title: string, heldOn: string, place?: string | null, status: MeetingStatus, allChains: boolean, isDemo: boolean, periodFrom: string, periodTo: string, chains: Array<{ __typename?: 'ChainRef', id: string, name: string }>, chair?: { __typename?: 'User', id: string, displayName: string } | null };

export type MeetingsQueryVariables = Exact<{
  chainId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageArgs>;
}>;


export type MeetingsQuery = { __typename?: 'Query', meetings: { __typename?: 'MeetingPage', total: number, totalCapped: boolean, offset: number, limit: number, items: Array<{ __typename?: 'Meeting', id: string, title: string, heldOn: string, place?: string | null, status: MeetingStatus, allChains: boolean, isDemo: boolean, periodFrom: string, periodTo: string, chains: Array<{ __typename?: 'ChainRef', id: string, name: string }>, chair?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type MeetingItemFieldsFragment = { __typename?: 'MeetingItem', id: string, position: number, kind: MeetingItemKind, refKind?: MeetingRefKind | null, refId?: string | null, projectId?: string | null, title: string, summary?: string | null, carriedCount: number, discussion?: string | null, decisions: Array<string> };

export type MeetingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingQuery = { __typename?: 'Query', meeting: { __typename?: 'Meeting', frozen: boolean, canManage: boolean, canRecord: boolean, id: string, title: string, heldOn: string, place?: string | null, status: MeetingStatus, allChains: boolean, isDemo: boolean, periodFrom: string, periodTo: string, attendees: Array<{ __typename?: 'MeetingAttendee', id: string, guestName?: string | null, guestUnit?: string | null, user?: { __typename?: 'User', id: string, displayName: string } | null }>, items: Array<{ __typename?: 'MeetingItem', id: string, position: number, kind: MeetingItemKind, refKind?: MeetingRefKind | null, refId?: string | null, projectId?: string | null, title: string, summary?: string | null, carriedCount: number, discussion?: string | null, decisions: Array<string> }>, actions: Array<{ __typename?: 'ActionItem', id: string, itemId?: string | null, text: string, dueOn: string, status: ActionItemStatus, doneOn?: string | null, issueId?: string | null, owner?: { __typename?: 'User', id: string, displayName: string } | null }>, closures: Array<{ __typename?: 'MeetingIssueClosure', id: string, itemId?: string | null, issueId: string, resolution: string, closedOn: string }>, figures: { __typename?: 'MeetingFigures', projectsMoved: number, signed: number, signedAmount: string, issueClosure: { __typename?: 'ClosureRate', closed: number, total: number, percent: number }, actionsOnTime: { __typename?: 'OnTimeRate', onTime: number, due: number, percent: number } }, chains: Array<{ __typename?: 'ChainRef', id: string, name: string }>, chair?: { __typename?: 'User', id: string, displayName: string } | null } };

export type PresenterProjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PresenterProjectQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, name: string, stage: ProjectStage, light?: HealthLight | null, agreedInvestment?: string | null, fundsInPlace?: string | null, owner?: { __typename?: 'User', id: string, displayName: string } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, latestUpdate?: { __typename?: 'ProjectUpdate', text: string, createdOn: string } | null } };

export type MeetingPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingPeopleQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, displayName: string, active: boolean }>, chains: Array<{ __typename?: 'IndustryChain', id: string, name: string }> };

export type CreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type CreateMeetingMutation = { __typename?: 'Mutation', createMeeting: { __typename?: 'Meeting', id: string } };

export type CreateMeetingFromPreviousMutationVariables = Exact<{
  input: CreateMeetingFromPreviousInput;
}>;


export type CreateMeetingFromPreviousMutation = { __typename?: 'Mutation', createMeetingFromPrevious: { __typename?: 'Meeting', id: string } };

export type ReorderMeetingItemsMutationVariables = Exact<{
  input: ReorderMeetingItemsInput;
}>;


export type ReorderMeetingItemsMutation = { __typename?: 'Mutation', reorderMeetingItems: { __typename?: 'Meeting', id: string } };

export type RemoveMeetingItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
}>;


export type RemoveMeetingItemMutation = { __typename?: 'Mutation', removeMeetingItem: { __typename?: 'Meeting', id: string } };

export type AddMeetingItemMutationVariables = Exact<{
  input: AddMeetingItemInput;
}>;


export type AddMeetingItemMutation = { __typename?: 'Mutation', addMeetingItem: { __typename?: 'MeetingItem', id: string } };

export type RecordMeetingItemMutationVariables = Exact<{
  input: RecordMeetingItemInput;
}>;


export type RecordMeetingItemMutation = { __typename?: 'Mutation', recordMeetingItem: { __typename?: 'MeetingItem', id: string } };

export type AddActionItemMutationVariables = Exact<{
  input: AddActionItemInput;
}>;


export type AddActionItemMutation = { __typename?: 'Mutation', addActionItem: { __typename?: 'ActionItem', id: string } };

export type CompleteActionItemMutationVariables = Exact<{
  actionId: Scalars['ID']['input'];
}>;


export type CompleteActionItemMutation = { __typename?: 'Mutation', completeActionItem: { __typename?: 'ActionItem', id: string, status: ActionItemStatus } };

export type CloseOutIssueAtMeetingMutationVariables = Exact<{
  input: CloseOutIssueInput;
}>;


export type CloseOutIssueAtMeetingMutation = { __typename?: 'Mutation', closeOutIssueAtMeeting: { __typename?: 'MeetingIssueClosure', id: string } };

export type SetMeetingStatusMutationVariables = Exact<{
  input: SetMeetingStatusInput;
}>;


export type SetMeetingStatusMutation = { __typename?: 'Mutation', setMeetingStatus: { __typename?: 'Meeting', id: string, status: MeetingStatus } };

export type MeetingMinutesQueryVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type MeetingMinutesQuery = { __typename?: 'Query', meetingMinutes: { __typename?: 'MeetingPaper', fileName: string, contentBase64: string } };

export type MeetingLedgerQueryVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type MeetingLedgerQuery = { __typename?: 'Query', meetingLedger: { __typename?: 'MeetingPaper', fileName: string, contentBase64: string } };

export type MyActionItemsQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MyActionItemsQuery = { __typename?: 'Query', myActionItems: Array<{ __typename?: 'ActionItem', id: string, text: string, dueOn: string, status: ActionItemStatus, issueId?: string | null, issueTitle?: string | null, meeting: { __typename?: 'Meeting', id: string, title: string, heldOn: string }, project?: { __typename?: 'Project', id: string, name: string } | null }> };

export type DeleteProjectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteProjectMutation = { __typename?: 'Mutation', deleteProject: string };

export type ProjectHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type ProjectHistoryQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, historyCount: number, history: Array<{ __typename?: 'AuditEntry', id: string, at: string, action: string, operation?: string | null, entityType: string, before?: any | null, after?: any | null, actor?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type ProjectCardFieldsFragment = { __typename?: 'Project', id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null };

export type ProjectRowFieldsFragment = { __typename?: 'Project', signedOn?: string | null, createdOn: string, lastUpdateOn?: string | null, fundsInPlace?: string | null, fundsInPlacePercent?: number | null, openIssueCount: number, id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, responsibleLeader?: { __typename?: 'User', id: string, displayName: string } | null, responsibleUnit?: { __typename?: 'Department', id: string, name: string } | null, latestUpdate?: { __typename?: 'ProjectUpdate', id: string, text: string, createdOn: string } | null, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null };

export type ProjectEventFieldsFragment = { __typename?: 'ProjectEvent', id: string, kind: ProjectEventKind, at: string, fromStage?: ProjectStage | null, toStage?: ProjectStage | null, effectiveOn?: string | null, note?: string | null, reason?: string | null, text?: string | null, amount?: string | null, fundsKind?: FundsKind | null, receivedOn?: string | null, milestoneName?: string | null, plannedOn?: string | null, actualOn?: string | null, issueId?: string | null, issueTitle?: string | null, resolution?: string | null, actor?: { __typename?: 'User', id: string, displayName: string } | null, changes: Array<{ __typename?: 'ProjectFieldChange', field: string, from?: string | null, to?: string | null }> };

export type CoordinationIssueFieldsFragment = { __typename?: 'CoordinationIssue', id: string, title: string, detail?: string | null, status: CoordinationIssueStatus, fromUnit?: string | null, raisedOn: string, dueOn?: string | null, resolution?: string | null, closedOn?: string | null, reopenReason?: string | null, fromDepartment?: { __typename?: 'Department', id: string, name: string } | null, raisedBy?: { __typename?: 'User', id: string, displayName: string } | null, closedBy?: { __typename?: 'User', id: string, displayName: string } | null };

export type ProjectDetailFieldsFragment = { __typename?: 'Project', codeName?: string | null, chainId: string, companyId?: string | null, leadId?: string | null, ownerId?: string | null, responsibleLeaderId?: string | null, responsibleUnitId?: string | null, foreignAmount?: string | null, foreignCurrency?: string | null, carrier?: string | null, landAreaMu?: string | null, floorSpaceM2?: string | null, expectedOutput?: string | null, expectedTax?: string | null, expectedJobs?: number | null, registeredCompanyName?: string | null, registeredCreditCode?: string | null, startedOn?: string | null, productionOn?: string | null, capacityOn?: string | null, holdReason?: string | null, dropReason?: string | null, updatedAt: string, canEdit: boolean, canManageIssues: boolean, canEnterFunds: boolean, signedOn?: string | null, createdOn: string, lastUpdateOn?: string | null, fundsInPlace?: string | null, fundsInPlacePercent?: number | null, openIssueCount: number, id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, updatedBy?: { __typename?: 'User', id: string, displayName: string } | null, milestones: Array<{ __typename?: 'ProjectMilestone', id: string, name: string, plannedOn: string, actualOn?: string | null }>, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, responsibleLeader?: { __typename?: 'User', id: string, displayName: string } | null, responsibleUnit?: { __typename?: 'Department', id: string, name: string } | null, latestUpdate?: { __typename?: 'ProjectUpdate', id: string, text: string, createdOn: string } | null, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null };

export type ProjectBoardQueryVariables = Exact<{
  input?: InputMaybe<ProjectBoardInput>;
}>;


export type ProjectBoardQuery = { __typename?: 'Query', projectBoard: { __typename?: 'ProjectBoard', columns: Array<{ __typename?: 'ProjectBoardColumn', stage: ProjectStage, count: number, totalAgreedInvestment: string, maskedCount: number, hasMore: boolean, projects: Array<{ __typename?: 'Project', id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null }> }> } };

export type ProjectsQueryVariables = Exact<{
  input?: InputMaybe<ProjectListInput>;
}>;


export type ProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectPage', total: number, totalCapped: boolean, offset: number, limit: number, items: Array<{ __typename?: 'Project', signedOn?: string | null, createdOn: string, lastUpdateOn?: string | null, fundsInPlace?: string | null, fundsInPlacePercent?: number | null, openIssueCount: number, id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, responsibleLeader?: { __typename?: 'User', id: string, displayName: string } | null, responsibleUnit?: { __typename?: 'Department', id: string, name: string } | null, latestUpdate?: { __typename?: 'ProjectUpdate', id: string, text: string, createdOn: string } | null, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type ProjectFundsFieldsFragment = { __typename?: 'ProjectFunds', id: string, amount: string, receivedOn: string, kind: FundsKind, sourceNote?: string | null, enteredAt: string, enteredBy?: { __typename?: 'User', id: string, displayName: string } | null };

export type ProjectTimelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ProjectTimelineQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, timelineCount: number, timeline: Array<{ __typename?: 'ProjectEvent', id: string, kind: ProjectEventKind, at: string, fromStage?: ProjectStage | null, toStage?: ProjectStage | null, effectiveOn?: string | null, note?: string | null, reason?: string | null, text?: string | null, amount?: string | null, fundsKind?: FundsKind | null, receivedOn?: string | null, milestoneName?: string | null, plannedOn?: string | null, actualOn?: string | null, issueId?: string | null, issueTitle?: string | null, resolution?: string | null, actor?: { __typename?: 'User', id: string, displayName: string } | null, changes: Array<{ __typename?: 'ProjectFieldChange', field: string, from?: string | null, to?: string | null }> }> } };

export type ProjectFundsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ProjectFundsQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, fundsCount: number, funds: Array<{ __typename?: 'ProjectFunds', id: string, amount: string, receivedOn: string, kind: FundsKind, sourceNote?: string | null, enteredAt: string, enteredBy?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type ProjectUpdatesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ProjectUpdatesQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, updateCount: number, updates: Array<{ __typename?: 'ProjectUpdate', id: string, text: string, createdOn: string, createdAt: string, author?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type ProjectIssuesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ProjectIssuesQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, issueCount: number, openIssueCount: number, issues: Array<{ __typename?: 'CoordinationIssue', id: string, title: string, detail?: string | null, status: CoordinationIssueStatus, fromUnit?: string | null, raisedOn: string, dueOn?: string | null, resolution?: string | null, closedOn?: string | null, reopenReason?: string | null, fromDepartment?: { __typename?: 'Department', id: string, name: string } | null, raisedBy?: { __typename?: 'User', id: string, displayName: string } | null, closedBy?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type ProjectQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectQuery = { __typename?: 'Query', project: { __typename?: 'Project', codeName?: string | null, chainId: string, companyId?: string | null, leadId?: string | null, ownerId?: string | null, responsibleLeaderId?: string | null, responsibleUnitId?: string | null, foreignAmount?: string | null, foreignCurrency?: string | null, carrier?: string | null, landAreaMu?: string | null, floorSpaceM2?: string | null, expectedOutput?: string | null, expectedTax?: string | null, expectedJobs?: number | null, registeredCompanyName?: string | null, registeredCreditCode?: string | null, startedOn?: string | null, productionOn?: string | null, capacityOn?: string | null, holdReason?: string | null, dropReason?: string | null, updatedAt: string, canEdit: boolean, canManageIssues: boolean, canEnterFunds: boolean, signedOn?: string | null, createdOn: string, lastUpdateOn?: string | null, fundsInPlace?: string | null, fundsInPlacePercent?: number | null, openIssueCount: number, id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, updatedBy?: { __typename?: 'User', id: string, displayName: string } | null, milestones: Array<{ __typename?: 'ProjectMilestone', id: string, name: string, plannedOn: string, actualOn?: string | null }>, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, responsibleLeader?: { __typename?: 'User', id: string, displayName: string } | null, responsibleUnit?: { __typename?: 'Department', id: string, name: string } | null, latestUpdate?: { __typename?: 'ProjectUpdate', id: string, text: string, createdOn: string } | null, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null } };

export type ProjectPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectPeopleQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, displayName: string, role: Role, active: boolean, departmentId?: string | null }>, departments: Array<{ __typename?: 'Department', id: string, name: string, shortName?: string | null }> };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', codeName?: string | null, chainId: string, companyId?: string | null, leadId?: string | null, ownerId?: string | null, responsibleLeaderId?: string | null, responsibleUnitId?: string | null, foreignAmount?: string | null, foreignCurrency?: string | null, carrier?: string | null, landAreaMu?: string | null, floorSpaceM2?: string | null, expectedOutput?: string | null, expectedTax?: string | null, expectedJobs?: number | null, registeredCompanyName?: string | null, registeredCreditCode?: string | null, startedOn?: string | null, productionOn?: string | null, capacityOn?: string | null, holdReason?: string | null, dropReason?: string | null, updatedAt: string, canEdit: boolean, canManageIssues: boolean, canEnterFunds: boolean, signedOn?: string | null, createdOn: string, lastUpdateOn?: string | null, fundsInPlace?: string | null, fundsInPlacePercent?: number | null, openIssueCount: number, id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, updatedBy?: { __typename?: 'User', id: string, displayName: string } | null, milestones: Array<{ __typename?: 'ProjectMilestone', id: string, name: string, plannedOn: string, actualOn?: string | null }>, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, responsibleLeader?: { __typename?: 'User', id: string, displayName: string } | null, responsibleUnit?: { __typename?: 'Department', id: string, name: string } | null, latestUpdate?: { __typename?: 'ProjectUpdate', id: string, text: string, createdOn: string } | null, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null } };

export type UpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { __typename?: 'Mutation', updateProject: { __typename?: 'Project', codeName?: string | null, chainId: string, companyId?: string | null, leadId?: string | null, ownerId?: string | null, responsibleLeaderId?: string | null, responsibleUnitId?: string | null, foreignAmount?: string | null, foreignCurrency?: string | null, carrier?: string | null, landAreaMu?: string | null, floorSpaceM2?: string | null, expectedOutput?: string | null, expectedTax?: string | null, expectedJobs?: number | null, registeredCompanyName?: string | null, registeredCreditCode?: string | null, startedOn?: string | null, productionOn?: string | null, capacityOn?: string | null, holdReason?: string | null, dropReason?: string | null, updatedAt: string, canEdit: boolean, canManageIssues: boolean, canEnterFunds: boolean, signedOn?: string | null, createdOn: string, lastUpdateOn?: string | null, fundsInPlace?: string | null, fundsInPlacePercent?: number | null, openIssueCount: number, id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, updatedBy?: { __typename?: 'User', id: string, displayName: string } | null, milestones: Array<{ __typename?: 'ProjectMilestone', id: string, name: string, plannedOn: string, actualOn?: string | null }>, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, responsibleLeader?: { __typename?: 'User', id: string, displayName: string } | null, responsibleUnit?: { __typename?: 'Department', id: string, name: string } | null, latestUpdate?: { __typename?: 'ProjectUpdate', id: string, text: string, createdOn: string } | null, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null } };

export type MoveProjectStageMutationVariables = Exact<{
  input: MoveProjectStageInput;
}>;


export type MoveProjectStageMutation = { __typename?: 'Mutation', moveProjectStage: { __typename?: 'Project', codeName?: string | null, chainId: string, companyId?: string | null, leadId?: string | null, ownerId?: string | null, responsibleLeaderId?: string | null, responsibleUnitId?: string | null, foreignAmount?: string | null, foreignCurrency?: string | null, carrier?: string | null, landAreaMu?: string | null, floorSpaceM2?: string | null, expectedOutput?: string | null, expectedTax?: string | null, expectedJobs?: number | null, registeredCompanyName?: string | null, registeredCreditCode?: string | null, startedOn?: string | null, productionOn?: string | null, capacityOn?: string | null, holdReason?: string | null, dropReason?: string | null, updatedAt: string, canEdit: boolean, canManageIssues: boolean, canEnterFunds: boolean, signedOn?: string | null, createdOn: string, lastUpdateOn?: string | null, fundsInPlace?: string | null, fundsInPlacePercent?: number | null, openIssueCount: number, id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, updatedBy?: { __typename?: 'User', id: string, displayName: string } | null, milestones: Array<{ __typename?: 'ProjectMilestone', id: string, name: string, plannedOn: string, actualOn?: string | null }>, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, responsibleLeader?: { __typename?: 'User', id: string, displayName: string } | null, responsibleUnit?: { __typename?: 'Department', id: string, name: string } | null, latestUpdate?: { __typename?: 'ProjectUpdate', id: string, text: string, createdOn: string } | null, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null } };

export type AddProjectFundsMutationVariables = Exact<{
  input: AddProjectFundsInput;
}>;


export type AddProjectFundsMutation = { __typename?: 'Mutation', addProjectFunds: { __typename?: 'Project', codeName?: string | null, chainId: string, companyId?: string | null, leadId?: string | null, ownerId?: string | null, responsibleLeaderId?: string | null, responsibleUnitId?: string | null, foreignAmount?: string | null, foreignCurrency?: string | null, carrier?: string | null, landAreaMu?: string | null, floorSpaceM2?: string | null, expectedOutput?: string | null, expectedTax?: string | null, expectedJobs?: number | null, registeredCompanyName?: string | null, registeredCreditCode?: string | null, startedOn?: string | null, productionOn?: string | null, capacityOn?: string | null, holdReason?: string | null, dropReason?: string | null, updatedAt: string, canEdit: boolean, canManageIssues: boolean, canEnterFunds: boolean, signedOn?: string | null, createdOn: string, lastUpdateOn?: string | null, fundsInPlace?: string | null, fundsInPlacePercent?: number | null, openIssueCount: number, id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, updatedBy?: { __typename?: 'User', id: string, displayName: string } | null, milestones: Array<{ __typename?: 'ProjectMilestone', id: string, name: string, plannedOn: string, actualOn?: string | null }>, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, responsibleLeader?: { __typename?: 'User', id: string, displayName: string } | null, responsibleUnit?: { __typename?: 'Department', id: string, name: string } | null, latestUpdate?: { __typename?: 'ProjectUpdate', id: string, text: string, createdOn: string } | null, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null } };

export type RemoveProjectFundsMutationVariables = Exact<{
  fundsId: Scalars['ID']['input'];
}>;


export type RemoveProjectFundsMutation = { __typename?: 'Mutation', removeProjectFunds: { __typename?: 'Project', codeName?: string | null, chainId: string, companyId?: string | null, leadId?: string | null, ownerId?: string | null, responsibleLeaderId?: string | null, responsibleUnitId?: string | null, foreignAmount?: string | null, foreignCurrency?: string | null, carrier?: string | null, landAreaMu?: string | null, floorSpaceM2?: string | null, expectedOutput?: string | null, expectedTax?: string | null, expectedJobs?: number | null, registeredCompanyName?: string | null, registeredCreditCode?: string | null, startedOn?: string | null, productionOn?: string | null, capacityOn?: string | null, holdReason?: string | null, dropReason?: string | null, updatedAt: string, canEdit: boolean, canManageIssues: boolean, canEnterFunds: boolean, signedOn?: string | null, createdOn: string, lastUpdateOn?: string | null, fundsInPlace?: string | null, fundsInPlacePercent?: number | null, openIssueCount: number, id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, updatedBy?: { __typename?: 'User', id: string, displayName: string } | null, milestones: Array<{ __typename?: 'ProjectMilestone', id: string, name: string, plannedOn: string, actualOn?: string | null }>, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, responsibleLeader?: { __typename?: 'User', id: string, displayName: string } | null, responsibleUnit?: { __typename?: 'Department', id: string, name: string } | null, latestUpdate?: { __typename?: 'ProjectUpdate', id: string, text: string, createdOn: string } | null, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null } };

export type AddProjectMilestoneMutationVariables = Exact<{
  input: AddProjectMilestoneInput;
}>;


export type AddProjectMilestoneMutation = { __typename?: 'Mutation', addProjectMilestone: { __typename?: 'Project', codeName?: string | null, chainId: string, companyId?: string | null, leadId?: string | null, ownerId?: string | null, responsibleLeaderId?: string | null, responsibleUnitId?: string | null, foreignAmount?: string | null, foreignCurrency?: string | null, carrier?: string | null, landAreaMu?: string | null, floorSpaceM2?: string | null, expectedOutput?: string | null, expectedTax?: string | null, expectedJobs?: number | null, registeredCompanyName?: string | null, registeredCreditCode?: string | null, startedOn?: string | null, productionOn?: string | null, capacityOn?: string | null, holdReason?: string | null, dropReason?: string | null, updatedAt: string, canEdit: boolean, canManageIssues: boolean, canEnterFunds: boolean, signedOn?: string | null, createdOn: string, lastUpdateOn?: string | null, fundsInPlace?: string | null, fundsInPlacePercent?: number | null, openIssueCount: number, id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, updatedBy?: { __typename?: 'User', id: string, displayName: string } | null, milestones: Array<{ __typename?: 'ProjectMilestone', id: string, name: string, plannedOn: string, actualOn?: string | null }>, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, responsibleLeader?: { __typename?: 'User', id: string, displayName: string } | null, responsibleUnit?: { __typename?: 'Department', id: string, name: string } | null, latestUpdate?: { __typename?: 'ProjectUpdate', id: string, text: string, createdOn: string } | null, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null } };

export type UpdateProjectMilestoneMutationVariables = Exact<{
  input: UpdateProjectMilestoneInput;
}>;


export type UpdateProjectMilestoneMutation = { __typename?: 'Mutation', updateProjectMilestone: { __typename?: 'Project', codeName?: string | null, chainId: string, companyId?: string | null, leadId?: string | null, ownerId?: string | null, responsibleLeaderId?: string | null, responsibleUnitId?: string | null, foreignAmount?: string | null, foreignCurrency?: string | null, carrier?: string | null, landAreaMu?: string | null, floorSpaceM2?: string | null, expectedOutput?: string | null, expectedTax?: string | null, expectedJobs?: number | null, registeredCompanyName?: string | null, registeredCreditCode?: string | null, startedOn?: string | null, productionOn?: string | null, capacityOn?: string | null, holdReason?: string | null, dropReason?: string | null, updatedAt: string, canEdit: boolean, canManageIssues: boolean, canEnterFunds: boolean, signedOn?: string | null, createdOn: string, lastUpdateOn?: string | null, fundsInPlace?: string | null, fundsInPlacePercent?: number | null, openIssueCount: number, id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, updatedBy?: { __typename?: 'User', id: string, displayName: string } | null, milestones: Array<{ __typename?: 'ProjectMilestone', id: string, name: string, plannedOn: string, actualOn?: string | null }>, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, responsibleLeader?: { __typename?: 'User', id: string, displayName: string } | null, responsibleUnit?: { __typename?: 'Department', id: string, name: string } | null, latestUpdate?: { __typename?: 'ProjectUpdate', id: string, text: string, createdOn: string } | null, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null } };

export type RemoveProjectMilestoneMutationVariables = Exact<{
  milestoneId: Scalars['ID']['input'];
}>;


export type RemoveProjectMilestoneMutation = { __typename?: 'Mutation', removeProjectMilestone: { __typename?: 'Project', codeName?: string | null, chainId: string, companyId?: string | null, leadId?: string | null, ownerId?: string | null, responsibleLeaderId?: string | null, responsibleUnitId?: string | null, foreignAmount?: string | null, foreignCurrency?: string | null, carrier?: string | null, landAreaMu?: string | null, floorSpaceM2?: string | null, expectedOutput?: string | null, expectedTax?: string | null, expectedJobs?: number | null, registeredCompanyName?: string | null, registeredCreditCode?: string | null, startedOn?: string | null, productionOn?: string | null, capacityOn?: string | null, holdReason?: string | null, dropReason?: string | null, updatedAt: string, canEdit: boolean, canManageIssues: boolean, canEnterFunds: boolean, signedOn?: string | null, createdOn: string, lastUpdateOn?: string | null, fundsInPlace?: string | null, fundsInPlacePercent?: number | null, openIssueCount: number, id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, updatedBy?: { __typename?: 'User', id: string, displayName: string } | null, milestones: Array<{ __typename?: 'ProjectMilestone', id: string, name: string, plannedOn: string, actualOn?: string | null }>, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, responsibleLeader?: { __typename?: 'User', id: string, displayName: string } | null, responsibleUnit?: { __typename?: 'Department', id: string, name: string } | null, latestUpdate?: { __typename?: 'ProjectUpdate', id: string, text: string, createdOn: string } | null, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null } };

export type AddProjectUpdateMutationVariables = Exact<{
  input: AddProjectUpdateInput;
}>;


export type AddProjectUpdateMutation = { __typename?: 'Mutation', addProjectUpdate: { __typename?: 'Project', codeName?: string | null, chainId: string, companyId?: string | null, leadId?: string | null, ownerId?: string | null, responsibleLeaderId?: string | null, responsibleUnitId?: string | null, foreignAmount?: string | null, foreignCurrency?: string | null, carrier?: string | null, landAreaMu?: string | null, floorSpaceM2?: string | null, expectedOutput?: string | null, expectedTax?: string | null, expectedJobs?: number | null, registeredCompanyName?: string | null, registeredCreditCode?: string | null, startedOn?: string | null, productionOn?: string | null, capacityOn?: string | null, holdReason?: string | null, dropReason?: string | null, updatedAt: string, canEdit: boolean, canManageIssues: boolean, canEnterFunds: boolean, signedOn?: string | null, createdOn: string, lastUpdateOn?: string | null, fundsInPlace?: string | null, fundsInPlacePercent?: number | null, openIssueCount: number, id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, updatedBy?: { __typename?: 'User', id: string, displayName: string } | null, milestones: Array<{ __typename?: 'ProjectMilestone', id: string, name: string, plannedOn: string, actualOn?: string | null }>, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, responsibleLeader?: { __typename?: 'User', id: string, displayName: string } | null, responsibleUnit?: { __typename?: 'Department', id: string, name: string } | null, latestUpdate?: { __typename?: 'ProjectUpdate', id: string, text: string, createdOn: string } | null, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null } };

export type RaiseCoordinationIssueMutationVariables = Exact<{
  input: RaiseCoordinationIssueInput;
}>;


export type RaiseCoordinationIssueMutation = { __typename?: 'Mutation', raiseCoordinationIssue: { __typename?: 'CoordinationIssue', id: string, project: { __typename?: 'Project', codeName?: string | null, chainId: string, companyId?: string | null, leadId?: string | null, ownerId?: string | null, responsibleLeaderId?: string | null, responsibleUnitId?: string | null, foreignAmount?: string | null, foreignCurrency?: string | null, carrier?: string | null, landAreaMu?: string | null, floorSpaceM2?: string | null, expectedOutput?: string | null, expectedTax?: string | null, expectedJobs?: number | null, registeredCompanyName?: string | null, registeredCreditCode?: string | null, startedOn?: string | null, productionOn?: string | null, capacityOn?: string | null, holdReason?: string | null, dropReason?: string | null, updatedAt: string, canEdit: boolean, canManageIssues: boolean, canEnterFunds: boolean, signedOn?: string | null, createdOn: string, lastUpdateOn?: string | null, fundsInPlace?: string | null, fundsInPlacePercent?: number | null, openIssueCount: number, id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, updatedBy?: { __typename?: 'User', id: string, displayName: string } | null, milestones: Array<{ __typename?: 'ProjectMilestone', id: string, name: string, plannedOn: string, actualOn?: string | null }>, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, responsibleLeader?: { __typename?: 'User', id: string, displayName: string } | null, responsibleUnit?: { __typename?: 'Department', id: string, name: string } | null, latestUpdate?: { __typename?: 'ProjectUpdate', id: string, text: string, createdOn: string } | null, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null } } };

export type MoveCoordinationIssueMutationVariables = Exact<{
  input: MoveCoordinationIssueInput;
}>;


export type MoveCoordinationIssueMutation = { __typename?: 'Mutation', moveCoordinationIssue: { __typename?: 'CoordinationIssue', id: string, project: { __typename?: 'Project', codeName?: string | null, chainId: string, companyId?: string | null, leadId?: string | null, ownerId?: string | null, responsibleLeaderId?: string | null, responsibleUnitId?: string | null, foreignAmount?: string | null, foreignCurrency?: string | null, carrier?: string | null, landAreaMu?: string | null, floorSpaceM2?: string | null, expectedOutput?: string | null, expectedTax?: string | null, expectedJobs?: number | null, registeredCompanyName?: string | null, registeredCreditCode?: string | null, startedOn?: string | null, productionOn?: string | null, capacityOn?: string | null, holdReason?: string | null, dropReason?: string | null, updatedAt: string, canEdit: boolean, canManageIssues: boolean, canEnterFunds: boolean, signedOn?: string | null, createdOn: string, lastUpdateOn?: string | null, fundsInPlace?: string | null, fundsInPlacePercent?: number | null, openIssueCount: number, id: string, name: string, masked: boolean, confidential: boolean, isDemo: boolean, type: ProjectType, stage: ProjectStage, stageOn?: string | null, heldFrom?: ProjectStage | null, agreedInvestment?: string | null, tier?: InvestmentTier | null, light?: HealthLight | null, version: number, canMoveStage: boolean, lead?: { __typename?: 'Lead', id: string, title: string, masked: boolean } | null, createdBy?: { __typename?: 'User', id: string, displayName: string } | null, updatedBy?: { __typename?: 'User', id: string, displayName: string } | null, milestones: Array<{ __typename?: 'ProjectMilestone', id: string, name: string, plannedOn: string, actualOn?: string | null }>, nodes: Array<{ __typename?: 'ChainNode', id: string, name: string }>, responsibleLeader?: { __typename?: 'User', id: string, displayName: string } | null, responsibleUnit?: { __typename?: 'Department', id: string, name: string } | null, latestUpdate?: { __typename?: 'ProjectUpdate', id: string, text: string, createdOn: string } | null, lightRule?: { __typename?: 'HealthRuleFired', code: HealthRuleCode, days: number, milestone?: string | null } | null, chain: { __typename?: 'ChainRef', id: string, name: string }, company?: { __typename?: 'Company', id: string, name: string, creditCode?: string | null } | null, owner?: { __typename?: 'User', id: string, displayName: string } | null } } };

export type ProjectCountersQueryVariables = Exact<{
  asOf: Scalars['LocalDate']['input'];
  chainId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ProjectCountersQuery = { __typename?: 'Query', projectCounters: { __typename?: 'ProjectCounters', asOf: string, signed: number, industrialisation: number, tier30Plus: number, tier10To30: number, signedAmount: string, fundsInPlace: string, targets: { __typename?: 'ProjectTargets', industrialisation: number, tier30Plus: number, tier10To30: number } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AdminUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminUserFields on User {
  id
  username
  displayName
  role
  roles
  chainIds
  active
  mustChangePassword
  lastSignInAt
  departmentId
  department {
    id
    name
  }
}
    `, {"fragmentName":"AdminUserFields"}) as unknown as TypedDocumentString<AdminUserFieldsFragment, unknown>;
export const AdminDepartmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminDepartmentFields on Department {
  id
  name
  shortName
  active
}
    `, {"fragmentName":"AdminDepartmentFields"}) as unknown as TypedDocumentString<AdminDepartmentFieldsFragment, unknown>;
export const CurrentUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment CurrentUserFields on User {
  id
  username
  displayName
  role
  roles
  chainIds
  mustChangePassword
  departmentId
  department {
    id
    name
  }
}
    `, {"fragmentName":"CurrentUserFields"}) as unknown as TypedDocumentString<CurrentUserFieldsFragment, unknown>;
export const ChainMapNodeFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChainMapNodeFields on MapNode {
  id
  parentId
  name
  description
  position
  status
  statusSource
  isHighEnd
  isKey
  industryCode
  sortOrder
  depth
  version
  anchorCompanies
  localCompanies
  targetCompanies
  activeLeads
  activeProjects
  projectsByStage {
    stage
    count
  }
  isGap
  isUncovered
}
    `, {"fragmentName":"ChainMapNodeFields"}) as unknown as TypedDocumentString<ChainMapNodeFieldsFragment, unknown>;
export const ChainTargetFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChainTargetFields on ChainTarget {
  id
  metric
  comparator
  value
  unit
  year
  quote
  baselineValue
  baselineYear
}
    `, {"fragmentName":"ChainTargetFields"}) as unknown as TypedDocumentString<ChainTargetFieldsFragment, unknown>;
export const WorkPlanTaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkPlanTaskFields on WorkPlanTask {
  id
  title
  description
  status
  dueDate
  completedAt
  sortOrder
  isDemo
  ownerDepartmentId
  ownerDepartment {
    id
    name
  }
}
    `, {"fragmentName":"WorkPlanTaskFields"}) as unknown as TypedDocumentString<WorkPlanTaskFieldsFragment, unknown>;
export const PolicyFieldsFragmentDoc = new TypedDocumentString(`
    fragment PolicyFields on Policy {
  id
  title
  documentNumber
  issuer
  validFrom
  validTo
  summary
  isDemo
}
    `, {"fragmentName":"PolicyFields"}) as unknown as TypedDocumentString<PolicyFieldsFragment, unknown>;
export const CompanyTagFieldsFragmentDoc = new TypedDocumentString(`
    fragment CompanyTagFields on CompanyTag {
  id
  year
  listId
  list {
    id
    name
    category
    level
  }
}
    `, {"fragmentName":"CompanyTagFields"}) as unknown as TypedDocumentString<CompanyTagFieldsFragment, unknown>;
export const CompanyRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment CompanyRowFields on Company {
  id
  name
  englishName
  aliases
  creditCode
  province
  city
  headquarters
  isListed
  isLocal
  openLeadCount
  lastContactOn
  updatedAt
  tags {
    ...CompanyTagFields
  }
}
    fragment CompanyTagFields on CompanyTag {
  id
  year
  listId
  list {
    id
    name
    category
    level
  }
}`, {"fragmentName":"CompanyRowFields"}) as unknown as TypedDocumentString<CompanyRowFieldsFragment, unknown>;
export const CompanyListFieldsFragmentDoc = new TypedDocumentString(`
    fragment CompanyListFields on CompanyList {
  id
  name
  category
  level
  publisher
  tagCount
}
    `, {"fragmentName":"CompanyListFields"}) as unknown as TypedDocumentString<CompanyListFieldsFragment, unknown>;
export const CrmChainFieldsFragmentDoc = new TypedDocumentString(`
    fragment CrmChainFields on IndustryChain {
  id
  code
  name
  sortOrder
  leaderId
  leadDepartmentId
}
    `, {"fragmentName":"CrmChainFields"}) as unknown as TypedDocumentString<CrmChainFieldsFragment, unknown>;
export const InteractionFieldsFragmentDoc = new TypedDocumentString(`
    fragment InteractionFields on Interaction {
  id
  type
  occurredOn
  ourPeople
  theirPeople
  summary
  outcome
  nextStep
  createdAt
  companyId
  leadId
  createdBy {
    id
    displayName
  }
  lead {
    id
    title
    masked
  }
  company {
    id
    name
  }
}
    `, {"fragmentName":"InteractionFields"}) as unknown as TypedDocumentString<InteractionFieldsFragment, unknown>;
export const SavedViewFieldsFragmentDoc = new TypedDocumentString(`
    fragment SavedViewFields on SavedView {
  id
  name
  tableKey
  settings
}
    `, {"fragmentName":"SavedViewFields"}) as unknown as TypedDocumentString<SavedViewFieldsFragment, unknown>;
export const RankingLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment RankingLineFields on RankingLine {
  subjectId
  subjectName
  score
  rank
  figures {
    signedCount
    signedCountTarget
    signedAmount
    signedAmountTarget
    fundsInPlace
    fundsInPlaceTarget
    startsDue
    startsOnTime
    issuesDue
    issuesClosedOnTime
    interactions
  }
  weights {
    signedCount
    signedAmount
    fundsInPlace
    startedOnTime
    issuesClosedOnTime
    leadActivity
  }
}
    `, {"fragmentName":"RankingLineFields"}) as unknown as TypedDocumentString<RankingLineFieldsFragment, unknown>;
export const LeadSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeadSummaryFields on Lead {
  id
  title
  isDemo
  masked
  confidential
  codeName
  status
  source
  createdOn
  nextAction
  nextActionDue
  intendedInvestment
  canEdit
  chain {
    id
    name
  }
  company {
    id
    name
  }
  owner {
    id
    displayName
  }
  timing {
    alerts
    daysSinceContact
    lastContactOn
    stale
    nextActionOverdue
    nextActionDueToday
    firstContactOverdue
    assessmentOverdue
  }
}
    `, {"fragmentName":"LeadSummaryFields"}) as unknown as TypedDocumentString<LeadSummaryFieldsFragment, unknown>;
export const LeadDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeadDetailFields on Lead {
  ...LeadSummaryFields
  version
  chainId
  companyId
  ownerId
  closeReason
  createdAt
  updatedAt
  projectId
  project {
    id
    name
    stage
  }
  prospect {
    id
  }
  nodes {
    id
    name
  }
  timing {
    alerts
    firstContactDue
    firstContactOn
    firstContactOverdue
    assessmentDue
    assessedOn
    assessmentOverdue
    lastContactOn
    daysSinceContact
    nextActionOverdue
    nextActionDueToday
    stale
  }
  contactCount
}
    fragment LeadSummaryFields on Lead {
  id
  title
  isDemo
  masked
  confidential
  codeName
  status
  source
  createdOn
  nextAction
  nextActionDue
  intendedInvestment
  canEdit
  chain {
    id
    name
  }
  company {
    id
    name
  }
  owner {
    id
    displayName
  }
  timing {
    alerts
    daysSinceContact
    lastContactOn
    stale
    nextActionOverdue
    nextActionDueToday
    firstContactOverdue
    assessmentOverdue
  }
}`, {"fragmentName":"LeadDetailFields"}) as unknown as TypedDocumentString<LeadDetailFieldsFragment, unknown>;
export const ProspectFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProspectFields on Prospect {
  id
  isDemo
  priority
  reason
  companyId
  nodeId
  assigneeId
  leadId
  company {
    id
    name
    city
    isListed
  }
  node {
    id
    name
  }
  chain {
    id
    name
  }
  assignee {
    id
    displayName
  }
  lead {
    id
    title
    masked
    status
  }
}
    `, {"fragmentName":"ProspectFields"}) as unknown as TypedDocumentString<ProspectFieldsFragment, unknown>;
export const WorkSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkSummaryFields on WorkSummary {
  today
  chain {
    id
    name
  }
  rules {
    firstContactWorkingDays
    assessmentWorkingDays
    staleDays
  }
  limit
  attention
  leads {
    ...LeadSummaryFields
  }
  openLeads {
    total
    leadIds
  }
  dueToday {
    total
    leadIds
  }
  overdueNextActions {
    total
    leadIds
  }
  firstContactOverdue {
    total
    leadIds
  }
  assessmentOverdue {
    total
    leadIds
  }
  stale {
    total
    leadIds
  }
  prospects {
    total
    items {
      ...ProspectFields
    }
  }
}
    fragment LeadSummaryFields on Lead {
  id
  title
  isDemo
  masked
  confidential
  codeName
  status
  source
  createdOn
  nextAction
  nextActionDue
  intendedInvestment
  canEdit
  chain {
    id
    name
  }
  company {
    id
    name
  }
  owner {
    id
    displayName
  }
  timing {
    alerts
    daysSinceContact
    lastContactOn
    stale
    nextActionOverdue
    nextActionDueToday
    firstContactOverdue
    assessmentOverdue
  }
}
fragment ProspectFields on Prospect {
  id
  isDemo
  priority
  reason
  companyId
  nodeId
  assigneeId
  leadId
  company {
    id
    name
    city
    isListed
  }
  node {
    id
    name
  }
  chain {
    id
    name
  }
  assignee {
    id
    displayName
  }
  lead {
    id
    title
    masked
    status
  }
}`, {"fragmentName":"WorkSummaryFields"}) as unknown as TypedDocumentString<WorkSummaryFieldsFragment, unknown>;
export const MeetingSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingSummaryFields on Meeting {
  id
  title
  heldOn
  place
  status
  allChains
  isDemo
  periodFrom
  periodTo
  chains {
    id
    name
  }
  chair {
    id
    displayName
  }
}
    `, {"fragmentName":"MeetingSummaryFields"}) as unknown as TypedDocumentString<MeetingSummaryFieldsFragment, unknown>;
export const MeetingItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingItemFields on MeetingItem {
  id
  position
  kind
  refKind
  refId
  projectId
  title
  summary
  carriedCount
  discussion
  decisions
}
    `, {"fragmentName":"MeetingItemFields"}) as unknown as TypedDocumentString<MeetingItemFieldsFragment, unknown>;
export const ProjectEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectEventFields on ProjectEvent {
  id
  kind
  at
  actor {
    id
    displayName
  }
  changes {
    field
    from
    to
  }
  fromStage
  toStage
  effectiveOn
  note
  reason
  text
  amount
  fundsKind
  receivedOn
  milestoneName
  plannedOn
  actualOn
  issueId
  issueTitle
  resolution
}
    `, {"fragmentName":"ProjectEventFields"}) as unknown as TypedDocumentString<ProjectEventFieldsFragment, unknown>;
export const CoordinationIssueFieldsFragmentDoc = new TypedDocumentString(`
    fragment CoordinationIssueFields on CoordinationIssue {
  id
  title
  detail
  status
  fromUnit
  raisedOn
  dueOn
  resolution
  closedOn
  reopenReason
  fromDepartment {
    id
    name
  }
  raisedBy {
    id
    displayName
  }
  closedBy {
    id
    displayName
  }
}
    `, {"fragmentName":"CoordinationIssueFields"}) as unknown as TypedDocumentString<CoordinationIssueFieldsFragment, unknown>;
export const ProjectCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}
    `, {"fragmentName":"ProjectCardFields"}) as unknown as TypedDocumentString<ProjectCardFieldsFragment, unknown>;
export const ProjectRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectRowFields on Project {
  ...ProjectCardFields
  signedOn
  createdOn
  lastUpdateOn
  fundsInPlace
  fundsInPlacePercent
  openIssueCount
  nodes {
    id
    name
  }
  responsibleLeader {
    id
    displayName
  }
  responsibleUnit {
    id
    name
  }
  latestUpdate {
    id
    text
    createdOn
  }
}
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}`, {"fragmentName":"ProjectRowFields"}) as unknown as TypedDocumentString<ProjectRowFieldsFragment, unknown>;
export const ProjectDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectDetailFields on Project {
  ...ProjectRowFields
  codeName
  chainId
  companyId
  leadId
  ownerId
  responsibleLeaderId
  responsibleUnitId
  foreignAmount
  foreignCurrency
  carrier
  landAreaMu
  floorSpaceM2
  expectedOutput
  expectedTax
  expectedJobs
  registeredCompanyName
  registeredCreditCode
  startedOn
  productionOn
  capacityOn
  holdReason
  dropReason
  updatedAt
  canEdit
  canManageIssues
  canEnterFunds
  lead {
    id
    title
    masked
  }
  createdBy {
    id
    displayName
  }
  updatedBy {
    id
    displayName
  }
  milestones {
    id
    name
    plannedOn
    actualOn
  }
}
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}
fragment ProjectRowFields on Project {
  ...ProjectCardFields
  signedOn
  createdOn
  lastUpdateOn
  fundsInPlace
  fundsInPlacePercent
  openIssueCount
  nodes {
    id
    name
  }
  responsibleLeader {
    id
    displayName
  }
  responsibleUnit {
    id
    name
  }
  latestUpdate {
    id
    text
    createdOn
  }
}`, {"fragmentName":"ProjectDetailFields"}) as unknown as TypedDocumentString<ProjectDetailFieldsFragment, unknown>;
export const ProjectFundsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProjectFundsFields on ProjectFunds {
  id
  amount
  receivedOn
  kind
  sourceNote
  enteredAt
  enteredBy {
    id
    displayName
  }
}
    `, {"fragmentName":"ProjectFundsFields"}) as unknown as TypedDocumentString<ProjectFundsFieldsFragment, unknown>;
export const AuditEntriesDocument = new TypedDocumentString(`
    query AuditEntries($input: AuditEntriesInput) {
  auditEntries(input: $input) {
    total
    offset
    limit
    items {
      id
      at
      operation
      action
      entityType
      entityId
      recordType
      recordId
      chainId
      before
      after
      requestId
      address
      actor {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const ExportAuditEntriesDocument = new TypedDocumentString(`
    mutation ExportAuditEntries($input: AuditEntriesInput) {
  exportAuditEntries(input: $input) {
    fileName
    contentBase64
    rows
    total
    cap
    capped
  }
}
    `) as unknown as TypedDocumentString<ExportAuditEntriesMutation, ExportAuditEntriesMutationVariables>;
export const RecycleBinDocument = new TypedDocumentString(`
    query RecycleBin($page: PageArgs) {
  deletedCompanies(page: $page) {
    total
    items {
      id
      name
      deletedAt
      deletedById
      mergedIntoId
    }
  }
  deletedLeads(page: $page) {
    total
    items {
      id
      title
      deletedAt
      deletedById
    }
  }
  deletedProjects(page: $page) {
    total
    items {
      id
      name
      deletedAt
      deletedById
    }
  }
}
    `) as unknown as TypedDocumentString<RecycleBinQuery, RecycleBinQueryVariables>;
export const RestoreCompanyDocument = new TypedDocumentString(`
    mutation RestoreCompany($id: ID!) {
  restoreCompany(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreCompanyMutation, RestoreCompanyMutationVariables>;
export const RestoreLeadDocument = new TypedDocumentString(`
    mutation RestoreLead($id: ID!) {
  restoreLead(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreLeadMutation, RestoreLeadMutationVariables>;
export const RestoreProjectDocument = new TypedDocumentString(`
    mutation RestoreProject($id: ID!) {
  restoreProject(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RestoreProjectMutation, RestoreProjectMutationVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($filter: UserFilterInput) {
  users(filter: $filter) {
    ...AdminUserFields
  }
}
    fragment AdminUserFields on User {
  id
  username
  displayName
  role
  roles
  chainIds
  active
  mustChangePassword
  lastSignInAt
  departmentId
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminUserPageDocument = new TypedDocumentString(`
    query AdminUserPage($filter: UserFilterInput, $page: PageArgs) {
  userPage(filter: $filter, page: $page) {
    total
    totalCapped
    offset
    limit
    items {
      ...AdminUserFields
    }
  }
}
    fragment AdminUserFields on User {
  id
  username
  displayName
  role
  roles
  chainIds
  active
  mustChangePassword
  lastSignInAt
  departmentId
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<AdminUserPageQuery, AdminUserPageQueryVariables>;
export const AdminChainsDocument = new TypedDocumentString(`
    query AdminChains {
  chains {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminChainsQuery, AdminChainsQueryVariables>;
export const AdminDepartmentsDocument = new TypedDocumentString(`
    query AdminDepartments($includeInactive: Boolean) {
  departments(includeInactive: $includeInactive) {
    ...AdminDepartmentFields
  }
}
    fragment AdminDepartmentFields on Department {
  id
  name
  shortName
  active
}`) as unknown as TypedDocumentString<AdminDepartmentsQuery, AdminDepartmentsQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    temporaryPassword
    user {
      ...AdminUserFields
    }
  }
}
    fragment AdminUserFields on User {
  id
  username
  displayName
  role
  roles
  chainIds
  active
  mustChangePassword
  lastSignInAt
  departmentId
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    ...AdminUserFields
  }
}
    fragment AdminUserFields on User {
  id
  username
  displayName
  role
  roles
  chainIds
  active
  mustChangePassword
  lastSignInAt
  departmentId
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserActiveDocument = new TypedDocumentString(`
    mutation SetUserActive($userId: ID!, $active: Boolean!) {
  setUserActive(userId: $userId, active: $active) {
    ...AdminUserFields
  }
}
    fragment AdminUserFields on User {
  id
  username
  displayName
  role
  roles
  chainIds
  active
  mustChangePassword
  lastSignInAt
  departmentId
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const ResetUserPasswordDocument = new TypedDocumentString(`
    mutation ResetUserPassword($input: ResetPasswordInput!) {
  resetUserPassword(input: $input) {
    temporaryPassword
    user {
      ...AdminUserFields
    }
  }
}
    fragment AdminUserFields on User {
  id
  username
  displayName
  role
  roles
  chainIds
  active
  mustChangePassword
  lastSignInAt
  departmentId
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const CreateDepartmentDocument = new TypedDocumentString(`
    mutation CreateDepartment($input: CreateDepartmentInput!) {
  createDepartment(input: $input) {
    ...AdminDepartmentFields
  }
}
    fragment AdminDepartmentFields on Department {
  id
  name
  shortName
  active
}`) as unknown as TypedDocumentString<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const UpdateDepartmentDocument = new TypedDocumentString(`
    mutation UpdateDepartment($input: UpdateDepartmentInput!) {
  updateDepartment(input: $input) {
    ...AdminDepartmentFields
  }
}
    fragment AdminDepartmentFields on Department {
  id
  name
  shortName
  active
}`) as unknown as TypedDocumentString<UpdateDepartmentMutation, UpdateDepartmentMutationVariables>;
export const SetDepartmentActiveDocument = new TypedDocumentString(`
    mutation SetDepartmentActive($departmentId: ID!, $active: Boolean!) {
  setDepartmentActive(departmentId: $departmentId, active: $active) {
    ...AdminDepartmentFields
  }
}
    fragment AdminDepartmentFields on Department {
  id
  name
  shortName
  active
}`) as unknown as TypedDocumentString<SetDepartmentActiveMutation, SetDepartmentActiveMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...CurrentUserFields
  }
}
    fragment CurrentUserFields on User {
  id
  username
  displayName
  role
  roles
  chainIds
  mustChangePassword
  departmentId
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    token
    refreshToken
    expiresAt
    user {
      ...CurrentUserFields
    }
  }
}
    fragment CurrentUserFields on User {
  id
  username
  displayName
  role
  roles
  chainIds
  mustChangePassword
  departmentId
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    token
    refreshToken
    expiresAt
    user {
      ...CurrentUserFields
    }
  }
}
    fragment CurrentUserFields on User {
  id
  username
  displayName
  role
  roles
  chainIds
  mustChangePassword
  departmentId
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ChainMapPageDocument = new TypedDocumentString(`
    query ChainMapPage($chainId: ID!) {
  chain(id: $chainId) {
    id
    name
    leaderId
    leadDepartmentId
  }
  chainMap(chainId: $chainId) {
    chainId
    chainName
    mapId
    title
    nodes {
      ...ChainMapNodeFields
    }
    edges {
      id
      fromId
      toId
    }
    summary {
      nodes
      strong
      weak
      missing
      uncovered
    }
  }
}
    fragment ChainMapNodeFields on MapNode {
  id
  parentId
  name
  description
  position
  status
  statusSource
  isHighEnd
  isKey
  industryCode
  sortOrder
  depth
  version
  anchorCompanies
  localCompanies
  targetCompanies
  activeLeads
  activeProjects
  projectsByStage {
    stage
    count
  }
  isGap
  isUncovered
}`) as unknown as TypedDocumentString<ChainMapPageQuery, ChainMapPageQueryVariables>;
export const ChainMapNodeDocument = new TypedDocumentString(`
    query ChainMapNode($id: ID!, $companiesLimit: Int, $companiesOffset: Int, $leadsLimit: Int, $leadsOffset: Int, $projectsLimit: Int, $projectsOffset: Int) {
  chainNode(id: $id) {
    id
    name
    description
    status
    position
    isHighEnd
    isKey
    industryCode
    version
    companyCount
    companies(limit: $companiesLimit, offset: $companiesOffset) {
      id
      role
      company {
        id
        name
        isLocal
      }
    }
    leadCount
    leads(limit: $leadsLimit, offset: $leadsOffset) {
      id
      title
      status
      company {
        id
        name
      }
    }
    projectCount
    projects(limit: $projectsLimit, offset: $projectsOffset) {
      id
      name
      stage
      investment
      company {
        id
        name
      }
    }
    policies {
      id
      title
      documentNumber
    }
  }
}
    `) as unknown as TypedDocumentString<ChainMapNodeQuery, ChainMapNodeQueryVariables>;
export const AddChainMapNodeDocument = new TypedDocumentString(`
    mutation AddChainMapNode($input: AddChainNodeInput!) {
  addChainNode(input: $input) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<AddChainMapNodeMutation, AddChainMapNodeMutationVariables>;
export const UpdateChainMapNodeDocument = new TypedDocumentString(`
    mutation UpdateChainMapNode($input: UpdateChainNodeInput!) {
  updateChainNode(input: $input) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateChainMapNodeMutation, UpdateChainMapNodeMutationVariables>;
export const DeleteChainMapNodeDocument = new TypedDocumentString(`
    mutation DeleteChainMapNode($nodeId: ID!, $reassignToId: ID) {
  deleteChainNode(nodeId: $nodeId, reassignToId: $reassignToId)
}
    `) as unknown as TypedDocumentString<DeleteChainMapNodeMutation, DeleteChainMapNodeMutationVariables>;
export const AddChainMapEdgeDocument = new TypedDocumentString(`
    mutation AddChainMapEdge($fromId: ID!, $toId: ID!) {
  addChainEdge(fromId: $fromId, toId: $toId) {
    id
    fromId
    toId
  }
}
    `) as unknown as TypedDocumentString<AddChainMapEdgeMutation, AddChainMapEdgeMutationVariables>;
export const DeleteChainMapEdgeDocument = new TypedDocumentString(`
    mutation DeleteChainMapEdge($edgeId: ID!) {
  deleteChainEdge(edgeId: $edgeId)
}
    `) as unknown as TypedDocumentString<DeleteChainMapEdgeMutation, DeleteChainMapEdgeMutationVariables>;
export const ChainsOverviewDocument = new TypedDocumentString(`
    query ChainsOverview {
  chains {
    id
    name
    track
    leader {
      id
      displayName
    }
    leadDepartment {
      id
      name
    }
    map {
      id
      nodeCount
    }
    workPlan {
      id
      progress {
        done
        total
        percent
      }
    }
    policySet {
      id
      policies {
        id
      }
    }
    targets {
      ...ChainTargetFields
    }
  }
}
    fragment ChainTargetFields on ChainTarget {
  id
  metric
  comparator
  value
  unit
  year
  quote
  baselineValue
  baselineYear
}`) as unknown as TypedDocumentString<ChainsOverviewQuery, ChainsOverviewQueryVariables>;
export const ChainDetailDocument = new TypedDocumentString(`
    query ChainDetail($id: ID!) {
  chain(id: $id) {
    id
    code
    name
    track
    description
    leaderId
    leadDepartmentId
    leader {
      id
      displayName
      role
      department {
        id
        name
      }
    }
    leadDepartment {
      id
      name
      shortName
    }
    targets {
      ...ChainTargetFields
    }
    map {
      id
      title
      nodeCount
      focusDirections {
        id
        name
        description
        sortOrder
      }
    }
    workPlan {
      id
      title
      progress {
        done
        total
        percent
      }
      tasks {
        ...WorkPlanTaskFields
      }
    }
    policySet {
      id
      title
      policies {
        ...PolicyFields
      }
    }
  }
}
    fragment ChainTargetFields on ChainTarget {
  id
  metric
  comparator
  value
  unit
  year
  quote
  baselineValue
  baselineYear
}
fragment WorkPlanTaskFields on WorkPlanTask {
  id
  title
  description
  status
  dueDate
  completedAt
  sortOrder
  isDemo
  ownerDepartmentId
  ownerDepartment {
    id
    name
  }
}
fragment PolicyFields on Policy {
  id
  title
  documentNumber
  issuer
  validFrom
  validTo
  summary
  isDemo
}`) as unknown as TypedDocumentString<ChainDetailQuery, ChainDetailQueryVariables>;
export const DepartmentsDocument = new TypedDocumentString(`
    query Departments {
  departments {
    id
    name
    shortName
  }
}
    `) as unknown as TypedDocumentString<DepartmentsQuery, DepartmentsQueryVariables>;
export const LeaderCandidatesDocument = new TypedDocumentString(`
    query LeaderCandidates($roles: [Role!]) {
  users(roles: $roles) {
    id
    displayName
    role
    active
  }
}
    `) as unknown as TypedDocumentString<LeaderCandidatesQuery, LeaderCandidatesQueryVariables>;
export const ReassignChainLeaderDocument = new TypedDocumentString(`
    mutation ReassignChainLeader($chainId: ID!, $leaderId: ID!) {
  reassignChainLeader(chainId: $chainId, leaderId: $leaderId) {
    id
    leaderId
  }
}
    `) as unknown as TypedDocumentString<ReassignChainLeaderMutation, ReassignChainLeaderMutationVariables>;
export const ReassignChainLeadDepartmentDocument = new TypedDocumentString(`
    mutation ReassignChainLeadDepartment($chainId: ID!, $departmentId: ID!) {
  reassignChainLeadDepartment(chainId: $chainId, departmentId: $departmentId) {
    id
    leadDepartmentId
  }
}
    `) as unknown as TypedDocumentString<ReassignChainLeadDepartmentMutation, ReassignChainLeadDepartmentMutationVariables>;
export const AddWorkPlanTaskDocument = new TypedDocumentString(`
    mutation AddWorkPlanTask($input: AddTaskInput!) {
  addWorkPlanTask(input: $input) {
    ...WorkPlanTaskFields
  }
}
    fragment WorkPlanTaskFields on WorkPlanTask {
  id
  title
  description
  status
  dueDate
  completedAt
  sortOrder
  isDemo
  ownerDepartmentId
  ownerDepartment {
    id
    name
  }
}`) as unknown as TypedDocumentString<AddWorkPlanTaskMutation, AddWorkPlanTaskMutationVariables>;
export const UpdateWorkPlanTaskDocument = new TypedDocumentString(`
    mutation UpdateWorkPlanTask($input: UpdateTaskInput!) {
  updateWorkPlanTask(input: $input) {
    ...WorkPlanTaskFields
  }
}
    fragment WorkPlanTaskFields on WorkPlanTask {
  id
  title
  description
  status
  dueDate
  completedAt
  sortOrder
  isDemo
  ownerDepartmentId
  ownerDepartment {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateWorkPlanTaskMutation, UpdateWorkPlanTaskMutationVariables>;
export const DeleteWorkPlanTaskDocument = new TypedDocumentString(`
    mutation DeleteWorkPlanTask($taskId: ID!) {
  deleteWorkPlanTask(taskId: $taskId)
}
    `) as unknown as TypedDocumentString<DeleteWorkPlanTaskMutation, DeleteWorkPlanTaskMutationVariables>;
export const AddPolicyDocument = new TypedDocumentString(`
    mutation AddPolicy($input: AddPolicyInput!) {
  addPolicy(input: $input) {
    ...PolicyFields
  }
}
    fragment PolicyFields on Policy {
  id
  title
  documentNumber
  issuer
  validFrom
  validTo
  summary
  isDemo
}`) as unknown as TypedDocumentString<AddPolicyMutation, AddPolicyMutationVariables>;
export const UpdatePolicyDocument = new TypedDocumentString(`
    mutation UpdatePolicy($input: UpdatePolicyInput!) {
  updatePolicy(input: $input) {
    ...PolicyFields
  }
}
    fragment PolicyFields on Policy {
  id
  title
  documentNumber
  issuer
  validFrom
  validTo
  summary
  isDemo
}`) as unknown as TypedDocumentString<UpdatePolicyMutation, UpdatePolicyMutationVariables>;
export const DeletePolicyDocument = new TypedDocumentString(`
    mutation DeletePolicy($policyId: ID!) {
  deletePolicy(policyId: $policyId)
}
    `) as unknown as TypedDocumentString<DeletePolicyMutation, DeletePolicyMutationVariables>;
export const CompanyHistoryDocument = new TypedDocumentString(`
    query CompanyHistory($id: ID!, $limit: Int!, $offset: Int!) {
  company(id: $id) {
    id
    historyCount
    history(limit: $limit, offset: $offset) {
      id
      at
      action
      operation
      entityType
      before
      after
      actor {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyHistoryQuery, CompanyHistoryQueryVariables>;
export const DeleteCompanyDocument = new TypedDocumentString(`
    mutation DeleteCompany($id: ID!) {
  deleteCompany(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteCompanyMutation, DeleteCompanyMutationVariables>;
export const CompaniesDocument = new TypedDocumentString(`
    query Companies($input: CompanyListInput) {
  companies(input: $input) {
    total
    totalCapped
    offset
    limit
    items {
      ...CompanyRowFields
    }
  }
}
    fragment CompanyTagFields on CompanyTag {
  id
  year
  listId
  list {
    id
    name
    category
    level
  }
}
fragment CompanyRowFields on Company {
  id
  name
  englishName
  aliases
  creditCode
  province
  city
  headquarters
  isListed
  isLocal
  openLeadCount
  lastContactOn
  updatedAt
  tags {
    ...CompanyTagFields
  }
}`) as unknown as TypedDocumentString<CompaniesQuery, CompaniesQueryVariables>;
export const CompanyDetailDocument = new TypedDocumentString(`
    query CompanyDetail($id: ID!) {
  company(id: $id) {
    ...CompanyRowFields
    version
    nodes {
      id
      role
      nodeId
      node {
        id
        name
      }
      chain {
        id
        name
      }
    }
    prospectCount
    leadCount
    projectCount
    contactCount
  }
}
    fragment CompanyTagFields on CompanyTag {
  id
  year
  listId
  list {
    id
    name
    category
    level
  }
}
fragment CompanyRowFields on Company {
  id
  name
  englishName
  aliases
  creditCode
  province
  city
  headquarters
  isListed
  isLocal
  openLeadCount
  lastContactOn
  updatedAt
  tags {
    ...CompanyTagFields
  }
}`) as unknown as TypedDocumentString<CompanyDetailQuery, CompanyDetailQueryVariables>;
export const CompanyLeadsDocument = new TypedDocumentString(`
    query CompanyLeads($id: ID!, $limit: Int!, $offset: Int!) {
  company(id: $id) {
    id
    leadCount
    leads(limit: $limit, offset: $offset) {
      ...LeadSummaryFields
    }
  }
}
    fragment LeadSummaryFields on Lead {
  id
  title
  isDemo
  masked
  confidential
  codeName
  status
  source
  createdOn
  nextAction
  nextActionDue
  intendedInvestment
  canEdit
  chain {
    id
    name
  }
  company {
    id
    name
  }
  owner {
    id
    displayName
  }
  timing {
    alerts
    daysSinceContact
    lastContactOn
    stale
    nextActionOverdue
    nextActionDueToday
    firstContactOverdue
    assessmentOverdue
  }
}`) as unknown as TypedDocumentString<CompanyLeadsQuery, CompanyLeadsQueryVariables>;
export const CompanyProspectsDocument = new TypedDocumentString(`
    query CompanyProspects($id: ID!, $limit: Int!, $offset: Int!) {
  company(id: $id) {
    id
    prospectCount
    prospects(limit: $limit, offset: $offset) {
      ...ProspectFields
    }
  }
}
    fragment ProspectFields on Prospect {
  id
  isDemo
  priority
  reason
  companyId
  nodeId
  assigneeId
  leadId
  company {
    id
    name
    city
    isListed
  }
  node {
    id
    name
  }
  chain {
    id
    name
  }
  assignee {
    id
    displayName
  }
  lead {
    id
    title
    masked
    status
  }
}`) as unknown as TypedDocumentString<CompanyProspectsQuery, CompanyProspectsQueryVariables>;
export const CompanyProjectsDocument = new TypedDocumentString(`
    query CompanyProjects($id: ID!, $limit: Int!, $offset: Int!) {
  company(id: $id) {
    id
    projectCount
    projects(limit: $limit, offset: $offset) {
      id
      name
      stage
      investment
      chainId
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyProjectsQuery, CompanyProjectsQueryVariables>;
export const CreateCompanyDocument = new TypedDocumentString(`
    mutation CreateCompany($input: CreateCompanyInput!) {
  createCompany(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateCompanyMutation, CreateCompanyMutationVariables>;
export const UpdateCompanyDocument = new TypedDocumentString(`
    mutation UpdateCompany($input: UpdateCompanyInput!) {
  updateCompany(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateCompanyMutation, UpdateCompanyMutationVariables>;
export const MergeCompaniesDocument = new TypedDocumentString(`
    mutation MergeCompanies($input: MergeCompaniesInput!) {
  mergeCompanies(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<MergeCompaniesMutation, MergeCompaniesMutationVariables>;
export const SetCompanyNodeDocument = new TypedDocumentString(`
    mutation SetCompanyNode($input: SetCompanyNodeInput!) {
  setCompanyNode(input: $input) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<SetCompanyNodeMutation, SetCompanyNodeMutationVariables>;
export const RemoveCompanyNodeDocument = new TypedDocumentString(`
    mutation RemoveCompanyNode($companyId: ID!, $nodeId: ID!) {
  removeCompanyNode(companyId: $companyId, nodeId: $nodeId)
}
    `) as unknown as TypedDocumentString<RemoveCompanyNodeMutation, RemoveCompanyNodeMutationVariables>;
export const AddCompanyTagDocument = new TypedDocumentString(`
    mutation AddCompanyTag($input: AddCompanyTagInput!) {
  addCompanyTag(input: $input) {
    ...CompanyTagFields
  }
}
    fragment CompanyTagFields on CompanyTag {
  id
  year
  listId
  list {
    id
    name
    category
    level
  }
}`) as unknown as TypedDocumentString<AddCompanyTagMutation, AddCompanyTagMutationVariables>;
export const RemoveCompanyTagDocument = new TypedDocumentString(`
    mutation RemoveCompanyTag($tagId: ID!) {
  removeCompanyTag(tagId: $tagId)
}
    `) as unknown as TypedDocumentString<RemoveCompanyTagMutation, RemoveCompanyTagMutationVariables>;
export const ManagedCompanyListsDocument = new TypedDocumentString(`
    query ManagedCompanyLists {
  companyLists {
    ...CompanyListFields
  }
}
    fragment CompanyListFields on CompanyList {
  id
  name
  category
  level
  publisher
  tagCount
}`) as unknown as TypedDocumentString<ManagedCompanyListsQuery, ManagedCompanyListsQueryVariables>;
export const CreateCompanyListDocument = new TypedDocumentString(`
    mutation CreateCompanyList($input: CreateCompanyListInput!) {
  createCompanyList(input: $input) {
    ...CompanyListFields
  }
}
    fragment CompanyListFields on CompanyList {
  id
  name
  category
  level
  publisher
  tagCount
}`) as unknown as TypedDocumentString<CreateCompanyListMutation, CreateCompanyListMutationVariables>;
export const UpdateCompanyListDocument = new TypedDocumentString(`
    mutation UpdateCompanyList($input: UpdateCompanyListInput!) {
  updateCompanyList(input: $input) {
    ...CompanyListFields
  }
}
    fragment CompanyListFields on CompanyList {
  id
  name
  category
  level
  publisher
  tagCount
}`) as unknown as TypedDocumentString<UpdateCompanyListMutation, UpdateCompanyListMutationVariables>;
export const DeleteCompanyListDocument = new TypedDocumentString(`
    mutation DeleteCompanyList($listId: ID!) {
  deleteCompanyList(listId: $listId)
}
    `) as unknown as TypedDocumentString<DeleteCompanyListMutation, DeleteCompanyListMutationVariables>;
export const CompanyListsDocument = new TypedDocumentString(`
    query CompanyLists {
  companyLists {
    id
    name
    category
    level
    publisher
  }
}
    `) as unknown as TypedDocumentString<CompanyListsQuery, CompanyListsQueryVariables>;
export const CrmChainsDocument = new TypedDocumentString(`
    query CrmChains {
  chains {
    ...CrmChainFields
  }
}
    fragment CrmChainFields on IndustryChain {
  id
  code
  name
  sortOrder
  leaderId
  leadDepartmentId
}`) as unknown as TypedDocumentString<CrmChainsQuery, CrmChainsQueryVariables>;
export const CrmChainNodesDocument = new TypedDocumentString(`
    query CrmChainNodes($chainId: ID!) {
  chainMap(chainId: $chainId) {
    chainId
    nodes {
      id
      name
      parentId
      depth
      sortOrder
    }
  }
}
    `) as unknown as TypedDocumentString<CrmChainNodesQuery, CrmChainNodesQueryVariables>;
export const CrmUsersDocument = new TypedDocumentString(`
    query CrmUsers {
  users {
    id
    displayName
    role
    roles
    departmentId
    chainIds
    active
  }
}
    `) as unknown as TypedDocumentString<CrmUsersQuery, CrmUsersQueryVariables>;
export const CompanyOptionsDocument = new TypedDocumentString(`
    query CompanyOptions($input: CompanyListInput) {
  companies(input: $input) {
    total
    items {
      id
      name
      creditCode
      city
      aliases
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyOptionsQuery, CompanyOptionsQueryVariables>;
export const CompanyDuplicatesDocument = new TypedDocumentString(`
    query CompanyDuplicates($name: String!, $creditCode: String) {
  companyDuplicates(name: $name, creditCode: $creditCode) {
    reason
    company {
      id
      name
      creditCode
      province
      city
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyDuplicatesQuery, CompanyDuplicatesQueryVariables>;
export const AddInteractionDocument = new TypedDocumentString(`
    mutation AddInteraction($input: AddInteractionInput!) {
  addInteraction(input: $input) {
    id
    leadId
    companyId
  }
}
    `) as unknown as TypedDocumentString<AddInteractionMutation, AddInteractionMutationVariables>;
export const UpdateInteractionDocument = new TypedDocumentString(`
    mutation UpdateInteraction($input: UpdateInteractionInput!) {
  updateInteraction(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateInteractionMutation, UpdateInteractionMutationVariables>;
export const DeleteInteractionDocument = new TypedDocumentString(`
    mutation DeleteInteraction($interactionId: ID!) {
  deleteInteraction(interactionId: $interactionId)
}
    `) as unknown as TypedDocumentString<DeleteInteractionMutation, DeleteInteractionMutationVariables>;
export const LeadContactsDocument = new TypedDocumentString(`
    query LeadContacts($id: ID!, $limit: Int!, $offset: Int!) {
  lead(id: $id) {
    id
    contactCount
    contacts(limit: $limit, offset: $offset) {
      ...InteractionFields
    }
  }
}
    fragment InteractionFields on Interaction {
  id
  type
  occurredOn
  ourPeople
  theirPeople
  summary
  outcome
  nextStep
  createdAt
  companyId
  leadId
  createdBy {
    id
    displayName
  }
  lead {
    id
    title
    masked
  }
  company {
    id
    name
  }
}`) as unknown as TypedDocumentString<LeadContactsQuery, LeadContactsQueryVariables>;
export const CompanyContactsDocument = new TypedDocumentString(`
    query CompanyContacts($id: ID!, $limit: Int!, $offset: Int!) {
  company(id: $id) {
    id
    contactCount
    contacts(limit: $limit, offset: $offset) {
      ...InteractionFields
    }
  }
}
    fragment InteractionFields on Interaction {
  id
  type
  occurredOn
  ourPeople
  theirPeople
  summary
  outcome
  nextStep
  createdAt
  companyId
  leadId
  createdBy {
    id
    displayName
  }
  lead {
    id
    title
    masked
  }
  company {
    id
    name
  }
}`) as unknown as TypedDocumentString<CompanyContactsQuery, CompanyContactsQueryVariables>;
export const UpdateProspectDocument = new TypedDocumentString(`
    mutation UpdateProspect($input: UpdateProspectInput!) {
  updateProspect(input: $input) {
    ...ProspectFields
  }
}
    fragment ProspectFields on Prospect {
  id
  isDemo
  priority
  reason
  companyId
  nodeId
  assigneeId
  leadId
  company {
    id
    name
    city
    isListed
  }
  node {
    id
    name
  }
  chain {
    id
    name
  }
  assignee {
    id
    displayName
  }
  lead {
    id
    title
    masked
    status
  }
}`) as unknown as TypedDocumentString<UpdateProspectMutation, UpdateProspectMutationVariables>;
export const SavedViewsDocument = new TypedDocumentString(`
    query SavedViews($tableKey: String) {
  savedViews(tableKey: $tableKey) {
    ...SavedViewFields
  }
}
    fragment SavedViewFields on SavedView {
  id
  name
  tableKey
  settings
}`) as unknown as TypedDocumentString<SavedViewsQuery, SavedViewsQueryVariables>;
export const CreateSavedViewDocument = new TypedDocumentString(`
    mutation CreateSavedView($input: CreateSavedViewInput!) {
  createSavedView(input: $input) {
    ...SavedViewFields
  }
}
    fragment SavedViewFields on SavedView {
  id
  name
  tableKey
  settings
}`) as unknown as TypedDocumentString<CreateSavedViewMutation, CreateSavedViewMutationVariables>;
export const UpdateSavedViewDocument = new TypedDocumentString(`
    mutation UpdateSavedView($input: UpdateSavedViewInput!) {
  updateSavedView(input: $input) {
    ...SavedViewFields
  }
}
    fragment SavedViewFields on SavedView {
  id
  name
  tableKey
  settings
}`) as unknown as TypedDocumentString<UpdateSavedViewMutation, UpdateSavedViewMutationVariables>;
export const DeleteSavedViewDocument = new TypedDocumentString(`
    mutation DeleteSavedView($viewId: ID!) {
  deleteSavedView(viewId: $viewId)
}
    `) as unknown as TypedDocumentString<DeleteSavedViewMutation, DeleteSavedViewMutationVariables>;
export const ExportColumnsDocument = new TypedDocumentString(`
    query ExportColumns($table: ExportTable!) {
  exportColumns(table: $table) {
    key
    label
  }
}
    `) as unknown as TypedDocumentString<ExportColumnsQuery, ExportColumnsQueryVariables>;
export const ExportCompaniesDocument = new TypedDocumentString(`
    mutation ExportCompanies($input: CompanyListInput, $columns: [String!]!) {
  exportCompanies(input: $input, columns: $columns) {
    fileName
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportCompaniesMutation, ExportCompaniesMutationVariables>;
export const ExportLeadsDocument = new TypedDocumentString(`
    mutation ExportLeads($input: LeadListInput, $columns: [String!]!) {
  exportLeads(input: $input, columns: $columns) {
    fileName
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportLeadsMutation, ExportLeadsMutationVariables>;
export const ExportProspectsDocument = new TypedDocumentString(`
    mutation ExportProspects($input: ProspectListInput, $columns: [String!]!) {
  exportProspects(input: $input, columns: $columns) {
    fileName
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportProspectsMutation, ExportProspectsMutationVariables>;
export const ExportProjectsDocument = new TypedDocumentString(`
    mutation ExportProjects($input: ProjectListInput, $columns: [String!]!) {
  exportProjects(input: $input, columns: $columns) {
    fileName
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportProjectsMutation, ExportProjectsMutationVariables>;
export const PreviewImportDocument = new TypedDocumentString(`
    mutation PreviewImport($input: PreviewImportInput!) {
  previewImport(input: $input) {
    id
    kind
    fileName
    totalRows
    goodRows
    badRows
    toCreate
    toUpdate
    unchanged
    problems {
      row
      column
      message
    }
    headerRow
    mappingSaved
    needsMapping
    columns {
      index
      letter
      heading
      field
      suggestedField
      origin
      samples
    }
    fields {
      field
      label
      required
      derived
    }
    values {
      field
      label
      column
      mayLeaveToImporter
      values {
        value
        rows
        suggested
        target
        targetLabel
      }
      options {
        target
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewImportMutation, PreviewImportMutationVariables>;
export const ConfirmImportDocument = new TypedDocumentString(`
    mutation ConfirmImport($id: ID!, $mode: ImportMode!) {
  confirmImport(id: $id, mode: $mode) {
    id
    created
    updated
    unchanged
    skippedRows
  }
}
    `) as unknown as TypedDocumentString<ConfirmImportMutation, ConfirmImportMutationVariables>;
export const ImportProgressDocument = new TypedDocumentString(`
    query ImportProgress($id: ID!) {
  importProgress(id: $id) {
    id
    processed
    total
    done
  }
}
    `) as unknown as TypedDocumentString<ImportProgressQuery, ImportProgressQueryVariables>;
export const CancelImportDocument = new TypedDocumentString(`
    mutation CancelImport($id: ID!) {
  cancelImport(id: $id) {
    id
    processed
    total
    done
    cancelled
  }
}
    `) as unknown as TypedDocumentString<CancelImportMutation, CancelImportMutationVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($asOf: LocalDate!, $chainId: ID, $includeDemo: Boolean) {
  dashboard(asOf: $asOf, chainId: $chainId, includeDemo: $includeDemo) {
    asOf
    chainId
    counters {
      signed
      industrialisation
      tier30Plus
      tier10To30
      signedAmount
      fundsInPlace
      targets {
        industrialisation
        tier30Plus
        tier10To30
      }
    }
    periods {
      kind
      from
      to
      signed
      industrialisation
      industrialisationTarget
      signedAmount
      fundsInPlace
    }
    redProjects
    yellowProjects
    issues {
      open
      raisedThisYear
      closedThisYear
      closedOnTime
      closureRatePercent
    }
    leadActivity {
      userId
      interactions
      leads
    }
    land {
      revitalisedMu
      revitalisedParcels
      targetMu
      completionPercent
      inProgressParcels
      districtTotals {
        id
        parcels
        areaMu
        quote
      }
    }
    buildings {
      completed
      target
      vacantAreaM2
    }
    indicators {
      name
      unit
      year
      quarter
      source
      actual
      actualText
      actualYear
      actualQuarter
      sourceNote
      expected
      onPathPercent
      completionPercent
      onTrack
      indicator {
        id
        code
        category
        baselineValue
        baselineText
        baselineYear
        targetValue
        targetText
        targetYear
        attribute
      }
      chainTarget {
        id
        metric
        value
        year
        baselineValue
        baselineYear
        quote
      }
    }
    demo {
      projects
      parcels
      buildings
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const DashboardOpenIssuesDocument = new TypedDocumentString(`
    query DashboardOpenIssues($asOf: LocalDate!, $chainId: ID, $offset: Int, $limit: Int) {
  dashboardOpenIssues(
    asOf: $asOf
    chainId: $chainId
    offset: $offset
    limit: $limit
  ) {
    total
    offset
    limit
    items {
      id
      title
      status
      raisedOn
      dueOn
      projectId
      projectName
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardOpenIssuesQuery, DashboardOpenIssuesQueryVariables>;
export const DashboardFunnelDocument = new TypedDocumentString(`
    query DashboardFunnel($input: ProjectBoardInput) {
  projectBoard(input: $input) {
    columns {
      stage
      count
      totalAgreedInvestment
      maskedCount
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardFunnelQuery, DashboardFunnelQueryVariables>;
export const DashboardPlacesDocument = new TypedDocumentString(`
    query DashboardPlaces {
  landParcels {
    id
    name
    areaMu
    status
    revitalisedOn
    isDemo
  }
  placeBuildings {
    id
    name
    work
    workCompletedOn
    floorAreaM2
    vacantAreaM2
    isDemo
  }
}
    `) as unknown as TypedDocumentString<DashboardPlacesQuery, DashboardPlacesQueryVariables>;
export const DashboardIndicatorActualsDocument = new TypedDocumentString(`
    query DashboardIndicatorActuals($indicatorId: ID, $chainTargetId: ID) {
  indicatorActuals(indicatorId: $indicatorId, chainTargetId: $chainTargetId) {
    id
    year
    quarter
    value
    valueText
    sourceNote
    enteredAt
  }
}
    `) as unknown as TypedDocumentString<DashboardIndicatorActualsQuery, DashboardIndicatorActualsQueryVariables>;
export const RankingDocument = new TypedDocumentString(`
    query Ranking($month: String!, $kind: String!) {
  ranking(month: $month, kind: $kind) {
    month
    kind
    published
    lines {
      ...RankingLineFields
    }
  }
  publishedRankingMonths
}
    fragment RankingLineFields on RankingLine {
  subjectId
  subjectName
  score
  rank
  figures {
    signedCount
    signedCountTarget
    signedAmount
    signedAmountTarget
    fundsInPlace
    fundsInPlaceTarget
    startsDue
    startsOnTime
    issuesDue
    issuesClosedOnTime
    interactions
  }
  weights {
    signedCount
    signedAmount
    fundsInPlace
    startedOnTime
    issuesClosedOnTime
    leadActivity
  }
}`) as unknown as TypedDocumentString<RankingQuery, RankingQueryVariables>;
export const PublishRankingDocument = new TypedDocumentString(`
    mutation PublishRanking($month: String!) {
  publishRanking(month: $month) {
    month
    kind
    published
  }
}
    `) as unknown as TypedDocumentString<PublishRankingMutation, PublishRankingMutationVariables>;
export const RankingQuarterReportDocument = new TypedDocumentString(`
    mutation RankingQuarterReport($year: Int!, $quarter: Int!) {
  rankingQuarterReport(year: $year, quarter: $quarter) {
    fileName
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<RankingQuarterReportMutation, RankingQuarterReportMutationVariables>;
export const DeleteLeadDocument = new TypedDocumentString(`
    mutation DeleteLead($id: ID!) {
  deleteLead(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteLeadMutation, DeleteLeadMutationVariables>;
export const LeadHistoryDocument = new TypedDocumentString(`
    query LeadHistory($id: ID!, $limit: Int!, $offset: Int!) {
  lead(id: $id) {
    id
    historyCount
    history(limit: $limit, offset: $offset) {
      id
      at
      action
      operation
      entityType
      before
      after
      actor {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LeadHistoryQuery, LeadHistoryQueryVariables>;
export const LeadsDocument = new TypedDocumentString(`
    query Leads($input: LeadListInput) {
  leads(input: $input) {
    total
    totalCapped
    offset
    limit
    items {
      ...LeadSummaryFields
      updatedAt
    }
  }
}
    fragment LeadSummaryFields on Lead {
  id
  title
  isDemo
  masked
  confidential
  codeName
  status
  source
  createdOn
  nextAction
  nextActionDue
  intendedInvestment
  canEdit
  chain {
    id
    name
  }
  company {
    id
    name
  }
  owner {
    id
    displayName
  }
  timing {
    alerts
    daysSinceContact
    lastContactOn
    stale
    nextActionOverdue
    nextActionDueToday
    firstContactOverdue
    assessmentOverdue
  }
}`) as unknown as TypedDocumentString<LeadsQuery, LeadsQueryVariables>;
export const LeadDetailDocument = new TypedDocumentString(`
    query LeadDetail($id: ID!) {
  lead(id: $id) {
    ...LeadDetailFields
  }
}
    fragment LeadSummaryFields on Lead {
  id
  title
  isDemo
  masked
  confidential
  codeName
  status
  source
  createdOn
  nextAction
  nextActionDue
  intendedInvestment
  canEdit
  chain {
    id
    name
  }
  company {
    id
    name
  }
  owner {
    id
    displayName
  }
  timing {
    alerts
    daysSinceContact
    lastContactOn
    stale
    nextActionOverdue
    nextActionDueToday
    firstContactOverdue
    assessmentOverdue
  }
}
fragment LeadDetailFields on Lead {
  ...LeadSummaryFields
  version
  chainId
  companyId
  ownerId
  closeReason
  createdAt
  updatedAt
  projectId
  project {
    id
    name
    stage
  }
  prospect {
    id
  }
  nodes {
    id
    name
  }
  timing {
    alerts
    firstContactDue
    firstContactOn
    firstContactOverdue
    assessmentDue
    assessedOn
    assessmentOverdue
    lastContactOn
    daysSinceContact
    nextActionOverdue
    nextActionDueToday
    stale
  }
  contactCount
}`) as unknown as TypedDocumentString<LeadDetailQuery, LeadDetailQueryVariables>;
export const CreateLeadDocument = new TypedDocumentString(`
    mutation CreateLead($input: CreateLeadInput!) {
  createLead(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<CreateLeadMutation, CreateLeadMutationVariables>;
export const UpdateLeadDocument = new TypedDocumentString(`
    mutation UpdateLead($input: UpdateLeadInput!) {
  updateLead(input: $input) {
    ...LeadDetailFields
  }
}
    fragment LeadSummaryFields on Lead {
  id
  title
  isDemo
  masked
  confidential
  codeName
  status
  source
  createdOn
  nextAction
  nextActionDue
  intendedInvestment
  canEdit
  chain {
    id
    name
  }
  company {
    id
    name
  }
  owner {
    id
    displayName
  }
  timing {
    alerts
    daysSinceContact
    lastContactOn
    stale
    nextActionOverdue
    nextActionDueToday
    firstContactOverdue
    assessmentOverdue
  }
}
fragment LeadDetailFields on Lead {
  ...LeadSummaryFields
  version
  chainId
  companyId
  ownerId
  closeReason
  createdAt
  updatedAt
  projectId
  project {
    id
    name
    stage
  }
  prospect {
    id
  }
  nodes {
    id
    name
  }
  timing {
    alerts
    firstContactDue
    firstContactOn
    firstContactOverdue
    assessmentDue
    assessedOn
    assessmentOverdue
    lastContactOn
    daysSinceContact
    nextActionOverdue
    nextActionDueToday
    stale
  }
  contactCount
}`) as unknown as TypedDocumentString<UpdateLeadMutation, UpdateLeadMutationVariables>;
export const MoveLeadDocument = new TypedDocumentString(`
    mutation MoveLead($input: MoveLeadInput!) {
  moveLead(input: $input) {
    ...LeadDetailFields
  }
}
    fragment LeadSummaryFields on Lead {
  id
  title
  isDemo
  masked
  confidential
  codeName
  status
  source
  createdOn
  nextAction
  nextActionDue
  intendedInvestment
  canEdit
  chain {
    id
    name
  }
  company {
    id
    name
  }
  owner {
    id
    displayName
  }
  timing {
    alerts
    daysSinceContact
    lastContactOn
    stale
    nextActionOverdue
    nextActionDueToday
    firstContactOverdue
    assessmentOverdue
  }
}
fragment LeadDetailFields on Lead {
  ...LeadSummaryFields
  version
  chainId
  companyId
  ownerId
  closeReason
  createdAt
  updatedAt
  projectId
  project {
    id
    name
    stage
  }
  prospect {
    id
  }
  nodes {
    id
    name
  }
  timing {
    alerts
    firstContactDue
    firstContactOn
    firstContactOverdue
    assessmentDue
    assessedOn
    assessmentOverdue
    lastContactOn
    daysSinceContact
    nextActionOverdue
    nextActionDueToday
    stale
  }
  contactCount
}`) as unknown as TypedDocumentString<MoveLeadMutation, MoveLeadMutationVariables>;
export const ConvertLeadToProjectDocument = new TypedDocumentString(`
    mutation ConvertLeadToProject($input: ConvertLeadInput!) {
  convertLeadToProject(input: $input) {
    ...LeadDetailFields
  }
}
    fragment LeadSummaryFields on Lead {
  id
  title
  isDemo
  masked
  confidential
  codeName
  status
  source
  createdOn
  nextAction
  nextActionDue
  intendedInvestment
  canEdit
  chain {
    id
    name
  }
  company {
    id
    name
  }
  owner {
    id
    displayName
  }
  timing {
    alerts
    daysSinceContact
    lastContactOn
    stale
    nextActionOverdue
    nextActionDueToday
    firstContactOverdue
    assessmentOverdue
  }
}
fragment LeadDetailFields on Lead {
  ...LeadSummaryFields
  version
  chainId
  companyId
  ownerId
  closeReason
  createdAt
  updatedAt
  projectId
  project {
    id
    name
    stage
  }
  prospect {
    id
  }
  nodes {
    id
    name
  }
  timing {
    alerts
    firstContactDue
    firstContactOn
    firstContactOverdue
    assessmentDue
    assessedOn
    assessmentOverdue
    lastContactOn
    daysSinceContact
    nextActionOverdue
    nextActionDueToday
    stale
  }
  contactCount
}`) as unknown as TypedDocumentString<ConvertLeadToProjectMutation, ConvertLeadToProjectMutationVariables>;
export const MyWorkDocument = new TypedDocumentString(`
    query MyWork {
  myWork {
    ...WorkSummaryFields
  }
}
    fragment LeadSummaryFields on Lead {
  id
  title
  isDemo
  masked
  confidential
  codeName
  status
  source
  createdOn
  nextAction
  nextActionDue
  intendedInvestment
  canEdit
  chain {
    id
    name
  }
  company {
    id
    name
  }
  owner {
    id
    displayName
  }
  timing {
    alerts
    daysSinceContact
    lastContactOn
    stale
    nextActionOverdue
    nextActionDueToday
    firstContactOverdue
    assessmentOverdue
  }
}
fragment ProspectFields on Prospect {
  id
  isDemo
  priority
  reason
  companyId
  nodeId
  assigneeId
  leadId
  company {
    id
    name
    city
    isListed
  }
  node {
    id
    name
  }
  chain {
    id
    name
  }
  assignee {
    id
    displayName
  }
  lead {
    id
    title
    masked
    status
  }
}
fragment WorkSummaryFields on WorkSummary {
  today
  chain {
    id
    name
  }
  rules {
    firstContactWorkingDays
    assessmentWorkingDays
    staleDays
  }
  limit
  attention
  leads {
    ...LeadSummaryFields
  }
  openLeads {
    total
    leadIds
  }
  dueToday {
    total
    leadIds
  }
  overdueNextActions {
    total
    leadIds
  }
  firstContactOverdue {
    total
    leadIds
  }
  assessmentOverdue {
    total
    leadIds
  }
  stale {
    total
    leadIds
  }
  prospects {
    total
    items {
      ...ProspectFields
    }
  }
}`) as unknown as TypedDocumentString<MyWorkQuery, MyWorkQueryVariables>;
export const ChainWorkDocument = new TypedDocumentString(`
    query ChainWork($chainId: ID!) {
  chainWork(chainId: $chainId) {
    ...WorkSummaryFields
  }
}
    fragment LeadSummaryFields on Lead {
  id
  title
  isDemo
  masked
  confidential
  codeName
  status
  source
  createdOn
  nextAction
  nextActionDue
  intendedInvestment
  canEdit
  chain {
    id
    name
  }
  company {
    id
    name
  }
  owner {
    id
    displayName
  }
  timing {
    alerts
    daysSinceContact
    lastContactOn
    stale
    nextActionOverdue
    nextActionDueToday
    firstContactOverdue
    assessmentOverdue
  }
}
fragment ProspectFields on Prospect {
  id
  isDemo
  priority
  reason
  companyId
  nodeId
  assigneeId
  leadId
  company {
    id
    name
    city
    isListed
  }
  node {
    id
    name
  }
  chain {
    id
    name
  }
  assignee {
    id
    displayName
  }
  lead {
    id
    title
    masked
    status
  }
}
fragment WorkSummaryFields on WorkSummary {
  today
  chain {
    id
    name
  }
  rules {
    firstContactWorkingDays
    assessmentWorkingDays
    staleDays
  }
  limit
  attention
  leads {
    ...LeadSummaryFields
  }
  openLeads {
    total
    leadIds
  }
  dueToday {
    total
    leadIds
  }
  overdueNextActions {
    total
    leadIds
  }
  firstContactOverdue {
    total
    leadIds
  }
  assessmentOverdue {
    total
    leadIds
  }
  stale {
    total
    leadIds
  }
  prospects {
    total
    items {
      ...ProspectFields
    }
  }
}`) as unknown as TypedDocumentString<ChainWorkQuery, ChainWorkQueryVariables>;
export const ProspectsDocument = new TypedDocumentString(`
    query Prospects($input: ProspectListInput) {
  prospects(input: $input) {
    total
    totalCapped
    offset
    limit
    items {
      ...ProspectFields
    }
  }
}
    fragment ProspectFields on Prospect {
  id
  isDemo
  priority
  reason
  companyId
  nodeId
  assigneeId
  leadId
  company {
    id
    name
    city
    isListed
  }
  node {
    id
    name
  }
  chain {
    id
    name
  }
  assignee {
    id
    displayName
  }
  lead {
    id
    title
    masked
    status
  }
}`) as unknown as TypedDocumentString<ProspectsQuery, ProspectsQueryVariables>;
export const AddProspectDocument = new TypedDocumentString(`
    mutation AddProspect($input: AddProspectInput!) {
  addProspect(input: $input) {
    ...ProspectFields
  }
}
    fragment ProspectFields on Prospect {
  id
  isDemo
  priority
  reason
  companyId
  nodeId
  assigneeId
  leadId
  company {
    id
    name
    city
    isListed
  }
  node {
    id
    name
  }
  chain {
    id
    name
  }
  assignee {
    id
    displayName
  }
  lead {
    id
    title
    masked
    status
  }
}`) as unknown as TypedDocumentString<AddProspectMutation, AddProspectMutationVariables>;
export const RemoveProspectDocument = new TypedDocumentString(`
    mutation RemoveProspect($prospectId: ID!) {
  removeProspect(prospectId: $prospectId)
}
    `) as unknown as TypedDocumentString<RemoveProspectMutation, RemoveProspectMutationVariables>;
export const ConvertProspectToLeadDocument = new TypedDocumentString(`
    mutation ConvertProspectToLead($input: ConvertProspectInput!) {
  convertProspectToLead(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<ConvertProspectToLeadMutation, ConvertProspectToLeadMutationVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($input: SearchInput!) {
  search(input: $input) {
    query
    words
    groups {
      kind
      hasMore
      hits {
        id
        kind
        title
        titleHighlights {
          start
          length
        }
        detail
        detailHighlights {
          start
          length
        }
        company {
          id
        }
        lead {
          id
          masked
          status
        }
        contact {
          id
          leadId
          companyId
          occurredOn
          type
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const UpdateLeadTimeRulesDocument = new TypedDocumentString(`
    mutation UpdateLeadTimeRules($input: UpdateLeadTimeRulesInput!) {
  updateLeadTimeRules(input: $input) {
    firstContactWorkingDays
    assessmentWorkingDays
    staleDays
  }
}
    `) as unknown as TypedDocumentString<UpdateLeadTimeRulesMutation, UpdateLeadTimeRulesMutationVariables>;
export const MeetingsDocument = new TypedDocumentString(`
    query Meetings($chainId: ID, $page: PageArgs) {
  meetings(chainId: $chainId, page: $page) {
    total
    totalCapped
    offset
    limit
    items {
      ...MeetingSummaryFields
    }
  }
}
    fragment MeetingSummaryFields on Meeting {
  id
  title
  heldOn
  place
  status
  allChains
  isDemo
  periodFrom
  periodTo
  chains {
    id
    name
  }
  chair {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<MeetingsQuery, MeetingsQueryVariables>;
export const MeetingDocument = new TypedDocumentString(`
    query Meeting($id: ID!) {
  meeting(id: $id) {
    ...MeetingSummaryFields
    frozen
    canManage
    canRecord
    attendees {
      id
      guestName
      guestUnit
      user {
        id
        displayName
      }
    }
    items {
      ...MeetingItemFields
    }
    actions {
      id
      itemId
      text
      dueOn
      status
      doneOn
      issueId
      owner {
        id
        displayName
      }
    }
    closures {
      id
      itemId
      issueId
      resolution
      closedOn
    }
    figures {
      issueClosure {
        closed
        total
        percent
      }
      actionsOnTime {
        onTime
        due
        percent
      }
      projectsMoved
      signed
      signedAmount
    }
  }
}
    fragment MeetingSummaryFields on Meeting {
  id
  title
  heldOn
  place
  status
  allChains
  isDemo
  periodFrom
  periodTo
  chains {
    id
    name
  }
  chair {
    id
    displayName
  }
}
fragment MeetingItemFields on MeetingItem {
  id
  position
  kind
  refKind
  refId
  projectId
  title
  summary
  carriedCount
  discussion
  decisions
}`) as unknown as TypedDocumentString<MeetingQuery, MeetingQueryVariables>;
export const PresenterProjectDocument = new TypedDocumentString(`
    query PresenterProject($id: ID!) {
  project(id: $id) {
    id
    name
    stage
    light
    agreedInvestment
    fundsInPlace
    owner {
      id
      displayName
    }
    chain {
      id
      name
    }
    latestUpdate {
      text
      createdOn
    }
  }
}
    `) as unknown as TypedDocumentString<PresenterProjectQuery, PresenterProjectQueryVariables>;
export const MeetingPeopleDocument = new TypedDocumentString(`
    query MeetingPeople {
  users {
    id
    displayName
    active
  }
  chains {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<MeetingPeopleQuery, MeetingPeopleQueryVariables>;
export const CreateMeetingDocument = new TypedDocumentString(`
    mutation CreateMeeting($input: CreateMeetingInput!) {
  createMeeting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const CreateMeetingFromPreviousDocument = new TypedDocumentString(`
    mutation CreateMeetingFromPrevious($input: CreateMeetingFromPreviousInput!) {
  createMeetingFromPrevious(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateMeetingFromPreviousMutation, CreateMeetingFromPreviousMutationVariables>;
export const ReorderMeetingItemsDocument = new TypedDocumentString(`
    mutation ReorderMeetingItems($input: ReorderMeetingItemsInput!) {
  reorderMeetingItems(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReorderMeetingItemsMutation, ReorderMeetingItemsMutationVariables>;
export const RemoveMeetingItemDocument = new TypedDocumentString(`
    mutation RemoveMeetingItem($itemId: ID!) {
  removeMeetingItem(itemId: $itemId) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveMeetingItemMutation, RemoveMeetingItemMutationVariables>;
export const AddMeetingItemDocument = new TypedDocumentString(`
    mutation AddMeetingItem($input: AddMeetingItemInput!) {
  addMeetingItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddMeetingItemMutation, AddMeetingItemMutationVariables>;
export const RecordMeetingItemDocument = new TypedDocumentString(`
    mutation RecordMeetingItem($input: RecordMeetingItemInput!) {
  recordMeetingItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordMeetingItemMutation, RecordMeetingItemMutationVariables>;
export const AddActionItemDocument = new TypedDocumentString(`
    mutation AddActionItem($input: AddActionItemInput!) {
  addActionItem(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddActionItemMutation, AddActionItemMutationVariables>;
export const CompleteActionItemDocument = new TypedDocumentString(`
    mutation CompleteActionItem($actionId: ID!) {
  completeActionItem(actionId: $actionId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CompleteActionItemMutation, CompleteActionItemMutationVariables>;
export const CloseOutIssueAtMeetingDocument = new TypedDocumentString(`
    mutation CloseOutIssueAtMeeting($input: CloseOutIssueInput!) {
  closeOutIssueAtMeeting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseOutIssueAtMeetingMutation, CloseOutIssueAtMeetingMutationVariables>;
export const SetMeetingStatusDocument = new TypedDocumentString(`
    mutation SetMeetingStatus($input: SetMeetingStatusInput!) {
  setMeetingStatus(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SetMeetingStatusMutation, SetMeetingStatusMutationVariables>;
export const MeetingMinutesDocument = new TypedDocumentString(`
    query MeetingMinutes($meetingId: ID!) {
  meetingMinutes(meetingId: $meetingId) {
    fileName
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<MeetingMinutesQuery, MeetingMinutesQueryVariables>;
export const MeetingLedgerDocument = new TypedDocumentString(`
    query MeetingLedger($meetingId: ID!) {
  meetingLedger(meetingId: $meetingId) {
    fileName
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<MeetingLedgerQuery, MeetingLedgerQueryVariables>;
export const MyActionItemsDocument = new TypedDocumentString(`
    query MyActionItems($limit: Int) {
  myActionItems(limit: $limit) {
    id
    text
    dueOn
    status
    issueId
    issueTitle
    meeting {
      id
      title
      heldOn
    }
    project {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MyActionItemsQuery, MyActionItemsQueryVariables>;
export const DeleteProjectDocument = new TypedDocumentString(`
    mutation DeleteProject($id: ID!) {
  deleteProject(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteProjectMutation, DeleteProjectMutationVariables>;
export const ProjectHistoryDocument = new TypedDocumentString(`
    query ProjectHistory($id: ID!, $limit: Int!, $offset: Int!) {
  project(id: $id) {
    id
    historyCount
    history(limit: $limit, offset: $offset) {
      id
      at
      action
      operation
      entityType
      before
      after
      actor {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectHistoryQuery, ProjectHistoryQueryVariables>;
export const ProjectBoardDocument = new TypedDocumentString(`
    query ProjectBoard($input: ProjectBoardInput) {
  projectBoard(input: $input) {
    columns {
      stage
      count
      totalAgreedInvestment
      maskedCount
      hasMore
      projects {
        ...ProjectCardFields
      }
    }
  }
}
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ProjectBoardQuery, ProjectBoardQueryVariables>;
export const ProjectsDocument = new TypedDocumentString(`
    query Projects($input: ProjectListInput) {
  projects(input: $input) {
    total
    totalCapped
    offset
    limit
    items {
      ...ProjectRowFields
    }
  }
}
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}
fragment ProjectRowFields on Project {
  ...ProjectCardFields
  signedOn
  createdOn
  lastUpdateOn
  fundsInPlace
  fundsInPlacePercent
  openIssueCount
  nodes {
    id
    name
  }
  responsibleLeader {
    id
    displayName
  }
  responsibleUnit {
    id
    name
  }
  latestUpdate {
    id
    text
    createdOn
  }
}`) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const ProjectTimelineDocument = new TypedDocumentString(`
    query ProjectTimeline($id: ID!, $limit: Int, $offset: Int) {
  project(id: $id) {
    id
    timelineCount
    timeline(limit: $limit, offset: $offset) {
      ...ProjectEventFields
    }
  }
}
    fragment ProjectEventFields on ProjectEvent {
  id
  kind
  at
  actor {
    id
    displayName
  }
  changes {
    field
    from
    to
  }
  fromStage
  toStage
  effectiveOn
  note
  reason
  text
  amount
  fundsKind
  receivedOn
  milestoneName
  plannedOn
  actualOn
  issueId
  issueTitle
  resolution
}`) as unknown as TypedDocumentString<ProjectTimelineQuery, ProjectTimelineQueryVariables>;
export const ProjectFundsDocument = new TypedDocumentString(`
    query ProjectFunds($id: ID!, $limit: Int, $offset: Int) {
  project(id: $id) {
    id
    fundsCount
    funds(limit: $limit, offset: $offset) {
      ...ProjectFundsFields
    }
  }
}
    fragment ProjectFundsFields on ProjectFunds {
  id
  amount
  receivedOn
  kind
  sourceNote
  enteredAt
  enteredBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ProjectFundsQuery, ProjectFundsQueryVariables>;
export const ProjectUpdatesDocument = new TypedDocumentString(`
    query ProjectUpdates($id: ID!, $limit: Int, $offset: Int) {
  project(id: $id) {
    id
    updateCount
    updates(limit: $limit, offset: $offset) {
      id
      text
      createdOn
      createdAt
      author {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectUpdatesQuery, ProjectUpdatesQueryVariables>;
export const ProjectIssuesDocument = new TypedDocumentString(`
    query ProjectIssues($id: ID!, $limit: Int, $offset: Int) {
  project(id: $id) {
    id
    issueCount
    openIssueCount
    issues(limit: $limit, offset: $offset) {
      ...CoordinationIssueFields
    }
  }
}
    fragment CoordinationIssueFields on CoordinationIssue {
  id
  title
  detail
  status
  fromUnit
  raisedOn
  dueOn
  resolution
  closedOn
  reopenReason
  fromDepartment {
    id
    name
  }
  raisedBy {
    id
    displayName
  }
  closedBy {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ProjectIssuesQuery, ProjectIssuesQueryVariables>;
export const ProjectDocument = new TypedDocumentString(`
    query Project($id: ID!) {
  project(id: $id) {
    ...ProjectDetailFields
  }
}
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}
fragment ProjectRowFields on Project {
  ...ProjectCardFields
  signedOn
  createdOn
  lastUpdateOn
  fundsInPlace
  fundsInPlacePercent
  openIssueCount
  nodes {
    id
    name
  }
  responsibleLeader {
    id
    displayName
  }
  responsibleUnit {
    id
    name
  }
  latestUpdate {
    id
    text
    createdOn
  }
}
fragment ProjectDetailFields on Project {
  ...ProjectRowFields
  codeName
  chainId
  companyId
  leadId
  ownerId
  responsibleLeaderId
  responsibleUnitId
  foreignAmount
  foreignCurrency
  carrier
  landAreaMu
  floorSpaceM2
  expectedOutput
  expectedTax
  expectedJobs
  registeredCompanyName
  registeredCreditCode
  startedOn
  productionOn
  capacityOn
  holdReason
  dropReason
  updatedAt
  canEdit
  canManageIssues
  canEnterFunds
  lead {
    id
    title
    masked
  }
  createdBy {
    id
    displayName
  }
  updatedBy {
    id
    displayName
  }
  milestones {
    id
    name
    plannedOn
    actualOn
  }
}`) as unknown as TypedDocumentString<ProjectQuery, ProjectQueryVariables>;
export const ProjectPeopleDocument = new TypedDocumentString(`
    query ProjectPeople {
  users {
    id
    displayName
    role
    active
    departmentId
  }
  departments {
    id
    name
    shortName
  }
}
    `) as unknown as TypedDocumentString<ProjectPeopleQuery, ProjectPeopleQueryVariables>;
export const CreateProjectDocument = new TypedDocumentString(`
    mutation CreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    ...ProjectDetailFields
  }
}
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}
fragment ProjectRowFields on Project {
  ...ProjectCardFields
  signedOn
  createdOn
  lastUpdateOn
  fundsInPlace
  fundsInPlacePercent
  openIssueCount
  nodes {
    id
    name
  }
  responsibleLeader {
    id
    displayName
  }
  responsibleUnit {
    id
    name
  }
  latestUpdate {
    id
    text
    createdOn
  }
}
fragment ProjectDetailFields on Project {
  ...ProjectRowFields
  codeName
  chainId
  companyId
  leadId
  ownerId
  responsibleLeaderId
  responsibleUnitId
  foreignAmount
  foreignCurrency
  carrier
  landAreaMu
  floorSpaceM2
  expectedOutput
  expectedTax
  expectedJobs
  registeredCompanyName
  registeredCreditCode
  startedOn
  productionOn
  capacityOn
  holdReason
  dropReason
  updatedAt
  canEdit
  canManageIssues
  canEnterFunds
  lead {
    id
    title
    masked
  }
  createdBy {
    id
    displayName
  }
  updatedBy {
    id
    displayName
  }
  milestones {
    id
    name
    plannedOn
    actualOn
  }
}`) as unknown as TypedDocumentString<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = new TypedDocumentString(`
    mutation UpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    ...ProjectDetailFields
  }
}
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}
fragment ProjectRowFields on Project {
  ...ProjectCardFields
  signedOn
  createdOn
  lastUpdateOn
  fundsInPlace
  fundsInPlacePercent
  openIssueCount
  nodes {
    id
    name
  }
  responsibleLeader {
    id
    displayName
  }
  responsibleUnit {
    id
    name
  }
  latestUpdate {
    id
    text
    createdOn
  }
}
fragment ProjectDetailFields on Project {
  ...ProjectRowFields
  codeName
  chainId
  companyId
  leadId
  ownerId
  responsibleLeaderId
  responsibleUnitId
  foreignAmount
  foreignCurrency
  carrier
  landAreaMu
  floorSpaceM2
  expectedOutput
  expectedTax
  expectedJobs
  registeredCompanyName
  registeredCreditCode
  startedOn
  productionOn
  capacityOn
  holdReason
  dropReason
  updatedAt
  canEdit
  canManageIssues
  canEnterFunds
  lead {
    id
    title
    masked
  }
  createdBy {
    id
    displayName
  }
  updatedBy {
    id
    displayName
  }
  milestones {
    id
    name
    plannedOn
    actualOn
  }
}`) as unknown as TypedDocumentString<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const MoveProjectStageDocument = new TypedDocumentString(`
    mutation MoveProjectStage($input: MoveProjectStageInput!) {
  moveProjectStage(input: $input) {
    ...ProjectDetailFields
  }
}
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}
fragment ProjectRowFields on Project {
  ...ProjectCardFields
  signedOn
  createdOn
  lastUpdateOn
  fundsInPlace
  fundsInPlacePercent
  openIssueCount
  nodes {
    id
    name
  }
  responsibleLeader {
    id
    displayName
  }
  responsibleUnit {
    id
    name
  }
  latestUpdate {
    id
    text
    createdOn
  }
}
fragment ProjectDetailFields on Project {
  ...ProjectRowFields
  codeName
  chainId
  companyId
  leadId
  ownerId
  responsibleLeaderId
  responsibleUnitId
  foreignAmount
  foreignCurrency
  carrier
  landAreaMu
  floorSpaceM2
  expectedOutput
  expectedTax
  expectedJobs
  registeredCompanyName
  registeredCreditCode
  startedOn
  productionOn
  capacityOn
  holdReason
  dropReason
  updatedAt
  canEdit
  canManageIssues
  canEnterFunds
  lead {
    id
    title
    masked
  }
  createdBy {
    id
    displayName
  }
  updatedBy {
    id
    displayName
  }
  milestones {
    id
    name
    plannedOn
    actualOn
  }
}`) as unknown as TypedDocumentString<MoveProjectStageMutation, MoveProjectStageMutationVariables>;
export const AddProjectFundsDocument = new TypedDocumentString(`
    mutation AddProjectFunds($input: AddProjectFundsInput!) {
  addProjectFunds(input: $input) {
    ...ProjectDetailFields
  }
}
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}
fragment ProjectRowFields on Project {
  ...ProjectCardFields
  signedOn
  createdOn
  lastUpdateOn
  fundsInPlace
  fundsInPlacePercent
  openIssueCount
  nodes {
    id
    name
  }
  responsibleLeader {
    id
    displayName
  }
  responsibleUnit {
    id
    name
  }
  latestUpdate {
    id
    text
    createdOn
  }
}
fragment ProjectDetailFields on Project {
  ...ProjectRowFields
  codeName
  chainId
  companyId
  leadId
  ownerId
  responsibleLeaderId
  responsibleUnitId
  foreignAmount
  foreignCurrency
  carrier
  landAreaMu
  floorSpaceM2
  expectedOutput
  expectedTax
  expectedJobs
  registeredCompanyName
  registeredCreditCode
  startedOn
  productionOn
  capacityOn
  holdReason
  dropReason
  updatedAt
  canEdit
  canManageIssues
  canEnterFunds
  lead {
    id
    title
    masked
  }
  createdBy {
    id
    displayName
  }
  updatedBy {
    id
    displayName
  }
  milestones {
    id
    name
    plannedOn
    actualOn
  }
}`) as unknown as TypedDocumentString<AddProjectFundsMutation, AddProjectFundsMutationVariables>;
export const RemoveProjectFundsDocument = new TypedDocumentString(`
    mutation RemoveProjectFunds($fundsId: ID!) {
  removeProjectFunds(fundsId: $fundsId) {
    ...ProjectDetailFields
  }
}
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}
fragment ProjectRowFields on Project {
  ...ProjectCardFields
  signedOn
  createdOn
  lastUpdateOn
  fundsInPlace
  fundsInPlacePercent
  openIssueCount
  nodes {
    id
    name
  }
  responsibleLeader {
    id
    displayName
  }
  responsibleUnit {
    id
    name
  }
  latestUpdate {
    id
    text
    createdOn
  }
}
fragment ProjectDetailFields on Project {
  ...ProjectRowFields
  codeName
  chainId
  companyId
  leadId
  ownerId
  responsibleLeaderId
  responsibleUnitId
  foreignAmount
  foreignCurrency
  carrier
  landAreaMu
  floorSpaceM2
  expectedOutput
  expectedTax
  expectedJobs
  registeredCompanyName
  registeredCreditCode
  startedOn
  productionOn
  capacityOn
  holdReason
  dropReason
  updatedAt
  canEdit
  canManageIssues
  canEnterFunds
  lead {
    id
    title
    masked
  }
  createdBy {
    id
    displayName
  }
  updatedBy {
    id
    displayName
  }
  milestones {
    id
    name
    plannedOn
    actualOn
  }
}`) as unknown as TypedDocumentString<RemoveProjectFundsMutation, RemoveProjectFundsMutationVariables>;
export const AddProjectMilestoneDocument = new TypedDocumentString(`
    mutation AddProjectMilestone($input: AddProjectMilestoneInput!) {
  addProjectMilestone(input: $input) {
    ...ProjectDetailFields
  }
}
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}
fragment ProjectRowFields on Project {
  ...ProjectCardFields
  signedOn
  createdOn
  lastUpdateOn
  fundsInPlace
  fundsInPlacePercent
  openIssueCount
  nodes {
    id
    name
  }
  responsibleLeader {
    id
    displayName
  }
  responsibleUnit {
    id
    name
  }
  latestUpdate {
    id
    text
    createdOn
  }
}
fragment ProjectDetailFields on Project {
  ...ProjectRowFields
  codeName
  chainId
  companyId
  leadId
  ownerId
  responsibleLeaderId
  responsibleUnitId
  foreignAmount
  foreignCurrency
  carrier
  landAreaMu
  floorSpaceM2
  expectedOutput
  expectedTax
  expectedJobs
  registeredCompanyName
  registeredCreditCode
  startedOn
  productionOn
  capacityOn
  holdReason
  dropReason
  updatedAt
  canEdit
  canManageIssues
  canEnterFunds
  lead {
    id
    title
    masked
  }
  createdBy {
    id
    displayName
  }
  updatedBy {
    id
    displayName
  }
  milestones {
    id
    name
    plannedOn
    actualOn
  }
}`) as unknown as TypedDocumentString<AddProjectMilestoneMutation, AddProjectMilestoneMutationVariables>;
export const UpdateProjectMilestoneDocument = new TypedDocumentString(`
    mutation UpdateProjectMilestone($input: UpdateProjectMilestoneInput!) {
  updateProjectMilestone(input: $input) {
    ...ProjectDetailFields
  }
}
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}
fragment ProjectRowFields on Project {
  ...ProjectCardFields
  signedOn
  createdOn
  lastUpdateOn
  fundsInPlace
  fundsInPlacePercent
  openIssueCount
  nodes {
    id
    name
  }
  responsibleLeader {
    id
    displayName
  }
  responsibleUnit {
    id
    name
  }
  latestUpdate {
    id
    text
    createdOn
  }
}
fragment ProjectDetailFields on Project {
  ...ProjectRowFields
  codeName
  chainId
  companyId
  leadId
  ownerId
  responsibleLeaderId
  responsibleUnitId
  foreignAmount
  foreignCurrency
  carrier
  landAreaMu
  floorSpaceM2
  expectedOutput
  expectedTax
  expectedJobs
  registeredCompanyName
  registeredCreditCode
  startedOn
  productionOn
  capacityOn
  holdReason
  dropReason
  updatedAt
  canEdit
  canManageIssues
  canEnterFunds
  lead {
    id
    title
    masked
  }
  createdBy {
    id
    displayName
  }
  updatedBy {
    id
    displayName
  }
  milestones {
    id
    name
    plannedOn
    actualOn
  }
}`) as unknown as TypedDocumentString<UpdateProjectMilestoneMutation, UpdateProjectMilestoneMutationVariables>;
export const RemoveProjectMilestoneDocument = new TypedDocumentString(`
    mutation RemoveProjectMilestone($milestoneId: ID!) {
  removeProjectMilestone(milestoneId: $milestoneId) {
    ...ProjectDetailFields
  }
}
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}
fragment ProjectRowFields on Project {
  ...ProjectCardFields
  signedOn
  createdOn
  lastUpdateOn
  fundsInPlace
  fundsInPlacePercent
  openIssueCount
  nodes {
    id
    name
  }
  responsibleLeader {
    id
    displayName
  }
  responsibleUnit {
    id
    name
  }
  latestUpdate {
    id
    text
    createdOn
  }
}
fragment ProjectDetailFields on Project {
  ...ProjectRowFields
  codeName
  chainId
  companyId
  leadId
  ownerId
  responsibleLeaderId
  responsibleUnitId
  foreignAmount
  foreignCurrency
  carrier
  landAreaMu
  floorSpaceM2
  expectedOutput
  expectedTax
  expectedJobs
  registeredCompanyName
  registeredCreditCode
  startedOn
  productionOn
  capacityOn
  holdReason
  dropReason
  updatedAt
  canEdit
  canManageIssues
  canEnterFunds
  lead {
    id
    title
    masked
  }
  createdBy {
    id
    displayName
  }
  updatedBy {
    id
    displayName
  }
  milestones {
    id
    name
    plannedOn
    actualOn
  }
}`) as unknown as TypedDocumentString<RemoveProjectMilestoneMutation, RemoveProjectMilestoneMutationVariables>;
export const AddProjectUpdateDocument = new TypedDocumentString(`
    mutation AddProjectUpdate($input: AddProjectUpdateInput!) {
  addProjectUpdate(input: $input) {
    ...ProjectDetailFields
  }
}
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}
fragment ProjectRowFields on Project {
  ...ProjectCardFields
  signedOn
  createdOn
  lastUpdateOn
  fundsInPlace
  fundsInPlacePercent
  openIssueCount
  nodes {
    id
    name
  }
  responsibleLeader {
    id
    displayName
  }
  responsibleUnit {
    id
    name
  }
  latestUpdate {
    id
    text
    createdOn
  }
}
fragment ProjectDetailFields on Project {
  ...ProjectRowFields
  codeName
  chainId
  companyId
  leadId
  ownerId
  responsibleLeaderId
  responsibleUnitId
  foreignAmount
  foreignCurrency
  carrier
  landAreaMu
  floorSpaceM2
  expectedOutput
  expectedTax
  expectedJobs
  registeredCompanyName
  registeredCreditCode
  startedOn
  productionOn
  capacityOn
  holdReason
  dropReason
  updatedAt
  canEdit
  canManageIssues
  canEnterFunds
  lead {
    id
    title
    masked
  }
  createdBy {
    id
    displayName
  }
  updatedBy {
    id
    displayName
  }
  milestones {
    id
    name
    plannedOn
    actualOn
  }
}`) as unknown as TypedDocumentString<AddProjectUpdateMutation, AddProjectUpdateMutationVariables>;
export const RaiseCoordinationIssueDocument = new TypedDocumentString(`
    mutation RaiseCoordinationIssue($input: RaiseCoordinationIssueInput!) {
  raiseCoordinationIssue(input: $input) {
    id
    project {
      ...ProjectDetailFields
    }
  }
}
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}
fragment ProjectRowFields on Project {
  ...ProjectCardFields
  signedOn
  createdOn
  lastUpdateOn
  fundsInPlace
  fundsInPlacePercent
  openIssueCount
  nodes {
    id
    name
  }
  responsibleLeader {
    id
    displayName
  }
  responsibleUnit {
    id
    name
  }
  latestUpdate {
    id
    text
    createdOn
  }
}
fragment ProjectDetailFields on Project {
  ...ProjectRowFields
  codeName
  chainId
  companyId
  leadId
  ownerId
  responsibleLeaderId
  responsibleUnitId
  foreignAmount
  foreignCurrency
  carrier
  landAreaMu
  floorSpaceM2
  expectedOutput
  expectedTax
  expectedJobs
  registeredCompanyName
  registeredCreditCode
  startedOn
  productionOn
  capacityOn
  holdReason
  dropReason
  updatedAt
  canEdit
  canManageIssues
  canEnterFunds
  lead {
    id
    title
    masked
  }
  createdBy {
    id
    displayName
  }
  updatedBy {
    id
    displayName
  }
  milestones {
    id
    name
    plannedOn
    actualOn
  }
}`) as unknown as TypedDocumentString<RaiseCoordinationIssueMutation, RaiseCoordinationIssueMutationVariables>;
export const MoveCoordinationIssueDocument = new TypedDocumentString(`
    mutation MoveCoordinationIssue($input: MoveCoordinationIssueInput!) {
  moveCoordinationIssue(input: $input) {
    id
    project {
      ...ProjectDetailFields
    }
  }
}
    fragment ProjectCardFields on Project {
  id
  name
  masked
  confidential
  isDemo
  type
  stage
  stageOn
  heldFrom
  agreedInvestment
  tier
  light
  lightRule {
    code
    days
    milestone
  }
  version
  canMoveStage
  chain {
    id
    name
  }
  company {
    id
    name
    creditCode
  }
  owner {
    id
    displayName
  }
}
fragment ProjectRowFields on Project {
  ...ProjectCardFields
  signedOn
  createdOn
  lastUpdateOn
  fundsInPlace
  fundsInPlacePercent
  openIssueCount
  nodes {
    id
    name
  }
  responsibleLeader {
    id
    displayName
  }
  responsibleUnit {
    id
    name
  }
  latestUpdate {
    id
    text
    createdOn
  }
}
fragment ProjectDetailFields on Project {
  ...ProjectRowFields
  codeName
  chainId
  companyId
  leadId
  ownerId
  responsibleLeaderId
  responsibleUnitId
  foreignAmount
  foreignCurrency
  carrier
  landAreaMu
  floorSpaceM2
  expectedOutput
  expectedTax
  expectedJobs
  registeredCompanyName
  registeredCreditCode
  startedOn
  productionOn
  capacityOn
  holdReason
  dropReason
  updatedAt
  canEdit
  canManageIssues
  canEnterFunds
  lead {
    id
    title
    masked
  }
  createdBy {
    id
    displayName
  }
  updatedBy {
    id
    displayName
  }
  milestones {
    id
    name
    plannedOn
    actualOn
  }
}`) as unknown as TypedDocumentString<MoveCoordinationIssueMutation, MoveCoordinationIssueMutationVariables>;
export const ProjectCountersDocument = new TypedDocumentString(`
    query ProjectCounters($asOf: LocalDate!, $chainId: ID) {
  projectCounters(asOf: $asOf, chainId: $chainId) {
    asOf
    signed
    industrialisation
    tier30Plus
    tier10To30
    signedAmount
    fundsInPlace
    targets {
      industrialisation
      tier30Plus
      tier10To30
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectCountersQuery, ProjectCountersQueryVariables>;