import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { IdPipe } from '@chainboard/server-core';
import { Allow, CurrentUser, Department, User } from '@chainboard/server-users';
import {
  AddProjectFundsInput,
  AddProjectMilestoneInput,
  AddProjectUpdateInput,
  MoveCoordinationIssueInput,
  RaiseCoordinationIssueInput,
  UpdateProjectMilestoneInput,
} from './dto/project-records.inputs';
import { ProjectLoaders } from './project-loaders';
import { CoordinationIssue, CoordinationIssueEvent, ProjectFunds, ProjectStageLog, ProjectUpdate } from './project-records.entity';
import { ProjectRecordsService } from './project-records.service';
import { ProjectEvent } from './project.types';
import { Project } from './project.entity';

type Ctx = { user?: User | null };

/** Funds in place, milestones, progress updates and coordination issues of a project. */
@Resolver(() => CoordinationIssue)
export class ProjectRecordsResolver {
  constructor(
    private readonly records: ProjectRecordsService,
    private readonly loaders: ProjectLoaders,
  ) {}

  @Allow('project.funds')
  @Mutation(() => Project, { description: 'Enters funds in place (到位资金); answers the project with its funds' })
  addProjectFunds(@CurrentUser() user: User, @Args('input') input: AddProjectFundsInput): Promise<Project> {
    return this.records.addFunds(user, input);
  }

  @Allow('project.funds')
  @Mutation(() => Project, { description: 'Removes an entry of funds in place (a mistake); answers the project' })
  removeProjectFunds(@CurrentUser() user: User, @Args('fundsId', { type: () => ID }, new IdPipe('fundsId')) fundsId: string): Promise<Project> {
    return this.records.removeFunds(user, fundsId);
  }

  @Allow('project.edit')
  @Mutation(() => Project)
  addProjectMilestone(@CurrentUser() user: User, @Args('input') input: AddProjectMilestoneInput): Promise<Project> {
    return this.records.addMilestone(user, input);
  }

  @Allow('project.edit')
  @Mutation(() => Project, { description: 'Changes a milestone; set actualOn when it is reached' })
  updateProjectMilestone(@CurrentUser() user: User, @Args('input') input: UpdateProjectMilestoneInput): Promise<Project> {
    return this.records.updateMilestone(user, input);
  }

  @Allow('project.edit')
  @Mutation(() => Project)
  removeProjectMilestone(@CurrentUser() user: User, @Args('milestoneId', { type: () => ID }, new IdPipe('milestoneId')) milestoneId: string): Promise<Project> {
    return this.records.removeMilestone(user, milestoneId);
  }

  @Allow('project.edit')
  @Mutation(() => Project, { description: 'Adds a progress update (进展); answers the project' })
  addProjectUpdate(@CurrentUser() user: User, @Args('input') input: AddProjectUpdateInput): Promise<Project> {
    return this.records.addUpdate(user, input);
  }

  @Allow('project.issue')
  @Mutation(() => CoordinationIssue, { description: 'Raises a coordination issue (交办) on a project' })
  raiseCoordinationIssue(@CurrentUser() user: User, @Args('input') input: RaiseCoordinationIssueInput): Promise<CoordinationIssue> {
    return this.records.raiseIssue(user, input);
  }

  @Allow('project.issue')
  @Mutation(() => CoordinationIssue, { description: 'Takes an issue up, closes it out (销号) with the resolution, or reopens it with the reason' })
  moveCoordinationIssue(@CurrentUser() user: User, @Args('input') input: MoveCoordinationIssueInput): Promise<CoordinationIssue> {
    return this.records.moveIssue(user, input);
  }

  @ResolveField(() => Project, { description: 'The project the issue is on' })
  async project(issue: CoordinationIssue, _args: unknown, ctx: Ctx): Promise<Project> {
    return (await this.loaders.byId(ctx).load(issue.projectId))!;
  }

  @ResolveField(() => User, { nullable: true })
  raisedBy(issue: CoordinationIssue, _args: unknown, ctx: Ctx): Promise<User | null> | null {
    return issue.raisedById ? this.loaders.users(ctx).load(issue.raisedById) : null;
  }

  @ResolveField(() => User, { nullable: true })
  closedBy(issue: CoordinationIssue, _args: unknown, ctx: Ctx): Promise<User | null> | null {
    return issue.closedById ? this.loaders.users(ctx).load(issue.closedById) : null;
  }

  @ResolveField(() => Department, { nullable: true })
  fromDepartment(issue: CoordinationIssue, _args: unknown, ctx: Ctx): Promise<Department | null> | null {
    return issue.fromDepartmentId ? this.loaders.departments(ctx).load(issue.fromDepartmentId) : null;
  }

  @ResolveField(() => [CoordinationIssueEvent], { description: 'Raised, taken up, closed out, reopened: oldest first' })
  events(issue: CoordinationIssue, _args: unknown, ctx: Ctx): Promise<CoordinationIssueEvent[]> {
    return this.loaders.issueEvents(ctx).load(issue.id);
  }
}

/** Who did it, on the records of a project. */
@Resolver(() => ProjectUpdate)
export class ProjectUpdateFieldsResolver {
  constructor(private readonly loaders: ProjectLoaders) {}

  @ResolveField(() => User, { nullable: true })
  author(update: ProjectUpdate, _args: unknown, ctx: Ctx): Promise<User | null> | null {
    return update.authorId ? this.loaders.users(ctx).load(update.authorId) : null;
  }
}

@Resolver(() => ProjectFunds)
export class ProjectFundsFieldsResolver {
  constructor(private readonly loaders: ProjectLoaders) {}

  @ResolveField(() => User, { nullable: true })
  enteredBy(funds: ProjectFunds, _args: unknown, ctx: Ctx): Promise<User | null> | null {
    return funds.enteredById ? this.loaders.users(ctx).load(funds.enteredById) : null;
  }
}

@Resolver(() => ProjectStageLog)
export class ProjectStageLogFieldsResolver {
  constructor(private readonly loaders: ProjectLoaders) {}

  @ResolveField(() => User, { nullable: true })
  actor(move: ProjectStageLog, _args: unknown, ctx: Ctx): Promise<User | null> | null {
    return move.actorId ? this.loaders.users(ctx).load(move.actorId) : null;
  }
}

@Resolver(() => ProjectEvent)
export class ProjectEventFieldsResolver {
  constructor(private readonly loaders: ProjectLoaders) {}

  @ResolveField(() => User, { nullable: true })
  actor(event: ProjectEvent, _args: unknown, ctx: Ctx): Promise<User | null> | null {
    return event.actorId ? this.loaders.users(ctx).load(event.actorId) : null;
  }
}

@Resolver(() => CoordinationIssueEvent)
export class CoordinationIssueEventFieldsResolver {
  constructor(private readonly loaders: ProjectLoaders) {}

  @ResolveField(() => User, { nullable: true })
  actor(event: CoordinationIssueEvent, _args: unknown, ctx: Ctx): Promise<User | null> | null {
    return event.actorId ? this.loaders.users(ctx).load(event.actorId) : null;
  }
}
