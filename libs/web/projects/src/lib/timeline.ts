import type { TFunction } from 'i18next';
import { isDecimalString, normalizeDecimal, PROJECT_TYPES } from '@chainboard/domain';
import { formatDateTime, formatInvestment } from '@chainboard/web-crm';
import type { ProjectEventFieldsFragment } from '@chainboard/web-graphql';

export type ProjectEvent = ProjectEventFieldsFragment;

/** How a timeline entry is drawn: its dot colour, headline, lines of detail, who and when. */
export interface TimelineEntry {
  key: string;
  kind: ProjectEvent['kind'];
  color: 'blue' | 'green' | 'red' | 'gray' | 'orange' | 'purple';
  /** One line saying what happened, e.g. "阶段变更：签约 → 注册"; also the entry's accessible name. */
  title: string;
  lines: string[];
  /** The district's calendar date of the entry, YYYY-MM-DD. */
  on: string;
  actor: string | null;
}

/** Fields whose values are amounts in 亿元. */
const YI_FIELDS = new Set(['agreedInvestment', 'expectedOutput', 'expectedTax']);
/** Fields whose values are yes or no. */
const FLAG_FIELDS = new Set(['confidential']);

/** A changed field's value as people read it: amounts in 亿元, flags as yes/no, types by name, the rest as given. */
export function changeValue(field: string, value: string | null | undefined, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (YI_FIELDS.has(field) && isDecimalString(value)) return formatInvestment(normalizeDecimal(value), t);
  if (isDecimalString(value)) return normalizeDecimal(value);
  if (FLAG_FIELDS.has(field)) return value === 'true' ? t('yes') : t('no');
  if (field === 'type' && (PROJECT_TYPES as readonly string[]).includes(value)) return t(`projectType.${value}`);
  return value;
}

/** A field's name in the timeline ("负责人"), the field's own key when the texts have none. */
export function changeLabel(field: string, t: TFunction): string {
  return t(`project.fields.${field}`, { defaultValue: field });
}

const stage = (value: string | null | undefined, t: TFunction) => (value ? t(`projectStage.${value}`) : t('common.none'));

/** One timeline entry, in the user's language. */
export function timelineEntry(event: ProjectEvent, t: TFunction): TimelineEntry {
  const base = { key: event.id, kind: event.kind, on: formatDateTime(event.at), actor: event.actor?.displayName ?? null };
  const lines: string[] = [];
  switch (event.kind) {
    case 'CREATED':
      return { ...base, color: 'blue', title: t('timeline.CREATED'), lines };
    case 'FIELDS_CHANGED':
      for (const c of event.changes) {
        lines.push(t('timeline.change', { field: changeLabel(c.field, t), from: changeValue(c.field, c.from, t), to: changeValue(c.field, c.to, t) }));
      }
      return { ...base, color: 'gray', title: t('timeline.FIELDS_CHANGED', { fields: event.changes.map((c) => changeLabel(c.field, t)).join(t('timeline.separator')) }), lines };
    case 'STAGE_MOVED':
      if (event.effectiveOn) lines.push(t('timeline.effectiveOn', { date: event.effectiveOn }));
      if (event.reason) lines.push(t('timeline.reason', { text: event.reason }));
      if (event.note) lines.push(t('timeline.note', { text: event.note }));
      return {
        ...base,
        color: event.toStage === 'DROPPED' ? 'red' : event.toStage === 'ON_HOLD' ? 'orange' : 'green',
        title: event.fromStage ? t('timeline.STAGE_MOVED', { from: stage(event.fromStage, t), to: stage(event.toStage, t) }) : t('timeline.stageSet', { to: stage(event.toStage, t) }),
        lines,
      };
    case 'PROGRESS_UPDATE':
      if (event.text) lines.push(event.text);
      return { ...base, color: 'blue', title: t('timeline.PROGRESS_UPDATE'), lines };
    case 'FUNDS_ADDED':
    case 'FUNDS_REMOVED':
      if (event.receivedOn) lines.push(t('timeline.receivedOn', { date: event.receivedOn }));
      return {
        ...base,
        color: event.kind === 'FUNDS_ADDED' ? 'purple' : 'gray',
        title: t(`timeline.${event.kind}`, { amount: formatInvestment(event.amount, t), kind: event.fundsKind ? t(`fundsKind.${event.fundsKind}`) : t('common.none') }),
        lines,
      };
    case 'MILESTONE_ADDED':
    case 'MILESTONE_CHANGED':
    case 'MILESTONE_REMOVED':
      if (event.plannedOn) lines.push(t('timeline.plannedOn', { date: event.plannedOn }));
      if (event.actualOn) lines.push(t('timeline.actualOn', { date: event.actualOn }));
      return { ...base, color: event.kind === 'MILESTONE_REMOVED' ? 'gray' : 'blue', title: t(`timeline.${event.kind}`, { name: event.milestoneName ?? '' }), lines };
    case 'ISSUE_RAISED':
    case 'ISSUE_STARTED':
    case 'ISSUE_CLOSED':
    case 'ISSUE_REOPENED':
      if (event.resolution) lines.push(t('timeline.resolution', { text: event.resolution }));
      if (event.reason) lines.push(t('timeline.reason', { text: event.reason }));
      return {
        ...base,
        color: event.kind === 'ISSUE_CLOSED' ? 'green' : event.kind === 'ISSUE_REOPENED' ? 'red' : 'orange',
        title: t(`timeline.${event.kind}`, { title: event.issueTitle ?? '' }),
        lines,
      };
  }
}
