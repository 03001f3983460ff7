import dayjs, { type Dayjs } from 'dayjs';
import { districtDate, INTERACTION_TYPE_ORDER } from '@chainboard/domain';
import type { AddInteractionInput, InteractionFieldsFragment, InteractionType, UpdateInteractionInput } from '@chainboard/web-graphql';

export const LOCAL_DATE_FORMAT = 'YYYY-MM-DD';

export const INTERACTION_TYPES: readonly InteractionType[] = INTERACTION_TYPE_ORDER;

/** The contact form ("add contact"). */
export interface ContactFormValues {
  type: InteractionType;
  occurredOn: Dayjs | null;
  ourPeople?: string;
  theirPeople?: string;
  summary: string;
  outcome?: string;
  nextStep?: string;
}

/** Today in the district (Asia/Shanghai), as a date picker's value; `now` is injectable for tests. */
export function districtToday(now: Date = new Date()): Dayjs {
  return dayjs(districtDate(now), LOCAL_DATE_FORMAT);
}

/** A new contact: a visit out, today in the district, the rest empty. */
export function newContactValues(now: Date = new Date()): ContactFormValues {
  return { type: 'VISIT_OUT', occurredOn: districtToday(now), ourPeople: '', theirPeople: '', summary: '', outcome: '', nextStep: '' };
}

export function contactFormValues(contact: InteractionFieldsFragment): ContactFormValues {
  return {
    type: contact.type,
    occurredOn: dayjs(contact.occurredOn, LOCAL_DATE_FORMAT),
    ourPeople: contact.ourPeople,
    theirPeople: contact.theirPeople,
    summary: contact.summary,
    outcome: contact.outcome,
    nextStep: contact.nextStep,
  };
}

/** Whether a date lies after today in the district: contacts are logged after they happen. */
export function isAfterDistrictToday(date: Dayjs, now: Date = new Date()): boolean {
  return date.format(LOCAL_DATE_FORMAT) > districtDate(now);
}

function contactFields(values: ContactFormValues) {
  return {
    type: values.type,
    summary: values.summary.trim(),
    ourPeople: values.ourPeople?.trim() ?? '',
    theirPeople: values.theirPeople?.trim() ?? '',
    outcome: values.outcome?.trim() ?? '',
    nextStep: values.nextStep?.trim() ?? '',
  };
}

/** A contact on a lead (its company implied) or on a company. The date defaults to today on the API too. */
export function toAddInteractionInput(target: { leadId?: string; companyId?: string }, values: ContactFormValues): AddInteractionInput {
  return {
    ...(target.leadId ? { leadId: target.leadId } : {}),
    ...(target.companyId && !target.leadId ? { companyId: target.companyId } : {}),
    ...contactFields(values),
    ...(values.occurredOn ? { occurredOn: values.occurredOn.format(LOCAL_DATE_FORMAT) } : {}),
  };
}

export function toUpdateInteractionInput(interactionId: string, values: ContactFormValues): UpdateInteractionInput {
  return {
    interactionId,
    ...contactFields(values),
    ...(values.occurredOn ? { occurredOn: values.occurredOn.format(LOCAL_DATE_FORMAT) } : {}),
  };
}
