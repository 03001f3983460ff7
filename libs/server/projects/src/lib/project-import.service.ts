import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { EntityManager, In } from 'typeorm';
import { Actor, canLeadChain, foldText, FundsKind, mayOwnProjectOn, PIPELINE_STAGES, ProjectStage, ProjectType, searchIndex, STAGE_DATE_FIELD } from '@chainboard/domain';
import { ChainsService, IndustryChain } from '@chainboard/server-chains';
import { badField, CLOCK, Clock, todayOf } from '@chainboard/server-core';
import { UpsertOutcome } from '@chainboard/server-companies';
import { UsersService } from '@chainboard/server-users';
import { ProjectEventKind, ProjectEventRow, ProjectFunds, ProjectStageLog, ProjectUpdate, StageMoveSource } from './project-records.entity';
import { Project } from './project.entity';
import { ProjectsService } from './projects.service';

/** A project row of a ledger, checked by the importer: its company written, people and units resolved. */
export interface ImportedProjectRow {
  name: string;
  companyId: string;
  chainId: string;
  stage: ProjectStage | null;
  stageOn: string | null;
  agreedInvestment: string | null;
  signedOn: string | null;
  startedOn: string | null;
  productionOn: string | null;
  capacityOn: string | null;
  responsibleLeaderId: string | null;
  responsibleUnitId: string | null;
  ownerId: string | null;
  carrier: string | null;
  fundsInPlace: string | null;
  note: string | null;
}

type StageDates = Pick<ImportedProjectRow, 'signedOn' | 'startedOn' | 'productionOn' | 'capacityOn'>;

/**
 * The stage moves an imported project made to reach its stage, dated from the ledger: each main-line stage up to
 * the target whose date the ledger gives (签约日期, 开工日期, 投产日期, 达产日期), then the target itself on the
 * stage date (or its own date, or the day of the import).
 */
export function importedStageMoves(row: Pick<ImportedProjectRow, 'stage' | 'stageOn'> & StageDates, today: string): Array<{ from: ProjectStage; to: ProjectStage; effectiveOn: string }> {
  const target = row.stage ?? ProjectStage.NEGOTIATING;
  if (target === ProjectStage.NEGOTIATING) return [];
  const dateOf = (stage: ProjectStage) => {
    const field = STAGE_DATE_FIELD[stage] as keyof StageDates | undefined;
    return field ? row[field] : null;
  };
  const onLine = PIPELINE_STAGES.indexOf(target);
  const passed = (onLine >= 0 ? PIPELINE_STAGES.slice(1, onLine) : PIPELINE_STAGES.slice(1)).filter((s) => dateOf(s));
  const moves: Array<{ from: ProjectStage; to: ProjectStage; effectiveOn: string }> = [];
  let from = ProjectStage.NEGOTIATING;
  for (const stage of passed) {
    moves.push({ from, to: stage, effectiveOn: dateOf(stage)! });
    from = stage;
  }
  moves.push({ from, to: target, effectiveOn: row.stageOn ?? dateOf(target) ?? today });
  return moves;
}

/**
 * Writes the rows of a project ledger (the spreadsheet importer calls it in its transaction): a project not yet
 * there (same company, chain and name) is created as a form creates it (the same defaults and checks: the actor may
 * edit projects on the chain, the owner may own projects on it, the responsible leader leads chains, the unit
 * exists), then put at the ledger's stage with a stage-log row per move marked IMPORT and dated from the file; its
 * funds in place and its progress note are recorded with it. Checks are made once per chain, person and unit, and
 * rows are written in batches. A project already there is left as it is, so the same ledger imported twice adds
 * nothing.
 */
@Injectable()
export class ProjectImportService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly chains: ChainsService,
    private readonly users: UsersService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async importRows(m: EntityManager, actor: Actor, rows: readonly ImportedProjectRow[]): Promise<UpsertOutcome[]> {
    const { outcomes, fresh } = await this.matchRows(m, actor, rows);
    const today = todayOf(this.clock);
    const at = this.clock.now();
    const events: Array<Partial<ProjectEventRow>> = [];
    const logs: Array<Partial<ProjectStageLog>> = [];
    const funds: Array<Partial<ProjectFunds>> = [];
    const updates: Array<Partial<ProjectUpdate>> = [];
    for (const { project, row, moves } of fresh) {
      const id = project.id as string;
      events.push({ projectId: id, actorId: actor.id, kind: ProjectEventKind.CREATED, data: { leadId: null }, at });
      for (const move of moves) {
        logs.push({ recordedAt: at, projectId: id, fromStage: move.from, toStage: move.to, effectiveOn: move.effectiveOn, actorId: actor.id, note: null, reason: null, source: StageMoveSource.IMPORT });
      }
      const last = moves[moves.length - 1];
      if (last) events.push({ projectId: id, actorId: actor.id, kind: ProjectEventKind.STAGE_MOVED, data: { fromStage: ProjectStage.NEGOTIATING, toStage: last.to, effectiveOn: last.effectiveOn, note: null, reason: null, changes: [] }, at });
      if (row.fundsInPlace && Number(row.fundsInPlace) > 0) {
        funds.push({ projectId: id, amount: row.fundsInPlace, receivedOn: row.stageOn ?? today, kind: FundsKind.DOMESTIC, sourceNote: null, enteredById: actor.id });
      }
      if (row.note) updates.push({ projectId: id, text: row.note, authorId: actor.id, createdOn: today });
    }
    const batches = <T>(list: T[], size: number) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
    for (const batch of batches(fresh.map((f) => f.project), 500)) await m.insert(Project, batch);
    for (const batch of batches(events, 1000)) await m.insert(ProjectEventRow, batch);
    for (const batch of batches(logs, 1000)) await m.insert(ProjectStageLog, batch);
    for (const batch of batches(funds, 1000)) await m.insert(ProjectFunds, batch);
    for (const batch of batches(updates, 1000)) await m.insert(ProjectUpdate, batch);
    return outcomes;
  }

  /**
   * What importRows would do with these rows, found without writing (an import's preview counts it): whether each
   * row's project would be created or is there already, after the same checks. `newCompanyIds` are companies the
   * same import is still to create (they have no projects yet).
   */
  async planRows(m: EntityManager, actor: Actor, rows: readonly ImportedProjectRow[], newCompanyIds: ReadonlySet<string> = new Set()): Promise<Array<UpsertOutcome['action']>> {
    return (await this.matchRows(m, actor, rows, newCompanyIds)).outcomes.map((o) => o.action);
  }

  /** Checks project rows and matches them to the projects already there (see importRows); writes nothing. */
  private async matchRows(m: EntityManager, actor: Actor, rows: readonly ImportedProjectRow[], newCompanyIds: ReadonlySet<string> = new Set()) {
    const today = todayOf(this.clock);
    const keyOf = (companyId: string, chainId: string, name: string) => `${companyId}|${chainId}|${foldText(name)}`;
    const companyIds = [...new Set(rows.map((r) => r.companyId))].filter((id) => !newCompanyIds.has(id));
    const existing = companyIds.length ? await m.find(Project, { where: { companyId: In(companyIds) }, select: { id: true, companyId: true, chainId: true, name: true } }) : [];
    const byKey = new Map(existing.map((p) => [keyOf(p.companyId as string, p.chainId, p.name), p.id]));

    const chains = new Map<string, IndustryChain>();
    for (const chainId of new Set(rows.map((r) => r.chainId))) chains.set(chainId, await this.chains.authorize(actor, 'project.edit', chainId, m));
    const owners = new Set<string>();
    for (const r of rows) {
      const key = `${r.ownerId}|${r.chainId}`;
      if (r.ownerId && !owners.has(key)) {
        await this.projects.checkedOwner(m, r.ownerId, chains.get(r.chainId) as IndustryChain);
        owners.add(key);
      }
    }
    for (const leaderId of new Set(rows.map((r) => r.responsibleLeaderId).filter((id): id is string => Boolean(id)))) {
      const leader = await this.users.getUser(leaderId, m);
      if (!leader.active) throw badField('responsibleLeaderId', 'project.leaderInactive', { name: leader.displayName });
      if (!canLeadChain(leader)) throw badField('responsibleLeaderId', 'project.leaderRole', { name: leader.displayName });
    }
    for (const unitId of new Set(rows.map((r) => r.responsibleUnitId).filter((id): id is string => Boolean(id)))) await this.users.getDepartment(unitId, m);

    const outcomes: UpsertOutcome[] = [];
    const fresh: Array<{ project: Partial<Project>; row: ImportedProjectRow; moves: ReturnType<typeof importedStageMoves> }> = [];
    for (const row of rows) {
      const key = keyOf(row.companyId, row.chainId, row.name);
      const known = byKey.get(key);
      if (known) {
        outcomes.push({ id: known, action: 'unchanged' });
        continue;
      }
      const chain = chains.get(row.chainId) as IndustryChain;
      const moves = importedStageMoves(row, today);
      const last = moves[moves.length - 1];
      const id = randomUUID();
      fresh.push({
        row,
        moves,
        project: {
          id,
          name: row.name,
          companyId: row.companyId,
          chainId: chain.id,
          type: ProjectType.INDUSTRIALISATION,
          stage: last?.to ?? ProjectStage.NEGOTIATING,
          stageOn: last?.effectiveOn ?? row.stageOn ?? today,
          agreedInvestment: row.agreedInvestment,
          responsibleLeaderId: row.responsibleLeaderId,
          responsibleUnitId: row.responsibleUnitId,
          ownerId: row.ownerId ?? (mayOwnProjectOn(actor, chain) ? actor.id : null),
          carrier: row.carrier?.trim() || null,
          signedOn: row.signedOn,
          startedOn: row.startedOn,
          productionOn: row.productionOn,
          capacityOn: row.capacityOn,
          lastUpdateOn: today,
          confidential: false,
          isDemo: false,
          createdOn: today,
          createdById: actor.id,
          updatedById: actor.id,
          version: 1,
          ...searchIndex(row.name),
        },
      });
      byKey.set(key, id);
      outcomes.push({ id, action: 'created' });
    }
    return { outcomes, fresh };
  }
}
