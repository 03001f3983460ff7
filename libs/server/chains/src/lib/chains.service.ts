import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Actor, canLeadChain, canOnChain, Operation, TaskStatus } from '@chainboard/domain';
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
      const chain = await this.authorize(actor, 'workPlan.edit', input.chainId, m);
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
      await this.authorize(actor, 'workPlan.edit', task.workPlan.chainId, m);
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
      await this.authorize(actor, 'workPlan.edit', task.workPlan.chainId, m);
      await m.delete(WorkPlanTask, { id: taskId });
    });
    return taskId;
  }

  async addPolicy(actor: Actor, input: AddPolicyInput): Promise<Policy> {
    this.assertDateRange(input.validFrom, input.validTo);
    const id = await this.db.transaction(async (m) => {
      const chain = await this.authorize(actor, 'policy.edit', input.chainId, m);
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
      await this.authorize(actor, 'policy.edit', policy.policySet.chainId, m);
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
      await this.authorize(actor, 'policy.edit', policy.policySet.chainId, m);
      await m.delete(Policy, { id: policyId });
    });
    return policyId;
  }

  /** Locks the chain for this transaction and checks the actor's grant reaches it ("own" grants reach only their own chains). */
  async authorize(actor: Actor, operation: Operation, chainId: string, m: EntityManager): Promise<IndustryChain> {
    const chain = await this.lockChain(chainId, m);
    if (!canOnChain(actor, operation, chain)) throw forbidden();
    return chain;
  }

  /** Reads the chain row for update, so concurrent reassignments and edits of one chain queue up. */
  private async lockChain(chainId: string, m: EntityManager): Promise<IndustryChain> {
    const chain = await m.findOne(IndustryChain, { where: { id: chainId }, lock: { mode: 'pessimistic_write' } });
    if (!chain) throw notFound('chain', chainId);
    return chain;
  }

  private assertCanLead(user: { role: Parameters<typeof canLeadChain>[0]; active: boolean; displayName: string }): void {
    if (!canLeadChain(user.role)) throw badInput('chain.leaderRole', { field: 'leaderId' });
    if (!user.active) throw badInput('user.inactive', { name: user.displayName });
  }

  private assertDateRange(from: string | null | undefined, to: string | null | undefined): void {
    if (from && to && to < from) throw badInput('input.dateRange', { field: 'validTo' });
  }
}
