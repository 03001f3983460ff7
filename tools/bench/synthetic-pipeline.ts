/**
 * A deterministic synthetic project pipeline: N projects over the last Y years on the seeded chains and their map
 * nodes, each moved step by step along its stages (a stage-log row and a timeline entry per move, as the app writes
 * them), with progress updates, funds in place, milestones and coordination issues in proportion. The same seed, size
 * and day give the same rows. Written in bulk (a statement per table per 2,000 rows), flagged as demo data.
 *
 * For benchmarks (tools/bench/pipeline.ts) and for filling a database at scale; the database must hold the seed's
 * users, departments, chains and maps first.
 */
import { performance } from 'perf_hooks';
import { DataSource } from 'typeorm';
import {
  CoordinationIssueStatus,
  FundsKind,
  PIPELINE_STAGES,
  ProjectStage,
  ProjectType,
  Role,
  companyIndex,
  searchIndex,
  usccCheckCharacter,
} from '@chainboard/domain';
import { prng, SyntheticCompany, syntheticCompanies } from './synthetic-companies';

export interface PipelineShape {
  /** How many projects. */
  projects: number;
  /** How many years back the first project may have been entered. */
  years: number;
  /** The district date the pipeline is generated up to (nothing happens after it). */
  today: string;
  seed?: number;
  /**
   * Companies already in the database to place the projects with; without them the generator writes a company for
   * every three projects.
   */
  companies?: ReadonlyArray<{ id: string; name: string }>;
}

export interface PipelineCounts {
  companies: number;
  projects: number;
  stageLogs: number;
  updates: number;
  funds: number;
  milestones: number;
  issues: number;
  events: number;
  seconds: number;
}

/** What the generator places projects on and hands them to: read from a seeded database. */
interface PipelineRefs {
  chains: Array<{ id: string; nodeIds: string[] }>;
  owners: string[];
  leaders: string[];
  units: string[];
}

/** Final stages and how often projects end in them. */
const OUTCOMES: Array<[ProjectStage, number]> = [
  [ProjectStage.NEGOTIATING, 0.25],
  [ProjectStage.SIGNED, 0.15],
  [ProjectStage.REGISTERED, 0.12],
  [ProjectStage.CONSTRUCTION_STARTED, 0.15],
  [ProjectStage.IN_PRODUCTION, 0.13],
  [ProjectStage.AT_FULL_CAPACITY, 0.08],
  [ProjectStage.ON_HOLD, 0.05],
  [ProjectStage.DROPPED, 0.07],
];
const TYPES: Array<[ProjectType, number]> = [
  [ProjectType.INDUSTRIALISATION, 0.7],
  [ProjectType.REGIONAL_HQ, 0.1],
  [ProjectType.RND_CENTRE, 0.1],
  [ProjectType.PLATFORM, 0.05],
  [ProjectType.OTHER, 0.05],
];
const SUFFIXES = ['产业化项目', '研发中心', '西南总部', '扩产项目', '二期项目', '生产基地', '创新中心', '技改项目'];
const CARRIERS = ['悦湖新材料科技转化中心', '西部电商云谷', '西部智谷', '华西医美健康城', '她妆美谷', '音乐坊产业功能区', '武侯新城总部楼宇', '环川大知识城'];
const UPDATES = ['企业完成项目可研', '载体踏勘完成', '投资协议条款磋商中', '设备采购招标完成', '主体施工进度过半', '首批产品下线', '人才招聘到位', '产能爬坡中'];
const ISSUES = ['用地指标协调', '用电增容', '环评批复', '人才公寓配套', '租金补贴兑现', '消防验收', '道路配套'];

function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

const stamp = (date: string, minute: number) => `${date}T09:${String(minute % 60).padStart(2, '0')}:00+08:00`;

/** Reads the chains with their nodes, the possible owners, responsible leaders and units of a seeded database. */
async function readRefs(db: DataSource): Promise<PipelineRefs> {
  const nodes: Array<{ chain_id: string; id: string }> = await db.query(`SELECT cm.chain_id, n.id FROM chain_segment n JOIN chain_map cm ON cm.id = n.map_id ORDER BY cm.chain_id, n.sort_order, n.id`);
  const chainIds = [...new Set(nodes.map((n) => n.chain_id))];
  const users: Array<{ id: string; role: Role }> = await db.query(`SELECT id, role FROM app_user WHERE active ORDER BY username`);
  const units: Array<{ id: string }> = await db.query(`SELECT id FROM department ORDER BY name`);
  const refs = {
    chains: chainIds.map((id) => ({ id, nodeIds: nodes.filter((n) => n.chain_id === id).map((n) => n.id) })),
    owners: users.filter((u) => u.role === Role.INVESTMENT_STAFF || u.role === Role.ADMIN).map((u) => u.id),
    leaders: users.filter((u) => u.role === Role.CHAIN_LEADER || u.role === Role.DISTRICT_LEADER).map((u) => u.id),
    units: units.map((u) => u.id),
  };
  if (!refs.chains.length || !refs.owners.length) throw new Error('synthetic pipeline: load the seed (users, chains, maps) first');
  return refs;
}

/** Inserts rows into a table in batches, each batch one statement (json_to_recordset with the column types given). */
export async function insertRows(db: DataSource, table: string, columns: Record<string, string>, rows: Array<Record<string, unknown>>): Promise<void> {
  const names = Object.keys(columns);
  const spec = names.map((c) => `"${c}" ${columns[c].endsWith('[]') ? 'json' : columns[c]}`).join(', ');
  const select = names.map((c) => (columns[c].endsWith('[]') ? `ARRAY(SELECT json_array_elements_text(b."${c}"))::${columns[c]}` : `b."${c}"`)).join(', ');
  for (let i = 0; i < rows.length; i += 2000) {
    await db.query(`INSERT INTO "${table}" (${names.map((c) => `"${c}"`).join(', ')}) SELECT ${select} FROM json_to_recordset($1::json) AS b(${spec})`, [
      JSON.stringify(rows.slice(i, i + 2000)),
    ]);
  }
}

/** Generates the pipeline and writes it into the database (which must hold the seed); answers what it wrote. */
export async function loadSyntheticPipeline(db: DataSource, shape: PipelineShape): Promise<PipelineCounts> {
  const started = performance.now();
  const random = prng(shape.seed ?? 20261206);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const weighted = <T>(xs: ReadonlyArray<[T, number]>): T => {
    let r = random();
    for (const [x, w] of xs) if ((r -= w) < 0) return x;
    return xs[xs.length - 1][0];
  };
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(random() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
  const refs = await readRefs(db);
  const span = Math.round(shape.years * 365);

  const companies: ReadonlyArray<{ id: string; name: string }> = shape.companies ?? syntheticCompanies(Math.max(1, Math.ceil(shape.projects / 3)), (shape.seed ?? 20261206) + 1).map((c) => ({ id: uuid(), ...c }));
  if (!shape.companies) {
    await insertRows(
      db,
      'company',
      { id: 'uuid', name: 'text', aliases: 'text[]', is_local: 'boolean', name_key: 'text', search_tokens: 'text[]', search_text: 'text', is_demo: 'boolean' },
      (companies as Array<{ id: string } & SyntheticCompany>).map((c) => {
        const index = companyIndex(c);
        return { id: c.id, name: c.name, aliases: c.aliases, is_local: c.isLocal, name_key: index.nameKey, search_tokens: index.searchTokens, search_text: index.searchText, is_demo: true };
      }),
    );
  }

  const projects: Array<Record<string, unknown>> = [];
  const links: Array<Record<string, unknown>> = [];
  const logs: Array<Record<string, unknown>> = [];
  const updates: Array<Record<string, unknown>> = [];
  const funds: Array<Record<string, unknown>> = [];
  const milestones: Array<Record<string, unknown>> = [];
  const issues: Array<Record<string, unknown>> = [];
  const events: Array<Record<string, unknown>> = [];

  for (let n = 0; n < shape.projects; n++) {
    const id = uuid();
    const company = pick(companies);
    const chain = pick(refs.chains);
    const name = `${company.name.replace(/(有限公司|股份有限公司|有限责任公司)$/, '')}${pick(SUFFIXES)}`;
    const createdOn = addDays(shape.today, -between(10, span));
    const owner = pick(refs.owners);
    const outcome = weighted(OUTCOMES);
    const amount = (Math.exp(Math.log(0.1) + random() * (Math.log(50) - Math.log(0.1))) + 0.0001).toFixed(4);
    const carrier = pick(CARRIERS);
    const row: Record<string, unknown> = {
      id,
      name,
      company_id: company.id,
      chain_id: chain.id,
      type: weighted(TYPES),
      stage: ProjectStage.NEGOTIATING,
      stage_on: createdOn,
      agreed_investment: amount,
      responsible_leader_id: refs.leaders.length ? pick(refs.leaders) : null,
      responsible_unit_id: pick(refs.units),
      owner_id: owner,
      carrier,
      confidential: random() < 0.03,
      code_name: null,
      is_demo: true,
      created_on: createdOn,
      created_by: owner,
      updated_by: owner,
      created_at: stamp(createdOn, 0),
      updated_at: stamp(createdOn, 0),
      ...(() => {
        const index = searchIndex(name);
        return { search_tokens: index.searchTokens, search_text: index.searchText };
      })(),
    };
    if (row['confidential']) row['code_name'] = `项目${n}`;
    const nodeCount = between(1, Math.min(3, chain.nodeIds.length));
    for (const nodeId of new Set(Array.from({ length: nodeCount }, () => pick(chain.nodeIds)))) links.push({ project_id: id, segment_id: nodeId });
    events.push({ project_id: id, kind: 'CREATED', actor_id: owner, at: stamp(createdOn, 1), data: { leadId: null }, is_demo: true });

    // The moves: along the main line to the outcome (a hold or a drop after some steps), each some weeks after the last.
    const line = PIPELINE_STAGES.indexOf(outcome);
    const steps = line >= 0 ? line : between(0, 4);
    const path: ProjectStage[] = PIPELINE_STAGES.slice(1, steps + 1);
    if (outcome === ProjectStage.ON_HOLD || outcome === ProjectStage.DROPPED) path.push(outcome);
    let on = createdOn;
    let from = ProjectStage.NEGOTIATING;
    let touched: string | null = null;
    for (const to of path) {
      const next = addDays(on, between(20, 200));
      if (next > shape.today) break;
      on = next;
      logs.push({ project_id: id, from_stage: from, to_stage: to, effective_on: on, recorded_at: stamp(on, 2), actor_id: owner, source: 'SEED', is_demo: true });
      events.push({ project_id: id, kind: 'STAGE_MOVED', actor_id: owner, at: stamp(on, 2), data: { fromStage: from, toStage: to, effectiveOn: on }, is_demo: true });
      if (to === ProjectStage.SIGNED) row['signed_on'] = on;
      if (to === ProjectStage.REGISTERED) {
        const body = `91510107MA${Array.from({ length: 7 }, () => '0123456789ABCDEFGHJKLMNPQRTUWXY'[Math.floor(random() * 31)]).join('')}`;
        Object.assign(row, { registered_company_name: company.name, registered_credit_code: body + usccCheckCharacter(body) });
      }
      if (to === ProjectStage.CONSTRUCTION_STARTED) row['started_on'] = on;
      if (to === ProjectStage.IN_PRODUCTION) row['production_on'] = on;
      if (to === ProjectStage.AT_FULL_CAPACITY) row['capacity_on'] = on;
      if (to === ProjectStage.ON_HOLD) row['hold_reason'] = '企业调整投资计划';
      if (to === ProjectStage.DROPPED) row['drop_reason'] = '企业放弃投资';
      row['stage'] = to;
      row['stage_on'] = on;
      from = to;
      touched = on;
    }
    const signed = row['signed_on'] as string | undefined;

    for (let u = between(0, 6); u > 0; u--) {
      const day = addDays(createdOn, between(0, Math.max(0, Math.round((Date.parse(shape.today) - Date.parse(createdOn)) / 86_400_000))));
      const updateId = uuid();
      const text = `${pick(UPDATES)}。`;
      updates.push({ id: updateId, project_id: id, text, author_id: owner, created_on: day, created_at: stamp(day, 3 + u), is_demo: true });
      events.push({ project_id: id, kind: 'PROGRESS_UPDATE', actor_id: owner, at: stamp(day, 3 + u), data: { updateId, text }, is_demo: true });
      if (!touched || day > touched) touched = day;
    }
    row['last_update_on'] = touched;
    if (signed) {
      for (let f = between(0, 3); f > 0; f--) {
        const day = addDays(signed, between(0, Math.max(0, Math.round((Date.parse(shape.today) - Date.parse(signed)) / 86_400_000))));
        const part = (Number(amount) * (0.1 + random() * 0.3)).toFixed(4);
        funds.push({ id: uuid(), project_id: id, amount: part, received_on: day, kind: random() < 0.85 ? FundsKind.DOMESTIC : FundsKind.FOREIGN, entered_by: owner, entered_at: stamp(day, 20), is_demo: true });
      }
    }
    for (let k = between(0, 3); k > 0; k--) {
      const planned = addDays(createdOn, between(60, 900));
      const reached = planned < shape.today && random() < 0.6 ? addDays(planned, between(-20, 40)) : null;
      milestones.push({ id: uuid(), project_id: id, name: `里程碑 ${k}`, planned_on: planned, actual_on: reached && reached <= shape.today ? reached : null, is_demo: true });
    }
    if (random() < 0.3) {
      for (let k = between(1, 2); k > 0; k--) {
        const raised = addDays(createdOn, between(0, 300) % Math.max(1, Math.round((Date.parse(shape.today) - Date.parse(createdOn)) / 86_400_000) + 1));
        const status = pick([CoordinationIssueStatus.OPEN, CoordinationIssueStatus.IN_PROGRESS, CoordinationIssueStatus.CLOSED, CoordinationIssueStatus.CLOSED]);
        const closedOn = status === CoordinationIssueStatus.CLOSED ? (addDays(raised, between(5, 60)) > shape.today ? shape.today : addDays(raised, between(5, 60))) : null;
        issues.push({
          id: uuid(),
          project_id: id,
          title: pick(ISSUES),
          raised_by: owner,
          raised_on: raised,
          due_on: addDays(raised, 30),
          status,
          resolution: closedOn ? '已协调解决' : null,
          closed_by: closedOn ? owner : null,
          closed_on: closedOn,
          closed_at: closedOn ? stamp(closedOn, 40) : null,
          from_department_id: pick(refs.units),
          is_demo: true,
        });
      }
    }
    projects.push(row);
  }

  // Each project's first SIGNED and DROPPED dates of its log, as the database's trigger keeps them (a load with the
  // triggers off, session_replication_role = replica, would leave them empty otherwise).
  const firstOn = new Map<string, { SIGNED?: string; DROPPED?: string }>();
  for (const l of logs) {
    const stage = l['to_stage'] as string;
    if (stage !== 'SIGNED' && stage !== 'DROPPED') continue;
    const dates = firstOn.get(l['project_id'] as string) ?? {};
    const on = String(l['effective_on']);
    if (!dates[stage] || on < (dates[stage] as string)) dates[stage] = on;
    firstOn.set(l['project_id'] as string, dates);
  }
  for (const p of projects) {
    p['log_signed_on'] = firstOn.get(p['id'] as string)?.SIGNED ?? null;
    p['log_dropped_on'] = firstOn.get(p['id'] as string)?.DROPPED ?? null;
  }
  const date = 'date';
  await insertRows(
    db,
    'project',
    {
      id: 'uuid',
      name: 'text',
      company_id: 'uuid',
      chain_id: 'uuid',
      type: 'text',
      stage: 'text',
      stage_on: date,
      agreed_investment: 'numeric',
      responsible_leader_id: 'uuid',
      responsible_unit_id: 'uuid',
      owner_id: 'uuid',
      carrier: 'text',
      confidential: 'boolean',
      code_name: 'text',
      signed_on: date,
      log_signed_on: date,
      log_dropped_on: date,
      registered_company_name: 'text',
      registered_credit_code: 'text',
      started_on: date,
      production_on: date,
      capacity_on: date,
      hold_reason: 'text',
      drop_reason: 'text',
      last_update_on: date,
      is_demo: 'boolean',
      created_on: date,
      created_by: 'uuid',
      updated_by: 'uuid',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
      search_tokens: 'text[]',
      search_text: 'text',
    },
    projects,
  );
  await insertRows(db, 'project_chain_node', { project_id: 'uuid', segment_id: 'uuid' }, links);
  await insertRows(
    db,
    'project_stage_log',
    { project_id: 'uuid', from_stage: 'text', to_stage: 'text', effective_on: date, recorded_at: 'timestamptz', actor_id: 'uuid', source: 'text', is_demo: 'boolean' },
    logs,
  );
  await insertRows(db, 'project_update', { id: 'uuid', project_id: 'uuid', text: 'text', author_id: 'uuid', created_on: date, created_at: 'timestamptz', is_demo: 'boolean' }, updates);
  await insertRows(
    db,
    'project_funds',
    { id: 'uuid', project_id: 'uuid', amount: 'numeric', received_on: date, kind: 'text', entered_by: 'uuid', entered_at: 'timestamptz', is_demo: 'boolean' },
    funds,
  );
  await insertRows(db, 'project_milestone', { id: 'uuid', project_id: 'uuid', name: 'text', planned_on: date, actual_on: date, is_demo: 'boolean' }, milestones);
  await insertRows(
    db,
    'coordination_issue',
    {
      id: 'uuid',
      project_id: 'uuid',
      title: 'text',
      raised_by: 'uuid',
      raised_on: date,
      due_on: date,
      status: 'text',
      resolution: 'text',
      closed_by: 'uuid',
      closed_on: date,
      closed_at: 'timestamptz',
      from_department_id: 'uuid',
      is_demo: 'boolean',
    },
    issues,
  );
  // The timeline in the order things happened, as the app appends it.
  events.sort((a, b) => String(a['at']).localeCompare(String(b['at'])));
  await insertRows(db, 'project_event', { project_id: 'uuid', kind: 'text', actor_id: 'uuid', at: 'timestamptz', data: 'jsonb', is_demo: 'boolean' }, events);
  // Statistics for the planner, and the visibility map a bulk load leaves unset (an index-only scan or a count reads it).
  for (const table of ['company', 'project', 'project_chain_node', 'project_stage_log', 'project_update', 'project_funds', 'project_milestone', 'coordination_issue', 'project_event']) {
    await db.query(`VACUUM ANALYZE "${table}"`);
  }
  return {
    companies: shape.companies ? 0 : companies.length,
    projects: projects.length,
    stageLogs: logs.length,
    updates: updates.length,
    funds: funds.length,
    milestones: milestones.length,
    issues: issues.length,
    events: events.length,
    seconds: (performance.now() - started) / 1000,
  };
}
