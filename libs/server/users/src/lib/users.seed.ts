import { join } from 'path';
import { EntityManager } from 'typeorm';
import { Role, sortRoles } from '@chainboard/domain';
import { DEMO_PASSWORD, readSeedFile, SeedStep } from '@chainboard/server-database';
import { hashPassword } from './auth.service';
import { Department } from './department.entity';
import { assertSeedPasswordFit } from './production-checks';
import { User } from './user.entity';

export interface DepartmentSeed {
  name: string;
  shortName?: string | null;
}

export interface UserSeed {
  username: string;
  displayName: string;
  /** The primary role. */
  role: Role;
  /** More roles the account holds beside the primary one. */
  roles?: Role[];
  department?: string | null;
}

/** The departments of departments.yaml, added by name. */
export const departmentsSeed: SeedStep<DepartmentSeed[]> = {
  name: 'departments',
  read: (dir) => readSeedFile<{ departments: DepartmentSeed[] }>(join(dir, 'departments.yaml')).departments,
  async load(m, departments) {
    let added = 0;
    for (const d of departments) {
      if (await m.existsBy(Department, { name: d.name })) continue;
      await m.insert(Department, { name: d.name, shortName: d.shortName ?? null });
      added++;
    }
    return added;
  },
};

/**
 * The accounts of users.yaml, added by username, all with the seed's password. With a password of the operator's
 * own (SEED_PASSWORD) each account must change it at its first sign-in; with the demo password printed in the README
 * (development and the demo) it need not, and production refuses to seed with it at all.
 */
export const usersSeed: SeedStep<UserSeed[]> = {
  name: 'users',
  read: (dir) => readSeedFile<{ users: UserSeed[] }>(join(dir, 'users.yaml')).users,
  problems(users, other) {
    const deptNames = new Set(other(departmentsSeed).map((d) => d.name));
    const problems: string[] = [];
    for (const u of users) {
      for (const role of [u.role, ...(u.roles ?? [])]) {
        if (!Object.values(Role).includes(role)) problems.push(`user ${u.username}: unknown role ${role}`);
      }
      if (u.department && !deptNames.has(u.department)) problems.push(`user ${u.username}: unknown department ${u.department}`);
    }
    return problems;
  },
  async load(m, users, { password }) {
    const deptId = await departmentIdsByName(m);
    let passwordHash: string | undefined;
    let added = 0;
    for (const u of users) {
      if (await m.existsBy(User, { username: u.username })) continue;
      if (process.env['NODE_ENV'] === 'production') assertSeedPasswordFit(password);
      passwordHash ??= await hashPassword(password);
      const roles = sortRoles([u.role, ...(u.roles ?? [])]);
      await m.insert(User, {
        username: u.username,
        displayName: u.displayName,
        role: roles[0],
        roles,
        mustChangePassword: password !== DEMO_PASSWORD,
        departmentId: u.department ? deptId(u.department) : null,
        passwordHash,
        active: true,
      });
      added++;
    }
    return added;
  },
};

/** For other features' seeds: a department's id by its name (the seed files name departments). */
export async function departmentIdsByName(m: EntityManager): Promise<(name: string) => string> {
  const rows = await m.find(Department);
  const byName = new Map(rows.map((d) => [d.name, d.id]));
  return (name) => {
    const id = byName.get(name);
    if (!id) throw new Error(`seed: unknown department ${name}`);
    return id;
  };
}

/** For other features' seeds: a seeded account's id by its username. */
export async function userIdByUsername(m: EntityManager, username: string): Promise<string> {
  return (await m.findOneByOrFail(User, { username })).id;
}
