import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Actor, foldText, FundsKind, PIPELINE_STAGES, ProjectStage, STAGE_DATE_FIELD } from '@chainboard/domain';
import { CLOCK, Clock, todayOf } from '@chainboard/server-core';
import { UpsertOutcome } from '@chainboard/server-companies';
import { ProjectEventKind, ProjectFunds, ProjectStageLog, ProjectUpdate, StageMoveSource } from './project-records.entity';
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
 * there (same company, chain and name) is created as a form creates it, then put at the ledger's stage with a
 * stage-log row per move marked IMPORT and dated from the file; its funds in place and its progress note are
 * recorded with it. A project already there is left as it is, so the same ledger imported twice adds nothing.
 */
@Injectable()
export class ProjectImportService {
  constructor(
    private readonly projects: ProjectsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async importRows(m: EntityManager, actor: Actor, rows: readonly ImportedProjectRow[]): Promise<UpsertOutcome[]> {
    const today = todayOf(this.clock);
    const keyOf = (companyId: string, chainId: string, name: string) => `${companyId}|${chainId}|${foldText(name)}`;
    const existing = await m.find(Project, { where: { companyId: In([...new Set(rows.map((r) => r.companyId))]) }, select: { id: true, companyId: true, chainId: true, name: true } });
    const byKey = new Map(existing.map((p) => [keyOf(p.companyId!, p.chainId, p.name), p.id]));
    const outcomes: UpsertOutcome[] = [];
    const logs: Array<Partial<ProjectStageLog>> = [];
    const funds: Array<Partial<ProjectFunds>> = [];
    const updates: Array<Partial<ProjectUpdate>> = [];
    for (const row of rows) {
      const key = keyOf(row.companyId, row.chainId, row.name);
      const known = byKey.get(key);
      if (known) {
        outcomes.push({ id: known, action: 'unchanged' });
        continue;
      }
      const project = await this.projects.createIn(m, actor, {
        name: row.name,
        chainId: row.chainId,
        companyId: row.companyId,
        agreedInvestment: row.agreedInvestment,
        responsibleLeaderId: row.responsibleLeaderId,
        responsibleUnitId: row.responsibleUnitId,
        ...(row.ownerId ? { ownerId: row.ownerId } : {}),
        carrier: row.carrier,
      });
      byKey.set(key, project.id);
      outcomes.push({ id: project.id, action: 'created' });
      const moves = importedStageMoves(row, today);
      const last = moves[moves.length - 1];
      await m.update(Project, { id: project.id }, {
        stage: last?.to ?? ProjectStage.NEGOTIATING,
        stageOn: last?.effectiveOn ?? row.stageOn ?? today,
        signedOn: row.signedOn,
        startedOn: row.startedOn,
        productionOn: row.productionOn,
        capacityOn: row.capacityOn,
        lastUpdateOn: today,
      });
      const recordedAt = this.clock.now();
      for (const move of moves) {
        logs.push({ recordedAt, projectId: project.id, fromStage: move.from, toStage: move.to, effectiveOn: move.effectiveOn, actorId: actor.id, note: null, reason: null, source: StageMoveSource.IMPORT });
      }
      if (moves.length) {
        await this.projects.recordEvent(m, project.id, actor, ProjectEventKind.STAGE_MOVED, { fromStage: ProjectStage.NEGOTIATING, toStage: last.to, effectiveOn: last.effectiveOn, note: null, reason: null, changes: [] });
      }
      if (row.fundsInPlace && Number(row.fundsInPlace) > 0) {
        funds.push({ projectId: project.id, amount: row.fundsInPlace, receivedOn: row.stageOn ?? today, kind: FundsKind.DOMESTIC, sourceNote: null, enteredById: actor.id });
      }
      if (row.note) updates.push({ projectId: project.id, text: row.note, authorId: actor.id, createdOn: today });
    }
    for (let i = 0; i < logs.length; i += 1000) await m.insert(ProjectStageLog, logs.slice(i, i + 1000));
    for (let i = 0; i < funds.length; i += 1000) await m.insert(ProjectFunds, funds.slice(i, i + 1000));
    for (let i = 0; i < updates.length; i += 1000) await m.insert(ProjectUpdate, updates.slice(i, i + 1000));
    return outcomes;
  }
}
