import type { LeadSummaryFieldsFragment } from '@chainboard/web-graphql';
import { MINE, attentionCount, workScope, workSections } from './work';

const lead = (id: string) => ({ id, title: `线索${id}` }) as LeadSummaryFieldsFragment;

describe('workSections', () => {
  const summary = {
    openLeads: [lead('a'), lead('b'), lead('c')],
    dueToday: [{ id: 'b' }],
    overdueNextActions: [{ id: 'a' }, { id: 'gone' }],
    firstContactOverdue: [{ id: 'a' }],
    assessmentOverdue: [],
    stale: [{ id: 'c' }],
  };

  it('lists the leads of each section, most urgent first, a lead in every section it belongs to', () => {
    expect(workSections(summary).map((s) => [s.key, s.leads.map((l) => l.id)])).toEqual([
      ['dueToday', ['b']],
      ['overdueNextActions', ['a']],
      ['firstContactOverdue', ['a']],
      ['assessmentOverdue', []],
      ['stale', ['c']],
      ['openLeads', ['a', 'b', 'c']],
    ]);
  });

  it('counts the leads that need something today once each', () => {
    expect(attentionCount(summary)).toBe(4);
    expect(attentionCount({ ...summary, dueToday: [], overdueNextActions: [], firstContactOverdue: [], stale: [] })).toBe(0);
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
