import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { DataSource, EntityManager } from 'typeorm';
import { parse } from 'yaml';
import { ChainTrack, companyIndex, CompanyListCategory, CompanyRole, isDecimalString, isIsoDate, ListLevel, NodePosition, NodeStatus, Role, TargetComparator, TaskStatus } from '@chainboard/domain';
import {
  ChainEdge,
  ChainMap,
  ChainNode,
  ChainTarget,
  IndustryChain,
  Policy,
  PolicySet,
  WorkPlan,
  WorkPlanTask,
} from '@chainboard/server-chains';
import { Company, CompanyList, NodeCompany } from '@chainboard/server-companies';
import { Department, hashPassword, User } from '@chainboard/server-users';
import { SeedApplied } from './seed-applied.entity';

/** The password of every demo account the seed creates, unless SEED_PASSWORD says otherwise. */
export const DEMO_PASSWORD = 'Chainboard@2025';

interface DepartmentSeed {
  name: string;
  shortName?: string | null;
}
interface UserSeed {
  username: string;
  displayName: string;
  role: Role;
  department?: string | null;
}
interface ChainSeed {
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
    tasks: Array<{ title: string; description?: string; ownerDepartment?: string; dueDate?: string; status: TaskStatus }>;
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

interface MapNodeSeed {
  name: string;
  position?: NodePosition;
  status?: NodeStatus;
  highEnd?: boolean;
  key?: boolean;
  industryCode?: string | number;
  description?: string;
  children?: MapNodeSeed[];
}
interface MapSeed {
  chain: string;
  nodes: MapNodeSeed[];
  edges?: Array<{ from: string; to: string }>;
  companies?: Array<{ name: string; node: string; role: CompanyRole }>;
}

interface CompanyListSeed {
  name: string;
  category: CompanyListCategory;
  level?: ListLevel | null;
  publisher?: string | null;
}

export interface SeedData {
  companyLists: CompanyListSeed[];
  departments: DepartmentSeed[];
  users: UserSeed[];
  chains: ChainSeed[];
  maps: MapSeed[];
}

export interface SeedReport {
  companyLists: number;
  departments: number;
  users: number;
  chains: number;
  maps: number;
}

const ymd = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  // YAML reads an unquoted 2025-06-30 as a date at UTC midnight.
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  if (!isIsoDate(s)) throw new Error(`seed: "${s}" is not a date written YYYY-MM-DD`);
  return s;
};

function readYaml<T>(path: string): T {
  return parse(readFileSync(path, 'utf8')) as T;
}

/** Reads the seed files and checks every reference in them, before anything is written. */
export function readSeeds(dir: string): SeedData {
  const departments = readYaml<{ departments: DepartmentSeed[] }>(join(dir, 'departments.yaml')).departments;
  const companyLists = readYaml<{ lists: CompanyListSeed[] }>(join(dir, 'company-lists.yaml')).lists;
  const users = readYaml<{ users: UserSeed[] }>(join(dir, 'users.yaml')).users;
  const chainDir = join(dir, 'chains');
  const chains = readdirSync(chainDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readYaml<ChainSeed>(join(chainDir, f)))
    .sort((a, b) => a.sortOrder - b.sortOrder);

  const mapDir = join(dir, 'maps');
  const maps = existsSync(mapDir)
    ? readdirSync(mapDir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => readYaml<MapSeed>(join(mapDir, f)))
    : [];

  const deptNames = new Set(departments.map((d) => d.name));
  const usernames = new Map(users.map((u) => [u.username, u]));
  const problems: string[] = [];
  for (const u of users) {
    if (!Object.values(Role).includes(u.role)) problems.push(`user ${u.username}: unknown role ${u.role}`);
    if (u.department && !deptNames.has(u.department)) problems.push(`user ${u.username}: unknown department ${u.department}`);
  }
  for (const c of chains) {
    const leader = usernames.get(c.leader);
    if (!leader) problems.push(`chain ${c.code}: unknown leader ${c.leader}`);
    else if (![Role.CHAIN_LEADER, Role.DISTRICT_LEADER].includes(leader.role)) problems.push(`chain ${c.code}: ${c.leader} cannot lead a chain`);
    if (!deptNames.has(c.leadDepartment)) problems.push(`chain ${c.code}: unknown lead department ${c.leadDepartment}`);
    if (!Object.values(ChainTrack).includes(c.track)) problems.push(`chain ${c.code}: unknown track ${c.track}`);
    for (const t of c.workPlan.tasks) {
      if (t.ownerDepartment && !deptNames.has(t.ownerDepartment)) problems.push(`chain ${c.code}: task "${t.title}" has unknown department`);
      if (!Object.values(TaskStatus).includes(t.status)) problems.push(`chain ${c.code}: task "${t.title}" has unknown status`);
    }
    for (const t of c.targets) {
      if (!isDecimalString(String(t.value))) problems.push(`chain ${c.code}: target ${t.metric} value is not a decimal`);
      if (!Object.values(TargetComparator).includes(t.comparator)) problems.push(`chain ${c.code}: target ${t.metric} comparator`);
    }
  }
  for (const map of maps) problems.push(...mapProblems(map, chains.find((c) => c.code === map.chain)));
  for (const l of companyLists) {
    if (!Object.values(CompanyListCategory).includes(l.category)) problems.push(`company list ${l.name}: unknown category ${l.category}`);
    if (l.level && !Object.values(ListLevel).includes(l.level)) problems.push(`company list ${l.name}: unknown level ${l.level}`);
  }
  if (problems.length) throw new Error(`The seed files have problems:\n- ${problems.join('\n- ')}`);
  return { companyLists, departments, users, chains, maps };
}

/**
 * Loads the seed data, inserting only what is missing (departments by name, users by username, chains by code),
 * so loading twice changes nothing and never overwrites what users have edited. All or nothing.
 */
export async function loadSeeds(db: DataSource, data: SeedData, password = process.env['SEED_PASSWORD'] ?? DEMO_PASSWORD): Promise<SeedReport> {
  return db.transaction(async (m) => {
    const report: SeedReport = { companyLists: 0, departments: 0, users: 0, chains: 0, maps: 0 };
    for (const l of data.companyLists) {
      if (await m.existsBy(CompanyList, { name: l.name })) continue;
      await m.insert(CompanyList, { name: l.name, category: l.category, level: l.level ?? null, publisher: l.publisher ?? null });
      report.companyLists++;
    }
    for (const d of data.departments) {
      if (await m.existsBy(Department, { name: d.name })) continue;
      await m.insert(Department, { name: d.name, shortName: d.shortName ?? null });
      report.departments++;
    }
    const deptId = await departmentIds(m);

    let passwordHash: string | undefined;
    for (const u of data.users) {
      if (await m.existsBy(User, { username: u.username })) continue;
      passwordHash ??= await hashPassword(password);
      await m.insert(User, {
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        departmentId: u.department ? deptId(u.department) : null,
        passwordHash,
        active: true,
      });
      report.users++;
    }

    for (const c of data.chains) {
      if (await m.existsBy(IndustryChain, { code: c.code })) continue;
      await insertChain(m, c, deptId);
      report.chains++;
    }

    // A map is drawn once: after that it belongs to its editors, and a restart must not undo their changes.
    for (const map of data.maps) {
      const key = `map:${map.chain}`;
      if (await m.existsBy(SeedApplied, { key })) continue;
      await insertMap(m, map);
      await m.insert(SeedApplied, { key });
      report.maps++;
    }
    return report;
  });
}

async function departmentIds(m: EntityManager): Promise<(name: string) => string> {
  const rows = await m.find(Department);
  const byName = new Map(rows.map((d) => [d.name, d.id]));
  return (name) => {
    const id = byName.get(name);
    if (!id) throw new Error(`seed: unknown department ${name}`);
    return id;
  };
}

async function insertChain(m: EntityManager, c: ChainSeed, deptId: (name: string) => string): Promise<void> {
  const leader = await m.findOneByOrFail(User, { username: c.leader });
  const chain = await m.save(
    m.create(IndustryChain, {
      code: c.code,
      name: c.name,
      track: c.track,
      sortOrder: c.sortOrder,
      description: (c.description ?? '').trim(),
      leaderId: leader.id,
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

function mapProblems(map: MapSeed, chain: ChainSeed | undefined): string[] {
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
  }
  for (const e of map.edges ?? []) {
    if (!names.has(e.from) || !names.has(e.to)) problems.push(`${where}: edge ${e.from} → ${e.to} names an unknown node`);
    if (e.from === e.to) problems.push(`${where}: edge from "${e.from}" to itself`);
  }
  const placed = new Set<string>();
  for (const c of map.companies ?? []) {
    if (placed.has(`${c.name}@${c.node}`)) problems.push(`${where}: company ${c.name} is on node ${c.node} twice`);
    placed.add(`${c.name}@${c.node}`);
    if (!names.has(c.node)) problems.push(`${where}: company ${c.name} is on unknown node ${c.node}`);
    if (!Object.values(CompanyRole).includes(c.role)) problems.push(`${where}: company ${c.name} has unknown role`);
  }
  return problems;
}

async function insertMap(m: EntityManager, map: MapSeed): Promise<void> {
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
  for (const c of map.companies ?? []) {
    let company = await m.findOneBy(Company, { name: c.name });
    company ??= await m.save(m.create(Company, { name: c.name, isLocal: c.role !== CompanyRole.TARGET, ...companyIndex({ name: c.name }) }));
    await m.insert(NodeCompany, { nodeId: idOf.get(c.node)!, companyId: company.id, role: c.role });
  }
}
