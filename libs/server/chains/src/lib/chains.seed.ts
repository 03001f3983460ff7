import { join } from 'path';
import { EntityManager } from 'typeorm';
import { ChainTrack, isDecimalString, isIsoDate, NodePosition, NodeStatus, NodeStatusSource, Role, TargetComparator, TaskStatus } from '@chainboard/domain';
import { readSeedFile, SeedStep, seedFiles } from '@chainboard/server-database';
import { departmentIdsByName, departmentsSeed, userIdByUsername, usersSeed } from '@chainboard/server-users';
import { ChainEdge } from './chain-edge.entity';
import { ChainMap } from './chain-map.entity';
import { ChainNode } from './chain-node.entity';
import { ChainTarget } from './chain-target.entity';
import { IndustryChain } from './industry-chain.entity';
import { PolicySet } from './policy-set.entity';
import { Policy } from './policy.entity';
import { WorkPlanTask } from './work-plan-task.entity';
import { WorkPlan } from './work-plan.entity';

/** One file of seeds/chains: a chain with its five ones (map focus directions, work plan, policies, targets). */
export interface ChainSeed {
  code: string;
  name: string;
  track: ChainTrack;
  sortOrder: number;
  description: string;
  leader: string;
  leadDepartment: string;
  map: { title: string; focusDirections: Array<{ name: string; description?: string }> };
  workPlan: {
    title: string;
    /** `demo`: the owner, due date and status were invented (the plan names the task, never who does it or by when). */
    tasks: Array<{ title: string; description?: string; ownerDepartment?: string; dueDate?: string; status: TaskStatus; demo?: boolean }>;
  };
  policySet: {
    title: string;
    policies: Array<{
      title: string;
      documentNumber?: string;
      issuer?: string;
      summary?: string;
      validFrom?: string | null;
      validTo?: string | null;
      demo?: boolean;
    }>;
  };
  targets: Array<{
    metric: string;
    comparator: TargetComparator;
    value: string;
    unit: string;
    year: number;
    baselineYear?: number;
    baselineValue?: string;
    quote?: string;
  }>;
}

export interface MapNodeSeed {
  name: string;
  position?: NodePosition;
  status?: NodeStatus;
  /** PLAN when the plan's own words give the status (then `statusQuote` holds them); JUDGEMENT (the default) otherwise. */
  statusSource?: NodeStatusSource;
  /** The plan's words the status rests on (section and text). */
  statusQuote?: string;
  /**
   * The status an earlier seed gave the node, when the plan's words contradict it: a map drawn before gets the
   * correction only where the node still has that status (what its editors set stays).
   */
  correctedFrom?: NodeStatus;
  highEnd?: boolean;
  key?: boolean;
  industryCode?: string | number;
  description?: string;
  children?: MapNodeSeed[];
}

/** One file of seeds/maps: a chain's map. Other features' parts of the file (e.g. `companies`) are theirs to read. */
export interface MapSeed {
  chain: string;
  nodes: MapNodeSeed[];
  edges?: Array<{ from: string; to: string }>;
  [part: string]: unknown;
}

/**
 * A part of a map file that another feature loads (e.g. the companies on the nodes): checked with the map, and
 * loaded right after the map is drawn, once, as one unit with it.
 */
export interface ChainMapSeedPart {
  /** The part's problems in one map file; `nodes` holds the names of the map's nodes. */
  problems(map: MapSeed, nodes: ReadonlySet<string>): string[];
  /** Loads the part of a map just drawn; `nodeId` answers a node's id by its name. */
  load(m: EntityManager, map: MapSeed, nodeId: (name: string) => string): Promise<void>;
  /**
   * Brings the part of a map an earlier seed drew up to its file (see MAP_REVISION), leaving what editors changed;
   * `nodeId` answers undefined for a node no longer there.
   */
  mend?(m: EntityManager, map: MapSeed, nodeId: (name: string) => string | undefined): Promise<void>;
}

/**
 * The revision of the map and chain files a database seeded before must be brought up to, once per chain (seed units
 * "map:<chain>@<revision>" and "work-plan:<chain>@<revision>"): the plan read again, faithfully (missing items as
 * nodes, statuses the plan's verbs contradict corrected, the source of every status, companies under their
 * registered names with the plan's spellings as aliases, invented work-plan details flagged as demo data). A
 * database seeded from these files gets the units marked when it is first drawn.
 */
export const MAP_REVISION = 'plan-faithful';

const ymd = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  // YAML reads an unquoted 2025-06-30 as a date at UTC midnight.
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  if (!isIsoDate(s)) throw new Error(`seed: "${s}" is not a date written YYYY-MM-DD`);
  return s;
};

/** The chains of seeds/chains, added by code, each with its map's focus directions, work plan, policies and targets. */
export const chainsSeed: SeedStep<ChainSeed[]> = {
  name: 'chains',
  read: (dir) =>
    seedFiles(join(dir, 'chains'))
      .map((file) => readSeedFile<ChainSeed>(file))
      .sort((a, b) => a.sortOrder - b.sortOrder),
  problems(chains, other) {
    const deptNames = new Set(other(departmentsSeed).map((d) => d.name));
    const usernames = new Map(other(usersSeed).map((u) => [u.username, u]));
    const problems: string[] = [];
    for (const c of chains) {
      const leader = usernames.get(c.leader);
      if (!leader) problems.push(`chain ${c.code}: unknown leader ${c.leader}`);
      else if (![Role.CHAIN_LEADER, Role.DISTRICT_LEADER].includes(leader.role)) problems.push(`chain ${c.code}: ${c.leader} cannot lead a chain`);
      if (!deptNames.has(c.leadDepartment)) problems.push(`chain ${c.code}: unknown lead department ${c.leadDepartment}`);
      if (!Object.values(ChainTrack).includes(c.track)) problems.push(`chain ${c.code}: unknown track ${c.track}`);
      for (const t of c.workPlan.tasks) {
        if (t.ownerDepartment && !deptNames.has(t.ownerDepartment)) problems.push(`chain ${c.code}: task "${t.title}" has unknown department`);
        if (!Object.values(TaskStatus).includes(t.status)) problems.push(`chain ${c.code}: task "${t.title}" has unknown status`);
        if ((t.ownerDepartment || t.dueDate || t.status !== TaskStatus.TODO) && !t.demo) {
          problems.push(`chain ${c.code}: task "${t.title}" has an owner, due date or status the plan does not give: flag it demo`);
        }
      }
      for (const t of c.targets) {
        if (!isDecimalString(String(t.value))) problems.push(`chain ${c.code}: target ${t.metric} value is not a decimal`);
        if (!Object.values(TargetComparator).includes(t.comparator)) problems.push(`chain ${c.code}: target ${t.metric} comparator`);
      }
    }
    return problems;
  },
  async load(m, chains, context) {
    const deptId = await departmentIdsByName(m);
    let added = 0;
    for (const c of chains) {
      const revision = `work-plan:${c.code}@${MAP_REVISION}`;
      if (await m.existsBy(IndustryChain, { code: c.code })) {
        if (!(await context.applied(revision))) {
          await mendWorkPlan(m, c);
          await context.markApplied(revision);
        }
        continue;
      }
      await insertChain(m, c, deptId);
      await context.markApplied(revision);
      added++;
    }
    return added;
  },
};

/**
 * The maps of seeds/maps, each drawn once (seed unit "map:<chain>"): after that a map belongs to its editors, and a
 * restart must not undo their changes. `parts` load what other features keep in the map files.
 */
export function chainMapsSeed(parts: readonly ChainMapSeedPart[] = []): SeedStep<MapSeed[]> {
  return {
    name: 'maps',
    read: (dir) => seedFiles(join(dir, 'maps')).map((file) => readSeedFile<MapSeed>(file)),
    problems(maps, other) {
      const chains = other(chainsSeed);
      return maps.flatMap((map) => mapProblems(map, chains.find((c) => c.code === map.chain), parts));
    },
    async load(m, maps, context) {
      let added = 0;
      for (const map of maps) {
        const key = `map:${map.chain}`;
        const revision = `${key}@${MAP_REVISION}`;
        if (await context.applied(key)) {
          if (await context.applied(revision)) continue;
          await mendMap(m, map, parts);
          await context.markApplied(revision);
          added++;
          continue;
        }
        const nodeIds = await insertMap(m, map);
        const nodeId = (name: string): string => {
          const id = nodeIds.get(name);
          if (!id) throw new Error(`seed: map ${map.chain} has no node ${name}`);
          return id;
        };
        for (const part of parts) await part.load(m, map, nodeId);
        await context.markApplied(key);
        await context.markApplied(revision);
        added++;
      }
      return added;
    },
  };
}

async function insertChain(m: EntityManager, c: ChainSeed, deptId: (name: string) => string): Promise<void> {
  const leaderId = await userIdByUsername(m, c.leader);
  const chain = await m.save(
    m.create(IndustryChain, {
      code: c.code,
      name: c.name,
      track: c.track,
      sortOrder: c.sortOrder,
      description: (c.description ?? '').trim(),
      leaderId,
      leadDepartmentId: deptId(c.leadDepartment),
    }),
  );
  const map = await m.save(m.create(ChainMap, { chainId: chain.id, title: c.map.title }));
  await m.save(
    c.map.focusDirections.map((f, i) =>
      m.create(ChainNode, { mapId: map.id, name: f.name, description: (f.description ?? '').trim(), sortOrder: i + 1 }),
    ),
  );
  const plan = await m.save(m.create(WorkPlan, { chainId: chain.id, title: c.workPlan.title }));
  await m.save(
    c.workPlan.tasks.map((t, i) =>
      m.create(WorkPlanTask, {
        workPlanId: plan.id,
        title: t.title,
        description: (t.description ?? '').trim(),
        ownerDepartmentId: t.ownerDepartment ? deptId(t.ownerDepartment) : null,
        dueDate: ymd(t.dueDate),
        status: t.status,
        completedAt: t.status === TaskStatus.DONE ? new Date() : null,
        sortOrder: i + 1,
        isDemo: t.demo ?? false,
      }),
    ),
  );
  const set = await m.save(m.create(PolicySet, { chainId: chain.id, title: c.policySet.title }));
  await m.save(
    c.policySet.policies.map((p) =>
      m.create(Policy, {
        policySetId: set.id,
        title: p.title,
        documentNumber: p.documentNumber ?? '',
        issuer: p.issuer ?? '',
        summary: (p.summary ?? '').trim(),
        validFrom: ymd(p.validFrom),
        validTo: ymd(p.validTo),
        isDemo: p.demo ?? false,
      }),
    ),
  );
  await m.save(
    c.targets.map((t, i) =>
      m.create(ChainTarget, {
        chainId: chain.id,
        metric: t.metric,
        comparator: t.comparator,
        value: String(t.value),
        unit: t.unit,
        year: t.year,
        baselineYear: t.baselineYear ?? null,
        baselineValue: t.baselineValue !== undefined ? String(t.baselineValue) : null,
        quote: t.quote ?? '',
        sortOrder: i + 1,
      }),
    ),
  );
}

function flatten(nodes: MapNodeSeed[], parent: string | null = null): Array<MapNodeSeed & { parent: string | null }> {
  return nodes.flatMap((n) => [{ ...n, parent }, ...flatten(n.children ?? [], n.name)]);
}

function mapProblems(map: MapSeed, chain: ChainSeed | undefined, parts: readonly ChainMapSeedPart[]): string[] {
  const where = `map ${map.chain}`;
  if (!chain) return [`${where}: no chain with that code`];
  const problems: string[] = [];
  const top = map.nodes.map((n) => n.name);
  const focus = chain.map.focusDirections.map((f) => f.name);
  if (JSON.stringify(top) !== JSON.stringify(focus)) problems.push(`${where}: top-level nodes must be the focus directions ${focus.join(', ')}`);
  const all = flatten(map.nodes);
  const names = new Set<string>();
  for (const n of all) {
    if (names.has(n.name)) problems.push(`${where}: node name "${n.name}" repeats`);
    names.add(n.name);
    if (n.position && !Object.values(NodePosition).includes(n.position)) problems.push(`${where}: node "${n.name}" has unknown position`);
    if (n.status && !Object.values(NodeStatus).includes(n.status)) problems.push(`${where}: node "${n.name}" has unknown status`);
    if (n.statusSource && !Object.values(NodeStatusSource).includes(n.statusSource)) problems.push(`${where}: node "${n.name}" has unknown status source`);
    if (n.statusSource === NodeStatusSource.PLAN && !n.statusQuote?.trim()) problems.push(`${where}: node "${n.name}" says its status is the plan's without quoting it`);
    if (n.correctedFrom !== undefined && (!Object.values(NodeStatus).includes(n.correctedFrom) || n.correctedFrom === (n.status ?? NodeStatus.MISSING))) {
      problems.push(`${where}: node "${n.name}" is corrected from an unknown status or from its own`);
    }
  }
  for (const e of map.edges ?? []) {
    if (!names.has(e.from) || !names.has(e.to)) problems.push(`${where}: edge ${e.from} → ${e.to} names an unknown node`);
    if (e.from === e.to) problems.push(`${where}: edge from "${e.from}" to itself`);
  }
  for (const part of parts) problems.push(...part.problems(map, names));
  return problems;
}

/** Draws a map's nodes and edges; answers each node's id by its name. */
async function insertMap(m: EntityManager, map: MapSeed): Promise<Map<string, string>> {
  const chain = await m.findOneByOrFail(IndustryChain, { code: map.chain });
  const chainMap = await m.findOneByOrFail(ChainMap, { chainId: chain.id });
  const existing = await m.find(ChainNode, { where: { mapId: chainMap.id } });
  const idOf = new Map(existing.map((s) => [s.name, s.id]));

  let order = existing.reduce((max, s) => Math.max(max, s.sortOrder), 0);
  for (const n of flatten(map.nodes)) {
    const fields = {
      parentId: n.parent ? idOf.get(n.parent)! : null,
      position: n.position ?? null,
      status: n.status ?? NodeStatus.MISSING,
      statusSource: n.statusSource ?? NodeStatusSource.JUDGEMENT,
      isHighEnd: n.highEnd ?? false,
      isKey: n.key ?? false,
      industryCode: n.industryCode !== undefined ? String(n.industryCode) : null,
      ...(n.description ? { description: n.description.trim() } : {}),
    };
    const id = idOf.get(n.name);
    if (id) {
      // A focus direction that the chain seed already created: classify it.
      await m.update(ChainNode, { id }, fields);
    } else {
      const saved = await m.save(m.create(ChainNode, { mapId: chainMap.id, name: n.name, description: '', sortOrder: ++order, ...fields }));
      idOf.set(n.name, saved.id);
    }
  }
  for (const e of map.edges ?? []) {
    await m.insert(ChainEdge, { mapId: chainMap.id, fromId: idOf.get(e.from)!, toId: idOf.get(e.to)! });
  }
  return idOf;
}

/** Flags the tasks of a chain's work plan that its file marks demo (found by title; tasks users added stay as they are). */
async function mendWorkPlan(m: EntityManager, c: ChainSeed): Promise<void> {
  const titles = c.workPlan.tasks.filter((t) => t.demo).map((t) => t.title);
  if (!titles.length) return;
  await m
    .createQueryBuilder()
    .update(WorkPlanTask)
    .set({ isDemo: true })
    .where('title IN (:...titles)', { titles })
    .andWhere('work_plan_id IN (SELECT p.id FROM work_plan p JOIN industry_chain c ON c.id = p.chain_id WHERE c.code = :code)', { code: c.code })
    .execute();
}

/**
 * Brings a map an earlier seed drew up to its file, leaving what its editors changed: nodes the file has and the map
 * lacks are added (under their parent, or at the top when the parent is gone) with the edges that reach them; a status
 * the file corrects changes only where the node still has the status it corrects; a node whose status is the file's
 * takes the file's status source (any other status stays its editors' judgement). The other features' parts follow.
 */
async function mendMap(m: EntityManager, map: MapSeed, parts: readonly ChainMapSeedPart[]): Promise<void> {
  const chain = await m.findOneByOrFail(IndustryChain, { code: map.chain });
  const chainMap = await m.findOneByOrFail(ChainMap, { chainId: chain.id });
  const existing = await m.find(ChainNode, { where: { mapId: chainMap.id } });
  const byName = new Map(existing.map((n) => [n.name, n]));
  let order = existing.reduce((max, n) => Math.max(max, n.sortOrder), 0);
  const added = new Set<string>();
  for (const n of flatten(map.nodes)) {
    const status = n.status ?? NodeStatus.MISSING;
    const source = n.statusSource ?? NodeStatusSource.JUDGEMENT;
    const node = byName.get(n.name);
    if (!node) {
      const parentId = n.parent ? (byName.get(n.parent)?.id ?? null) : null;
      const saved = await m.save(
        m.create(ChainNode, {
          mapId: chainMap.id,
          parentId,
          name: n.name,
          description: (n.description ?? '').trim(),
          sortOrder: ++order,
          position: n.position ?? null,
          status,
          statusSource: source,
          isHighEnd: n.highEnd ?? false,
          isKey: n.key ?? false,
          industryCode: n.industryCode !== undefined ? String(n.industryCode) : null,
        }),
      );
      byName.set(n.name, saved);
      added.add(n.name);
      continue;
    }
    const changes: Partial<ChainNode> = {};
    if (n.correctedFrom !== undefined && node.status === n.correctedFrom) changes.status = status;
    if ((changes.status ?? node.status) === status && node.statusSource !== source) changes.statusSource = source;
    if (Object.keys(changes).length) await m.update(ChainNode, { id: node.id }, changes);
  }
  for (const e of map.edges ?? []) {
    if (!added.has(e.from) && !added.has(e.to)) continue;
    const from = byName.get(e.from);
    const to = byName.get(e.to);
    if (from && to) await m.insert(ChainEdge, { mapId: chainMap.id, fromId: from.id, toId: to.id });
  }
  const nodeId = (name: string) => byName.get(name)?.id;
  for (const part of parts) await part.mend?.(m, map, nodeId);
}

/** For other features' seeds: every node of a map file, by name, with its status as the file gives it (MISSING by default). */
export function mapNodeStatuses(map: MapSeed): Map<string, NodeStatus> {
  return new Map(flatten(map.nodes).map((n) => [n.name, n.status ?? NodeStatus.MISSING]));
}

/**
 * For other features' seeds: the ids of a chain's map nodes by name, as the map stands now (undefined for a name its
 * editors have since renamed or deleted), and the chain's id (undefined when no chain has the code).
 */
export async function chainNodeIdsByName(m: EntityManager, chainCode: string): Promise<{ chainId: string | undefined; nodeId: (name: string) => string | undefined }> {
  const chain = await m.findOneBy(IndustryChain, { code: chainCode });
  if (!chain) return { chainId: undefined, nodeId: () => undefined };
  const rows: Array<{ id: string; name: string }> = await m
    .createQueryBuilder(ChainNode, 'n')
    .innerJoin(ChainMap, 'cm', 'cm.id = n.map_id')
    .select(['n.id AS id', 'n.name AS name'])
    .where('cm.chain_id = :chainId', { chainId: chain.id })
    .getRawMany();
  const byName = new Map(rows.map((r) => [r.name, r.id]));
  return { chainId: chain.id, nodeId: (name) => byName.get(name) };
}
