import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { passwordProblem, primaryRole, Role, ROLE_ORDER, sortRoles } from '@chainboard/domain';
import { badField, notFound, PageInput, pageTotal } from '@chainboard/server-core';
import { hashPassword } from './auth.service';
import { Department } from './department.entity';
import { CreateDepartmentInput, CreateUserInput, UpdateDepartmentInput, UpdateUserInput, UserFilterInput } from './dto/account.inputs';
import { assertPasswordPolicy, isCommonPassword } from './password-policy';
import { SessionsService } from './sessions.service';
import { UserChain } from './user-chain.entity';
import { User } from './user.entity';
import { UserPage } from './user-page.type';

/** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
const TEMPORARY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
const TEMPORARY_LENGTH = 14;

/** A random temporary password that keeps the policy (shown once to the admin, changed at first sign-in). */
export function temporaryPassword(username: string): string {
  for (;;) {
    const password = Array.from({ length: TEMPORARY_LENGTH }, () => TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)]).join('');
    if (/[A-Z]/.test(password) && /[a-z]/.test(password) && /\d/.test(password) && !passwordProblem(password, { username, isCommon: isCommonPassword })) {
      return password;
    }
  }
}

/** A foreign key refused the row (a chain id that names no chain). */
function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code === '23503';
}

/** SQL ordering users by their primary role in the domain's order (widest rights first), then by username. */
const ROLE_ORDER_SQL = (alias: string) => `array_position(ARRAY[${ROLE_ORDER.map((r) => `'${r}'`).join(',')}]::varchar[], ${alias}.role)`;

/**
 * Account administration (user.manage) and departments (department.manage): create, edit, disable and re-enable
 * accounts, reset their passwords; disabling an account or resetting its password ends its sessions at once.
 */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
  ) {}

  /** Users by filter: part of the name, any of some roles, a department, an assigned chain, active or not. */
  list(filter: UserFilterInput = {}): Promise<User[]> {
    return this.query(filter).getMany();
  }

  /** One page of the accounts matching the filter, in the list's order, with the total. */
  async page(filter: UserFilterInput = {}, page: PageInput = {}): Promise<UserPage> {
    const offset = page.offset ?? 0;
    const limit = page.limit ?? 50;
    const qb = this.query(filter);
    const items = await qb.clone().offset(offset).limit(limit).getMany();
    return { ...(await pageTotal(qb, { offset, limit, rows: items.length, exact: page.exactTotal })), offset, limit, items };
  }

  private query(filter: UserFilterInput) {
    const qb = this.db.manager
      .createQueryBuilder(User, 'u')
      .leftJoinAndSelect('u.department', 'department')
      .orderBy(ROLE_ORDER_SQL('u'), 'ASC')
      .addOrderBy('u.username', 'ASC');
    const search = filter.search?.trim();
    if (search) {
      qb.andWhere("(u.username ILIKE :search ESCAPE '\\' OR u.display_name ILIKE :search ESCAPE '\\')", { search: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
    if (filter.roles?.length) qb.andWhere('u.roles && ARRAY[:...roles]::varchar[]', { roles: filter.roles });
    if (filter.departmentId) qb.andWhere('u.department_id = :departmentId', { departmentId: filter.departmentId });
    if (filter.chainId) qb.andWhere('EXISTS (SELECT 1 FROM user_chain fuc WHERE fuc.user_id = u.id AND fuc.chain_id = :chainId)', { chainId: filter.chainId });
    if (filter.active !== undefined && filter.active !== null) qb.andWhere('u.active = :active', { active: filter.active });
    return qb;
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<User> {
    const [user] = await manager.find(User, { where: { id } });
    if (!user) throw notFound('user', id);
    return user;
  }

  async create(input: CreateUserInput): Promise<{ user: User; temporaryPassword: string }> {
    const username = input.username.trim();
    const password = input.password ?? temporaryPassword(username);
    if (input.password !== undefined) assertPasswordPolicy(input.password, username, 'password');
    const roles = sortRoles(input.roles);
    const passwordHash = await hashPassword(password);
    const id = await this.db.transaction(async (m) => {
      if (await m.existsBy(User, { username })) throw badField('username', 'user.usernameTaken', { username });
      if (input.departmentId) await this.assignableDepartment(m, input.departmentId);
      const inserted = await m.insert(User, {
        username,
        displayName: input.displayName,
        departmentId: input.departmentId ?? null,
        role: primaryRole(roles) as Role,
        roles,
        passwordHash,
        active: true,
        mustChangePassword: true,
      });
      const userId = inserted.identifiers[0]['id'] as string;
      await this.assignChains(m, userId, input.chainIds ?? []);
      return userId;
    });
    return { user: await this.get(id), temporaryPassword: password };
  }

  async update(input: UpdateUserInput, actor: User): Promise<User> {
    await this.db.transaction(async (m) => {
      const user = await this.get(input.userId, m);
      const changes: Partial<User> = {};
      if (input.displayName !== undefined) changes.displayName = input.displayName;
      if (input.departmentId !== undefined && input.departmentId !== user.departmentId) {
        if (input.departmentId) await this.assignableDepartment(m, input.departmentId);
        changes.departmentId = input.departmentId;
      }
      if (input.roles) {
        const roles = sortRoles(input.roles);
        if (user.id === actor.id && user.roles.includes(Role.ADMIN) && !roles.includes(Role.ADMIN)) throw badField('roles', 'user.selfAdmin');
        changes.roles = roles;
        changes.role = primaryRole(roles) as Role;
      }
      if (Object.keys(changes).length > 0) await m.update(User, { id: user.id }, changes);
      if (input.chainIds) {
        await m.delete(UserChain, { userId: user.id });
        await this.assignChains(m, user.id, input.chainIds);
      }
    });
    return this.get(input.userId);
  }

  /** Disables an account (its sessions end at once) or enables it again. Nobody disables their own. */
  async setActive(userId: string, active: boolean, actor: User): Promise<User> {
    if (!active && userId === actor.id) throw badField('userId', 'user.selfDisable');
    await this.db.transaction(async (m) => {
      const user = await this.get(userId, m);
      if (user.active === active) return;
      await m.update(User, { id: user.id }, { active });
      if (!active) await this.sessions.endAll(user.id, 'DISABLED', m);
    });
    return this.get(userId);
  }

  /** Sets a temporary password (given, or generated and answered once): the user must change it; their sessions end. */
  async resetPassword(userId: string, given: string | undefined): Promise<{ user: User; temporaryPassword: string }> {
    const user = await this.get(userId);
    if (given !== undefined) assertPasswordPolicy(given, user.username, 'password');
    const password = given ?? temporaryPassword(user.username);
    const passwordHash = await hashPassword(password);
    await this.db.transaction(async (m) => {
      await m.update(User, { id: user.id }, { passwordHash, mustChangePassword: true });
      await this.sessions.endAll(user.id, 'PASSWORD_RESET', m);
    });
    return { user: await this.get(userId), temporaryPassword: password };
  }

  listDepartments(includeInactive = false): Promise<Department[]> {
    return this.db.manager.find(Department, { where: includeInactive ? {} : { active: true }, order: { name: 'ASC' } });
  }

  async createDepartment(input: CreateDepartmentInput): Promise<Department> {
    return this.db.transaction(async (m) => {
      await this.freeDepartmentName(m, input.name);
      const inserted = await m.insert(Department, { name: input.name, shortName: input.shortName || null, active: true });
      return m.findOneByOrFail(Department, { id: inserted.identifiers[0]['id'] as string });
    });
  }

  async updateDepartment(input: UpdateDepartmentInput): Promise<Department> {
    return this.db.transaction(async (m) => {
      const department = await this.department(m, input.departmentId);
      const changes: Partial<Department> = {};
      if (input.name !== undefined && input.name !== department.name) {
        await this.freeDepartmentName(m, input.name, department.id);
        changes.name = input.name;
      }
      if (input.shortName !== undefined) changes.shortName = input.shortName || null;
      if (Object.keys(changes).length > 0) await m.update(Department, { id: department.id }, changes);
      return m.findOneByOrFail(Department, { id: department.id });
    });
  }

  /** Disables a department (it keeps its users and chains, and takes no new users) or enables it again. */
  async setDepartmentActive(departmentId: string, active: boolean): Promise<Department> {
    return this.db.transaction(async (m) => {
      const department = await this.department(m, departmentId);
      if (department.active !== active) await m.update(Department, { id: department.id }, { active });
      return m.findOneByOrFail(Department, { id: department.id });
    });
  }

  private async department(m: EntityManager, id: string): Promise<Department> {
    const department = await m.findOneBy(Department, { id });
    if (!department) throw notFound('department', id);
    return department;
  }

  /** A department a user may be put in: it exists and is not disabled. */
  private async assignableDepartment(m: EntityManager, id: string): Promise<void> {
    const department = await m.findOneBy(Department, { id });
    if (!department) throw badField('departmentId', 'notFound.department');
    if (!department.active) throw badField('departmentId', 'user.departmentInactive', { name: department.name });
  }

  private async freeDepartmentName(m: EntityManager, name: string, exceptId?: string): Promise<void> {
    const taken = await m.findOneBy(Department, { name });
    if (taken && taken.id !== exceptId) throw badField('name', 'department.nameTaken', { name });
  }

  /** Assigns chains to a user; a chain id that names no chain is refused (the foreign key says so). */
  private async assignChains(m: EntityManager, userId: string, chainIds: readonly string[]): Promise<void> {
    if (chainIds.length === 0) return;
    try {
      await m.insert(
        UserChain,
        chainIds.map((chainId) => ({ userId, chainId })),
      );
    } catch (error) {
      if (isForeignKeyViolation(error)) throw badField('chainIds', 'user.unknownChain');
      throw error;
    }
  }
}
