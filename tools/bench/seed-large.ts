/**
 * A district's worth of data for benchmarks and soak runs (`npm run seed:large`): the plan's seed first, then, all
 * flagged as demo data and deterministic from SEED (default 1): 100,000 companies with realistic Chinese names and
 * valid unified social credit codes, 20,000 leads on the plan's chains and their map nodes, 200,000 contacts with those
 * leads' companies, 10,000 projects with five years of stage logs, progress updates, funds, milestones and
 * coordination issues (tools/bench/synthetic-pipeline.ts), a weekly meeting per chain over the same years with its
 * agenda, attendees and actions, a synthetic chain whose map has 5,000 nodes, and 10,000 prospects on the plan's nodes.
 *
 * Into DATABASE_URL when it is set (migrated and seeded first; it should hold no synthetic data yet), else into a new
 * database on TEST_DATABASE_SERVER_URL (default postgres@127.0.0.1:5432) whose URL it prints. Rows go in with one
 * multi-row INSERT … SELECT FROM json_to_recordset per table and 2,000 rows; as a superuser the session skips the
 * audit triggers and foreign-key checks while it loads (session_replication_role = replica), so generated rows leave no
 * audit entries (they are nobody's edits). Sizes: LARGE_COMPANIES, LARGE_LEADS, LARGE_CONTACTS, LARGE_PROJECTS,
 * LARGE_YEARS, LARGE_MAP_NODES, LARGE_PROSPECTS; LARGE_TODAY (default today in Asia/Shanghai) is the last day anything happens. Writes
 * its timings to the seed-large section of BENCHMARKS.md (LARGE_REPORT=0 to leave it alone).
 */
import 'reflect-metadata';
import { randomBytes } from 'crypto';
import { performance } from 'perf_hooks';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  ActionItemStatus,
  companyIndex,
  districtDate,
  InteractionType,
  isValidUscc,
  LeadSource,
  LeadStatus,
  MeetingItemKind,
  MeetingRefKind,
  MeetingStatus,
  Priority,
  Role,
  searchIndex,
  usccCheckCharacter,
} from '@chainboard/domain';
import { loadSeeds, readSeeds, seedsDir, TEST_SERVER_URL } from '@chainboard/server-database';
import { APP_SEED_STEPS, benchDataSourceOptions } from './app-database';
import { writeSection } from './report';
import { prng, syntheticCompanies, syntheticCreditCode } from './synthetic-companies';
import { insertRows, loadSyntheticPipeline, PipelineCounts } from './synthetic-pipeline';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export interface LargeShape {
  seed: number;
  companies: number;
  leads: number;
  contacts: number;
  projects: number;
  years: number;
  mapNodes: number;
  prospects: number;
  today: string;
}

export function largeShapeFromEnv(): LargeShape {
  return {
    seed: num('SEED', 1),
    companies: num('LARGE_COMPANIES', 100_000),
    leads: num('LARGE_LEADS', 20_000),
    contacts: num('LARGE_CONTACTS', 200_000),
    projects: num('LARGE_PROJECTS', 10_000),
    years: num('LARGE_YEARS', 5),
    mapNodes: num('LARGE_MAP_NODES', 5_000),
    prospects: num('LARGE_PROSPECTS', 10_000),
    today: process.env['LARGE_TODAY'] ?? districtDate(new Date()),
  };
}

export interface LargeReport {
  counts: Record<string, number>;
  /** Seconds per step, in the order they ran. */
  timings: Array<[string, number]>;
  pipeline: PipelineCounts;
}

const SUMMARIES = [
  '电话沟通投资意向，企业关注租金补贴政策',
  '上门拜访企业负责人，介绍武侯区产业载体',
  '企业来访考察西部智谷，对接入驻条件',
  '参加企业董事会汇报会，介绍产业链配套',
  '微信沟通项目进展，企业正在内部评估',
  '展会现场洽谈，交换联系方式',
  '邮件发送政策汇编及载体资料',
  '会同区级部门召开协调会，梳理落地需求',
  '企业反馈选址意见，倾向环川大知识城',
  '对接企业西南区域负责人，约定下次走访时间',
];
const OUTCOMES = ['企业有意向', '等待企业决策', '需进一步沟通', '已形成初步方案', ''];
const NEXT_STEPS = ['安排实地踏勘', '报送区领导', '寄送政策资料', '约请企业来访', ''];
const THEIR_PEOPLE = ['王总', '李总', '张经理', '刘董事长', '陈总监', '杨副总', '赵经理', '黄总'];
const LEAD_SUFFIXES = ['西南总部项目', '研发中心项目', '生产基地项目', '区域结算中心', '扩产项目', '创新中心项目'];
const NEXT_ACTIONS = ['再次拜访', '寄送政策汇编', '安排载体踏勘', '邀请来访考察', '报区领导会见'];
const INTERACTION_TYPES = [InteractionType.CALL, InteractionType.VISIT_OUT, InteractionType.VISIT_IN, InteractionType.MEETING, InteractionType.EMAIL, InteractionType.WECHAT, InteractionType.EVENT];
const STATUSES: Array<[LeadStatus, number]> = [
  [LeadStatus.NEW, 0.15],
  [LeadStatus.CONTACTED, 0.25],
  [LeadStatus.VISITED, 0.2],
  [LeadStatus.NEGOTIATING, 0.15],
  [LeadStatus.SHELVED, 0.1],
  [LeadStatus.DROPPED, 0.1],
  [LeadStatus.CONVERTED, 0.05],
];
const SOURCES = Object.values(LeadSource);
const MAP_LEVELS = ['上游', '中游', '下游'];
const MAP_WORDS = ['材料', '器件', '模组', '装备', '软件', '平台', '服务', '检测', '设计', '制造', '系统', '应用'];

function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const stamp = (date: string, minute: number) => `${date}T10:${String(minute % 60).padStart(2, '0')}:00+08:00`;

/** Fills `db` (migrated and seeded) with the synthetic district; answers what it wrote and how long each part took. */
export async function loadLargeData(db: DataSource, shape: LargeShape, log: (line: string) => void = () => undefined): Promise<LargeReport> {
  const random = prng(shape.seed * 7919 + 17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const weighted = <T>(xs: ReadonlyArray<[T, number]>): T => {
    let r = random();
    for (const [x, w] of xs) if ((r -= w) < 0) return x;
    return xs[xs.length - 1][0];
  };
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(random() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
  const timings: Array<[string, number]> = [];
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await run();
    const seconds = (performance.now() - t0) / 1000;
    timings.push([name, seconds]);
    log(`${name}: ${seconds.toFixed(1)} s`);
    return out;
  };
  const span = Math.round(shape.years * 365);
  const firstDay = addDays(shape.today, -span);

  const [{ rolsuper }] = await db.query(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`);
  if (rolsuper) await db.query(`SET session_replication_role = replica`);

  // The chains with their nodes, the staff and the units of the seed.
  const nodes: Array<{ chain_id: string; id: string }> = await db.query(
    `SELECT cm.chain_id, n.id FROM chain_segment n JOIN chain_map cm ON cm.id = n.map_id WHERE n.parent_id IS NOT NULL ORDER BY cm.chain_id, n.sort_order, n.id`,
  );
  const chains = [...new Set(nodes.map((n) => n.chain_id))].map((id) => ({ id, nodeIds: nodes.filter((n) => n.chain_id === id).map((n) => n.id) }));
  const users: Array<{ id: string; role: Role; display_name: string }> = await db.query(`SELECT id, role, display_name FROM app_user WHERE active ORDER BY username`);
  const staff = users.filter((u) => u.role === Role.INVESTMENT_STAFF || u.role === Role.ADMIN);
  const leaders = users.filter((u) => u.role === Role.CHAIN_LEADER || u.role === Role.DISTRICT_LEADER);
  const departments: Array<{ id: string }> = await db.query(`SELECT id FROM department ORDER BY name`);
  if (!chains.length || !staff.length) throw new Error('seed:large: the plan’s seed (users, chains, maps) must be loaded first');
  const takenCodes = new Set<string>((await db.query(`SELECT credit_code FROM company WHERE credit_code IS NOT NULL`)).map((r: { credit_code: string }) => r.credit_code));
  const takenKeys = new Set<string>((await db.query(`SELECT name_key FROM company`)).map((r: { name_key: string }) => r.name_key));

  // Companies: names unique by their comparison key, each with a valid credit code.
  const companies = await step('companies', async () => {
    const out: Array<{ id: string; name: string }> = [];
    const rows: Array<Record<string, unknown>> = [];
    let n = 0;
    for (const c of syntheticCompanies(Math.ceil(shape.companies * 1.08) + 100, shape.seed)) {
      if (out.length >= shape.companies) break;
      const index = companyIndex(c);
      if (takenKeys.has(index.nameKey)) continue;
      takenKeys.add(index.nameKey);
      let code = syntheticCreditCode(n++ + shape.seed * 1_000_003, usccCheckCharacter);
      while (takenCodes.has(code)) code = syntheticCreditCode(n++ + shape.seed * 1_000_003, usccCheckCharacter);
      if (!isValidUscc(code)) throw new Error(`seed:large made an invalid credit code ${code}`);
      takenCodes.add(code);
      const id = uuid();
      out.push({ id, name: c.name });
      const created = addDays(firstDay, between(0, span));
      rows.push({
        id,
        name: c.name,
        english_name: c.englishName,
        aliases: c.aliases,
        credit_code: code,
        province: '四川省',
        city: random() < 0.6 ? '成都市' : null,
        is_local: c.isLocal,
        is_listed: c.isListed,
        name_key: index.nameKey,
        search_tokens: index.searchTokens,
        search_text: index.searchText,
        created_at: stamp(created, 0),
        updated_at: stamp(created, 0),
        is_demo: true,
      });
    }
    if (out.length < shape.companies) throw new Error(`seed:large: only ${out.length} distinct company names`);
    await insertRows(
      db,
      'company',
      {
        id: 'uuid',
        name: 'text',
        english_name: 'text',
        aliases: 'text[]',
        credit_code: 'text',
        province: 'text',
        city: 'text',
        is_local: 'boolean',
        is_listed: 'boolean',
        name_key: 'text',
        search_tokens: 'text[]',
        search_text: 'text',
        created_at: 'timestamptz',
        updated_at: 'timestamptz',
        is_demo: 'boolean',
      },
      rows,
    );
    return out;
  });

  // Leads, each with its contacts: the contacts fall between the lead's entry and today; the lead keeps the first and last.
  const { leadCount, contactCount } = await step('leads and contacts', async () => {
    const leads: Array<Record<string, unknown>> = [];
    const links: Array<Record<string, unknown>> = [];
    const contacts: Array<Record<string, unknown>> = [];
    // A new lead has had no contact yet: the contacts are shared among the others, so that the total is exact.
    const statuses = Array.from({ length: shape.leads }, () => weighted(STATUSES));
    const contacted = statuses.filter((st) => st !== LeadStatus.NEW).length;
    const perLead = contacted ? shape.contacts / contacted : 0;
    let j = 0;
    for (let i = 0; i < shape.leads; i++) {
      const id = uuid();
      const company = companies[Math.floor(random() * companies.length)];
      const chain = pick(chains);
      const owner = pick(staff);
      const createdOn = addDays(shape.today, -between(0, span));
      const status = statuses[i];
      const title = `${company.name.replace(/(集团有限公司|股份有限公司|有限责任公司|科技有限公司|有限公司)$/, '')}${pick(LEAD_SUFFIXES)}`;
      const count = status === LeadStatus.NEW ? 0 : Math.round(perLead * (j + 1)) - Math.round(perLead * j++);
      const days = Math.max(0, daysBetween(createdOn, shape.today));
      const dates = Array.from({ length: count }, () => addDays(createdOn, between(0, days))).sort();
      for (const [k, on] of dates.entries()) {
        const summary = pick(SUMMARIES);
        contacts.push({
          id: uuid(),
          company_id: company.id,
          lead_id: id,
          type: pick(INTERACTION_TYPES),
          occurred_on: on,
          our_people: owner.display_name,
          their_people: pick(THEIR_PEOPLE),
          summary,
          outcome: pick(OUTCOMES),
          next_step: pick(NEXT_STEPS),
          created_by_id: owner.id,
          ...(() => {
            const index = searchIndex(summary);
            return { search_tokens: index.searchTokens, search_text: index.searchText };
          })(),
          created_at: stamp(on, k),
          is_demo: true,
        });
      }
      const open = status !== LeadStatus.DROPPED && status !== LeadStatus.SHELVED && status !== LeadStatus.CONVERTED;
      const index = searchIndex(title);
      leads.push({
        id,
        title,
        company_id: company.id,
        chain_id: chain.id,
        status,
        source: pick(SOURCES),
        owner_id: owner.id,
        close_reason: open ? null : status === LeadStatus.CONVERTED ? null : '企业暂缓投资计划',
        intended_investment: random() < 0.7 ? (Math.exp(Math.log(0.05) + random() * (Math.log(30) - Math.log(0.05))) + 0.0001).toFixed(4) : null,
        next_action: open ? pick(NEXT_ACTIONS) : null,
        next_action_due: open ? addDays(shape.today, between(-30, 60)) : null,
        confidential: random() < 0.03,
        first_contact_on: dates[0] ?? null,
        assessed_on: status === LeadStatus.NEGOTIATING || status === LeadStatus.CONVERTED ? (dates[Math.floor(dates.length / 2)] ?? createdOn) : null,
        last_contact_on: dates[dates.length - 1] ?? null,
        created_on: createdOn,
        search_tokens: index.searchTokens,
        search_text: index.searchText,
        created_at: stamp(createdOn, 0),
        updated_at: stamp(dates[dates.length - 1] ?? createdOn, 59),
        is_demo: true,
      });
      for (const nodeId of new Set(Array.from({ length: between(1, 2) }, () => pick(chain.nodeIds)))) links.push({ lead_id: id, segment_id: nodeId });
    }
    await insertRows(
      db,
      'lead',
      {
        id: 'uuid',
        title: 'text',
        company_id: 'uuid',
        chain_id: 'uuid',
        status: 'text',
        source: 'text',
        owner_id: 'uuid',
        close_reason: 'text',
        intended_investment: 'numeric',
        next_action: 'text',
        next_action_due: 'date',
        confidential: 'boolean',
        first_contact_on: 'date',
        assessed_on: 'date',
        last_contact_on: 'date',
        created_on: 'date',
        search_tokens: 'text[]',
        search_text: 'text',
        created_at: 'timestamptz',
        updated_at: 'timestamptz',
        is_demo: 'boolean',
      },
      leads,
    );
    await insertRows(db, 'lead_chain_node', { lead_id: 'uuid', segment_id: 'uuid' }, links);
    await insertRows(
      db,
      'interaction',
      {
        id: 'uuid',
        company_id: 'uuid',
        lead_id: 'uuid',
        type: 'text',
        occurred_on: 'date',
        our_people: 'text',
        their_people: 'text',
        summary: 'text',
        outcome: 'text',
        next_step: 'text',
        created_by_id: 'uuid',
        search_tokens: 'text[]',
        search_text: 'text',
        created_at: 'timestamptz',
        is_demo: 'boolean',
      },
      contacts,
    );
    return { leadCount: leads.length, contactCount: contacts.length };
  });

  // Projects with their history, on the companies above.
  const projectCompanies = Array.from({ length: Math.ceil(shape.projects / 2) }, () => companies[Math.floor(random() * companies.length)]);
  const pipeline = await step('projects with five years of history', () =>
    loadSyntheticPipeline(db, { projects: shape.projects, years: shape.years, today: shape.today, seed: shape.seed * 104_729 + 3, companies: projectCompanies }),
  );

  // A weekly meeting per chain (and a district-wide one each month), held, with agenda items on its chain's projects.
  const meetingCount = await step('meetings', async () => {
    const projects: Array<{ id: string; chain_id: string; name: string }> = await db.query(`SELECT id, chain_id, name FROM project WHERE is_demo ORDER BY created_at, id`);
    const byChain = new Map(chains.map((c) => [c.id, projects.filter((p) => p.chain_id === c.id)]));
    const meetings: Array<Record<string, unknown>> = [];
    const items: Array<Record<string, unknown>> = [];
    const attendees: Array<Record<string, unknown>> = [];
    const actions: Array<Record<string, unknown>> = [];
    const previous = new Map<string, string>();
    const kinds = [MeetingItemKind.NEW_PROJECT, MeetingItemKind.STAGE_MOVE, MeetingItemKind.TURNED_YELLOW, MeetingItemKind.ISSUE_OPEN, MeetingItemKind.NO_UPDATE];
    for (let week = Math.floor(span / 7); week >= 1; week--) {
      const heldOn = addDays(shape.today, -week * 7);
      const scopes: Array<{ key: string; allChains: boolean; chainIds: string[] }> = chains.map((c) => ({ key: c.id, allChains: false, chainIds: [c.id] }));
      if (week % 4 === 0) scopes.push({ key: 'ALL', allChains: true, chainIds: [] });
      for (const scope of scopes) {
        const id = uuid();
        const chair = scope.allChains || !leaders.length ? pick(users) : pick(leaders);
        meetings.push({
          id,
          title: `${scope.allChains ? '全区' : ''}招商项目推进周例会（${heldOn}）`,
          held_on: heldOn,
          place: '区投资促进局会议室',
          all_chains: scope.allChains,
          chain_ids: scope.chainIds,
          scope_key: scope.key,
          chair_id: chair.id,
          status: MeetingStatus.HELD,
          period_from: addDays(heldOn, -7),
          period_to: addDays(heldOn, -1),
          previous_meeting_id: previous.get(scope.key) ?? null,
          held_at: `${heldOn}T09:00:00+08:00`,
          created_by: chair.id,
          created_at: stamp(addDays(heldOn, -2), 0),
          updated_at: stamp(heldOn, 30),
          is_demo: true,
        });
        previous.set(scope.key, id);
        const pool = scope.allChains ? projects : (byChain.get(scope.chainIds[0]) ?? []);
        const agenda = [...new Set(Array.from({ length: Math.min(6, pool.length) }, () => pool[Math.floor(random() * pool.length)]))];
        for (const [k, project] of agenda.entries()) {
          const itemId = uuid();
          items.push({
            id: itemId,
            meeting_id: id,
            position: k,
            kind: pick(kinds),
            ref_kind: MeetingRefKind.PROJECT,
            ref_id: project.id,
            project_id: project.id,
            title: project.name,
            summary: null,
            discussion: '会议听取项目进展汇报',
            decisions: random() < 0.5 ? ['由责任单位牵头推进'] : [],
            is_demo: true,
          });
          if (random() < 0.4) {
            const due = addDays(heldOn, between(7, 30));
            const done = due < shape.today && random() < 0.7;
            actions.push({
              id: uuid(),
              meeting_id: id,
              item_id: itemId,
              text: '协调解决项目落地问题',
              owner_id: pick(staff).id,
              due_on: due,
              project_id: project.id,
              status: done ? ActionItemStatus.DONE : ActionItemStatus.OPEN,
              done_on: done ? due : null,
              created_on: heldOn,
              is_demo: true,
            });
          }
        }
        for (let k = 0; k < 5; k++) attendees.push({ id: uuid(), meeting_id: id, position: k, user_id: k < 4 ? pick(users).id : null, guest_name: k < 4 ? null : '企业代表', guest_unit: k < 4 ? null : '列席企业', is_demo: true });
      }
    }
    await insertRows(
      db,
      'meeting',
      {
        id: 'uuid',
        title: 'text',
        held_on: 'date',
        place: 'text',
        all_chains: 'boolean',
        chain_ids: 'uuid[]',
        scope_key: 'text',
        chair_id: 'uuid',
        status: 'text',
        period_from: 'date',
        period_to: 'date',
        previous_meeting_id: 'uuid',
        held_at: 'timestamptz',
        created_by: 'uuid',
        created_at: 'timestamptz',
        updated_at: 'timestamptz',
        is_demo: 'boolean',
      },
      meetings,
    );
    await insertRows(
      db,
      'meeting_item',
      {
        id: 'uuid',
        meeting_id: 'uuid',
        position: 'integer',
        kind: 'text',
        ref_kind: 'text',
        ref_id: 'uuid',
        project_id: 'uuid',
        title: 'text',
        summary: 'text',
        discussion: 'text',
        decisions: 'text[]',
        is_demo: 'boolean',
      },
      items,
    );
    await insertRows(
      db,
      'meeting_action',
      { id: 'uuid', meeting_id: 'uuid', item_id: 'uuid', text: 'text', owner_id: 'uuid', due_on: 'date', project_id: 'uuid', status: 'text', done_on: 'date', created_on: 'date', is_demo: 'boolean' },
      actions,
    );
    await insertRows(
      db,
      'meeting_attendee',
      { id: 'uuid', meeting_id: 'uuid', position: 'integer', user_id: 'uuid', guest_name: 'text', guest_unit: 'text', is_demo: 'boolean' },
      attendees,
    );
    return meetings.length;
  });

  // A synthetic chain (its name says so) whose map has `mapNodes` nodes: three levels of links, then segments and products.
  const mapNodes = await step('synthetic map', async () => {
    if (shape.mapNodes <= 0) return 0;
    const [leader] = leaders.length ? leaders : staff;
    const chainId = uuid();
    const mapId = uuid();
    await db.query(
      `INSERT INTO industry_chain (id, code, name, track, description, sort_order, leader_id, lead_department_id) VALUES ($1, $2, $3, 'TECHNOLOGY_ADVANTAGE', $4, 99, $5, $6)`,
      [chainId, `synthetic-${shape.seed}`, `演示数据·合成产业链${shape.seed}`, `演示数据：${shape.mapNodes}个节点的合成产业链图谱，用于性能测试`, leader.id, departments[0].id],
    );
    await db.query(`INSERT INTO chain_map (id, chain_id, title) VALUES ($1, $2, $3)`, [mapId, chainId, `演示数据·合成产业链${shape.seed}图谱`]);
    const rows: Array<Record<string, unknown>> = [];
    const edges: Array<Record<string, unknown>> = [];
    const positions = new Map<string, string | null>();
    const root = uuid();
    rows.push({ id: root, map_id: mapId, parent_id: null, name: `合成产业链${shape.seed}`, sort_order: 0, position: null, status: 'STRONG' });
    // Breadth-first: each level's nodes under the previous level's, until the count is reached.
    let level = [root];
    let depth = 0;
    while (rows.length < shape.mapNodes) {
      const next: string[] = [];
      const fan = depth === 0 ? 3 : depth === 1 ? 12 : 10;
      for (const parent of level) {
        for (let k = 0; k < fan && rows.length < shape.mapNodes; k++) {
          const id = uuid();
          const position = depth === 0 ? ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'][k] : (positions.get(parent) ?? 'MIDSTREAM');
          positions.set(id, position);
          const name = depth === 0 ? MAP_LEVELS[k] : `${pick(MAP_WORDS)}${pick(MAP_WORDS)}${depth}-${rows.length}`;
          rows.push({ id, map_id: mapId, parent_id: parent, name, sort_order: k, position, status: pick(['STRONG', 'WEAK', 'MISSING']) });
          next.push(id);
        }
      }
      level = next;
      depth++;
    }
    // Supply links between neighbouring leaf nodes, one for every ten nodes.
    const leaves = level;
    for (let k = 0; k + 1 < leaves.length && edges.length < shape.mapNodes / 10; k += 10) edges.push({ id: uuid(), map_id: mapId, from_id: leaves[k], to_id: leaves[k + 1] });
    await insertRows(db, 'chain_segment', { id: 'uuid', map_id: 'uuid', parent_id: 'uuid', name: 'text', sort_order: 'integer', position: 'text', status: 'text' }, rows);
    await insertRows(db, 'chain_edge', { id: 'uuid', map_id: 'uuid', from_id: 'uuid', to_id: 'uuid' }, edges);
    return rows.length;
  });

  // Prospects (目标企业): companies the district wants on a plan chain's node, each pursued by a staff member or nobody yet.
  // Drawn last, so that the rest of the data does not depend on how many there are.
  const prospectCount = await step('prospects', async () => {
    const rows: Array<Record<string, unknown>> = [];
    const pairs = new Set<string>();
    const planNodes = chains.flatMap((c) => c.nodeIds);
    while (rows.length < shape.prospects && planNodes.length) {
      const company = companies[Math.floor(random() * companies.length)];
      const nodeId = pick(planNodes);
      if (pairs.has(`${nodeId}:${company.id}`)) continue;
      pairs.add(`${nodeId}:${company.id}`);
      rows.push({
        id: uuid(),
        segment_id: nodeId,
        company_id: company.id,
        priority: weighted([
          [Priority.HIGH, 0.2],
          [Priority.MEDIUM, 0.5],
          [Priority.LOW, 0.3],
        ]),
        assignee_id: random() < 0.7 ? pick(staff).id : null,
        reason: pick(['补链强链关键企业', '行业龙头，拟在西南布局', '与链上企业配套需求明确', '专精特新企业，扩产需求', '']),
        created_at: stamp(addDays(shape.today, -between(0, span)), 0),
        is_demo: true,
      });
    }
    await insertRows(
      db,
      'prospect',
      { id: 'uuid', segment_id: 'uuid', company_id: 'uuid', priority: 'text', assignee_id: 'uuid', reason: 'text', created_at: 'timestamptz', is_demo: 'boolean' },
      rows,
    );
    return rows.length;
  });

  await step('statistics (VACUUM ANALYZE)', async () => {
    for (const table of ['company', 'lead', 'lead_chain_node', 'interaction', 'meeting', 'meeting_item', 'meeting_action', 'meeting_attendee', 'chain_segment', 'chain_edge', 'prospect']) await db.query(`VACUUM ANALYZE "${table}"`);
  });
  if (rolsuper) await db.query(`SET session_replication_role = origin`);

  return {
    counts: {
      companies: companies.length,
      leads: leadCount,
      contacts: contactCount,
      projects: pipeline.projects,
      stageLogs: pipeline.stageLogs,
      updates: pipeline.updates,
      issues: pipeline.issues,
      meetings: meetingCount,
      mapNodes,
      prospects: prospectCount,
    },
    timings,
    pipeline,
  };
}

/** A database for the data: DATABASE_URL, or a new one on the test server (kept, and printed). */
async function targetDatabase(): Promise<{ url: string; created: boolean }> {
  if (process.env['DATABASE_URL']) return { url: process.env['DATABASE_URL'], created: false };
  const name = `chainboard_large_${process.env['SEED'] ?? 1}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: TEST_SERVER_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), created: true };
}

/** Migrates and seeds the database at `url`, then loads the large data; answers the report with the seed's time first. */
export async function seedLarge(url: string, shape: LargeShape, log: (line: string) => void = () => undefined): Promise<LargeReport> {
  Logger.overrideLogger(['error']);
  const options = benchDataSourceOptions({ url, embedded: false });
  // One connection that stays open: the session setting above must hold for every statement of the load.
  const db = new DataSource({ ...options, logging: ['error'], extra: { ...(options.extra as object), max: 1, idleTimeoutMillis: 0 } } as typeof options);
  await db.initialize();
  try {
    const t0 = performance.now();
    await db.runMigrations({ transaction: 'each' });
    await loadSeeds(db, readSeeds(APP_SEED_STEPS, seedsDir()), { demo: false });
    const seedSeconds = (performance.now() - t0) / 1000;
    log(`migrations and the plan's seed: ${seedSeconds.toFixed(1)} s`);
    const report = await loadLargeData(db, shape, log);
    report.timings.unshift(['migrations and the plan’s seed', seedSeconds]);
    return report;
  } finally {
    await db.destroy();
  }
}

/** The seed:large section of BENCHMARKS.md: what was loaded and how long each part took. */
export function writeLargeSeedSection(shape: LargeShape, report: LargeReport, totalSeconds: number): void {
  const c = report.counts;
  writeSection(
    'seed-large',
    `## Large data (\`npm run seed:large\`)

SEED=${shape.seed}, up to ${shape.today}, on PostgreSQL at 127.0.0.1 (2 shared cores); ${totalSeconds.toFixed(0)} s in all. Loaded: ${c.companies.toLocaleString('en')} companies (each with a valid credit code), ${c.leads.toLocaleString('en')} leads, ${c.contacts.toLocaleString('en')} contacts, ${c.projects.toLocaleString('en')} projects with ${c.stageLogs.toLocaleString('en')} stage moves, ${c.updates.toLocaleString('en')} progress updates and ${c.issues.toLocaleString('en')} coordination issues over ${shape.years} years, ${c.meetings.toLocaleString('en')} meetings, a map of ${c.mapNodes.toLocaleString('en')} nodes, ${(c.prospects ?? 0).toLocaleString('en')} prospects.

| step | seconds |
| --- | --- |
${report.timings.map(([name, seconds]) => `| ${name} | ${seconds.toFixed(1)} |`).join('\n')}
`,
  );
}

async function main(): Promise<void> {
  const shape = largeShapeFromEnv();
  const { url, created } = await targetDatabase();
  console.log(`${created ? 'new database' : 'database'}: ${url}`);
  const started = performance.now();
  const report = await seedLarge(url, shape, (line) => console.log(line));
  const total = (performance.now() - started) / 1000;
  console.log(`loaded in ${total.toFixed(1)} s: ${JSON.stringify(report.counts)}`);
  if (process.env['LARGE_REPORT'] !== '0') writeLargeSeedSection(shape, report, total);
  console.log(`DATABASE_URL=${url}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
