import { canConvertToProject, isClosedStatus, moveLeadInput, statusMoveOptions } from './status';

const moves = (status: Parameters<typeof statusMoveOptions>[0]) => statusMoveOptions(status).map((o) => o.status);

describe('statusMoveOptions', () => {
  it('offers only the moves LEAD_TRANSITIONS allows, converting aside (it has its own action)', () => {
    expect(moves('NEW')).toEqual(['CONTACTED', 'VISITED', 'NEGOTIATING', 'SHELVED', 'DROPPED']);
    expect(moves('VISITED')).toEqual(['NEGOTIATING', 'SHELVED', 'DROPPED']);
    expect(moves('NEGOTIATING')).toEqual(['SHELVED', 'DROPPED']);
    expect(moves('SHELVED')).toEqual(['CONTACTED', 'VISITED', 'NEGOTIATING', 'DROPPED']);
    expect(moves('CONVERTED')).toEqual([]);
    expect(moves('DROPPED')).toEqual([]);
  });

  it('asks a reason for dropping (required) and shelving (optional), none for the others', () => {
    const byStatus = Object.fromEntries(statusMoveOptions('CONTACTED').map((o) => [o.status, [o.asksReason, o.reasonRequired]]));
    expect(byStatus).toEqual({ VISITED: [false, false], NEGOTIATING: [false, false], SHELVED: [true, false], DROPPED: [true, true] });
  });

  it('converts only a negotiating lead', () => {
    expect(canConvertToProject('NEGOTIATING')).toBe(true);
    expect(canConvertToProject('VISITED')).toBe(false);
    expect(canConvertToProject('CONVERTED')).toBe(false);
  });

  it('knows the closed statuses', () => {
    expect(['CONVERTED', 'SHELVED', 'DROPPED'].every((s) => isClosedStatus(s as 'DROPPED'))).toBe(true);
    expect(isClosedStatus('NEGOTIATING')).toBe(false);
  });
});

describe('moveLeadInput', () => {
  const lead = { id: 'l1', status: 'CONTACTED' as const, version: 4 };

  it('builds the move with the version seen and the trimmed reason', () => {
    expect(moveLeadInput(lead, 'DROPPED', '  企业已在成都高新区落地 ')).toEqual({
      input: { leadId: 'l1', status: 'DROPPED', expectedVersion: 4, reason: '企业已在成都高新区落地' },
      problem: null,
    });
    expect(moveLeadInput(lead, 'VISITED')).toEqual({ input: { leadId: 'l1', status: 'VISITED', expectedVersion: 4 }, problem: null });
  });

  it('refuses dropping without a reason and moves that are not allowed', () => {
    expect(moveLeadInput(lead, 'DROPPED', '   ')).toEqual({ input: null, problem: 'reasonRequired' });
    expect(moveLeadInput(lead, 'NEW')).toEqual({ input: null, problem: 'notAllowed' });
  });
});
