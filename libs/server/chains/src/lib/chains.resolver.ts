import { Args, Field, ID, Int, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { workPlanProgressOf } from '@chainboard/domain';
import { IdPipe } from '@chainboard/server-core';
import { Allow, CurrentUser, Department, User, UserLoaders } from '@chainboard/server-users';
import { ChainLoaders } from './chain-loaders';
import { ChainMap } from './chain-map.entity';
import { ChainNode } from './chain-node.entity';
import { ChainTarget } from './chain-target.entity';
import { ChainsService } from './chains.service';
import { AddPolicyInput, AddTaskInput, CreateChainInput, UpdatePolicyInput, UpdateTaskInput } from './dto/chain.inputs';
import { IndustryChain } from './industry-chain.entity';
import { PolicySet } from './policy-set.entity';
import { Policy } from './policy.entity';
import { WorkPlan } from './work-plan.entity';
import { WorkPlanTask } from './work-plan-task.entity';

@ObjectType()
export class WorkPlanProgress {
  @Field(() => Int)
  done: number;

  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: 'Done tasks as a whole percentage of all tasks' })
  percent: number;
}

@Resolver(() => IndustryChain)
export class ChainsResolver {
  constructor(private readonly service: ChainsService) {}

  @Allow('chain.read')
  @Query(() => [IndustryChain], { description: "The district's industry chains, each with its five ones" })
  chains(): Promise<IndustryChain[]> {
    return this.service.list();
  }

  @Allow('chain.read')
  @Query(() => IndustryChain)
  chain(@Args('id', { type: () => ID }, new IdPipe('chainId')) id: string): Promise<IndustryChain> {
    return this.service.get(id);
  }

  @Allow('chain.create')
  @Mutation(() => IndustryChain)
  createChain(@Args('input') input: CreateChainInput): Promise<IndustryChain> {
    return this.service.create(input);
  }

  @Allow('chain.reassign')
  @Mutation(() => IndustryChain, { description: 'Makes another user the leader (链长); the previous leader is replaced' })
  reassignChainLeader(
    @Args('chainId', { type: () => ID }, new IdPipe('chainId')) chainId: string,
    @Args('leaderId', { type: () => ID }, new IdPipe('leaderId')) leaderId: string,
  ): Promise<IndustryChain> {
    return this.service.reassignLeader(chainId, leaderId);
  }

  @Allow('chain.reassign')
  @Mutation(() => IndustryChain)
  reassignChainLeadDepartment(
    @Args('chainId', { type: () => ID }, new IdPipe('chainId')) chainId: string,
    @Args('departmentId', { type: () => ID }, new IdPipe('departmentId')) departmentId: string,
  ): Promise<IndustryChain> {
    return this.service.reassignLeadDepartment(chainId, departmentId);
  }

  @Allow('workPlan.edit')
  @Mutation(() => WorkPlanTask)
  addWorkPlanTask(@CurrentUser() user: User, @Args('input') input: AddTaskInput): Promise<WorkPlanTask> {
    return this.service.addTask(user, input);
  }

  @Allow('workPlan.edit')
  @Mutation(() => WorkPlanTask, { description: 'Edits a task; setting status DONE completes it' })
  updateWorkPlanTask(@CurrentUser() user: User, @Args('input') input: UpdateTaskInput): Promise<WorkPlanTask> {
    return this.service.updateTask(user, input);
  }

  @Allow('workPlan.edit')
  @Mutation(() => ID, { description: 'Deletes a task; returns its id' })
  deleteWorkPlanTask(@CurrentUser() user: User, @Args('taskId', { type: () => ID }, new IdPipe('taskId')) taskId: string): Promise<string> {
    return this.service.deleteTask(user, taskId);
  }

  @Allow('policy.edit')
  @Mutation(() => Policy)
  addPolicy(@CurrentUser() user: User, @Args('input') input: AddPolicyInput): Promise<Policy> {
    return this.service.addPolicy(user, input);
  }

  @Allow('policy.edit')
  @Mutation(() => Policy)
  updatePolicy(@CurrentUser() user: User, @Args('input') input: UpdatePolicyInput): Promise<Policy> {
    return this.service.updatePolicy(user, input);
  }

  @Allow('policy.edit')
  @Mutation(() => ID, { description: 'Deletes a policy; returns its id' })
  deletePolicy(@CurrentUser() user: User, @Args('policyId', { type: () => ID }, new IdPipe('policyId')) policyId: string): Promise<string> {
    return this.service.deletePolicy(user, policyId);
  }
}

/** A non-null field's record, which the database keeps for every chain (the "五个1"). */
function required<T>(value: T | null, what: string, id: string): T {
  if (value === null) throw new Error(`${what} of ${id} is missing`);
  return value;
}

/**
 * A chain's five ones and targets, each read only when a request asks for it, in one statement for all the chains
 * of the request (ChainLoaders, UserLoaders).
 */
@Resolver(() => IndustryChain)
export class ChainFieldsResolver {
  constructor(
    private readonly loaders: ChainLoaders,
    private readonly users: UserLoaders,
  ) {}

  @ResolveField(() => User, { description: '链长: the one district leader responsible for the chain' })
  async leader(chain: IndustryChain, _args: unknown, ctx: object): Promise<User> {
    return required(await this.users.user(ctx).load(chain.leaderId), 'leader', chain.id);
  }

  @ResolveField(() => Department, { description: '牵头部门' })
  async leadDepartment(chain: IndustryChain, _args: unknown, ctx: object): Promise<Department> {
    return required(await this.users.department(ctx).load(chain.leadDepartmentId), 'lead department', chain.id);
  }

  @ResolveField(() => ChainMap)
  async map(chain: IndustryChain, _args: unknown, ctx: object): Promise<ChainMap> {
    return required(await this.loaders.mapOfChain(ctx).load(chain.id), 'map', chain.id);
  }

  @ResolveField(() => WorkPlan)
  async workPlan(chain: IndustryChain, _args: unknown, ctx: object): Promise<WorkPlan> {
    return required(await this.loaders.workPlanOfChain(ctx).load(chain.id), 'work plan', chain.id);
  }

  @ResolveField(() => PolicySet)
  async policySet(chain: IndustryChain, _args: unknown, ctx: object): Promise<PolicySet> {
    return required(await this.loaders.policySetOfChain(ctx).load(chain.id), 'policy set', chain.id);
  }

  @ResolveField(() => [ChainTarget], { description: 'The plan targets, the headline one first' })
  targets(chain: IndustryChain, _args: unknown, ctx: object): Promise<ChainTarget[]> {
    return this.loaders.targetsOfChain(ctx).load(chain.id);
  }
}

@Resolver(() => WorkPlan)
export class WorkPlanResolver {
  constructor(private readonly loaders: ChainLoaders) {}

  @ResolveField(() => [WorkPlanTask])
  tasks(plan: WorkPlan, _args: unknown, ctx: object): Promise<WorkPlanTask[]> {
    return this.loaders.tasksOfPlan(ctx).load(plan.id);
  }

  /** Counted in SQL: the chains overview shows progress without reading the tasks. */
  @ResolveField(() => WorkPlanProgress)
  async progress(plan: WorkPlan, _args: unknown, ctx: object): Promise<WorkPlanProgress> {
    return workPlanProgressOf(await this.loaders.taskCountsOfPlan(ctx).load(plan.id));
  }
}

@Resolver(() => PolicySet)
export class PolicySetResolver {
  constructor(private readonly loaders: ChainLoaders) {}

  @ResolveField(() => [Policy])
  policies(set: PolicySet, _args: unknown, ctx: object): Promise<Policy[]> {
    return this.loaders.policiesOfSet(ctx).load(set.id);
  }
}

@Resolver(() => ChainMap)
export class ChainMapResolver {
  constructor(private readonly loaders: ChainLoaders) {}

  @ResolveField(() => [ChainNode], { description: 'All nodes of the map; focus directions have no parent' })
  nodes(map: ChainMap, _args: unknown, ctx: object): Promise<ChainNode[]> {
    return this.loaders.nodesOfMap(ctx).load(map.id);
  }

  @ResolveField(() => [ChainNode], { description: 'Focus directions (主攻方向): the top-level nodes' })
  focusDirections(map: ChainMap, _args: unknown, ctx: object): Promise<ChainNode[]> {
    return this.loaders.focusDirectionsOfMap(ctx).load(map.id);
  }

  /** Counted in SQL: the chains overview shows the size of each map without reading its nodes. */
  @ResolveField(() => Int)
  nodeCount(map: ChainMap, _args: unknown, ctx: object): Promise<number> {
    return this.loaders.nodeCountOfMap(ctx).load(map.id);
  }
}
