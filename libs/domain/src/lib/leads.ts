import chineseDays from 'chinese-days/dist/chinese-days.json';
import { ACTIVE_LEAD_STATUSES, LeadStatus } from './chain-map';
import { Role, rolesOf, type RoleHolder } from './roles';

/** Where a lead came from. */
export enum LeadSource {
  BUSINESS_REFERRAL = 'BUSINESS_REFERRAL', // 以商招商
  COMMISSIONED = 'COMMISSIONED', // 委托招商
  EXHIBITION = 'EXHIBITION', // 展会
  DOOR_TO_DOOR = 'DOOR_TO_DOOR', // 上门拜访
  LEADER_ASSIGNED = 'LEADER_ASSIGNED', // 领导交办
  INTERMEDIARY = 'INTERMEDIARY', // 中介
  ONLINE = 'ONLINE', // 网络
  OTHER = 'OTHER',
}

/** Kinds of contact with a company. */
export enum InteractionType {
  CALL = 'CALL',
  VISIT_OUT = 'VISIT_OUT',
  VISIT_IN = 'VISIT_IN',
  MEETING = 'MEETING',
  EMAIL = 'EMAIL',
  WECHAT = 'WECHAT',
  EVENT = 'EVENT',
  /** A remark, such as one carried over from an imported ledger's remarks column. */
  NOTE = 'NOTE',
}

export enum Priority {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

/** Kinds of company list a tag can come from; the lists themselves are data an admin keeps. */
export enum CompanyListCategory {
  TOP_500 = 'TOP_500', // one of the 六类500强
  LISTED = 'LISTED',
  HIDDEN_CHAMPION = 'HIDDEN_CHAMPION',
  LITTLE_GIANT = 'LITTLE_GIANT', // 专精特新"小巨人"
  HIGH_TECH = 'HIGH_TECH', // 高新技术企业
  OTHER = 'OTHER',
}

export enum ListLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  MUNICIPAL = 'MUNICIPAL',
}

/** A date a lead records on a status move. */
export type LeadMoveDate = 'firstContactOn' | 'assessedOn';

/** What the table says about one status: the moves out of it, and what a move into it needs and records. */
export interface LeadStatusMoves {
  /** The statuses a lead in this status may move to. */
  next: readonly LeadStatus[];
  /** Whether a lead in this status is still worked (same as ACTIVE_LEAD_STATUSES). */
  open: boolean;
  /** A move into this status needs a reason. */
  reasonRequired: boolean;
  /** A move into this status keeps the reason given as the lead's close reason; any other move clears it. */
  keepsReason: boolean;
  /**
   * The dates a move into this status records, each only when the lead has none yet (leadMoveEffects). Recording
   * the first contact also sets the latest contact when the lead has none.
   */
  records: readonly LeadMoveDate[];
  /**
   * How a lead gets into this status: the plain status move, or `convert` only, which creates a project from the
   * lead (stage PROJECT_STAGE_ON_CONVERSION, with the lead's company, chain, nodes and intended investment), points
   * the lead at it and closes the lead. The plain status move refuses a `convert` status.
   */
  via: 'move' | 'convert';
}

/**
 * The lead moves as data. A converted, shelved or dropped lead is closed; a shelved one may be reopened, a
 * converted or dropped one never. Dropping needs a reason; shelving keeps one when given. Moving to contacted,
 * visited or negotiating records the first contact; moving to visited, negotiating, converted, shelved or dropped
 * records the first assessment.
 */
export const LEAD_MOVES: Readonly<Record<LeadStatus, LeadStatusMoves>> = {
  [LeadStatus.NEW]: {
    next: [LeadStatus.CONTACTED, LeadStatus.VISITED, LeadStatus.NEGOTIATING, LeadStatus.SHELVED, LeadStatus.DROPPED],
    open: true,
    reasonRequired: false,
    keepsReason: false,
    records: [],
    via: 'move',
  },
  [LeadStatus.CONTACTED]: {
    next: [LeadStatus.VISITED, LeadStatus.NEGOTIATING, LeadStatus.SHELVED, LeadStatus.DROPPED],
    open: true,
    reasonRequired: false,
    keepsReason: false,
    records: ['firstContactOn'],
    via: 'move',
  },
  [LeadStatus.VISITED]: {
    next: [LeadStatus.NEGOTIATING, LeadStatus.SHELVED, LeadStatus.DROPPED],
    open: true,
    reasonRequired: false,
    keepsReason: false,
    records: ['firstContactOn', 'assessedOn'],
    via: 'move',
  },
  [LeadStatus.NEGOTIATING]: {
    next: [LeadStatus.CONVERTED, LeadStatus.SHELVED, LeadStatus.DROPPED],
    open: true,
    reasonRequired: false,
    keepsReason: false,
    records: ['firstContactOn', 'assessedOn'],
    via: 'move',
  },
  [LeadStatus.CONVERTED]: { next: [], open: false, reasonRequired: false, keepsReason: false, records: ['assessedOn'], via: 'convert' },
  [LeadStatus.SHELVED]: {
    next: [LeadStatus.CONTACTED, LeadStatus.VISITED, LeadStatus.NEGOTIATING, LeadStatus.DROPPED],
    open: false,
    reasonRequired: false,
    keepsReason: true,
    records: ['assessedOn'],
    via: 'move',
  },
  [LeadStatus.DROPPED]: { next: [], open: false, reasonRequired: true, keepsReason: true, records: ['assessedOn'], via: 'move' },
};

/** The lead statuses in their display and sort order (the lead's life, then the closed ones). */
export const LEAD_STATUS_ORDER: readonly LeadStatus[] = [
  LeadStatus.NEW,
  LeadStatus.CONTACTED,
  LeadStatus.VISITED,
  LeadStatus.NEGOTIATING,
  LeadStatus.CONVERTED,
  LeadStatus.SHELVED,
  LeadStatus.DROPPED,
];

/** The moves a lead may make (LEAD_MOVES' `next`). */
export const LEAD_TRANSITIONS: Readonly<Record<LeadStatus, readonly LeadStatus[]>> = Object.fromEntries(
  LEAD_STATUS_ORDER.map((status) => [status, LEAD_MOVES[status].next]),
) as Record<LeadStatus, readonly LeadStatus[]>;

export type LeadMoveProblem = 'notAllowed' | 'reasonRequired';

/** Whether a lead may move from one status to another; dropping needs a reason. Null when the move is fine. */
export function leadMoveProblem(from: LeadStatus, to: LeadStatus, reason?: string | null): LeadMoveProblem | null {
  if (!LEAD_MOVES[from]?.next.includes(to)) return 'notAllowed';
  if (LEAD_MOVES[to].reasonRequired && !reason?.trim()) return 'reasonRequired';
  return null;
}

export interface LeadMoveDates {
  firstContactOn?: string;
  assessedOn?: string;
  lastContactOn?: string;
}

/**
 * The dates a move records on `today` (LEAD_MOVES' `records`), given the lead's current dates: only those still
 * unset; recording the first contact sets the latest contact too when there is none. Nothing for a refused move.
 */
export function leadMoveEffects(
  from: LeadStatus,
  to: LeadStatus,
  current: { firstContactOn: string | null; assessedOn: string | null; lastContactOn?: string | null },
  today: string,
): LeadMoveDates {
  if (!LEAD_MOVES[from]?.next.includes(to)) return {};
  const records = LEAD_MOVES[to].records;
  const dates: LeadMoveDates = {};
  if (records.includes('assessedOn') && !current.assessedOn) dates.assessedOn = today;
  if (records.includes('firstContactOn') && !current.firstContactOn) {
    dates.firstContactOn = today;
    if (!current.lastContactOn) dates.lastContactOn = today;
  }
  return dates;
}

/** The close reason a move leaves on the lead: the reason given (trimmed) where the target keeps one, else null. */
export function leadCloseReason(to: LeadStatus, reason?: string | null): string | null {
  return LEAD_MOVES[to].keepsReason ? reason?.trim() || null : null;
}

/** Statuses past the first assessment of a lead (it has been judged worth pursuing or not): moving into one records it. */
export const ASSESSED_LEAD_STATUSES: readonly LeadStatus[] = LEAD_STATUS_ORDER.filter((s) => LEAD_MOVES[s].records.includes('assessedOn'));

/** Lead sources in their display order. */
export const LEAD_SOURCE_ORDER: readonly LeadSource[] = [
  LeadSource.BUSINESS_REFERRAL,
  LeadSource.COMMISSIONED,
  LeadSource.EXHIBITION,
  LeadSource.DOOR_TO_DOOR,
  LeadSource.LEADER_ASSIGNED,
  LeadSource.INTERMEDIARY,
  LeadSource.ONLINE,
  LeadSource.OTHER,
];

/** Kinds of contact in their display order: visits first, the usual way of working a lead. */
export const INTERACTION_TYPE_ORDER: readonly InteractionType[] = [
  InteractionType.VISIT_OUT,
  InteractionType.VISIT_IN,
  InteractionType.CALL,
  InteractionType.MEETING,
  InteractionType.WECHAT,
  InteractionType.EMAIL,
  InteractionType.EVENT,
  InteractionType.NOTE,
];

/** Company-list categories in their display order. */
export const LIST_CATEGORY_ORDER: readonly CompanyListCategory[] = [
  CompanyListCategory.TOP_500,
  CompanyListCategory.LISTED,
  CompanyListCategory.HIDDEN_CHAMPION,
  CompanyListCategory.LITTLE_GIANT,
  CompanyListCategory.HIGH_TECH,
  CompanyListCategory.OTHER,
];

/** List levels, national first. */
export const LIST_LEVEL_ORDER: readonly ListLevel[] = [ListLevel.NATIONAL, ListLevel.PROVINCIAL, ListLevel.MUNICIPAL];

/** Priorities, highest first: the order lists sort and show them in. */
export const PRIORITY_ORDER: readonly Priority[] = [Priority.HIGH, Priority.MEDIUM, Priority.LOW];

/** A priority's rank: 0 for the highest. SQL mirrors it with array_position over PRIORITY_ORDER. */
export function priorityRank(priority: Priority): number {
  return PRIORITY_ORDER.indexOf(priority);
}

/** Compares priorities, highest first (for Array.prototype.sort). */
export function comparePriorities(a: Priority, b: Priority): number {
  return priorityRank(a) - priorityRank(b);
}

/** The higher of two priorities (what a merge of two prospects keeps). */
export function higherPriority(a: Priority, b: Priority): Priority {
  return comparePriorities(a, b) <= 0 ? a : b;
}

/** The time rules for leads; configurable, these are the defaults. */
export interface LeadTimeRules {
  /** Working days from creation to the first contact. */
  firstContactWorkingDays: number;
  /** Working days from creation to the assessment. */
  assessmentWorkingDays: number;
  /** Calendar days without contact after which an open lead is stale. */
  staleDays: number;
}

export const DEFAULT_LEAD_TIME_RULES: LeadTimeRules = { firstContactWorkingDays: 1, assessmentWorkingDays: 3, staleDays: 14 };

const DAY_MS = 86_400_000;

function parseDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * China's official holiday calendar from the State Council notices, as the chinese-days package publishes it: the
 * dates (YYYY-MM-DD) off work, public holidays with the weekdays given in lieu (调休), and the weekend dates worked
 * instead. Its data runs from 2004 to the latest published year (2026 in chinese-days 1.5.7); a date outside those
 * years is in neither list, so there the working days fall back to Monday to Friday. The package's data file is read
 * rather than its isWorkday(), whose answers depend on the process's time zone (they are wrong west of UTC), while
 * district dates are plain calendar dates.
 */
const OFFICIAL_CALENDAR: { holidays: Readonly<Record<string, string>>; workdays: Readonly<Record<string, string>> } = chineseDays;

/** Whether a district calendar date (YYYY-MM-DD) is a working day by the official holiday calendar. */
function isWorkingDay(date: string): boolean {
  if (OFFICIAL_CALENDAR.workdays[date]) return true;
  const weekday = parseDate(date).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !OFFICIAL_CALENDAR.holidays[date];
}

/** The calendar date `n` working days (official holiday calendar, see above) after `date` (YYYY-MM-DD). */
export function addWorkingDays(date: string, n: number): string {
  let at = date;
  let left = n;
  while (left > 0) {
    at = formatDate(new Date(parseDate(at).getTime() + DAY_MS));
    if (isWorkingDay(at)) left--;
  }
  return at;
}

/** Whole calendar days from one date to another (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDate(to).getTime() - parseDate(from).getTime()) / DAY_MS);
}

export interface LeadTimeline {
  status: LeadStatus;
  /** District calendar dates (YYYY-MM-DD). */
  createdOn: string;
  firstContactOn: string | null;
  assessedOn: string | null;
  lastContactOn: string | null;
  nextActionDue: string | null;
}

export interface LeadDeadlines {
  firstContactDue: string;
  assessmentDue: string;
  firstContactOverdue: boolean;
  assessmentOverdue: boolean;
  nextActionOverdue: boolean;
  stale: boolean;
  daysSinceContact: number;
}

export function isOpenLead(status: LeadStatus): boolean {
  return ACTIVE_LEAD_STATUSES.includes(status);
}

/** Deadlines and alarms of a lead on a given day (`today`, the district's calendar date). */
export function leadDeadlines(lead: LeadTimeline, today: string, rules: LeadTimeRules = DEFAULT_LEAD_TIME_RULES): LeadDeadlines {
  const open = isOpenLead(lead.status);
  const firstContactDue = addWorkingDays(lead.createdOn, rules.firstContactWorkingDays);
  const assessmentDue = addWorkingDays(lead.createdOn, rules.assessmentWorkingDays);
  const lastTouch = lead.lastContactOn ?? lead.createdOn;
  const daysSinceContact = daysBetween(lastTouch, today);
  return {
    firstContactDue,
    assessmentDue,
    firstContactOverdue: open && lead.firstContactOn === null && today > firstContactDue,
    assessmentOverdue: open && lead.assessedOn === null && today > assessmentDue,
    nextActionOverdue: open && lead.nextActionDue !== null && lead.nextActionDue < today,
    stale: open && daysSinceContact >= rules.staleDays,
    daysSinceContact,
  };
}

export interface LeadAccess {
  confidential: boolean;
  ownerId: string | null;
  chainLeaderId: string;
}

/** Who sees a confidential lead as it is: its owner, the chain's leader, admins and district leaders. */
export function canSeeConfidential(actor: { id: string } & RoleHolder, lead: LeadAccess): boolean {
  if (!lead.confidential) return true;
  // Any of the actor's roles, not only the primary one (a user may hold several).
  return rolesOf(actor).some((r) => r === Role.ADMIN || r === Role.DISTRICT_LEADER) || actor.id === lead.ownerId || actor.id === lead.chainLeaderId;
}
