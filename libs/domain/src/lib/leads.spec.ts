import { execFileSync } from 'child_process';
import { join } from 'path';
import { addWorkingDays, canSeeConfidential, DEFAULT_LEAD_TIME_RULES, leadDeadlines, leadMoveProblem, LeadStatus, Role } from '../index';

describe('lead status moves', () => {
  it('allows the forward moves and refuses the rest', () => {
    expect(leadMoveProblem(LeadStatus.NEW, LeadStatus.CONTACTED)).toBeNull();
    expect(leadMoveProblem(LeadStatus.NEGOTIATING, LeadStatus.CONVERTED)).toBeNull();
    expect(leadMoveProblem(LeadStatus.NEW, LeadStatus.CONVERTED)).toBe('notAllowed');
    expect(leadMoveProblem(LeadStatus.DROPPED, LeadStatus.NEW)).toBe('notAllowed');
    expect(leadMoveProblem(LeadStatus.SHELVED, LeadStatus.CONTACTED)).toBeNull();
  });

  it('needs a reason to drop a lead', () => {
    expect(leadMoveProblem(LeadStatus.VISITED, LeadStatus.DROPPED)).toBe('reasonRequired');
    expect(leadMoveProblem(LeadStatus.VISITED, LeadStatus.DROPPED, '   ')).toBe('reasonRequired');
    expect(leadMoveProblem(LeadStatus.VISITED, LeadStatus.DROPPED, '企业决定投资重庆')).toBeNull();
  });
});

describe('lead time rules', () => {
  it('counts working days over weekends', () => {
    expect(addWorkingDays('2025-11-21', 1)).toBe('2025-11-24'); // Friday → Monday
    expect(addWorkingDays('2025-11-24', 3)).toBe('2025-11-27');
    expect(addWorkingDays('2025-11-22', 1)).toBe('2025-11-24'); // Saturday → Monday
    expect(addWorkingDays('2026-11-06', 1)).toBe('2026-11-09'); // Friday → Monday, in a year with a holiday calendar
    expect(addWorkingDays('2026-11-04', 3)).toBe('2026-11-09');
    expect(addWorkingDays('2026-11-09', 0)).toBe('2026-11-09');
  });

  it('skips the official holidays and counts the weekend days worked in lieu (调休)', () => {
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08'); // National Day, 1–7 October
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10'); // Saturday 10 October is worked
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14'); // Saturday before Spring Festival is worked
    expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24'); // Spring Festival, 15–23 February
    expect(addWorkingDays('2026-09-18', 1)).toBe('2026-09-20'); // Sunday 20 September is worked
    expect(addWorkingDays('2026-09-24', 1)).toBe('2026-09-28'); // Mid-Autumn, Friday 25 to Sunday 27 September
  });

  it('falls back to Monday to Friday in years the holiday calendar does not cover', () => {
    expect(addWorkingDays('2003-09-30', 1)).toBe('2003-10-01');
    expect(addWorkingDays('2003-10-03', 1)).toBe('2003-10-06');
  });

  it('counts the same whatever the time zone of the process', () => {
    // Jest keeps process.env to the test file, so each time zone gets a Node process of its own.
    const script = `const { addWorkingDays } = require(${JSON.stringify(join(__dirname, 'leads.ts'))});
      process.stdout.write(JSON.stringify([['2026-09-30', 3], ['2026-02-13', 2], ['2026-11-06', 1]].map(([d, n]) => addWorkingDays(d, n))));`;
    for (const tz of ['America/Los_Angeles', 'Asia/Shanghai']) {
      const env = { ...process.env, TZ: tz, TS_NODE_TRANSPILE_ONLY: '1', TS_NODE_PROJECT: join(__dirname, '../../tsconfig.json') };
      const out = execFileSync(process.execPath, ['-r', require.resolve('ts-node/register'), '-e', script], { env, encoding: 'utf8' });
      expect([tz, JSON.parse(out)]).toEqual([tz, ['2026-10-10', '2026-02-24', '2026-11-09']]);
    }
  });

  const lead = { status: LeadStatus.NEW, createdOn: '2025-11-21', firstContactOn: null, assessedOn: null, lastContactOn: null, nextActionDue: null };

  it('flags a missing first contact after one working day and a missing assessment after three', () => {
    expect(leadDeadlines(lead, '2025-11-24').firstContactOverdue).toBe(false);
    expect(leadDeadlines(lead, '2025-11-25').firstContactOverdue).toBe(true);
    expect(leadDeadlines(lead, '2025-11-26').assessmentOverdue).toBe(false);
    expect(leadDeadlines(lead, '2025-11-27').assessmentOverdue).toBe(true);
    expect(leadDeadlines({ ...lead, firstContactOn: '2025-11-24' }, '2025-11-27').firstContactOverdue).toBe(false);
  });

  it('gives a lead created on the eve of National Day its first contact after the holiday', () => {
    const eve = { ...lead, createdOn: '2026-09-30' }; // a Wednesday
    expect(leadDeadlines(eve, '2026-10-07')).toMatchObject({ firstContactDue: '2026-10-08', assessmentDue: '2026-10-10', firstContactOverdue: false });
    expect(leadDeadlines(eve, '2026-10-08').firstContactOverdue).toBe(false);
    expect(leadDeadlines(eve, '2026-10-09')).toMatchObject({ firstContactOverdue: true, assessmentOverdue: false });
    expect(leadDeadlines(eve, '2026-10-11').assessmentOverdue).toBe(true);
  });

  it('calls an open lead stale after 14 days without contact, and a closed one never', () => {
    const contacted = { ...lead, status: LeadStatus.CONTACTED, lastContactOn: '2025-11-01' };
    expect(leadDeadlines(contacted, '2025-11-14').stale).toBe(false);
    expect(leadDeadlines(contacted, '2025-11-15').stale).toBe(true);
    expect(leadDeadlines({ ...contacted, status: LeadStatus.DROPPED }, '2025-12-31').stale).toBe(false);
    expect(leadDeadlines(contacted, '2025-11-15', { ...DEFAULT_LEAD_TIME_RULES, staleDays: 30 }).stale).toBe(false);
  });

  it('flags an overdue next action', () => {
    expect(leadDeadlines({ ...lead, nextActionDue: '2025-11-25' }, '2025-11-26').nextActionOverdue).toBe(true);
    expect(leadDeadlines({ ...lead, nextActionDue: '2025-11-26' }, '2025-11-26').nextActionOverdue).toBe(false);
  });
});

describe('confidential leads', () => {
  const lead = { confidential: true, ownerId: 'owner', chainLeaderId: 'leader' };
  it('shows them to the owner, the chain leader, admins and district leaders only', () => {
    expect(canSeeConfidential({ id: 'owner', role: Role.INVESTMENT_STAFF }, lead)).toBe(true);
    expect(canSeeConfidential({ id: 'leader', role: Role.CHAIN_LEADER }, lead)).toBe(true);
    expect(canSeeConfidential({ id: 'x', role: Role.ADMIN }, lead)).toBe(true);
    expect(canSeeConfidential({ id: 'x', role: Role.DISTRICT_LEADER }, lead)).toBe(true);
    expect(canSeeConfidential({ id: 'x', role: Role.INVESTMENT_STAFF }, lead)).toBe(false);
    expect(canSeeConfidential({ id: 'x', role: Role.CHAIN_LEADER }, lead)).toBe(false);
    expect(canSeeConfidential({ id: 'x', role: Role.VIEWER }, { ...lead, confidential: false })).toBe(true);
  });

  it('reads every role a user holds, not only the primary one', () => {
    expect(canSeeConfidential({ id: 'x', role: Role.INVESTMENT_STAFF, roles: [Role.INVESTMENT_STAFF, Role.DISTRICT_LEADER] }, lead)).toBe(true);
    expect(canSeeConfidential({ id: 'x', role: Role.CHAIN_LEADER, roles: [Role.CHAIN_LEADER, Role.MEETING_SECRETARY] }, lead)).toBe(false);
  });
});
