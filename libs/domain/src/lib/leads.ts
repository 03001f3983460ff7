import chineseDays from 'chinese-days/dist/chinese-days.json';
import { ACTIVE_LEAD_STATUSES, LeadStatus } from './chain-map';
import { Role } from './roles';

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

/** The moves a lead may make. A converted, shelved or dropped lead is closed; a shelved one may be reopened. */
export const LEAD_TRANSITIONS: Readonly<Record<LeadStatus, readonly LeadStatus[]>> = {
  [LeadStatus.NEW]: [LeadStatus.CONTACTED, LeadStatus.VISITED, LeadStatus.NEGOTIATING, LeadStatus.SHELVED, LeadStatus.DROPPED],
  [LeadStatus.CONTACTED]: [LeadStatus.VISITED, LeadStatus.NEGOTIATING, LeadStatus.SHELVED, LeadStatus.DROPPED],
  [LeadStatus.VISITED]: [LeadStatus.NEGOTIATING, LeadStatus.SHELVED, LeadStatus.DROPPED],
  [LeadStatus.NEGOTIATING]: [LeadStatus.CONVERTED, LeadStatus.SHELVED, LeadStatus.DROPPED],
  [LeadStatus.SHELVED]: [LeadStatus.CONTACTED, LeadStatus.VISITED, LeadStatus.NEGOTIATING, LeadStatus.DROPPED],
  [LeadStatus.CONVERTED]: [],
  [LeadStatus.DROPPED]: [],
};

export type LeadMoveProblem = 'notAllowed' | 'reasonRequired';

/** Whether a lead may move from one status to another; dropping needs a reason. Null when the move is fine. */
export function leadMoveProblem(from: LeadStatus, to: LeadStatus, reason?: string | null): LeadMoveProblem | null {
  if (!LEAD_TRANSITIONS[from].includes(to)) return 'notAllowed';
  if (to === LeadStatus.DROPPED && !reason?.trim()) return 'reasonRequired';
  return null;
}

/** Statuses past the first assessment of a lead (it has been judged worth pursuing or not). */
export const ASSESSED_LEAD_STATUSES: readonly LeadStatus[] = [
  LeadStatus.VISITED,
  LeadStatus.NEGOTIATING,
  LeadStatus.CONVERTED,
  LeadStatus.SHELVED,
  LeadStatus.DROPPED,
];

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
export function canSeeConfidential(actor: { id: string; role: Role }, lead: LeadAccess): boolean {
  if (!lead.confidential) return true;
  return actor.role === Role.ADMIN || actor.role === Role.DISTRICT_LEADER || actor.id === lead.ownerId || actor.id === lead.chainLeaderId;
}
