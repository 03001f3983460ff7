import dayjs from 'dayjs';
import type { LeadDetailFieldsFragment } from '@chainboard/web-graphql';
import { investmentProblem, leadFormValues, normalizeInvestment, preferredChainId, toQuickLeadInput, toUpdateLeadInput } from './forms';

describe('quick entry', () => {
  it('logs a lead with a new company by name, in three fields', () => {
    expect(toQuickLeadInput({ companyName: ' 蓉芯微测科技有限公司 ', companyId: null, chainId: 'c1', title: ' 拟设研发中心 ' })).toEqual({
      company: { name: '蓉芯微测科技有限公司' },
      chainId: 'c1',
      title: '拟设研发中心',
    });
  });

  it('uses the picked existing company instead of creating one', () => {
    expect(toQuickLeadInput({ companyName: '华日通讯', companyId: 'co1', chainId: 'c1', title: '扩产' })).toEqual({ companyId: 'co1', chainId: 'c1', title: '扩产' });
  });

  it('creates a company with a similar name only when the user confirmed it is another one', () => {
    expect(toQuickLeadInput({ companyName: '华日通讯', chainId: 'c1', title: '扩产', allowDuplicate: true })).toMatchObject({ company: { name: '华日通讯', allowDuplicate: true } });
  });

  it('preselects the chain used last time if still allowed, else the only one', () => {
    const chains = [{ id: 'c1' }, { id: 'c2' }];
    expect(preferredChainId(chains, 'c2')).toBe('c2');
    expect(preferredChainId(chains, 'gone')).toBeUndefined();
    expect(preferredChainId([{ id: 'c1' }], null)).toBe('c1');
    expect(preferredChainId([], 'c1')).toBeUndefined();
  });

  it('else preselects the user’s own chain, if they may log leads on it', () => {
    const chains = [{ id: 'c1' }, { id: 'c2' }];
    expect(preferredChainId(chains, null, 'c2')).toBe('c2');
    expect(preferredChainId(chains, 'c1', 'c2')).toBe('c1');
    expect(preferredChainId(chains, null, 'c3')).toBeUndefined();
  });
});

describe('intended investment', () => {
  it('reads an amount in 亿元 as typed (full-width digits, separators) as an exact decimal string', () => {
    expect(normalizeInvestment(' １２.５ ')).toBe('12.5');
    expect(normalizeInvestment('1,200.0000')).toBe('1200.0000');
    expect(normalizeInvestment('  ')).toBeNull();
  });

  it('refuses what is not a decimal, or negative', () => {
    expect(investmentProblem('12.5')).toBeNull();
    expect(investmentProblem('')).toBeNull();
    expect(investmentProblem('12.34567')).toBe('notDecimal');
    expect(investmentProblem('一亿')).toBe('notDecimal');
    expect(investmentProblem('-3')).toBe('negative');
  });
});

describe('lead edit form', () => {
  const lead = {
    id: 'l1',
    version: 7,
    title: '华日通讯扩产',
    chainId: 'c1',
    nodes: [{ id: 'n1', name: 'MLCC' }],
    source: 'EXHIBITION',
    ownerId: 'u1',
    intendedInvestment: '30',
    nextAction: '约见董事长',
    nextActionDue: '2025-04-01',
    confidential: true,
    codeName: '项目A',
  } as unknown as LeadDetailFieldsFragment;

  it('round-trips the lead through the form', () => {
    const values = leadFormValues(lead);
    expect(values.nextActionDue?.format('YYYY-MM-DD')).toBe('2025-04-01');
    expect(toUpdateLeadInput(lead, values)).toEqual({
      leadId: 'l1',
      expectedVersion: 7,
      title: '华日通讯扩产',
      chainId: 'c1',
      nodeIds: ['n1'],
      source: 'EXHIBITION',
      ownerId: 'u1',
      intendedInvestment: '30',
      nextAction: '约见董事长',
      nextActionDue: '2025-04-01',
      confidential: true,
      codeName: '项目A',
    });
  });

  it('clears emptied fields and drops the code name of a lead no longer confidential', () => {
    const values = { ...leadFormValues(lead), nextAction: ' ', nextActionDue: null, intendedInvestment: '', ownerId: null, confidential: false };
    expect(toUpdateLeadInput(lead, values)).toMatchObject({ nextAction: null, nextActionDue: null, intendedInvestment: null, ownerId: null, confidential: false, codeName: null });
    expect(toUpdateLeadInput(lead, { ...values, nextActionDue: dayjs('2025-05-02') }).nextActionDue).toBe('2025-05-02');
  });
});
