import {
  ACTIVE_LEAD_STATUSES,
  ASSESSED_LEAD_STATUSES,
  CONTACTED_LEAD_STATUSES,
  LEAD_MOVES,
  LEAD_STATUS_ORDER,
  LEAD_TRANSITIONS,
  leadCloseReason,
  leadMoveEffects,
  leadMoveProblem,
  LeadStatus,
  PROJECT_STAGE_ON_CONVERSION,
  ProjectStage,
} from '../index';

const L = LeadStatus;
const TODAY = '2025-06-30';
const NONE = { firstContactOn: null, assessedOn: null, lastContactOn: null };

describe('the lead move table', () => {
  it('lists every status, in order', () => {
    expect(Object.keys(LEAD_MOVES).sort()).toEqual([...LEAD_STATUS_ORDER].sort());
    expect(LEAD_STATUS_ORDER).toEqual(Object.values(LeadStatus));
  });

  it('keeps the moves the API has always allowed', () => {
    expect(LEAD_TRANSITIONS).toEqual({
      NEW: ['CONTACTED', 'VISITED', 'NEGOTIATING', 'SHELVED', 'DROPPED'],
      CONTACTED: ['VISITED', 'NEGOTIATING', 'SHELVED', 'DROPPED'],
      VISITED: ['NEGOTIATING', 'SHELVED', 'DROPPED'],
      NEGOTIATING: ['CONVERTED', 'SHELVED', 'DROPPED'],
      CONVERTED: [],
      SHELVED: ['CONTACTED', 'VISITED', 'NEGOTIATING', 'DROPPED'],
      DROPPED: [],
    });
  });

  it('agrees with the open statuses', () => {
    expect(LEAD_STATUS_ORDER.filter((s) => LEAD_MOVES[s].open)).toEqual(ACTIVE_LEAD_STATUSES);
  });

  it('reaches CONVERTED through convert only, which opens a project in negotiation', () => {
    expect(LEAD_STATUS_ORDER.filter((s) => LEAD_MOVES[s].via === 'convert')).toEqual([L.CONVERTED]);
    expect(PROJECT_STAGE_ON_CONVERSION).toBe(ProjectStage.NEGOTIATING);
    expect(LEAD_MOVES[L.CONVERTED].open).toBe(false);
  });

  it('derives the contacted and assessed statuses from what moves record', () => {
    expect(CONTACTED_LEAD_STATUSES).toEqual([L.CONTACTED, L.VISITED, L.NEGOTIATING]);
    expect(ASSESSED_LEAD_STATUSES).toEqual([L.VISITED, L.NEGOTIATING, L.CONVERTED, L.SHELVED, L.DROPPED]);
  });

  it('answers every move from the table', () => {
    for (const from of LEAD_STATUS_ORDER) {
      for (const to of LEAD_STATUS_ORDER) {
        const allowed = LEAD_TRANSITIONS[from].includes(to);
        expect([from, to, leadMoveProblem(from, to, 'a reason')]).toEqual([from, to, allowed ? null : 'notAllowed']);
      }
    }
  });

  it('needs a reason to drop only, and keeps the reason of a drop or a shelving', () => {
    expect(leadMoveProblem(L.NEGOTIATING, L.DROPPED)).toBe('reasonRequired');
    expect(leadMoveProblem(L.NEGOTIATING, L.SHELVED)).toBeNull();
    expect(leadCloseReason(L.DROPPED, '  企业决定投资重庆 ')).toBe('企业决定投资重庆');
    expect(leadCloseReason(L.SHELVED, '企业暂无扩张计划')).toBe('企业暂无扩张计划');
    expect(leadCloseReason(L.SHELVED, '  ')).toBeNull();
    expect(leadCloseReason(L.SHELVED)).toBeNull();
    expect(leadCloseReason(L.CONTACTED, '重新接洽')).toBeNull();
    expect(leadCloseReason(L.CONVERTED, 'x')).toBeNull();
  });
});

describe('lead move effects', () => {
  it('records the first contact (and the latest, when none) on moving to contacted', () => {
    expect(leadMoveEffects(L.NEW, L.CONTACTED, NONE, TODAY)).toEqual({ firstContactOn: TODAY, lastContactOn: TODAY });
    expect(leadMoveEffects(L.NEW, L.CONTACTED, { ...NONE, lastContactOn: '2025-06-01' }, TODAY)).toEqual({ firstContactOn: TODAY });
    expect(leadMoveEffects(L.NEW, L.CONTACTED, { ...NONE, firstContactOn: '2025-06-01' }, TODAY)).toEqual({});
  });

  it('records the assessment on moving to visited, negotiating, shelved or dropped, and the first contact where it implies one', () => {
    expect(leadMoveEffects(L.NEW, L.VISITED, NONE, TODAY)).toEqual({ firstContactOn: TODAY, lastContactOn: TODAY, assessedOn: TODAY });
    expect(leadMoveEffects(L.CONTACTED, L.NEGOTIATING, { firstContactOn: '2025-06-01', assessedOn: null, lastContactOn: '2025-06-02' }, TODAY)).toEqual({
      assessedOn: TODAY,
    });
    expect(leadMoveEffects(L.NEW, L.SHELVED, NONE, TODAY)).toEqual({ assessedOn: TODAY });
    expect(leadMoveEffects(L.NEW, L.DROPPED, NONE, TODAY)).toEqual({ assessedOn: TODAY });
    expect(leadMoveEffects(L.VISITED, L.DROPPED, { firstContactOn: '2025-06-01', assessedOn: '2025-06-03' }, TODAY)).toEqual({});
  });

  it('records the assessment on conversion', () => {
    expect(leadMoveEffects(L.NEGOTIATING, L.CONVERTED, { firstContactOn: '2025-06-01', assessedOn: null }, TODAY)).toEqual({ assessedOn: TODAY });
  });

  it('keeps the dates of a reopened lead', () => {
    expect(leadMoveEffects(L.SHELVED, L.CONTACTED, { firstContactOn: '2025-01-02', assessedOn: '2025-01-03', lastContactOn: '2025-01-04' }, TODAY)).toEqual({});
    // A lead shelved before any contact gets its first contact when reopened as contacted.
    expect(leadMoveEffects(L.SHELVED, L.CONTACTED, { firstContactOn: null, assessedOn: '2025-01-03' }, TODAY)).toEqual({ firstContactOn: TODAY, lastContactOn: TODAY });
  });

  it('records nothing for a refused move', () => {
    expect(leadMoveEffects(L.DROPPED, L.CONTACTED, NONE, TODAY)).toEqual({});
    expect(leadMoveEffects(L.NEW, L.CONVERTED, NONE, TODAY)).toEqual({});
  });
});
