import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { Actor, canLeadChain, canOnChain, Operation, RoleHolder, TaskStatus } from '@chainboard/domain';
import { badInput, conflict, forbidden, notFound } from '@chainboard/server-core';
import { UsersService } from '@chainboard/server-users';
import { ChainMap } from './chain-map.entity';
import { ChainNode } from './chain-node.entity';
import { AddPolicyInput, AddTaskInput, CreateChainInput, UpdatePolicyInput, UpdateTaskInput } from './dto/chain.inputs';
import { IndustryChain } from './industry-chain.entity';
import { PolicySet } from './policy-set.entity';
import { Policy } from './policy.entity';
import { WorkPlan } from './work-plan.entity';
import { WorkPlanTask } from './work-plan-task.entity';

/** The chains' order, everywhere they are listed. */
const CHAIN_ORDER = { sortOrder: 'ASC', name: 'ASC' } as const;

function isUniqueViolation(e: unknown, constraintPart: string): boolean {
  const driverError = e instanceof QueryFailedError ? (e.driverError as { code?: string; constraint?: string; detail?: string }) : undefined;
  return driverError?.code === '23505' && `${driverError.constraint ?? ''} ${driverError.detail ?? ''}`.includes(constraintPart);
}

/** A chain-map node with the id and name of the chain its map belongs to. */
export type NodeWithChain = ChainNode & { chainId: string; chainName: string };

@Injectable()
export class ChainsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
  ) {}

  /** The chains' own rows; what hangs off a chain (map, plan, policies, targets, leader) is read by ChainLoaders when asked. */
  list(): Promise<IndustryChain[]> {
    return this.db.getRepository(IndustryChain).find({ order: CHAIN_ORDER });
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<IndustryChain> {
    const chain = await manager.getRepository(IndustryChain).findOneBy({ id });
    if (!chain) throw notFound('chain', id);
    return chain;
  }

  /** Creates a chain with its leader and lead department, and its map, work plan and policy set, all or nothing. */
  async create(input: CreateChainInput): Promise<IndustryChain> {
    const id = await this.db.transaction(async (m) => {
      const leader = await this.users.getUser(input.leaderId, m);
      this.assertCanLead(leader);
      await this.users.getDepartment(input.leadDepartmentId, m);
      const existing = await m.findOne(IndustryChain, { where: [{ name: input.name }, { code: input.code }] });
      if (existing?.name === input.name) throw conflict('chain.nameTaken', { name: input.name, field: 'name' });
      if (existing) throw conflict('chain.codeTaken', { code: input.code, field: 'code' });

      const maxOrder = await m
        .createQueryBuilder(IndustryChain, 'c')
        .select('COALESCE(MAX(c.sort_order), 0)', 'max')
        .getRawOne<{ max: number }>();
      const chain = await m.save(
        m.create(IndustryChain, {
          code: input.code,
          name: input.name,
          track: input.track,
          description: input.description ?? '',
          leaderId: leader.id,
          leadDepartmentId: input.leadDepartmentId,
          sortOrder: Number(maxOrder?.max ?? 0) + 1,
        }),
      );
      const map = await m.save(m.create(ChainMap, { chainId: chain.id, title: `${chain.name}产业链图谱` }));
      await m.save(m.create(WorkPlan, { chainId: chain.id, title: `${chain.name}产业链招商工作方案` }));
      await m.save(m.create(PolicySet, { chainId: chain.id, title: `${chain.name}产业链支持政策` }));
      const directions = [...new Set(input.focusDirections ?? [])];
      if (directions.length) {
        await m.save(directions.map((name, i) => m.create(ChainNode, { mapId: map.id, name, sortOrder: i + 1 })));
      }
      return chain.id;
    }).catch((e: unknown) => {
      if (isUniqueViolation(e, 'name')) throw conflict('chain.nameTaken', { name: input.name, field: 'name' });
      if (isUniqueViolation(e, 'code')) throw conflict('chain.codeTaken', { code: input.code, field: 'code' });
      throw e;
    });
    return this.get(id);
  }

  /** Makes another user the chain's leader. The chain has one leader column, so the old leader is replaced. */
  async reassignLeader(chainId: string, leaderId: string): Promise<IndustryChain> {
    await this.db.transaction(async (m) => {
      await this.lockChain(chainId, m);
      const leader = await this.users.getUser(leaderId, m);
      this.assertCanLead(leader);
      await m.update(IndustryChain, { id: chainId }, { leaderId: leader.id });
    });
    return this.get(chainId);
  }

  async reassignLeadDepartment(chainId: string, departmentId: string): Promise<IndustryChain> {
    await this.db.transaction(async (m) => {
      await this.lockChain(chainId, m);
      await this.users.getDepartment(departmentId, m);
      await m.update(IndustryChain, { id: chainId }, { leadDepartmentId: departmentId });
    });
    return this.get(chainId);
  }

  async addTask(actor: Actor, input: AddTaskInput): Promise<WorkPlanTask> {
    const id = await this.db.transaction(async (m) => {
      const chain = await this.authorize(actor, 'workPlan.edit', input.chainId, m, { lock: true });
      if (input.ownerDepartmentId) await this.users.getDepartment(input.ownerDepartmentId, m);
      const plan = await m.findOneByOrFail(WorkPlan, { chainId: chain.id });
      const last = await m
        .createQueryBuilder(WorkPlanTask, 't')
        .select('COALESCE(MAX(t.sort_order), 0)', 'max')
        .where('t.work_plan_id = :id', { id: plan.id })
        .getRawOne<{ max: number }>();
      const task = await m.save(
        m.create(WorkPlanTask, {
          workPlanId: plan.id,
          title: input.title,
          description: input.description ?? '',
          ownerDepartmentId: input.ownerDepartmentId ?? null,
          dueDate: input.dueDate ?? null,
          status: TaskStatus.TODO,
          sortOrder: Number(last?.max ?? 0) + 1,
        }),
      );
      return task.id;
    });
    return this.db.manager.findOneByOrFail(WorkPlanTask, { id });
  }

  async updateTask(actor: Actor, input: UpdateTaskInput): Promise<WorkPlanTask> {
    await this.db.transaction(async (m) => {
      const task = await m.findOne(WorkPlanTask, { where: { id: input.taskId }, relations: { workPlan: true } });
      if (!task) throw notFound('task', input.taskId);
      await this.authorize(actor, 'workPlan.edit', task.workPlan.chainId, m, { lock: true });
      if (input.ownerDepartmentId) await this.users.getDepartment(input.ownerDepartmentId, m);
      const changes: Partial<WorkPlanTask> = {};
      if (input.title !== undefined) changes.title = input.title;
      if (input.description !== undefined) changes.description = input.description;
      if (input.ownerDepartmentId !== undefined) changes.ownerDepartmentId = input.ownerDepartmentId;
      if (input.dueDate !== undefined) changes.dueDate = input.dueDate;
      if (input.status !== undefined && input.status !== task.status) {
        changes.status = input.status;
        changes.completedAt = input.status === TaskStatus.DONE ? new Date() : null;
      }
      if (Object.keys(changes).length) await m.update(WorkPlanTask, { id: task.id }, changes);
    });
    return this.db.manager.findOneByOrFail(WorkPlanTask, { id: input.taskId });
  }

  async deleteTask(actor: Actor, taskId: string): Promise<string> {
    await this.db.transaction(async (m) => {
      const task = await m.findOne(WorkPlanTask, { where: { id: taskId }, relations: { workPlan: true } });
      if (!task) throw notFound('task', taskId);
      await this.authorize(actor, 'workPlan.edit', task.workPlan.chainId, m, { lock: true });
      await m.delete(WorkPlanTask, { id: taskId });
    });
    return taskId;
  }

  async addPolicy(actor: Actor, input: AddPolicyInput): Promise<Policy> {
    this.assertDateRange(input.validFrom, input.validTo);
    const id = await this.db.transaction(async (m) => {
      const chain = await this.authorize(actor, 'policy.edit', input.chainId, m, { lock: true });
      const set = await m.findOneByOrFail(PolicySet, { chainId: chain.id });
      const policy = await m.save(
        m.create(Policy, {
          policySetId: set.id,
          title: input.title,
          documentNumber: input.documentNumber ?? '',
          issuer: input.issuer ?? '',
          summary: input.summary ?? '',
          validFrom: input.validFrom ?? null,
          validTo: input.validTo ?? null,
          isDemo: false,
        }),
      );
      return policy.id;
    });
    return this.db.manager.findOneByOrFail(Policy, { id });
  }

  async updatePolicy(actor: Actor, input: UpdatePolicyInput): Promise<Policy> {
    await this.db.transaction(async (m) => {
      const policy = await m.findOne(Policy, { where: { id: input.policyId }, relations: { policySet: true } });
      if (!policy) throw notFound('policy', input.policyId);
      await this.authorize(actor, 'policy.edit', policy.policySet.chainId, m, { lock: true });
      const changes: Partial<Policy> = {};
      for (const key of ['title', 'documentNumber', 'issuer', 'summary', 'validFrom', 'validTo'] as const) {
        if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
      }
      this.assertDateRange(
        changes.validFrom !== undefined ? changes.validFrom : policy.validFrom,
        changes.validTo !== undefined ? changes.validTo : policy.validTo,
      );
      if (Object.keys(changes).length) await m.update(Policy, { id: policy.id }, changes);
    });
    return this.db.manager.findOneByOrFail(Policy, { id: input.policyId });
  }

  async deletePolicy(actor: Actor, policyId: string): Promise<string> {
    await this.db.transaction(async (m) => {
      const policy = await m.findOne(Policy, { where: { id: policyId }, relations: { policySet: true } });
      if (!policy) throw notFound('policy', policyId);
      await this.authorize(actor, 'policy.edit', policy.policySet.chainId, m, { lock: true });
      await m.delete(Policy, { id: policyId });
    });
    return policyId;
  }

  /**
   * The "own chain" check, for every feature: the chain if the actor's grant of the operation reaches it ("own"
   * grants reach only the chains they lead or their department leads), else FORBIDDEN; an unknown chain is not
   * found. With `lock`, the chain row is read for update in the manager's transaction, so that concurrent edits
   * of one chain queue up (the chains' own edits lock; records of other features on a chain do not).
   */
  async authorize(actor: Actor, operation: Operation, chainId: string, m: EntityManager = this.db.manager, opts: { lock?: boolean } = {}): Promise<IndustryChain> {
    const chain = opts.lock ? await this.lockChain(chainId, m) : await this.get(chainId, m);
    if (!canOnChain(actor, operation, chain)) throw forbidden();
    return chain;
  }

  /** Chain-map nodes by id, each with the id and name of the chain its map belongs to (unknown ids are left out). One SQL statement. */
  async nodesWithChain(ids: readonly string[], m: EntityManager = this.db.manager): Promise<NodeWithChain[]> {
    if (!ids.length) return [];
    const nodes = await m
      .createQueryBuilder(ChainNode, 'n')
      .innerJoinAndSelect('n.map', 'map')
      .innerJoin('map.chain', 'chain')
      .addSelect(['chain.id', 'chain.name'])
      .where('n.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
    return nodes.map((n) => Object.assign(n, { chainId: n.map.chainId, chainName: n.map.chain.name }));
  }

  /** Chains the actor's grant of the operation reaches (authorize's rule, for a whole list), in the chains' order. */
  async reachable(actor: Actor, operation: Operation, m: EntityManager = this.db.manager): Promise<IndustryChain[]> {
    return (await m.getRepository(IndustryChain).find({ order: CHAIN_ORDER })).filter((c) => canOnChain(actor, operation, c));
  }

  /** Chains by id (unknown ids are left out). */
  byIds(ids: readonly string[], m: EntityManager = this.db.manager): Promise<IndustryChain[]> {
    return ids.length ? m.getRepository(IndustryChain).findBy({ id: In([...new Set(ids)]) }) : Promise.resolve([]);
  }

  /** Who leads each chain (chain id → leader id). One SQL statement. */
  async leaders(ids: readonly string[], m: EntityManager = this.db.manager): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await m.getRepository(IndustryChain).find({ select: { id: true, leaderId: true }, where: { id: In([...new Set(ids)]) } });
    return new Map(rows.map((r) => [r.id, r.leaderId]));
  }

  /** A chain-map node with the chain its map belongs to; an unknown one is not found. */
  async nodeWithChain(id: string, m: EntityManager = this.db.manager): Promise<NodeWithChain> {
    const [node] = await this.nodesWithChain([id], m);
    if (!node) throw notFound('node', id);
    return node;
  }

  /** Reads the chain row for update, so concurrent reassignments and edits of one chain queue up. */
  private async lockChain(chainId: string, m: EntityManager): Promise<IndustryChain> {
    const chain = await m.findOne(IndustryChain, { where: { id: chainId }, lock: { mode: 'pessimistic_write' } });
    if (!chain) throw notFound('chain', chainId);
    return chain;
  }

  private assertCanLead(user: RoleHolder & { active: boolean; displayName: string }): void {
    if (!canLeadChain(user)) throw badInput('chain.leaderRole', { field: 'leaderId' });
    if (!user.active) throw badInput('user.inactive', { name: user.displayName });
  }

  private assertDateRange(from: string | null | undefined, to: string | null | undefined): void {
    if (from && to && to < from) throw badInput('input.dateRange', { field: 'validTo' });
  }
}
