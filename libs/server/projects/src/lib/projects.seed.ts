import { createHash } from 'crypto';
import { join } from 'path';
import { EntityManager } from 'typeorm';
import {
  canLeadChain,
  CoordinationIssueStatus,
  districtDate,
  FundsKind,
  isPositiveDecimal,
  mayOwnProjectOn,
  projectMoveEffectiveOn,
  projectMoveProblems,
  ProjectMoveValues,
  ProjectStage,
  ProjectType,
  requiredFieldsForMove,
  Role,
  searchIndex,
  usccCheckCharacter,
} from '@chainboard/domain';
import { chainNodeIdsByName, chainsSeed, MapSeed, mapNodeStatuses } from '@chainboard/server-chains';
import { MapCompanySeed, SeedCompany, seedCompany } from '@chainboard/server-companies';
import { isSeedDate, readSeedFile, SeedContext, seedDate, seedFiles, SeedStep } from '@chainboard/server-database';
import { departmentIdsByName, departmentsSeed, userIdByUsername, usersSeed } from '@chainboard/server-users';
import { CoordinationIssue, CoordinationIssueEvent, ProjectEventData, ProjectEventKind, ProjectEventRow, ProjectFunds, ProjectMilestone, ProjectStageLog, ProjectUpdate, StageMoveSource } from './project-records.entity';
import { Project, ProjectNode } from './project.entity';

/** A date of a seed file: YYYY-MM-DD, or relative to the day the seed loads ("today", "today-12", "today+30"). */
type SeedDay = string;

/** The plan's own facts about a project it names: loaded with or without the demo, never flagged as demo. */
export interface ProjectPlanFacts {
  /** Where the plan says it (section and words), for the reviewer. */
  quote: string;
  /** The investing company, when the plan names it. */
  company?: string;
  type?: ProjectType;
  floorSpaceM2?: number | string;
  landAreaMu?: number | string;
  agreedInvestment?: number | string;
}

export interface ProjectMoveSeed {
  to: ProjectStage;
  on: SeedDay;
  note?: string;
  reason?: string;
  /** For the move into REGISTERED (the credit code is made up from the project's name, with a valid check character). */
  registeredCompanyName?: string;
}

/** Everything invented about a project for the demonstration (演示数据). */
export interface ProjectDemoSeed {
  /** The investing company when the plan names none (a company of a map, or one of the file's `companies`). */
  company?: string;
  type?: ProjectType;
  agreedInvestment?: number | string;
  owner?: string;
  responsibleLeader?: string;
  responsibleUnit?: string;
  carrier?: string;
  landAreaMu?: number | string;
  floorSpaceM2?: number | string;
  expectedOutput?: number | string;
  expectedTax?: number | string;
  expectedJobs?: number;
  createdOn: SeedDay;
  moves?: ProjectMoveSeed[];
  milestones?: Array<{ name: string; planned: SeedDay; actual?: SeedDay | null }>;
  updates?: Array<{ on: SeedDay; by?: string; text: string }>;
  funds?: Array<{ on: SeedDay; amount: number | string; kind: FundsKind; source?: string; by?: string }>;
  issues?: Array<{
    title: string;
    detail?: string;
    /** A department of departments.yaml … */
    unit?: string;
    /** … or a unit outside the list, as text. */
    fromUnit?: string;
    by?: string;
    raised: SeedDay;
    due?: SeedDay;
    status: CoordinationIssueStatus;
    resolution?: string;
    closed?: SeedDay;
    closedBy?: string;
  }>;
}

export interface ProjectSeed {
  name: string;
  /** The chain-map nodes it fills (the reviewed placement, like a map's companies). */
  nodes?: string[];
  /** Present for a project the plan names. */
  plan?: ProjectPlanFacts;
  /** Absent: the project holds the plan's facts only. */
  demo?: ProjectDemoSeed;
}

/** One file of seeds/projects: a chain's pipeline. */
export interface ProjectsFileSeed {
  chain: string;
  /** Companies invented for the demonstration: created flagged as demo data, and only with the demo. */
  companies?: SeedCompany[];
  projects: ProjectSeed[];
}

/** Fields of the plan's facts, as the project's columns name them (Project.planFields). */
const PLAN_FIELD_COLUMNS = ['type', 'floorSpaceM2', 'landAreaMu', 'agreedInvestment'] as const;

const decimal = (v: number | string | undefined | null): string | null => (v === undefined || v === null ? null : String(v));

/** A made-up but well-formed credit code of a district company (region 510107), the same for the same name. */
export function demoCreditCode(name: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const digest = createHash('sha256').update(name).digest();
  const body = `91510107MA${[...digest.subarray(0, 7)].map((b) => alphabet[b % alphabet.length]).join('')}`;
  return body + usccCheckCharacter(body);
}

/** The companies a project file may name: the plan's, the maps', and the file's invented ones. */
function knownCompanies(file: ProjectsFileSeed, maps: readonly MapSeed[]): Set<string> {
  const onMaps = maps.flatMap((map) => ((map['companies'] as MapCompanySeed[] | undefined) ?? []).map((c) => c.name));
  return new Set([...onMaps, ...(file.companies ?? []).map((c) => c.name), ...file.projects.flatMap((p) => (p.plan?.company ? [p.plan.company] : []))]);
}

/** The stage moves of a project with their dates resolved, checked as the app checks a move (projectMoveProblems). */
function resolvedMoves(p: ProjectSeed, today: string): { moves: Array<ProjectMoveSeed & { on: string; values: ProjectMoveValues; from: ProjectStage }>; problems: string[] } {
  const demo = p.demo!;
  const problems: string[] = [];
  const moves: Array<ProjectMoveSeed & { on: string; values: ProjectMoveValues; from: ProjectStage }> = [];
  let stage = ProjectStage.NEGOTIATING;
  let heldFrom: ProjectStage | null = null;
  let lastMoveOn: string | null = seedDate(demo.createdOn, today);
  const amount = decimal(p.plan?.agreedInvestment ?? demo.agreedInvestment);
  for (const move of demo.moves ?? []) {
    const on = seedDate(move.on, today);
    const all: ProjectMoveValues = {
      effectiveOn: on,
      signedOn: on,
      agreedInvestment: amount,
      registeredCompanyName: move.registeredCompanyName ?? null,
      registeredCreditCode: move.registeredCompanyName ? demoCreditCode(move.registeredCompanyName) : null,
      startedOn: on,
      carrier: demo.carrier ?? null,
      productionOn: on,
      capacityOn: on,
      reason: move.reason ?? null,
    };
    const values: ProjectMoveValues = { effectiveOn: on };
    for (const field of requiredFieldsForMove(stage, move.to)) values[field] = all[field];
    const found = projectMoveProblems(stage, move.to, values, { today, heldFrom, lastMoveOn });
    if (found.length) problems.push(`project ${p.name}: move ${stage} → ${move.to} on ${on}: ${found.map((f) => `${f.field ?? 'to'} ${f.code}`).join(', ')}`);
    moves.push({ ...move, on: projectMoveEffectiveOn(move.to, values, today), values, from: stage });
    heldFrom = move.to === ProjectStage.ON_HOLD ? stage : null;
    stage = move.to;
    lastMoveOn = on;
  }
  return { moves, problems };
}

function projectProblems(file: ProjectsFileSeed, p: ProjectSeed, context: { companies: Set<string>; nodes: Map<string, unknown>; users: Map<string, { role: Role; department?: string | null }>; departments: Set<string>; chain: { leader: string; leadDepartment: string }; today: string }): string[] {
  const where = `projects ${file.chain}: project ${p.name}`;
  const problems: string[] = [];
  if (!p.plan && !p.demo) problems.push(`${where}: neither plan facts nor demo data`);
  for (const n of p.nodes ?? []) if (!context.nodes.has(n)) problems.push(`${where}: unknown node ${n}`);
  const type = p.plan?.type ?? p.demo?.type;
  if (type && !Object.values(ProjectType).includes(type)) problems.push(`${where}: unknown type ${type}`);
  for (const field of ['floorSpaceM2', 'landAreaMu', 'agreedInvestment'] as const) {
    const v = decimal(p.plan?.[field] ?? p.demo?.[field]);
    if (v !== null && !isPositiveDecimal(v)) problems.push(`${where}: ${field} is not a positive decimal`);
  }
  if (p.plan && !p.plan.quote?.trim()) problems.push(`${where}: the plan's facts need the plan's words (quote)`);
  const company = p.plan?.company ?? p.demo?.company;
  if (company && !context.companies.has(company)) problems.push(`${where}: unknown company ${company}`);
  if (p.plan?.company && p.demo?.company) problems.push(`${where}: the company is the plan's, not the demo's`);
  const demo = p.demo;
  if (!demo) return problems;
  if (!company) problems.push(`${where}: a demo project needs a company`);
  const chainOwnership = { leaderId: context.chain.leader, leadDepartmentId: context.chain.leadDepartment };
  const user = (username: string | undefined, what: string) => {
    if (username === undefined) return undefined;
    const u = context.users.get(username);
    if (!u) problems.push(`${where}: unknown ${what} ${username}`);
    return u;
  };
  const owner = user(demo.owner, 'owner');
  if (owner && demo.owner && !mayOwnProjectOn({ id: demo.owner, role: owner.role, departmentId: owner.department ?? null }, chainOwnership)) problems.push(`${where}: ${demo.owner} may not own projects on the chain`);
  const leader = user(demo.responsibleLeader, 'responsible leader');
  if (leader && !canLeadChain(leader.role)) problems.push(`${where}: ${demo.responsibleLeader} cannot be the responsible leader`);
  if (demo.responsibleUnit && !context.departments.has(demo.responsibleUnit)) problems.push(`${where}: unknown responsible unit ${demo.responsibleUnit}`);
  const dates: unknown[] = [demo.createdOn, ...(demo.moves ?? []).map((m) => m.on), ...(demo.milestones ?? []).flatMap((m) => [m.planned, ...(m.actual ? [m.actual] : [])])];
  dates.push(...(demo.updates ?? []).map((u) => u.on), ...(demo.funds ?? []).map((f) => f.on), ...(demo.issues ?? []).flatMap((i) => [i.raised, ...(i.due ? [i.due] : []), ...(i.closed ? [i.closed] : [])]));
  const bad = dates.filter((d) => !isSeedDate(d));
  if (bad.length) return [...problems, `${where}: not dates: ${bad.join(', ')}`];
  const created = seedDate(demo.createdOn, context.today);
  if (created > context.today) problems.push(`${where}: created after today`);
  for (const m of demo.moves ?? []) if (!Object.values(ProjectStage).includes(m.to)) problems.push(`${where}: unknown stage ${m.to}`);
  if (!problems.length) problems.push(...resolvedMoves(p, context.today).problems.map((x) => `projects ${file.chain}: ${x}`));
  for (const u of demo.updates ?? []) {
    user(u.by, 'author');
    if (seedDate(u.on, context.today) > context.today || seedDate(u.on, context.today) < created) problems.push(`${where}: update of ${String(u.on)} outside the project's life`);
  }
  for (const f of demo.funds ?? []) {
    user(f.by, 'funds entered by');
    if (!Object.values(FundsKind).includes(f.kind)) problems.push(`${where}: unknown funds kind ${f.kind}`);
    if (!isPositiveDecimal(String(f.amount))) problems.push(`${where}: funds amount ${f.amount} is not a positive decimal`);
    if (seedDate(f.on, context.today) > context.today) problems.push(`${where}: funds received after today`);
  }
  for (const m of demo.milestones ?? []) if (m.actual && seedDate(m.actual, context.today) > context.today) problems.push(`${where}: milestone ${m.name} reached after today`);
  for (const i of demo.issues ?? []) {
    user(i.by, 'issue raiser');
    user(i.closedBy, 'issue closer');
    if (!Object.values(CoordinationIssueStatus).includes(i.status)) problems.push(`${where}: issue ${i.title} has unknown status`);
    if (i.unit && !context.departments.has(i.unit)) problems.push(`${where}: issue ${i.title} names unknown department ${i.unit}`);
    if (i.status === CoordinationIssueStatus.CLOSED && (!i.resolution?.trim() || !i.closed)) problems.push(`${where}: closed issue ${i.title} needs its resolution and closing date`);
    if (i.status !== CoordinationIssueStatus.CLOSED && (i.resolution || i.closed)) problems.push(`${where}: open issue ${i.title} has a resolution`);
    if (seedDate(i.raised, context.today) > context.today || (i.closed && seedDate(i.closed, context.today) > context.today)) problems.push(`${where}: issue ${i.title} dated after today`);
  }
  return problems;
}

/** The timestamp of a district date (09:00 in Chengdu), with `minute` to keep entries of one day in order. */
const at = (date: string, minute = 0): Date => new Date(`${date}T09:${String(minute % 60).padStart(2, '0')}:00+08:00`);

/**
 * The pipeline of seeds/projects, one seed unit per project ("project:<chain>:<name>"), loaded once and then left to
 * its users. A project the plan names (`plan`) always loads with the plan's facts, listed in planFields and never
 * flagged; with the demo (SEED_DEMO, default on) it also gets its invented details (`demo`: stage moves logged with
 * source SEED, owner, dates, milestones, updates, funds, issues), and the row and every invented child row are flagged
 * is_demo. Without the demo a plan project is entered as any new project is (stage NEGOTIATING, no log, no owner), and
 * projects the plan does not name are not loaded (nor are the companies invented for them); a later start with the
 * demo adds those, but leaves the plan projects already loaded as they are.
 */
export function projectsSeed(maps: SeedStep<MapSeed[]>): SeedStep<ProjectsFileSeed[]> {
  return {
    name: 'projects',
    read: (dir) => seedFiles(join(dir, 'projects')).map((file) => readSeedFile<ProjectsFileSeed>(file)),
    problems(files, other) {
      const chains = other(chainsSeed);
      const mapFiles = other(maps);
      const users = new Map(other(usersSeed).map((u) => [u.username, u]));
      const departments = new Set(other(departmentsSeed).map((d) => d.name));
      const today = districtDate();
      const problems: string[] = [];
      const names = new Set<string>();
      for (const file of files) {
        const chain = chains.find((c) => c.code === file.chain);
        const map = mapFiles.find((m) => m.chain === file.chain);
        if (!chain || !map) {
          problems.push(`projects ${file.chain}: no chain or map with that code`);
          continue;
        }
        const companies = knownCompanies(file, mapFiles);
        const nodes = mapNodeStatuses(map);
        for (const p of file.projects) {
          if (names.has(p.name)) problems.push(`projects ${file.chain}: project ${p.name} repeats`);
          names.add(p.name);
          problems.push(...projectProblems(file, p, { companies, nodes, users, departments, chain, today }));
        }
      }
      return problems;
    },
    async load(m, files, context) {
      let added = 0;
      const deptId = await departmentIdsByName(m);
      const userIds = new Map<string, string>();
      const userId = async (username: string | undefined): Promise<string | null> => {
        if (!username) return null;
        if (!userIds.has(username)) userIds.set(username, await userIdByUsername(m, username));
        return userIds.get(username)!;
      };
      for (const file of files) {
        const { chainId, nodeId } = await chainNodeIdsByName(m, file.chain);
        if (!chainId) continue;
        const invented = new Map((file.companies ?? []).map((c) => [c.name, c]));
        for (const p of file.projects) {
          const key = `project:${file.chain}:${p.name}`;
          if (await context.applied(key)) continue;
          const demo = context.demo ? (p.demo ?? null) : null;
          if (!p.plan && !demo) continue;
          await insertProject(m, p, demo, { chainId, nodeId, invented, deptId, userId, context });
          await context.markApplied(key);
          added++;
        }
      }
      return added;
    },
  };
}

async function insertProject(
  m: EntityManager,
  p: ProjectSeed,
  demo: ProjectDemoSeed | null,
  env: {
    chainId: string;
    nodeId: (name: string) => string | undefined;
    invented: Map<string, SeedCompany>;
    deptId: (name: string) => string;
    userId: (username: string | undefined) => Promise<string | null>;
    context: SeedContext;
  },
): Promise<void> {
  const today = env.context.today;
  const day = (v: SeedDay) => seedDate(v, today);
  const plan = p.plan;
  const companyName = plan?.company ?? demo?.company;
  const invented = companyName ? env.invented.get(companyName) : undefined;
  const company = companyName && (plan?.company || demo) ? await seedCompany(m, invented ? { ...invented, isDemo: true } : { name: companyName, isLocal: false }) : null;

  const planFields = plan ? ['name', 'chainId', ...(plan.company ? ['companyId'] : []), ...PLAN_FIELD_COLUMNS.filter((f) => plan[f] !== undefined)] : [];
  const isDemo = demo !== null;
  const moves = demo ? resolvedMoves(p, today) : { moves: [], problems: [] };
  if (moves.problems.length) throw new Error(`The seed files have problems:\n- ${moves.problems.join('\n- ')}`);
  const createdOn = demo ? day(demo.createdOn) : today;
  const ownerId = await env.userId(demo?.owner);

  const state: Partial<Project> = { stage: ProjectStage.NEGOTIATING, stageOn: createdOn };
  for (const move of moves.moves) {
    state.stage = move.to;
    state.stageOn = move.on;
    const v = move.values;
    if (v.signedOn) state.signedOn = v.signedOn;
    if (v.registeredCompanyName) Object.assign(state, { registeredCompanyName: v.registeredCompanyName, registeredCreditCode: v.registeredCreditCode });
    if (v.startedOn) state.startedOn = v.startedOn;
    if (v.productionOn) state.productionOn = v.productionOn;
    if (v.capacityOn) state.capacityOn = v.capacityOn;
    state.holdReason = move.to === ProjectStage.ON_HOLD ? (move.reason ?? null) : null;
    if (move.to === ProjectStage.DROPPED) state.dropReason = move.reason ?? null;
  }
  const touched = [...moves.moves.map((x) => x.on), ...(demo?.updates ?? []).map((u) => day(u.on))].sort();
  const project = await m.save(
    m.create(Project, {
      name: p.name,
      companyId: company?.id ?? null,
      chainId: env.chainId,
      type: plan?.type ?? demo?.type ?? ProjectType.INDUSTRIALISATION,
      agreedInvestment: decimal(plan?.agreedInvestment ?? demo?.agreedInvestment),
      foreignAmount: null,
      foreignCurrency: null,
      leadId: null,
      responsibleLeaderId: await env.userId(demo?.responsibleLeader),
      responsibleUnitId: demo?.responsibleUnit ? env.deptId(demo.responsibleUnit) : null,
      ownerId,
      carrier: demo?.carrier ?? null,
      landAreaMu: decimal(plan?.landAreaMu ?? demo?.landAreaMu),
      floorSpaceM2: decimal(plan?.floorSpaceM2 ?? demo?.floorSpaceM2),
      expectedOutput: decimal(demo?.expectedOutput),
      expectedTax: decimal(demo?.expectedTax),
      expectedJobs: demo?.expectedJobs ?? null,
      confidential: false,
      codeName: null,
      ...state,
      lastUpdateOn: touched.length ? touched[touched.length - 1] : null,
      isDemo,
      planFields,
      createdOn,
      createdById: ownerId,
      updatedById: ownerId,
      version: 1,
      ...searchIndex(p.name),
    }),
  );
  const nodeIds = [...new Set((p.nodes ?? []).map(env.nodeId).filter((id): id is string => !!id))];
  if (nodeIds.length) await m.insert(ProjectNode, nodeIds.map((nodeId) => ({ projectId: project.id, nodeId })));

  // The timeline, oldest first (the app lists it newest first by id).
  const events: Array<{ on: string; kind: ProjectEventKind; actorId: string | null; data: ProjectEventData }> = [
    { on: createdOn, kind: ProjectEventKind.CREATED, actorId: ownerId, data: { leadId: null } },
  ];
  for (const move of moves.moves) {
    await m.insert(ProjectStageLog, {
      projectId: project.id,
      fromStage: move.from,
      toStage: move.to,
      effectiveOn: move.on,
      recordedAt: at(move.on),
      actorId: ownerId,
      note: move.note ?? null,
      reason: move.reason ?? null,
      source: StageMoveSource.SEED,
      isDemo: true,
    });
    const changes = requiredFieldsForMove(move.from, move.to)
      .filter((f) => f !== 'reason')
      .map((field) => ({ field, from: null, to: (move.values[field] as string | null) ?? null }));
    events.push({ on: move.on, kind: ProjectEventKind.STAGE_MOVED, actorId: ownerId, data: { fromStage: move.from, toStage: move.to, effectiveOn: move.on, note: move.note ?? null, reason: move.reason ?? null, changes } });
  }
  if (demo) {
    for (const ms of demo.milestones ?? []) {
      const saved = await m.save(m.create(ProjectMilestone, { projectId: project.id, name: ms.name, plannedOn: day(ms.planned), actualOn: ms.actual ? day(ms.actual) : null, createdAt: at(createdOn), isDemo: true }));
      events.push({ on: createdOn, kind: ProjectEventKind.MILESTONE_ADDED, actorId: ownerId, data: { milestoneId: saved.id, milestoneName: saved.name, plannedOn: saved.plannedOn, actualOn: saved.actualOn } });
    }
    for (const [i, u] of (demo.updates ?? []).entries()) {
      const on = day(u.on);
      const authorId = (await env.userId(u.by)) ?? ownerId;
      const saved = await m.save(m.create(ProjectUpdate, { projectId: project.id, text: u.text.trim(), authorId, createdOn: on, createdAt: at(on, 30 + i), isDemo: true }));
      events.push({ on, kind: ProjectEventKind.PROGRESS_UPDATE, actorId: authorId, data: { updateId: saved.id, text: saved.text } });
    }
    for (const f of demo.funds ?? []) {
      const on = day(f.on);
      const enteredById = (await env.userId(f.by)) ?? ownerId;
      const saved = await m.save(
        m.create(ProjectFunds, { projectId: project.id, amount: String(f.amount), receivedOn: on, kind: f.kind, sourceNote: f.source?.trim() || null, enteredById, enteredAt: at(on, 20), isDemo: true }),
      );
      events.push({ on, kind: ProjectEventKind.FUNDS_ADDED, actorId: enteredById, data: { fundsId: saved.id, amount: saved.amount, fundsKind: saved.kind, receivedOn: on, note: saved.sourceNote } });
    }
    for (const i of demo.issues ?? []) {
      const raisedOn = day(i.raised);
      const raisedById = (await env.userId(i.by)) ?? ownerId;
      const closed = i.status === CoordinationIssueStatus.CLOSED;
      const closedOn = closed && i.closed ? day(i.closed) : null;
      const closedById = closed ? ((await env.userId(i.closedBy)) ?? raisedById) : null;
      const issue = await m.save(
        m.create(CoordinationIssue, {
          projectId: project.id,
          title: i.title,
          detail: i.detail?.trim() || null,
          fromDepartmentId: i.unit ? env.deptId(i.unit) : null,
          fromUnit: i.fromUnit ?? null,
          raisedById,
          raisedOn,
          dueOn: i.due ? day(i.due) : null,
          status: i.status,
          resolution: closed ? (i.resolution?.trim() ?? null) : null,
          closedById,
          closedAt: closedOn ? at(closedOn, 40) : null,
          closedOn,
          reopenReason: null,
          createdAt: at(raisedOn, 10),
          isDemo: true,
        }),
      );
      const trail: Array<{ from: CoordinationIssueStatus | null; to: CoordinationIssueStatus; on: string; note: string | null; actorId: string | null; kind: ProjectEventKind }> = [
        { from: null, to: CoordinationIssueStatus.OPEN, on: raisedOn, note: null, actorId: raisedById, kind: ProjectEventKind.ISSUE_RAISED },
      ];
      if (i.status === CoordinationIssueStatus.IN_PROGRESS) trail.push({ from: CoordinationIssueStatus.OPEN, to: CoordinationIssueStatus.IN_PROGRESS, on: raisedOn, note: null, actorId: raisedById, kind: ProjectEventKind.ISSUE_STARTED });
      if (closedOn) trail.push({ from: CoordinationIssueStatus.OPEN, to: CoordinationIssueStatus.CLOSED, on: closedOn, note: issue.resolution, actorId: closedById, kind: ProjectEventKind.ISSUE_CLOSED });
      for (const [n, step] of trail.entries()) {
        await m.insert(CoordinationIssueEvent, { issueId: issue.id, fromStatus: step.from, toStatus: step.to, note: step.note, actorId: step.actorId, at: at(step.on, 10 + n), isDemo: true });
        events.push({ on: step.on, kind: step.kind, actorId: step.actorId, data: { issueId: issue.id, issueTitle: issue.title, resolution: step.to === CoordinationIssueStatus.CLOSED ? issue.resolution : null, reason: null } });
      }
    }
  }
  const ordered = events.map((e, i) => ({ ...e, i })).sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.i - b.i));
  for (const [n, e] of ordered.entries()) {
    await m.insert(ProjectEventRow, { projectId: project.id, kind: e.kind, actorId: e.actorId, at: at(e.on, n), data: e.data, isDemo: isDemo });
  }
}
