import type { LeadSummaryFieldsFragment } from '@chainboard/web-graphql';
import { leadTableHref, leadTableStateFromSearch, toLeadListInput } from './filters';
import { MINE, sectionFilters, workScope, workSections } from './work';

const lead = (id: string) => ({ id, title: `线索${id}` }) as LeadSummaryFieldsFragment;
const list = (total: number, leadIds: string[]) => ({ total, leadIds });

describe('workSections', () => {
  const summary = {
    leads: ['a', 'b', 'c'].map(lead),
    openLeads: list(240, ['a', 'b', 'c']),
    dueToday: list(1, ['b']),
    overdueNextActions: list(57, ['a']),
    firstContactOverdue: list(1, ['a']),
    assessmentOverdue: list(0, []),
    stale: list(3, ['c', 'gone']),
  };

  it('gives each section, most urgent first, its count and first rows (a lead in every section it belongs to), and says when it holds more', () => {
    expect(workSections(summary).map((s) => [s.key, s.total, s.leads.map((l) => l.id), s.more])).toEqual([
      ['dueToday', 1, ['b'], false],
      ['overdueNextActions', 57, ['a'], true],
      ['firstContactOverdue', 1, ['a'], false],
      ['assessmentOverdue', 0, [], false],
      ['stale', 3, ['c'], true],
      ['openLeads', 240, ['a', 'b', 'c'], true],
    ]);
  });
});

describe('sectionFilters', () => {
  it("filters the lead table on one's own open leads with the section's alarm, or on the chain's", () => {
    expect(sectionFilters('overdueNextActions', null)).toEqual({ open: true, mine: true, alert: 'NEXT_ACTION_OVERDUE' });
    expect(sectionFilters('dueToday', null)).toEqual({ open: true, mine: true, alert: 'NEXT_ACTION_TODAY' });
    expect(sectionFilters('openLeads', null)).toEqual({ open: true, mine: true });
    expect(sectionFilters('stale', 'health-plus')).toEqual({ open: true, chainId: 'health-plus', alert: 'STALE' });
  });

  it('makes a link the lead table opens on, next action due first, and asks the API for the same leads', () => {
    const href = leadTableHref(sectionFilters('firstContactOverdue', null));
    expect(href.startsWith('/leads?view=')).toBe(true);
    const state = leadTableStateFromSearch(href.slice('/leads'.length));
    expect(state).toMatchObject({ filters: { open: true, mine: true, alert: 'FIRST_CONTACT_OVERDUE' }, sort: 'NEXT_ACTION_DUE', direction: 'ASC', page: 1 });
    expect(toLeadListInput(state!)).toMatchObject({ open: true, mine: true, alert: 'FIRST_CONTACT_OVERDUE', sort: 'NEXT_ACTION_DUE', direction: 'ASC', offset: 0 });
  });

  it('reads no state without a link, and the defaults from a broken one', () => {
    expect(leadTableStateFromSearch('')).toBeNull();
    expect(leadTableStateFromSearch('?view=%7Bnot-json')).toMatchObject({ filters: { open: true }, sort: 'CREATED_ON', page: 1 });
    expect(leadTableStateFromSearch(`?view=${encodeURIComponent(JSON.stringify({ filters: { alert: 'NOT_AN_ALERT', mine: 'yes' } }))}`)?.filters).toEqual({});
  });
});

describe('workScope', () => {
  it('opens on the chain the user leads when it is offered, else on their own leads', () => {
    const led = [{ id: 'health-plus' }];
    expect(workScope('health-plus', led)).toBe('health-plus');
    expect(workScope('new-materials', led)).toBe(MINE);
    expect(workScope(null, led)).toBe(MINE);
    expect(workScope('health-plus', [])).toBe(MINE);
  });
});
