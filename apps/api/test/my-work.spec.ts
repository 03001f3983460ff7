import { ACTIVE_LEAD_STATUSES, LeadStatus, workBuckets } from '@chainboard/domain';
import { CLOCK, Lead, SystemClock } from '@chainboard/server-leads';
import { refusal } from './crm-helpers';
import { sqlStatements, TestApp } from './harness';
import { webDocument } from './web-documents';

/** The lists of "My work" as the API names them, and the domain's buckets they answer. */
const LISTS = {
  openLeads: 'open',
  firstContactOverdue: 'firstContactOverdue',
  assessmentOverdue: 'assessmentOverdue',
  overdueNextActions: 'overdueNextActions',
  dueToday: 'dueToday',
  stale: 'stale',
} as const;
type ListKey = keyof typeof LISTS;
const KEYS = Object.keys(LISTS) as ListKey[];

const WORK_FIELDS = `limit attention leads { id masked } ${KEYS.map((k) => `${k} { total leadIds }`).join(' ')} prospects { total items { id } }`;
const MY_WORK = `query($limit: Int) { myWork(limit: $limit) { ${WORK_FIELDS} } }`;
const CHAIN_WORK = `query($id: ID!, $limit: Int) { chainWork(chainId: $id, limit: $limit) { ${WORK_FIELDS} } }`;

const TODAY = '2025-12-10';
const STATUSES = [...ACTIVE_LEAD_STATUSES, LeadStatus.CONVERTED, LeadStatus.SHELVED, LeadStatus.DROPPED];

function day(offset: number): string {
  const at = new Date(`${TODAY}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + offset);
  return at.toISOString().slice(0, 10);
}

/**
 * `count` leads of varied dates and statuses (deterministic), many sharing a due date and a creation date so that
 * the order's later keys count: some closed, some deleted, some confidential.
 */
function leadRows(count: number, owner: { id: string }, chainId: string, tag: string): Array<Partial<Lead>> {
  return Array.from({ length: count }, (_, i) => {
    const created = day(-((i * 7) % 90));
    const contacted = i % 3 === 0;
    const assessed = i % 5 === 0;
    const dueChoice = i % 6;
    return {
      title: `${tag}-${i}`,
      chainId,
      ownerId: owner.id,
      status: STATUSES[i % 11 < 8 ? i % 4 : 4 + (i % 3)],
      confidential: i % 13 === 0,
      codeName: i % 13 === 0 ? `code-${i}` : null,
      createdOn: created,
      firstContactOn: contacted ? created : null,
      assessedOn: assessed ? created : null,
      lastContactOn: contacted ? day(-((i * 3) % 40)) : null,
      nextActionDue: dueChoice === 0 ? null : dueChoice === 1 ? TODAY : day(((i * 5) % 21) - 12),
      deletedAt: i % 17 === 0 ? new Date('2025-12-01T00:00:00Z') : null,
      searchTokens: [],
      searchText: '',
    };
  });
}

/** The open leads as the earlier "My work" listed them: next action due first (none last), then the oldest, then by id. */
const earlierOrder = (a: Lead, b: Lead) => {
  const due = (l: Lead) => l.nextActionDue ?? '9999-12-31';
  return due(a).localeCompare(due(b)) || a.createdOn.localeCompare(b.createdOn) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
};

describe('"My work" answers counts and first rows', () => {
  let t: TestApp;
  let clock: SystemClock;
  let staff: string;
  let staffId: string;
  let chainId: string;
  let rules: { firstContactWorkingDays: number; assessmentWorkingDays: number; staleDays: number };

  /** The full set, computed another way: every live lead of the owner (or chain) read directly, bucketed by the domain's rule. */
  const expected = async (where: { ownerId?: string; chainId?: string }) => {
    const all = await t.db.getRepository(Lead).find({ where });
    const open = all.filter((l) => ACTIVE_LEAD_STATUSES.includes(l.status)).sort(earlierOrder);
    return workBuckets(open, TODAY, rules);
  };

  beforeAll(async () => {
    t = await TestApp.start();
    clock = t.app.get<SystemClock>(CLOCK);
    clock.pin(`${TODAY}T10:00:00+08:00`);
    staff = await t.signIn('staff.01');
    const [me] = await t.db.query(`SELECT id FROM app_user WHERE username = 'staff.01'`);
    const [other] = await t.db.query(`SELECT id FROM app_user WHERE username = 'staff.02'`);
    staffId = me.id;
    [{ id: chainId }] = await t.db.query(`SELECT id FROM industry_chain WHERE code = 'electronic-information'`);
    const repo = t.db.getRepository(Lead);
    await repo.insert(leadRows(300, me, chainId, 'mine'));
    await repo.insert(leadRows(40, other, chainId, 'other'));
    rules = (await t.as(staff, `{ leadTimeRules { firstContactWorkingDays assessmentWorkingDays staleDays } }`)).leadTimeRules;
  });
  afterAll(async () => {
    clock.pin(null);
    await t.close();
  });

  it("answers each list's full count and its first 20 rows, in the earlier full answer's order", async () => {
    const want = await expected({ ownerId: staffId });
    expect(want.open.length).toBeGreaterThan(150);
    const work = (await t.as(staff, MY_WORK)).myWork;
    expect(work.limit).toBe(20);
    for (const key of KEYS) {
      const rows = want[LISTS[key]];
      expect({ key, total: work[key].total }).toEqual({ key, total: rows.length });
      expect({ key, ids: work[key].leadIds }).toEqual({ key, ids: rows.slice(0, 20).map((l) => l.id) });
    }
    // Every list of this data is longer than a page, so each answer is really cut.
    for (const key of KEYS) expect(want[LISTS[key]].length).toBeGreaterThan(20);
    const alarmed = new Set(KEYS.filter((k) => k !== 'openLeads').flatMap((k) => want[LISTS[k]].map((l) => l.id)));
    expect(work.attention).toBe(alarmed.size);
    // Each lead the lists show once, and the owner sees their confidential leads as they are.
    const shown = new Set(KEYS.flatMap((k) => work[k].leadIds as string[]));
    expect(work.leads.map((l: any) => l.id).sort()).toEqual([...shown].sort());
    expect(work.leads.some((l: any) => l.masked)).toBe(false);
  });

  it("answers the web's own documents within the query limits, for one's own leads and a chain's", async () => {
    const mine = (await t.as(staff, webDocument('MyWork'))).myWork;
    expect(mine.openLeads.total).toBe((await expected({ ownerId: staffId })).open.length);
    expect(mine.leads.length).toBeGreaterThan(20);
    const chain = (await t.as(staff, webDocument('ChainWork'), { chainId })).chainWork;
    expect(chain.openLeads.total).toBe((await expected({ chainId })).open.length);
  });

  it('agrees with the lead table filtered the same way (what "view all" opens)', async () => {
    const work = (await t.as(staff, MY_WORK)).myWork;
    const alerts: Record<Exclude<ListKey, 'openLeads'>, string> = {
      firstContactOverdue: 'FIRST_CONTACT_OVERDUE',
      assessmentOverdue: 'ASSESSMENT_OVERDUE',
      overdueNextActions: 'NEXT_ACTION_OVERDUE',
      dueToday: 'NEXT_ACTION_TODAY',
      stale: 'STALE',
    };
    const table = async (alert: string | null) =>
      (await t.as(staff, `query($alert: LeadAlert) { leads(input: { mine: true, open: true, alert: $alert, sort: NEXT_ACTION_DUE, direction: ASC, limit: 200 }) { total items { id } } }`, alert ? { alert } : {})).leads;
    expect((await table(null)).total).toBe(work.openLeads.total);
    for (const [key, alert] of Object.entries(alerts)) {
      const page = await table(alert);
      expect({ key, total: page.total }).toEqual({ key, total: work[key].total });
    }
  });

  it('answers as many rows as asked, within bounds, in a number of statements that does not grow with the leads', async () => {
    const want = await expected({ ownerId: staffId });
    const five = (await t.as(staff, MY_WORK, { limit: 5 })).myWork;
    expect(five.limit).toBe(5);
    for (const key of KEYS) expect({ key, ids: five[key].leadIds }).toEqual({ key, ids: want[LISTS[key]].slice(0, 5).map((l) => l.id) });
    for (const limit of [0, 101]) {
      expect(refusal(await t.gql(MY_WORK, { limit }, { token: staff, lang: 'en' }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    }

    const empty = await t.signIn('staff.02');
    const few = await sqlStatements(() => t.as(empty, `query { myWork { ${WORK_FIELDS} } }`));
    const many = await sqlStatements(() => t.as(staff, `query { myWork { ${WORK_FIELDS} } }`));
    // staff.02 owns 40 leads, staff.01 300: the same statements but for the masking pass and the row loaders.
    expect(many.length).toBeLessThanOrEqual(few.length + 2);
    expect(many.length).toBeLessThan(20);
  });

  it("does the same for a chain leader's view, masking what the reader may not see", async () => {
    const want = await expected({ chainId });
    const work = (await t.as(staff, CHAIN_WORK, { id: chainId })).chainWork;
    for (const key of KEYS) {
      expect({ key, total: work[key].total }).toEqual({ key, total: want[LISTS[key]].length });
      expect({ key, ids: work[key].leadIds }).toEqual({ key, ids: want[LISTS[key]].slice(0, 20).map((l) => l.id) });
    }
    // staff.01 sees staff.02's confidential leads masked, and their own as they are.
    const shown = work.leads as Array<{ id: string; masked: boolean }>;
    expect(shown.length).toBe(new Set(KEYS.flatMap((k) => work[k].leadIds as string[])).size);
    const byId = new Map(want.open.map((l) => [l.id, l]));
    for (const row of shown) {
      const lead = byId.get(row.id);
      expect({ id: row.id, masked: row.masked }).toEqual({ id: row.id, masked: Boolean(lead?.confidential && lead.ownerId !== staffId) });
    }
  });

  it('leaves deleted and closed leads out of every count', async () => {
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM lead WHERE owner_id = $1 AND deleted_at IS NULL AND status = ANY($2)`, [staffId, ACTIVE_LEAD_STATUSES]);
    const [{ all }] = await t.db.query(`SELECT count(*)::int AS all FROM lead WHERE owner_id = $1`, [staffId]);
    expect(all).toBe(300);
    expect((await t.as(staff, MY_WORK)).myWork.openLeads.total).toBe(n);
    expect(n).toBeLessThan(300);
  });
});
