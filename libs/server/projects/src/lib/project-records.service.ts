import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, CoordinationIssueStatus, issueMoveProblem, isPositiveDecimal } from '@chainboard/domain';
import { badField, CLOCK, Clock, currentLanguage, notFound, todayOf, translate } from '@chainboard/server-core';
import { Department } from '@chainboard/server-users';
import {
  AddProjectFundsInput,
  AddProjectMilestoneInput,
  AddProjectUpdateInput,
  MoveCoordinationIssueInput,
  RaiseCoordinationIssueInput,
  UpdateProjectMilestoneInput,
} from './dto/project-records.inputs';
import { CoordinationIssue, CoordinationIssueEvent, ProjectEventKind, ProjectFunds, ProjectMilestone, ProjectUpdate } from './project-records.entity';
import { Project } from './project.entity';
import { ProjectsService } from './projects.service';

const issueLabel = (status: CoordinationIssueStatus) => translate(currentLanguage(), `issue.status.${status}`);

const ISSUE_EVENT_KIND: Record<CoordinationIssueStatus, ProjectEventKind> = {
  [CoordinationIssueStatus.IN_PROGRESS]: ProjectEventKind.ISSUE_STARTED,
  [CoordinationIssueStatus.CLOSED]: ProjectEventKind.ISSUE_CLOSED,
  [CoordinationIssueStatus.OPEN]: ProjectEventKind.ISSUE_REOPENED,
};

/**
 * What hangs on a project: funds in place (到位资金), milestones, progress updates and coordination issues
 * (问题清单). Each change checks the permission for its kind on the project's chain, writes a timeline entry in
 * its transaction, and leaves the project's version alone (a note never makes a field edit stale).
 */
@Injectable()
export class ProjectRecordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projects: ProjectsService,
  ) {}

  private today(): string {
    return todayOf(this.clock);
  }

  async addFunds(actor: Actor, input: AddProjectFundsInput): Promise<Project> {
    await this.db.transaction(async (m) => {
      const { project } = await this.projects.forChange(m, actor, input.projectId, 'project.funds');
      if (!isPositiveDecimal(input.amount)) throw badField('amount', 'project.amountPositive');
      this.assertNotFuture('receivedOn', input.receivedOn);
      const funds = await m.save(
        m.create(ProjectFunds, {
          projectId: project.id,
          amount: input.amount,
          receivedOn: input.receivedOn,
          kind: input.kind,
          sourceNote: input.sourceNote?.trim() || null,
          enteredById: actor.id,
        }),
      );
      await this.projects.recordEvent(m, project.id, actor, ProjectEventKind.FUNDS_ADDED, {
        fundsId: funds.id,
        amount: input.amount,
        fundsKind: input.kind,
        receivedOn: input.receivedOn,
        note: funds.sourceNote,
      });
    });
    return this.projects.get(actor, input.projectId);
  }

  async removeFunds(actor: Actor, fundsId: string): Promise<Project> {
    const projectId = await this.db.transaction(async (m) => {
      const funds = await m.findOne(ProjectFunds, { where: { id: fundsId } });
      if (!funds) throw notFound('projectFunds', fundsId);
      const { project } = await this.projects.forChange(m, actor, funds.projectId, 'project.funds');
      await m.delete(ProjectFunds, { id: funds.id });
      await this.projects.recordEvent(m, project.id, actor, ProjectEventKind.FUNDS_REMOVED, {
        fundsId: funds.id,
        amount: funds.amount,
        fundsKind: funds.kind,
        receivedOn: funds.receivedOn,
      });
      return project.id;
    });
    return this.projects.get(actor, projectId);
  }

  async addMilestone(actor: Actor, input: AddProjectMilestoneInput): Promise<Project> {
    await this.db.transaction(async (m) => {
      const { project } = await this.projects.forChange(m, actor, input.projectId, 'project.edit');
      if (input.actualOn) this.assertNotFuture('actualOn', input.actualOn);
      const milestone = await m.save(
        m.create(ProjectMilestone, { projectId: project.id, name: input.name, plannedOn: input.plannedOn, actualOn: input.actualOn ?? null }),
      );
      await this.projects.recordEvent(m, project.id, actor, ProjectEventKind.MILESTONE_ADDED, {
        milestoneId: milestone.id,
        milestoneName: milestone.name,
        plannedOn: milestone.plannedOn,
        actualOn: milestone.actualOn,
      });
    });
    return this.projects.get(actor, input.projectId);
  }

  async updateMilestone(actor: Actor, input: UpdateProjectMilestoneInput): Promise<Project> {
    const projectId = await this.db.transaction(async (m) => {
      const milestone = await this.milestone(m, input.milestoneId);
      const { project } = await this.projects.forChange(m, actor, milestone.projectId, 'project.edit');
      if (input.actualOn) this.assertNotFuture('actualOn', input.actualOn);
      const next = {
        name: input.name ?? milestone.name,
        plannedOn: input.plannedOn ?? milestone.plannedOn,
        actualOn: input.actualOn === undefined ? milestone.actualOn : input.actualOn,
      };
      const changes = (['name', 'plannedOn', 'actualOn'] as const)
        .filter((f) => next[f] !== milestone[f])
        .map((field) => ({ field, from: milestone[field], to: next[field] }));
      if (!changes.length) return project.id;
      await m.update(ProjectMilestone, { id: milestone.id }, next);
      await this.projects.recordEvent(m, project.id, actor, ProjectEventKind.MILESTONE_CHANGED, {
        milestoneId: milestone.id,
        milestoneName: next.name,
        plannedOn: next.plannedOn,
        actualOn: next.actualOn,
        changes,
      });
      return project.id;
    });
    return this.projects.get(actor, projectId);
  }

  async removeMilestone(actor: Actor, milestoneId: string): Promise<Project> {
    const projectId = await this.db.transaction(async (m) => {
      const milestone = await this.milestone(m, milestoneId);
      const { project } = await this.projects.forChange(m, actor, milestone.projectId, 'project.edit');
      await m.delete(ProjectMilestone, { id: milestone.id });
      await this.projects.recordEvent(m, project.id, actor, ProjectEventKind.MILESTONE_REMOVED, {
        milestoneId: milestone.id,
        milestoneName: milestone.name,
        plannedOn: milestone.plannedOn,
        actualOn: milestone.actualOn,
      });
      return project.id;
    });
    return this.projects.get(actor, projectId);
  }

  /** A progress update; it is the project's latest update from today (the health light reads it). */
  async addUpdate(actor: Actor, input: AddProjectUpdateInput): Promise<Project> {
    await this.db.transaction(async (m) => {
      const { project } = await this.projects.forChange(m, actor, input.projectId, 'project.edit');
      const today = this.today();
      const update = await m.save(m.create(ProjectUpdate, { projectId: project.id, text: input.text, authorId: actor.id, createdOn: today }));
      await m.update(Project, { id: project.id }, { lastUpdateOn: today });
      await this.projects.recordEvent(m, project.id, actor, ProjectEventKind.PROGRESS_UPDATE, { updateId: update.id, text: update.text });
    });
    return this.projects.get(actor, input.projectId);
  }

  async issue(id: string): Promise<CoordinationIssue> {
    const issue = await this.db.manager.findOne(CoordinationIssue, { where: { id } });
    if (!issue) throw notFound('coordinationIssue', id);
    return issue;
  }

  async raiseIssue(actor: Actor, input: RaiseCoordinationIssueInput): Promise<CoordinationIssue> {
    const id = await this.db.transaction(async (m) => {
      const { project } = await this.projects.forChange(m, actor, input.projectId, 'project.issue');
      if (input.fromDepartmentId && !(await m.existsBy(Department, { id: input.fromDepartmentId }))) throw notFound('department', input.fromDepartmentId);
      const issue = await m.save(
        m.create(CoordinationIssue, {
          projectId: project.id,
          title: input.title,
          detail: input.detail?.trim() || null,
          fromDepartmentId: input.fromDepartmentId ?? null,
          fromUnit: input.fromUnit?.trim() || null,
          raisedById: actor.id,
          raisedOn: this.today(),
          dueOn: input.dueOn ?? null,
          status: CoordinationIssueStatus.OPEN,
        }),
      );
      await m.insert(CoordinationIssueEvent, { issueId: issue.id, fromStatus: null, toStatus: CoordinationIssueStatus.OPEN, note: null, actorId: actor.id, at: this.clock.now() });
      await this.projects.recordEvent(m, project.id, actor, ProjectEventKind.ISSUE_RAISED, { issueId: issue.id, issueTitle: issue.title });
      return issue.id;
    });
    return this.issue(id);
  }

  /** Takes an issue up, closes it out (销号) with the resolution, or reopens it with the reason (ISSUE_TRANSITIONS). */
  async moveIssue(actor: Actor, input: MoveCoordinationIssueInput): Promise<CoordinationIssue> {
    await this.db.transaction(async (m) => {
      const issue = await m.findOne(CoordinationIssue, { where: { id: input.issueId }, lock: { mode: 'pessimistic_write' } });
      if (!issue) throw notFound('coordinationIssue', input.issueId);
      await this.projects.forChange(m, actor, issue.projectId, 'project.issue');
      const resolution = input.resolution?.trim() || null;
      const reason = input.reason?.trim() || null;
      const problem = issueMoveProblem(issue.status, input.to, { resolution, reason });
      if (problem === 'notAllowed') throw badField('to', 'issue.move.notAllowed', { from: issueLabel(issue.status), to: issueLabel(input.to) });
      if (problem === 'resolutionRequired') throw badField('resolution', 'issue.move.resolutionRequired');
      if (problem === 'reasonRequired') throw badField('reason', 'issue.move.reasonRequired');
      const changes: Partial<CoordinationIssue> = { status: input.to };
      if (input.to === CoordinationIssueStatus.CLOSED) Object.assign(changes, { resolution, closedById: actor.id, closedAt: this.clock.now(), closedOn: this.today() });
      if (issue.status === CoordinationIssueStatus.CLOSED) Object.assign(changes, { reopenReason: reason, resolution: null, closedById: null, closedAt: null, closedOn: null });
      await m.update(CoordinationIssue, { id: issue.id }, changes);
      const note = input.to === CoordinationIssueStatus.CLOSED ? resolution : issue.status === CoordinationIssueStatus.CLOSED ? reason : null;
      await m.insert(CoordinationIssueEvent, { issueId: issue.id, fromStatus: issue.status, toStatus: input.to, note, actorId: actor.id, at: this.clock.now() });
      await this.projects.recordEvent(m, issue.projectId, actor, ISSUE_EVENT_KIND[input.to], {
        issueId: issue.id,
        issueTitle: issue.title,
        resolution: input.to === CoordinationIssueStatus.CLOSED ? resolution : null,
        reason: issue.status === CoordinationIssueStatus.CLOSED ? reason : null,
      });
    });
    return this.issue(input.issueId);
  }

  private async milestone(m: EntityManager, id: string): Promise<ProjectMilestone> {
    const milestone = await m.findOne(ProjectMilestone, { where: { id } });
    if (!milestone) throw notFound('projectMilestone', id);
    return milestone;
  }

  private assertNotFuture(field: string, date: string): void {
    if (date > this.today()) throw badField(field, 'project.futureDate');
  }
}
