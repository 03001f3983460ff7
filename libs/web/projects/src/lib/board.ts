import type { TFunction } from 'i18next';
import { allowedProjectMoves, decimalToUnits, isDecimalString, PIPELINE_STAGES, ProjectStage, unitsToDecimal } from '@chainboard/domain';
import { formatInvestment } from '@chainboard/web-crm';
import type { ProjectBoardQuery, ProjectCardFieldsFragment } from '@chainboard/web-graphql';

export type Board = ProjectBoardQuery['projectBoard'];
export type BoardColumn = Board['columns'][number];
export type BoardCard = ProjectCardFieldsFragment;

/** The kanban's open columns, in order: the main line 洽谈 → 签约 → 注册 → 开工 → 投产 → 达产. */
export const OPEN_COLUMNS: readonly ProjectStage[] = PIPELINE_STAGES;

/** Columns shown collapsed until opened: on hold (暂缓) and dropped (终止). */
export const COLLAPSED_COLUMNS: readonly ProjectStage[] = [ProjectStage.ON_HOLD, ProjectStage.DROPPED];

/** The domain's stage for a stage as the API's typed documents spell it (the same strings). */
export function stageOf(value: `${ProjectStage}`): ProjectStage {
  return ProjectStage[value];
}

/** The stages a project may move to now, by the domain's rule (a project on hold resumes only where it was held). */
export function movesOf(project: Pick<BoardCard, 'stage' | 'heldFrom'>): ProjectStage[] {
  return allowedProjectMoves(stageOf(project.stage), project.heldFrom ? stageOf(project.heldFrom) : null);
}

/** What dropping a card on a column means. */
export type DropDecision =
  | { kind: 'none' }
  | { kind: 'forbidden' }
  | { kind: 'refused'; from: ProjectStage; to: ProjectStage; allowed: ProjectStage[] }
  | { kind: 'move'; from: ProjectStage; to: ProjectStage };

/**
 * A card dropped on a column: nothing when dropped where it is; refused when the user may not move it, or when the
 * domain does not allow the move (PROJECT_STAGE_TRANSITIONS, narrowed for a project on hold); otherwise a move that
 * the stage dialog completes.
 */
export function dropDecision(card: Pick<BoardCard, 'stage' | 'heldFrom' | 'canMoveStage'>, to: ProjectStage): DropDecision {
  const from = stageOf(card.stage);
  if (from === to) return { kind: 'none' };
  if (!card.canMoveStage) return { kind: 'forbidden' };
  const allowed = movesOf(card);
  return allowed.includes(to) ? { kind: 'move', from, to } : { kind: 'refused', from, to, allowed };
}

/** A column's count and total agreed investment as the column head shows them: "3 个项目", "25.5 亿元" (exact). */
export function columnSummary(column: Pick<BoardColumn, 'count' | 'totalAgreedInvestment'>, t: TFunction): { count: string; total: string } {
  return { count: t('board.count', { count: column.count }), total: formatInvestment(column.totalAgreedInvestment || '0', t) };
}

function units(amount: string | null | undefined): bigint {
  return amount && isDecimalString(amount.trim()) ? decimalToUnits(amount) : 0n;
}

/**
 * The board after a move the API has answered: the card leaves its column and heads the target column (the most
 * recently moved first), each column's count and total change by the card's agreed amount, exactly (decimal
 * arithmetic, never floats). The amount may have changed with the move (签约 sets the agreed investment): the source
 * loses the amount before, the target gains the amount after. A card not on the board leaves it as it is (a refetch
 * brings the truth).
 */
export function applyMoveToBoard(board: Board, before: BoardCard, after: BoardCard): Board {
  const source = board.columns.find((c) => c.stage === before.stage);
  if (!source || !source.projects.some((p) => p.id === before.id) || before.stage === after.stage) return board;
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.stage === before.stage) {
        return {
          ...column,
          count: Math.max(0, column.count - 1),
          totalAgreedInvestment: unitsToDecimal(units(column.totalAgreedInvestment) - units(before.agreedInvestment)),
          projects: column.projects.filter((p) => p.id !== before.id),
        };
      }
      if (column.stage === after.stage) {
        return {
          ...column,
          count: column.count + 1,
          totalAgreedInvestment: unitsToDecimal(units(column.totalAgreedInvestment) + units(after.agreedInvestment)),
          projects: [after, ...column.projects.filter((p) => p.id !== after.id)],
        };
      }
      return column;
    }),
  };
}
