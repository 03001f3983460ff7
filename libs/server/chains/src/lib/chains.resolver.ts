import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { workPlanProgress } from '@chainboard/domain';
import { IdPipe } from '@chainboard/server-core';
import { Allow, CurrentUser, User } from '@chainboard/server-users';
import { ChainMap } from './chain-map.entity';
import { ChainNode } from './chain-node.entity';
import { ChainsService } from './chains.service';
import { AddPolicyInput, AddTaskInput, CreateChainInput, UpdatePolicyInput, UpdateTaskInput } from './dto/chain.inputs';
import { IndustryChain } from './industry-chain.entity';
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

/** Figures derived from what the chain query already loaded; no further SQL. */
@Resolver(() => WorkPlan)
export class WorkPlanResolver {
  @ResolveField(() => WorkPlanProgress)
  progress(@Parent() plan: WorkPlan): WorkPlanProgress {
    return workPlanProgress(plan.tasks ?? []);
  }
}

@Resolver(() => ChainMap)
export class ChainMapResolver {
  @ResolveField(() => [ChainNode], { description: 'Focus directions (主攻方向): the top-level nodes' })
  focusDirections(@Parent() map: ChainMap): ChainNode[] {
    return (map.nodes ?? []).filter((s) => s.parentId === null);
  }

  @ResolveField(() => Int)
  nodeCount(@Parent() map: ChainMap): number {
    return map.nodes?.length ?? 0;
  }
}
