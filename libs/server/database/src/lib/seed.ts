import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { DataSource, EntityManager } from 'typeorm';
import { parse } from 'yaml';
import { ChainTrack, isDecimalString, isIsoDate, Role, TargetComparator, TaskStatus } from '@chainboard/domain';
import {
  ChainMap,
  ChainSegment,
  ChainTarget,
  IndustryChain,
  Policy,
  PolicySet,
  WorkPlan,
  WorkPlanTask,
} from '@chainboard/server-chains';
import { Department, hashPassword, User } from '@chainboard/server-users';

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

export interface SeedData {
  departments: DepartmentSeed[];
  users: UserSeed[];
  chains: ChainSeed[];
}

export interface SeedReport {
  departments: number;
  users: number;
  chains: number;
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
  const users = readYaml<{ users: UserSeed[] }>(join(dir, 'users.yaml')).users;
  const chainDir = join(dir, 'chains');
  const chains = readdirSync(chainDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readYaml<ChainSeed>(join(chainDir, f)))
    .sort((a, b) => a.sortOrder - b.sortOrder);

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
  if (problems.length) throw new Error(`The seed files have problems:\n- ${problems.join('\n- ')}`);
  return { departments, users, chains };
}

/**
 * Loads the seed data, inserting only what is missing (departments by name, users by username, chains by code),
 * so loading twice changes nothing and never overwrites what users have edited. All or nothing.
 */
export async function loadSeeds(db: DataSource, data: SeedData, password = process.env['SEED_PASSWORD'] ?? DEMO_PASSWORD): Promise<SeedReport> {
  return db.transaction(async (m) => {
    const report: SeedReport = { departments: 0, users: 0, chains: 0 };
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
      m.create(ChainSegment, { mapId: map.id, name: f.name, description: (f.description ?? '').trim(), sortOrder: i + 1 }),
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
