import { allowedProjectMoves, PROJECT_STAGES, ProjectStage } from '@chainboard/domain';
import { createI18n } from '@chainboard/web-ui';
import { board, card } from '../test/fixtures';
import { applyMoveToBoard, COLLAPSED_COLUMNS, columnSummary, dropDecision, movesOf, OPEN_COLUMNS } from './board';
import { PROJECTS_TEXTS } from '../i18n';

const zh = createI18n('zh-CN').getFixedT('zh-CN', [...PROJECTS_TEXTS]);
const en = createI18n('en').getFixedT('en', [...PROJECTS_TEXTS]);

describe('the kanban columns', () => {
  it('are the main line in order, then on hold and dropped (collapsed): every stage once', () => {
    expect(OPEN_COLUMNS).toEqual(['NEGOTIATING', 'SIGNED', 'REGISTERED', 'CONSTRUCTION_STARTED', 'IN_PRODUCTION', 'AT_FULL_CAPACITY']);
    expect(COLLAPSED_COLUMNS).toEqual(['ON_HOLD', 'DROPPED']);
    expect([...OPEN_COLUMNS, ...COLLAPSED_COLUMNS].sort()).toEqual([...PROJECT_STAGES].sort());
  });
});

describe('dropDecision', () => {
  it('opens the dialog for exactly the moves the domain allows, and refuses every other drop', () => {
    for (const from of PROJECT_STAGES) {
      const heldFrom = from === ProjectStage.ON_HOLD ? ProjectStage.SIGNED : null;
      const allowed = allowedProjectMoves(from, heldFrom);
      for (const to of PROJECT_STAGES) {
        const decision = dropDecision(card('p', from, { heldFrom }), to);
        if (to === from) expect(decision).toEqual({ kind: 'none' });
        else if (allowed.includes(to)) expect(decision).toEqual({ kind: 'move', from, to });
        else expect(decision).toEqual({ kind: 'refused', from, to, allowed });
      }
    }
  });

  it('refuses skipping a stage, going back, resuming elsewhere than where a project was held, and leaving a final stage', () => {
    expect(dropDecision(card('p', 'NEGOTIATING'), ProjectStage.REGISTERED)).toMatchObject({ kind: 'refused', allowed: ['SIGNED', 'ON_HOLD', 'DROPPED'] });
    expect(dropDecision(card('p', 'REGISTERED'), ProjectStage.SIGNED).kind).toBe('refused');
    expect(dropDecision(card('p', 'ON_HOLD', { heldFrom: 'SIGNED' }), ProjectStage.REGISTERED)).toMatchObject({ kind: 'refused', allowed: ['SIGNED', 'DROPPED'] });
    expect(dropDecision(card('p', 'ON_HOLD', { heldFrom: 'SIGNED' }), ProjectStage.SIGNED).kind).toBe('move');
    expect(dropDecision(card('p', 'DROPPED'), ProjectStage.NEGOTIATING)).toMatchObject({ kind: 'refused', allowed: [] });
    expect(dropDecision(card('p', 'AT_FULL_CAPACITY'), ProjectStage.DROPPED)).toMatchObject({ kind: 'refused', allowed: [] });
  });

  it('refuses any drop of a card the user may not move', () => {
    expect(dropDecision(card('p', 'SIGNED', { canMoveStage: false }), ProjectStage.REGISTERED)).toEqual({ kind: 'forbidden' });
    expect(movesOf(card('p', 'ON_HOLD', { heldFrom: 'IN_PRODUCTION' }))).toEqual(['IN_PRODUCTION', 'DROPPED']);
  });
});

describe('columnSummary', () => {
  it('shows the count and the total in 亿元 exactly as the API wrote it, in both languages', () => {
    expect(columnSummary({ count: 3, totalAgreedInvestment: '25.5' }, zh)).toEqual({ count: '3 个项目', total: '25.5 亿元' });
    expect(columnSummary({ count: 12, totalAgreedInvestment: '1234567.0001' }, zh)).toEqual({ count: '12 个项目', total: '1234567.0001 亿元' });
    expect(columnSummary({ count: 0, totalAgreedInvestment: '0' }, zh)).toEqual({ count: '0 个项目', total: '0 亿元' });
    expect(columnSummary({ count: 2, totalAgreedInvestment: '0.3' }, en)).toEqual({ count: 'Projects: 2', total: '0.3 × 100M CNY (亿元)' });
  });
});

describe('applyMoveToBoard', () => {
  const signed = card('a', 'SIGNED', { agreedInvestment: '0.1' });
  const other = card('b', 'SIGNED', { agreedInvestment: '20' });
  const start = board([
    { stage: 'SIGNED', total: '20.1', projects: [signed, other] },
    { stage: 'REGISTERED', total: '0.2', projects: [card('c', 'REGISTERED', { agreedInvestment: '0.2' })] },
  ]);

  it('moves the card to the head of the target column, and moves its amount between the totals exactly', () => {
    const moved = applyMoveToBoard(start, signed, { ...signed, stage: 'REGISTERED' });
    expect(moved.columns.map((c) => [c.stage, c.count, c.totalAgreedInvestment, c.projects.map((p) => p.id)])).toEqual([
      ['SIGNED', 1, '20', ['b']],
      ['REGISTERED', 2, '0.3', ['a', 'c']],
    ]);
  });

  it('takes the amount before the move out of the source and the amount after it into the target (签约 sets it)', () => {
    const negotiating = card('n', 'NEGOTIATING');
    const withNegotiating = board([
      { stage: 'NEGOTIATING', total: '0', projects: [negotiating] },
      { stage: 'SIGNED', total: '20.1', projects: [signed, other] },
    ]);
    const moved = applyMoveToBoard(withNegotiating, negotiating, { ...negotiating, stage: 'SIGNED', agreedInvestment: '30' });
    expect(moved.columns.map((c) => [c.count, c.totalAgreedInvestment])).toEqual([
      [0, '0'],
      [3, '50.1'],
    ]);
  });

  it('leaves a board without the card as it is (a refetch brings the truth)', () => {
    const elsewhere = card('z', 'SIGNED', { agreedInvestment: '5' });
    expect(applyMoveToBoard(start, elsewhere, { ...elsewhere, stage: 'REGISTERED' })).toBe(start);
  });
});
