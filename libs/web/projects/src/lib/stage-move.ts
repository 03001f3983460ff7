import type { Dayjs } from 'dayjs';
import {
  creditCodeProblem,
  ErrorCode,
  normalizeUscc,
  PROJECT_STAGE_FIELDS,
  projectMoveProblems,
  requiredFieldsForMove,
  STAGE_DATE_FIELD,
  type Language,
  type ProjectMoveField,
  type ProjectMoveProblem,
  type ProjectMoveValues,
  type ProjectStage,
  type ProjectStageField,
} from '@chainboard/domain';
import { domainMessage } from '@chainboard/web-crm';
import { ApiError, type FieldError, type MoveProjectStageInput, type ProjectCardFieldsFragment } from '@chainboard/web-graphql';
import { stageOf } from './board';
import { dateText, districtTodayValue, normalizeAmount, textOrNull } from './forms';

/** What the move dialog knows of the project: its stage, version and the values it may start from. */
export type MovingProject = Pick<ProjectCardFieldsFragment, 'id' | 'name' | 'stage' | 'stageOn' | 'heldFrom' | 'version' | 'agreedInvestment' | 'company'> & {
  carrier?: string | null;
  registeredCompanyName?: string | null;
  registeredCreditCode?: string | null;
};

/** The move dialog's values: the target stage's fields (dates as picker values), the effective date and a note. */
export interface StageMoveValues {
  signedOn?: Dayjs | null;
  agreedInvestment?: string | null;
  registeredCompanyName?: string | null;
  registeredCreditCode?: string | null;
  startedOn?: Dayjs | null;
  carrier?: string | null;
  productionOn?: Dayjs | null;
  capacityOn?: Dayjs | null;
  reason?: string | null;
  effectiveOn?: Dayjs | null;
  note?: string | null;
}

/** What the dialog asks for a move. */
export interface StageMoveForm {
  /** The target stage's required fields (STAGE_REQUIREMENTS; none when resuming from hold). */
  fields: readonly ProjectStageField[];
  /** Whether it asks for the effective date: when the target stage's own date is not among the fields. */
  asksEffectiveOn: boolean;
}

/** The fields of a move from one stage to another, from the domain's requirements. */
export function stageMoveForm(from: ProjectStage, to: ProjectStage): StageMoveForm {
  const fields = requiredFieldsForMove(from, to);
  const ownDate = STAGE_DATE_FIELD[to];
  return { fields, asksEffectiveOn: !(ownDate && fields.includes(ownDate)) };
}

/**
 * Where the dialog starts: dates today (a move may be backdated by picking an earlier day), the agreed amount,
 * carrier and registered company the project already has (the registered name and credit code default to the
 * investing company's), the rest empty.
 */
export function initialMoveValues(project: MovingProject, to: ProjectStage, now: Date = new Date()): StageMoveValues {
  const { fields, asksEffectiveOn } = stageMoveForm(stageOf(project.stage), to);
  const today = districtTodayValue(now);
  const values: StageMoveValues = { note: '' };
  for (const field of fields) {
    switch (PROJECT_STAGE_FIELDS[field].kind) {
      case 'date':
        (values as Record<string, unknown>)[field] = today;
        break;
      default:
        (values as Record<string, unknown>)[field] = '';
    }
  }
  if (fields.includes('agreedInvestment')) values.agreedInvestment = project.agreedInvestment ?? '';
  if (fields.includes('carrier')) values.carrier = project.carrier ?? '';
  if (fields.includes('registeredCompanyName')) values.registeredCompanyName = project.registeredCompanyName ?? project.company?.name ?? '';
  if (fields.includes('registeredCreditCode')) values.registeredCreditCode = project.registeredCreditCode ?? project.company?.creditCode ?? '';
  if (asksEffectiveOn) values.effectiveOn = today;
  return values;
}

/** The dialog's values as the domain and the API read them: dates YYYY-MM-DD, amounts and credit codes normalised. */
export function moveValuesAsText(values: StageMoveValues, fields: readonly ProjectStageField[], asksEffectiveOn: boolean): ProjectMoveValues {
  const text: ProjectMoveValues = {};
  for (const field of fields) {
    const value = (values as Record<string, unknown>)[field];
    switch (PROJECT_STAGE_FIELDS[field].kind) {
      case 'date':
        text[field] = dateText(value as Dayjs | null | undefined);
        break;
      case 'amount':
        text[field] = normalizeAmount(value as string | null | undefined);
        break;
      case 'creditCode':
        text[field] = textOrNull(value as string | null | undefined) === null ? null : normalizeUscc(value as string);
        break;
      default:
        text[field] = textOrNull(value as string | null | undefined);
    }
  }
  if (asksEffectiveOn) text.effectiveOn = dateText(values.effectiveOn);
  return text;
}

/** moveProjectStage's input for the dialog's values: only the target stage's fields, the effective date and the note. */
export function toMoveInput(project: Pick<MovingProject, 'id' | 'version' | 'stage'>, to: ProjectStage, values: StageMoveValues): MoveProjectStageInput {
  const { fields, asksEffectiveOn } = stageMoveForm(stageOf(project.stage), to);
  const text = moveValuesAsText(values, fields, asksEffectiveOn);
  const input: MoveProjectStageInput = { projectId: project.id, to, expectedVersion: project.version, note: textOrNull(values.note) };
  for (const [field, value] of Object.entries(text)) if (value !== null && value !== undefined) (input as unknown as Record<string, string>)[field] = value;
  return input;
}

/** The messages of the domain's move problems, in the user's language, by the dialog's field (the API's input names). */
export function moveProblemErrors(
  problems: readonly ProjectMoveProblem[],
  context: { from: ProjectStage; to: ProjectStage; lastMoveOn?: string | null; values: ProjectMoveValues },
  language: Language,
): FieldError[] {
  const stage = (s: ProjectStage) => domainMessage(`project.stage.${s}`, {}, language);
  return problems.map((problem) => {
    const field: ProjectMoveField | undefined = problem.field;
    const message = (key: string, params: Record<string, string | number> = {}) => domainMessage(key, { ...(field ? { field } : {}), ...params }, language);
    switch (problem.code) {
      case 'notAllowed':
        return { field: 'to', message: message('project.move.notAllowed', { from: stage(context.from), to: stage(context.to) }) };
      case 'required':
        return { field: field ?? 'to', message: message('project.move.required', { to: stage(context.to) }) };
      case 'futureEffectiveDate':
        return { field: field ?? 'effectiveOn', message: message('project.move.futureDate') };
      case 'beforeLastMove':
        return { field: field ?? 'effectiveOn', message: message('project.move.beforeLastMove', { lastMoveOn: context.lastMoveOn ?? '' }) };
      case 'invalid': {
        const kind = field && field !== 'effectiveOn' ? PROJECT_STAGE_FIELDS[field].kind : 'date';
        if (kind === 'creditCode') {
          const found = creditCodeProblem(String(context.values[field as ProjectStageField] ?? ''));
          if (found) return { field: field as string, message: domainMessage(found.key, found.params, language) };
        }
        if (kind === 'amount') return { field: field as string, message: message('project.amountPositive') };
        return { field: field ?? 'to', message: message('project.move.invalid') };
      }
    }
  });
}

/**
 * Checks a move in the browser with the domain's rule (projectMoveProblems: the move allowed, each required field
 * present and valid, the effective date neither in the future nor before the last move), before asking the API.
 * Throws the problems as the API would answer them (BAD_USER_INPUT with a message per field), so the form shows
 * them under the same fields either way; returns the API's input when the move is fine.
 */
export function checkedMoveInput(project: MovingProject, to: ProjectStage, values: StageMoveValues, language: Language, today: string): MoveProjectStageInput {
  const from = stageOf(project.stage);
  const { fields, asksEffectiveOn } = stageMoveForm(from, to);
  const text = moveValuesAsText(values, fields, asksEffectiveOn);
  const problems = projectMoveProblems(from, to, text, { today, heldFrom: project.heldFrom ? stageOf(project.heldFrom) : null, lastMoveOn: project.stageOn });
  if (problems.length) {
    const errors = moveProblemErrors(problems, { from, to, lastMoveOn: project.stageOn, values: text }, language);
    throw new ApiError(ErrorCode.BAD_USER_INPUT, errors[0]?.message ?? '', errors);
  }
  return toMoveInput(project, to, values);
}
