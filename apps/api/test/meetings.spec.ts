import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { ProjectStage } from '@chainboard/domain';
import { CLOCK, SystemClock } from '@chainboard/server-core';
import { chainsByCode } from './crm-helpers';
import { TestApp } from './harness';
import { CREATE, fieldsFor, firstError, MOVE, UPDATE } from './projects-helpers';

const MEETING_FIELDS = `id title heldOn place status allChains periodFrom periodTo frozen canManage canRecord
  chains { code } chair { username } attendees { user { username } guestName guestUnit }
  items { id position kind refKind refId projectId title summary carriedCount discussion decisions }
  actions { id text status dueOn doneOn owner { username } }
  closures { issueId resolution }`;

const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const FROM_PREVIOUS = `mutation($input: CreateMeetingFromPreviousInput!) { createMeetingFromPrevious(input: $input) { ${MEETING_FIELDS} } }`;
const GET_MEETING = `query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;
const SET_STATUS = `mutation($input: SetMeetingStatusInput!) { setMeetingStatus(input: $input) { id status frozen } }`;
const ADD_ACTION = `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id text status owner { username } } }`;
const RECORD = `mutation($input: RecordMeetingItemInput!) { recordMeetingItem(input: $input) { id discussion decisions } }`;
const ADD_ITEM = `mutation($input: AddMeetingItemInput!) { addMeetingItem(input: $input) { id kind title position } }`;
const MINUTES = `query($id: ID!) { meetingMinutes(meetingId: $id) { fileName contentBase64 } }`;
const LEDGER = `query($id: ID!) { meetingLedger(meetingId: $id) { fileName contentBase64 } }`;

const MEETING_TABLES = ['meeting', 'meeting_attendee', 'meeting_item', 'meeting_action', 'meeting_issue_closure', 'coordination_issue'];

describe('the weekly progress meeting', () => {
  let t: TestApp;
  let clock: SystemClock;
  let admin: string;
  let staff: string;
  let viewer: string;
  let otherLeader: string;
  let users: Record<string, string>;
  let chains: Awaited<ReturnType<typeof chainsByCode>>;
  let companyId: string;
  const p: Record<string, any> = {};
  const issues: Record<string, string> = {};
  let leadTitle: string;
  let m1: any;
  let m2: any;
  let actionText: string;

  /** Moves the pinned clock on to a day (always forward); sessions follow the app's clock, so everyone signs in again. */
  async function on(day: string) {
    clock.pin(`${day}T10:00:00+08:00`);
    [admin, staff, viewer, otherLeader] = await Promise.all(['admin', 'staff.01', 'viewer', 'leader.health-plus'].map((u) => t.signIn(u)));
  }
  const nm = () => chains['new-materials'].id;

  async function project(key: string, day: string, chainId = nm()) {
    await on(day);
    p[key] = (await t.as(staff, CREATE, { input: { name: `推进会测试项目${key}`, chainId, companyId } })).createProject;
  }

  async function move(key: string, to: ProjectStage, day: string) {
    await on(day);
    const res = await t.gql(MOVE, { input: { projectId: p[key].id, to, expectedVersion: p[key].version, ...fieldsFor(to, day) } }, { token: staff });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    p[key] = res.data.moveProjectStage;
  }

  async function raise(key: string, projectKey: string, day: string) {
    await on(day);
    const res = await t.as(staff, `mutation($input: RaiseCoordinationIssueInput!) { raiseCoordinationIssue(input: $input) { id } }`, {
      input: { projectId: p[projectKey].id, title: `协调事项${key}` },
    });
    issues[key] = res.raiseCoordinationIssue.id;
  }

  async function snapshot(): Promise<string> {
    const parts: unknown[] = [];
    for (const table of MEETING_TABLES) parts.push(await t.db.query(`SELECT * FROM "${table}" ORDER BY 1`));
    return JSON.stringify(parts);
  }

  const itemKeys = (meeting: any) => meeting.items.map((i: any) => `${i.kind}:${i.title}`).sort();

  beforeAll(async () => {
    t = await TestApp.start();
    clock = t.app.get<SystemClock>(CLOCK);
    await on('2025-01-20');
    chains = await chainsByCode(t, admin);
    users = Object.fromEntries((await t.as(admin, '{ users { id username } }')).users.map((u: any) => [u.username, u.id]));
    companyId = (await t.as(staff, `mutation { createCompany(input: { name: "推进会测试投资集团有限公司" }) { id } }`)).createCompany.id;

    // History before the first meeting (2025-03-03).
    await project('E', '2025-01-20'); // quiet since: red at both ends of the second period
    await project('F', '2025-02-05'); // yellow on 03-03, red on 03-10
    await project('A', '2025-02-21');
    await project('B', '2025-02-21');
    await project('D', '2025-02-21'); // quiet: green on 03-03, yellow on 03-10
    await on('2025-02-21');
    await t.as(staff, `mutation($input: AddProjectMilestoneInput!) { addProjectMilestone(input: $input) { id } }`, {
      input: { projectId: p['A'].id, name: '完成用地摘牌', plannedOn: '2025-03-05' },
    });
    await raise('I1', 'A', '2025-02-21');
    await move('B', ProjectStage.SIGNED, '2025-02-28'); // before the period

    // The first meeting, held with an action item.
    await on('2025-03-03');
    m1 = (
      await t.as(admin, CREATE_MEETING, {
        input: {
          title: '高端新材料产业链项目推进会',
          heldOn: '2025-03-03',
          place: '区投促局三楼会议室',
          chainIds: [nm()],
          chairId: users['leader.new-materials'],
          attendees: [{ userId: users['staff.01'] }, { userId: users['staff.02'] }, { guestName: '王主任', guestUnit: '武侯新城管委会' }],
        },
      })
    ).createMeeting;
    actionText = '协调落实项目用地指标';
    await t.as(admin, ADD_ACTION, { input: { meetingId: m1.id, itemId: m1.items[0].id, text: actionText, ownerId: users['staff.02'], dueOn: '2025-03-07' } });
    await t.as(admin, SET_STATUS, { input: { meetingId: m1.id, status: 'IN_PROGRESS' } });
    await t.as(admin, SET_STATUS, { input: { meetingId: m1.id, status: 'HELD' } });

    // The second period: 2025-03-03 (exclusive) to 2025-03-10.
    await move('A', ProjectStage.SIGNED, '2025-03-05');
    await project('C', '2025-03-06');
    await project('X', '2025-03-06', chains['electronic-information'].id); // another chain: never on this agenda
    leadTitle = '推进会测试线索';
    await on('2025-03-06');
    await t.as(staff, `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`, { input: { title: leadTitle, chainId: nm(), companyId } });
    await raise('I2', 'C', '2025-03-06');
    await raise('I3', 'B', '2025-03-06');
    await on('2025-03-07');
    await t.as(staff, `mutation($input: MoveCoordinationIssueInput!) { moveCoordinationIssue(input: $input) { id } }`, {
      input: { issueId: issues['I3'], to: 'CLOSED', resolution: '已协调完成' },
    });
    await t.as(staff, `mutation($input: AddProjectUpdateInput!) { addProjectUpdate(input: $input) { id } }`, { input: { projectId: p['B'].id, text: '完成工商注册准备' } });

    await on('2025-03-10');
    m2 = (await t.as(admin, FROM_PREVIOUS, { input: { previousMeetingId: m1.id, heldOn: '2025-03-10' } })).createMeetingFromPrevious;
  }, 120_000);
  afterAll(() => t.close());

  it('builds the agenda from exactly the changes of the period since the previous held meeting', () => {
    expect(m2).toMatchObject({ periodFrom: '2025-03-03', periodTo: '2025-03-10', status: 'PLANNED', chains: [{ code: 'new-materials' }] });
    const name = (k: string) => `推进会测试项目${k}`;
    expect(itemKeys(m2)).toEqual(
      [
        `CARRIED_ACTION:${actionText}`,
        `NEW_LEAD:${leadTitle}`,
        `NEW_PROJECT:${name('C')}`,
        `STAGE_MOVE:${name('A')}`,
        `TURNED_RED:${name('F')}`,
        `STILL_RED:${name('E')}`,
        `TURNED_YELLOW:${name('A')}`,
        `TURNED_YELLOW:${name('D')}`,
        `OVERDUE_MILESTONE:${name('A')}：完成用地摘牌`,
        `ISSUE_OPENED:${name('C')}：协调事项I2`,
        `ISSUE_OPENED:${name('B')}：协调事项I3`,
        `ISSUE_OPEN:${name('A')}：协调事项I1`,
        `ISSUE_CLOSED:${name('B')}：协调事项I3`,
        `NO_UPDATE:${name('D')}`,
        `NO_UPDATE:${name('E')}`,
        `NO_UPDATE:${name('F')}`,
        `COUNTERS:高端新材料目标完成情况`,
      ].sort(),
    );
    // Items link to their records and come in the agenda's order (carried-over actions first, the counters last).
    const move = m2.items.find((i: any) => i.kind === 'STAGE_MOVE');
    expect(move).toMatchObject({ refKind: 'PROJECT', refId: p['A'].id, projectId: p['A'].id, summary: '洽谈→签约（2025-03-05）' });
    expect(m2.items[0].kind).toBe('CARRIED_ACTION');
    expect(m2.items.at(-1).kind).toBe('COUNTERS');
    expect(m2.items.find((i: any) => i.kind === 'COUNTERS').summary).toContain('签约项目2个');
    expect(m2.items.map((i: any) => i.position)).toEqual(m2.items.map((_: unknown, i: number) => i));
    // Same scope, chair, place and people as the previous meeting.
    expect(m2).toMatchObject({ place: '区投促局三楼会议室', chair: { username: 'leader.new-materials' } });
    expect(m2.attendees).toEqual([
      { user: { username: 'staff.01' }, guestName: null, guestUnit: null },
      { user: { username: 'staff.02' }, guestName: null, guestUnit: null },
      { user: null, guestName: '王主任', guestUnit: '武侯新城管委会' },
    ]);
  });

  it('shows open action items on their owner\'s list, and carries them with how many meetings they have been open', async () => {
    const staff2 = await t.signIn('staff.02');
    const { myActionItems } = await t.as(staff2, '{ myActionItems { text status dueOn meeting { id } } }');
    expect(myActionItems).toEqual([{ text: actionText, status: 'OPEN', dueOn: '2025-03-07', meeting: { id: m1.id } }]);
    expect(m2.items.find((i: any) => i.kind === 'CARRIED_ACTION')).toMatchObject({ refKind: 'ACTION', carriedCount: 1 });
  });

  it('lets the secretary reorder, drop and add items before the meeting; a duplicate item is refused and changes nothing', async () => {
    const ids = m2.items.map((i: any) => i.id);
    const reversed = [...ids].reverse();
    const { reorderMeetingItems } = await t.as(admin, `mutation($input: ReorderMeetingItemsInput!) { reorderMeetingItems(input: $input) { items { id } } }`, {
      input: { meetingId: m2.id, itemIds: reversed },
    });
    expect(reorderMeetingItems.items.map((i: any) => i.id)).toEqual(reversed);
    await t.as(admin, `mutation($input: ReorderMeetingItemsInput!) { reorderMeetingItems(input: $input) { id } }`, { input: { meetingId: m2.id, itemIds: ids } });

    const noUpdate = m2.items.find((i: any) => i.kind === 'NO_UPDATE');
    const { removeMeetingItem } = await t.as(admin, `mutation($id: ID!) { removeMeetingItem(itemId: $id) { items { id position } } }`, { id: noUpdate.id });
    expect(removeMeetingItem.items.map((i: any) => i.id)).not.toContain(noUpdate.id);
    expect(removeMeetingItem.items.map((i: any) => i.position)).toEqual(removeMeetingItem.items.map((_: unknown, i: number) => i));

    const added = (await t.as(admin, ADD_ITEM, { input: { meetingId: m2.id, title: '研究项目用地保障', refKind: 'PROJECT', refId: p['A'].id } })).addMeetingItem;
    expect(added).toMatchObject({ kind: 'CUSTOM', position: removeMeetingItem.items.length });
    const before = await snapshot();
    const dup = await t.gql(ADD_ITEM, { input: { meetingId: m2.id, title: '再次研究项目用地保障', refKind: 'PROJECT', refId: p['A'].id } }, { token: admin, lang: 'en' });
    expect(firstError(dup)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'refId', message: 'The agenda already holds this item' });
    expect(await snapshot()).toBe(before);
    const { meeting } = await t.as(admin, GET_MEETING, { id: m2.id });
    m2 = meeting;
  });

  it('refuses bad input with a typed, localised error and changes nothing', async () => {
    const before = await snapshot();
    const past = await t.gql(CREATE_MEETING, { input: { title: '补开的会', heldOn: '2025-03-01', chainIds: [nm()] } }, { token: admin });
    expect(firstError(past)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'heldOn', message: '会议日期（2025-03-01）已过，不能作为计划召开的会议' });
    const noOwner = await t.gql(ADD_ACTION, { input: { meetingId: m2.id, text: '无人负责的事项', dueOn: '2025-03-20' } }, { token: admin, lang: 'en' });
    expect(firstError(noOwner)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerId' });
    expect(firstError(noOwner).message).toMatch(/owner/i);
    const held = await t.gql(RECORD, { input: { itemId: m1.items[0].id, discussion: '会后补记' } }, { token: admin });
    expect(firstError(held)).toMatchObject({ code: 'CONFLICT', message: '会议已召开，纪要和议程已封存，不能再修改' });
    const forbidden = await t.gql(CREATE_MEETING, { input: { title: '只读用户开会', heldOn: '2025-03-20', chainIds: [nm()] } }, { token: viewer });
    expect(firstError(forbidden).code).toBe('FORBIDDEN');
    const otherChain = await t.gql(ADD_ITEM, { input: { meetingId: m2.id, title: '别的链长加议题' } }, { token: otherLeader });
    expect(firstError(otherChain).code).toBe('FORBIDDEN');
    expect(await snapshot()).toBe(before);
  });

  describe('holding the meeting', () => {
    let minutes: string;
    let ledger: string;
    let frozenItems: unknown;

    beforeAll(async () => {
      await t.as(admin, SET_STATUS, { input: { meetingId: m2.id, status: 'IN_PROGRESS' } });
      const item = m2.items.find((i: any) => i.kind === 'ISSUE_OPEN');
      await t.as(admin, RECORD, { input: { itemId: item.id, discussion: '用地问题已协调落实', decisions: ['同意销号', '由投促局跟踪开工准备'] } });
      await t.as(admin, ADD_ACTION, { input: { meetingId: m2.id, itemId: item.id, text: '督促企业提交开工申请', ownerId: users['staff.01'], dueOn: '2025-03-20', issueId: issues['I1'] } });
      const closed = await t.as(admin, `mutation($input: CloseOutIssueInput!) { closeOutIssueAtMeeting(input: $input) { issueId resolution } }`, {
        input: { meetingId: m2.id, itemId: item.id, issueId: issues['I1'], resolution: '会议协调解决' },
      });
      expect(closed.closeOutIssueAtMeeting).toEqual({ issueId: issues['I1'], resolution: '会议协调解决' });
      await t.as(admin, SET_STATUS, { input: { meetingId: m2.id, status: 'HELD' } });
      minutes = (await t.as(viewer, MINUTES, { id: m2.id })).meetingMinutes.contentBase64;
      ledger = (await t.as(viewer, LEDGER, { id: m2.id })).meetingLedger.contentBase64;
      frozenItems = (await t.as(viewer, GET_MEETING, { id: m2.id })).meeting.items;
    });

    it('closes the issue out through the projects feature', async () => {
      const [row] = await t.db.query(`SELECT status, resolution FROM coordination_issue WHERE id = $1`, [issues['I1']]);
      expect(row).toEqual({ status: 'CLOSED', resolution: '会议协调解决' });
    });

    it('writes minutes that open as a Word document with the title, decisions and actions with their owners', async () => {
      const zip = await JSZip.loadAsync(Buffer.from(minutes, 'base64'));
      const xml = await zip.file('word/document.xml')!.async('string');
      const text = xml.replace(/<[^>]+>/g, '');
      expect(text).toContain('高端新材料产业链项目推进会');
      expect(text).toContain('会议纪要');
      expect(text).toContain('同意销号');
      expect(text).toContain('督促企业提交开工申请');
      expect(text).toContain('招商专员一');
      expect(text).toContain('王主任');
      expect(text).toContain('会议协调解决');
    });

    it('writes the ledger of the scope as a workbook that reads back', async () => {
      const wb = new Workbook();
      await wb.xlsx.load(Buffer.from(ledger, 'base64') as never);
      const sheet = wb.getWorksheet('调度表')!;
      const names: string[] = [];
      sheet.eachRow((row, n) => n > 2 && names.push(String(row.getCell(1).value)));
      expect(names).toEqual(expect.arrayContaining(['推进会测试项目A', '推进会测试项目C']));
      expect(names).not.toContain('推进会测试项目X');
      const actions: string[] = [];
      wb.getWorksheet('督办事项')!.eachRow((row, n) => n > 1 && actions.push(`${row.getCell(2).value}/${row.getCell(3).value}`));
      expect(actions).toEqual(['督促企业提交开工申请/招商专员一']);
    });

    it('keeps the frozen papers and agenda unchanged after later project edits', async () => {
      await on('2025-03-12');
      const { project } = await t.as(staff, `query($id: ID!) { project(id: $id) { version } }`, { id: p['A'].id });
      await t.as(staff, UPDATE, { input: { projectId: p['A'].id, expectedVersion: project.version, name: '改名后的推进会项目A' } });
      await t.as(staff, `mutation($input: AddProjectUpdateInput!) { addProjectUpdate(input: $input) { id } }`, { input: { projectId: p['A'].id, text: '已开工准备' } });
      expect((await t.as(viewer, MINUTES, { id: m2.id })).meetingMinutes.contentBase64).toBe(minutes);
      expect((await t.as(viewer, LEDGER, { id: m2.id })).meetingLedger.contentBase64).toBe(ledger);
      expect((await t.as(viewer, GET_MEETING, { id: m2.id })).meeting.items).toEqual(frozenItems);
      const edit = await t.gql(ADD_ITEM, { input: { meetingId: m2.id, title: '会后补的议题' } }, { token: admin });
      expect(firstError(edit).code).toBe('CONFLICT');
    });

    it("lists an owner's open actions on their My work with the meeting, the project and the coordination issue", async () => {
      const staff1 = await t.signIn('staff.01');
      const { myActionItems } = await t.as(staff1, '{ myActionItems { text status dueOn meeting { id title heldOn } project { id } issueTitle } }');
      expect(myActionItems).toEqual([
        {
          text: '督促企业提交开工申请',
          status: 'OPEN',
          dueOn: '2025-03-20',
          meeting: { id: m2.id, title: '高端新材料产业链项目推进会', heldOn: '2025-03-10' },
          project: { id: p['A'].id },
          issueTitle: '协调事项I1',
        },
      ]);
      // A list may ask for the first few (My work asks one more than it shows, to know there are more).
      expect((await t.as(staff1, '{ myActionItems(limit: 1) { text } }')).myActionItems).toEqual([{ text: '督促企业提交开工申请' }]);
      const all = (await t.as(staff1, '{ myActionItems(includeDone: true) { id } }')).myActionItems;
      expect((await t.as(staff1, '{ myActionItems(includeDone: true, limit: 1) { id } }')).myActionItems).toEqual(all.slice(0, 1));
      expect(firstError(await t.gql('{ myActionItems(limit: 0) { id } }', {}, { token: staff1 })).code).toBe('BAD_USER_INPUT');
    });

    it('keeps the figures: closure rate per responsible unit, actions on time, projects moved', async () => {
      const { meeting } = await t.as(viewer, `query($id: ID!) { meeting(id: $id) { figures { issueClosure { closed total percent } closureByUnit { unit closed total } actionsOnTime { onTime due } projectsMoved signed } } }`, {
        id: m2.id,
      });
      // I1 (closed out at the meeting, on its day) and I3 closed, I2 open.
      expect(meeting.figures).toMatchObject({ issueClosure: { closed: 2, total: 3, percent: 67 }, projectsMoved: 1, signed: 2, actionsOnTime: { onTime: 0, due: 1 } });
      expect(meeting.figures.closureByUnit).toEqual([{ unit: null, closed: 2, total: 3 }]);
      const { meetingTrend } = await t.as(viewer, `query($c: ID) { meetingTrend(chainId: $c) { title heldOn projectsMoved } }`, { c: nm() });
      expect(meetingTrend.map((f: any) => f.heldOn)).toEqual(['2025-03-03', '2025-03-10']);
    });

    it('carries open actions to the next meeting with their count, and drops them once done', async () => {
      await move('C', ProjectStage.SIGNED, '2025-03-12'); // after the second meeting: on the third agenda only
      await on('2025-03-17');
      const m3 = (await t.as(admin, FROM_PREVIOUS, { input: { previousMeetingId: m2.id, heldOn: '2025-03-17' } })).createMeetingFromPrevious;
      expect(m3.periodFrom).toBe('2025-03-10');
      expect(m3.items.filter((i: any) => i.kind === 'STAGE_MOVE').map((i: any) => i.title)).toEqual(['推进会测试项目C']);
      const carried = m3.items.filter((i: any) => i.kind === 'CARRIED_ACTION').map((i: any) => [i.title, i.carriedCount]);
      expect(carried).toEqual([
        [actionText, 2],
        ['督促企业提交开工申请', 1],
      ]);
      const staff2 = await t.signIn('staff.02');
      const action = (await t.as(staff2, '{ myActionItems { id } }')).myActionItems[0];
      const done = await t.as(staff2, `mutation($id: ID!) { completeActionItem(actionId: $id) { status doneOn } }`, { id: action.id });
      expect(done.completeActionItem).toEqual({ status: 'DONE', doneOn: '2025-03-17' });
      expect((await t.as(staff2, '{ myActionItems { id } }')).myActionItems).toEqual([]);
      const refreshed = await t.as(admin, `mutation($id: ID!) { refreshMeetingAgenda(meetingId: $id) { items { kind title } } }`, { id: m3.id });
      expect(refreshed.refreshMeetingAgenda.items.filter((i: any) => i.kind === 'CARRIED_ACTION').map((i: any) => i.title)).toEqual(['督促企业提交开工申请']);
    });
  });
});

describe('the seeded history of progress meetings', () => {
  let t: TestApp;
  let viewer: string;

  beforeAll(async () => {
    t = await TestApp.start({ demo: true });
    viewer = await t.signIn('viewer');
  }, 120_000);
  afterAll(() => t.close());

  it('holds past meetings of each chain, flagged as demo data, with actions done and still open', async () => {
    const page = (await t.as(viewer, '{ meetings(page: { limit: 200 }) { total items { id title status isDemo chains { code } actions { status } figures { actionsOnTime { due } } } } }')).meetings;
    const meetings: any[] = page.items;
    expect(page.total).toBe(meetings.length);
    const byChain = new Map<string, any[]>();
    for (const m of meetings) byChain.set(m.chains[0].code, [...(byChain.get(m.chains[0].code) ?? []), m]);
    expect([...byChain.keys()].sort()).toEqual(['electronic-information', 'fashion-plus', 'health-plus', 'new-materials']);
    for (const list of byChain.values()) {
      expect(list.length).toBeGreaterThanOrEqual(3);
      expect(list.every((m) => m.status === 'HELD' && m.isDemo)).toBe(true);
      const statuses = list.flatMap((m) => m.actions.map((a: any) => a.status));
      expect(statuses).toEqual(expect.arrayContaining(['DONE', 'OPEN']));
    }
    const [notDemo] = await t.db.query(`SELECT (SELECT count(*) FROM meeting WHERE NOT is_demo) + (SELECT count(*) FROM meeting_action WHERE NOT is_demo) AS n`);
    expect(Number(notDemo.n)).toBe(0);
    // The papers of a seeded meeting come from its frozen record.
    const latest = meetings[0];
    const { meetingMinutes } = await t.as(viewer, MINUTES, { id: latest.id });
    const zip = await JSZip.loadAsync(Buffer.from(meetingMinutes.contentBase64, 'base64'));
    expect(await zip.file('word/document.xml')!.async('string')).toContain(latest.title);
  });
});
