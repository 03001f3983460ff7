import dayjs, { type Dayjs } from 'dayjs';
import { isDecimalString } from '@chainboard/domain';
import type { CreateLeadInput, LeadDetailFieldsFragment, LeadSource, UpdateLeadInput } from '@chainboard/web-graphql';

export const LOCAL_DATE_FORMAT = 'YYYY-MM-DD';

/** The quick-entry form: three required fields — a company (picked, or a new name), a chain, a title. */
export interface QuickLeadValues {
  companyName: string;
  /** Set when the user picked an existing company (a suggestion); cleared when they type another name. */
  companyId?: string | null;
  chainId: string;
  title: string;
  /** The user confirmed that a similar name belongs to another company. */
  allowDuplicate?: boolean;
}

export const QUICK_LEAD_FIELDS = ['companyName', 'chainId', 'title'] as const;

/** createLead's input: the picked company, or a new one by name in the same transaction; the rest defaults on the API. */
export function toQuickLeadInput(values: QuickLeadValues): CreateLeadInput {
  const title = values.title.trim();
  if (values.companyId) return { companyId: values.companyId, chainId: values.chainId, title };
  return {
    company: { name: values.companyName.trim(), ...(values.allowDuplicate ? { allowDuplicate: true } : {}) },
    chainId: values.chainId,
    title,
  };
}

/** Where the quick form remembers the chain last used, so that the next lead needs one field less. */
export const LAST_CHAIN_STORAGE_KEY = 'chainboard.quickLead.chainId';

/**
 * The chain to preselect: the one used last time if still allowed, else the user's own chain (useDefaultChainId) if
 * allowed, else the only one allowed, else none.
 */
export function preferredChainId(allowed: ReadonlyArray<{ id: string }>, last: string | null | undefined, own: string | null = null): string | undefined {
  if (last && allowed.some((c) => c.id === last)) return last;
  if (own && allowed.some((c) => c.id === own)) return own;
  return allowed.length === 1 ? allowed[0].id : undefined;
}

/** The lead edit form. */
export interface LeadFormValues {
  title: string;
  chainId: string;
  nodeIds: string[];
  source: LeadSource;
  ownerId?: string | null;
  intendedInvestment?: string | null;
  nextAction?: string | null;
  nextActionDue?: Dayjs | null;
  confidential: boolean;
  codeName?: string | null;
}

export function leadFormValues(lead: LeadDetailFieldsFragment): LeadFormValues {
  return {
    title: lead.title,
    chainId: lead.chainId,
    nodeIds: lead.nodes.map((n) => n.id),
    source: lead.source,
    ownerId: lead.ownerId ?? null,
    intendedInvestment: lead.intendedInvestment ?? null,
    nextAction: lead.nextAction ?? null,
    nextActionDue: lead.nextActionDue ? dayjs(lead.nextActionDue, LOCAL_DATE_FORMAT) : null,
    confidential: lead.confidential,
    codeName: lead.codeName ?? null,
  };
}

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed.length ? trimmed : null;
};

/** An amount in 亿元 as typed: half-width digits, no spaces or thousands separators; null when empty. */
export function normalizeInvestment(value: string | null | undefined): string | null {
  const cleaned = (value ?? '').replace(/[\uFF10-\uFF19\uFF0E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[\s,\uFF0C]/g, '');
  return cleaned.length ? cleaned : null;
}

/** What is wrong with an intended investment as typed: not a decimal number, or negative. Null when fine. */
export function investmentProblem(value: string | null | undefined): 'notDecimal' | 'negative' | null {
  const amount = normalizeInvestment(value);
  if (amount === null) return null;
  if (!isDecimalString(amount)) return 'notDecimal';
  return amount.startsWith('-') ? 'negative' : null;
}

/** Every field is sent: an emptied one is cleared (null); a code name only matters for a confidential lead. */
export function toUpdateLeadInput(lead: { id: string; version: number }, values: LeadFormValues): UpdateLeadInput {
  return {
    leadId: lead.id,
    expectedVersion: lead.version,
    title: values.title.trim(),
    chainId: values.chainId,
    nodeIds: values.nodeIds,
    source: values.source,
    ownerId: values.ownerId ?? null,
    intendedInvestment: normalizeInvestment(values.intendedInvestment),
    nextAction: text(values.nextAction),
    nextActionDue: values.nextActionDue ? values.nextActionDue.format(LOCAL_DATE_FORMAT) : null,
    confidential: values.confidential,
    codeName: values.confidential ? text(values.codeName) : null,
  };
}

