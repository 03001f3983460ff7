import {
  Actor,
  amountInYi,
  canLeadChain,
  checkCompanyRow,
  checkField,
  checkLeadRow,
  ChainOwnership,
  COMPANY_ROW_RULES,
  CompanyRow,
  companyNameKey,
  deriveImportTitle,
  ERROR_MESSAGES,
  FieldRule,
  importFieldLabelKey,
  ImportKindName,
  LEAD_SOURCE_WORDS,
  LeadSource,
  mayOwnLeadOn,
  mayOwnLeads,
  mayOwnProjectOn,
  Problem,
  PROJECT_STAGES,
  ProjectStage,
} from '@chainboard/domain';
import type { ImportedProjectRow } from '@chainboard/server-projects';
import { ColumnMap, columnsByHeading, CompanyField, LeadField, ProjectField } from './columns';
import { SheetRow, SheetTable } from './table-reader';

/** What is wrong with one cell of one row, as a message key for the user's language. */
export interface RowProblem {
  row: number;
  column: string;
  key: string;
  params: Record<string, string | number>;
}

export interface ParsedRow<T> {
  rowNumber: number;
  /** The checked row; null when the row has problems. */
  value: T | null;
  problems: RowProblem[];
}

/** A company row as the domain's rules check it (COMPANY_ROW_RULES): a field not given is left out. */
export type { CompanyRow };

export interface LeadRow {
  title: string;
  company: CompanyRow;
  chainId: string;
  source: LeadSource;
  ownerId: string | null;
  intendedInvestment: string | null;
  nextAction: string | null;
  nextActionDue: string | null;
  confidential: boolean;
  /** The remarks cell, kept as a contact on the lead. */
  note: string | null;
  /** The date of that contact, when the file gives one. */
  noteDate: string | null;
}

/** A project row of a ledger, checked; people and units resolved to ids; its company still to be written. */
export type ProjectRow = Omit<ImportedProjectRow, 'companyId'> & { company: CompanyRow };

/**
 * The importer's wording of the domain's problems: the same refusals, each naming the column as the file heads it.
 * A problem without its own wording here is rendered with the domain's message.
 */
const IMPORT_KEYS: Readonly<Record<string, string>> = {
  'input.required': 'import.required',
  'input.tooLong': 'import.tooLong',
  'input.badFormat': 'import.unknownValue',
  'input.badDecimal': 'import.badDecimal',
  'input.badDate': 'import.badDate',
  'input.badEnum': 'import.unknownValue',
  'lead.investmentNegative': 'import.negative',
  'company.badYesNo': 'import.badBoolean',
  'company.tooManyAliases': 'import.tooManyItems',
  'company.creditCode.length': 'import.badCreditCode.length',
  'company.creditCode.characters': 'import.badCreditCode.characters',
  'company.creditCode.checkCharacter': 'import.badCreditCode.checkCharacter',
  'import.negative': 'import.negative',
};

/** A field's label in Chinese: how a problem names a field the file has no column for (never its code name). */
export function defaultFieldLabel(kind: ImportKindName): (field: string) => string {
  const messages = ERROR_MESSAGES['zh-CN'] as Record<string, string>;
  return (field) => messages[importFieldLabelKey(kind, field)] ?? field;
}

/** The cells of one row through the column map, and the problems found in them. */
class RowCells<F extends string> {
  readonly problems: Array<RowProblem & { col: number }> = [];

  constructor(
    private readonly cells: string[],
    readonly rowNumber: number,
    private readonly map: ColumnMap<F>,
    private readonly headers: string[],
    private readonly label: (field: string) => string,
  ) {}

  /** The cell of a field, trimmed; undefined when the sheet has no such column. */
  cell(field: F): string | undefined {
    const col = this.map.columns[field];
    return col !== undefined ? (this.cells[col] ?? '').trim() : undefined;
  }

  /** An amount cell in 亿元 (a unit in the cell or in the column's heading is read); undefined without a column. */
  amount(field: F): string | undefined {
    const cell = this.cell(field);
    return cell === undefined || cell === '' ? cell : amountInYi(cell, this.map.units[field] ?? null);
  }

  has(field: F): boolean {
    return this.map.columns[field] !== undefined;
  }

  /** The column as the file heads it; a field without a column is named by its label. */
  header(field: F): string {
    const col = this.map.columns[field];
    return col !== undefined && this.headers[col] ? this.headers[col] : this.label(field);
  }

  problem(field: F, key: string, params: Record<string, string | number> = {}): void {
    const column = this.header(field);
    this.problems.push({ row: this.rowNumber, column, key, params: { column, ...params }, col: this.map.columns[field] ?? Number.MAX_SAFE_INTEGER });
  }

  /** A problem the domain's rules found in a field's cell, in the importer's words. */
  ruleProblem(field: F, p: Problem): void {
    this.problem(field, IMPORT_KEYS[p.key] ?? p.key, { value: this.cell(field) ?? '', ...p.params });
  }

  /** Checks one cell by a rule: the value, or null with the problem recorded. */
  checked<T>(field: F, rule: FieldRule, raw = this.cell(field)): T | null {
    if (raw === undefined) return null;
    const { value, problem } = checkField(rule, raw);
    if (problem) {
      this.ruleProblem(field, problem);
      return null;
    }
    return value as T | null;
  }

  /** The row's problems from left to right. */
  sorted(): RowProblem[] {
    if (!this.problems.length) return [];
    return [...this.problems].sort((a, b) => a.col - b.col).map((p) => ({ row: p.row, column: p.column, key: p.key, params: p.params }));
  }
}

/**
 * Checks rows of a sheet, a part at a time: each call reads the rows given (a sheet is checked in parts, so that a large
 * one's parsed rows are never all held at once) and flags those naming the same company (or lead, or project) as an
 * earlier row, of this part or of an earlier one.
 */
export type RowReader<T> = (rows: readonly SheetRow[]) => ParsedRow<T>[];

function rowReader<F extends string, T>(
  table: SheetTable,
  map: ColumnMap<F>,
  label: (field: string) => string,
  read: (r: RowCells<F>) => T | null,
  identity: (r: RowCells<F>) => string[],
  repeatColumn: string,
): RowReader<T> {
  const firstSeen = new Map<string, number>();
  return (rows) =>
    rows.map((row) => {
      const cells = new RowCells<F>(row.cells, row.rowNumber, map, table.headers, label);
      const value = read(cells);
      const problems = cells.sorted();
      const parsed: ParsedRow<T> = { rowNumber: row.rowNumber, value: problems.length ? null : value, problems };
      const keys = identity(cells).filter(Boolean);
      const earlier = keys.map((k) => firstSeen.get(k)).find((n) => n !== undefined);
      if (earlier !== undefined) {
        parsed.problems.push({ row: row.rowNumber, column: repeatColumn, key: 'import.duplicateRow', params: { row: earlier, column: repeatColumn } });
        parsed.value = null;
      } else {
        for (const k of keys) firstSeen.set(k, row.rowNumber);
      }
      return parsed;
    });
}

/**
 * Checks the company cells of a row with the domain's rules (checkCompanyRow), each field read from its column
 * (`fields` maps the company's fields to the sheet's columns; a field without one is not given).
 */
function readCompany<F extends string>(r: RowCells<F>, fields: Partial<Record<keyof CompanyRow, F>>): CompanyRow | null {
  const input = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, r.cell(f as F)]));
  const { row, problems } = checkCompanyRow(input);
  for (const p of problems) r.ruleProblem(fields[p.field] as F, p);
  return row;
}

/** What tells a company in the sheet apart from the others (credit code, reduced name), bad cells or not. */
function companyIdentity(name: string | undefined, creditCode: string | undefined): string[] {
  const code = checkField(COMPANY_ROW_RULES.creditCode, creditCode ?? '');
  const key = companyNameKey(name ?? '');
  return [!code.problem && code.value ? `code:${code.value}` : '', key ? `name:${key}` : ''];
}

/** The heading of a field's column, or its label when the file has none. */
function headerOf<F extends string>(table: SheetTable, map: ColumnMap<F>, field: F, label: (field: string) => string): string {
  const col = map.columns[field];
  return col !== undefined && table.headers[col] ? table.headers[col] : label(field);
}

export function parseCompanyRows(
  table: SheetTable,
  map: ColumnMap<CompanyField> = columnsByHeading('COMPANIES', table.headers),
  label = defaultFieldLabel('COMPANIES'),
): ParsedRow<CompanyRow>[] {
  return companyRowReader(table, map, label)(table.rows);
}

/** Reads company rows a part at a time (see RowReader). */
export function companyRowReader(
  table: SheetTable,
  map: ColumnMap<CompanyField> = columnsByHeading('COMPANIES', table.headers),
  label = defaultFieldLabel('COMPANIES'),
): RowReader<CompanyRow> {
  return rowReader<CompanyField, CompanyRow>(
    table,
    map,
    label,
    (r) =>
      readCompany(r, {
        name: 'name',
        creditCode: 'creditCode',
        englishName: 'englishName',
        aliases: 'aliases',
        province: 'province',
        city: 'city',
        headquarters: 'headquarters',
        isListed: 'isListed',
        isLocal: 'isLocal',
      }),
    (r) => companyIdentity(r.cell('name'), r.cell('creditCode')),
    headerOf(table, map, 'name', label),
  );
}

/** A user a person column may name. */
export interface OwnerCandidate extends Actor {
  name: string;
}

/** A value the user chose, in the mapping step, not to import: its rows are refused. */
export const REFUSED = 'refused' as const;

export interface LeadLookups {
  /** Chain id and ownership by name or code (or as mapped). */
  chain(value: string): (ChainOwnership & { id: string }) | null | typeof REFUSED;
  /** An active user by username or display name (or as mapped: the importer stands for a person left to them). */
  user(value: string): OwnerCandidate | null | typeof REFUSED;
  /** A lead source by the mapping, when the file's word is mapped to one. */
  source?(value: string): LeadSource | null | typeof REFUSED;
  /** The importing user, the owner of a row whose owner cell is blank. */
  self: OwnerCandidate;
}

export interface ProjectLookups extends LeadLookups {
  /** A responsible leader by username or display name (or as mapped). */
  leader(value: string): OwnerCandidate | null | typeof REFUSED;
  stage(value: string): ProjectStage | null | typeof REFUSED;
  unit(value: string): { id: string } | null | typeof REFUSED;
}

/** Source words people write, besides the enum names (an imported lead always starts as NEW). */
export const SOURCE_WORDS = LEAD_SOURCE_WORDS;

const NOTE_RULE: FieldRule = { kind: 'text', max: 4000 };
const DATE_RULE: FieldRule = { kind: 'date' };

/** Resolves a reference cell through a lookup; records the problem of an unknown or refused value. */
function reference<F extends string, T>(r: RowCells<F>, field: F, lookup: (v: string) => T | null | typeof REFUSED, unknownKey: string): T | null | undefined {
  const text = r.cell(field);
  if (!text) return undefined;
  const found = lookup(text);
  if (found === REFUSED) r.problem(field, 'import.refusedValue', { value: text });
  else if (found === null) r.problem(field, unknownKey, { value: text });
  return found === REFUSED ? null : found;
}

export function parseLeadRows(
  table: SheetTable,
  lookups: LeadLookups,
  map: ColumnMap<LeadField> = columnsByHeading('LEADS', table.headers),
  label = defaultFieldLabel('LEADS'),
): ParsedRow<LeadRow>[] {
  return leadRowReader(table, lookups, map, label)(table.rows);
}

/** Reads lead rows a part at a time (see RowReader). */
export function leadRowReader(
  table: SheetTable,
  lookups: LeadLookups,
  map: ColumnMap<LeadField> = columnsByHeading('LEADS', table.headers),
  label = defaultFieldLabel('LEADS'),
): RowReader<LeadRow> {
  // A file without a title column gets each lead's title from its company ("<企业名称> 投资意向").
  const derivedTitle = map.columns.title === undefined;
  const titleOf = (r: RowCells<LeadField>) => (derivedTitle ? (r.cell('companyName') ? deriveImportTitle('LEADS', r.cell('companyName') ?? '') : '') : (r.cell('title') ?? ''));
  const read = (r: RowCells<LeadField>): LeadRow | null => {
    const sourceText = r.cell('source');
    const mappedSource = sourceText && lookups.source ? lookups.source(sourceText) : null;
    if (mappedSource === REFUSED) r.problem('source', 'import.refusedValue', { value: sourceText ?? '' });
    const lead = checkLeadRow({
      title: titleOf(r),
      source: mappedSource && mappedSource !== REFUSED ? mappedSource : mappedSource === REFUSED ? undefined : sourceText,
      intendedInvestment: r.amount('intendedInvestment'),
      nextAction: r.cell('nextAction'),
      nextActionDue: r.cell('nextActionDue'),
      confidential: r.cell('confidential'),
    });
    for (const p of lead.problems) r.ruleProblem((p.field === 'title' && derivedTitle ? 'companyName' : p.field) as LeadField, p);
    const company = readCompany(r, { name: 'companyName', creditCode: 'creditCode' });
    const note = r.checked<string>('note', NOTE_RULE);
    const noteDate = r.checked<string>('noteDate', DATE_RULE);

    const chainText = r.cell('chain');
    const chain = reference(r, 'chain', lookups.chain, 'import.unknownChain');
    if (!chainText) r.problem('chain', 'import.required');

    // The owner obeys the API's rule: a user whose role may own leads on the lead's chain (you, when the cell is blank).
    const ownerText = r.cell('owner');
    const found = reference(r, 'owner', lookups.user, 'import.unknownUser');
    const owner = ownerText ? found : lookups.self;
    if (owner && chain && !mayOwnLeadOn(owner, chain)) {
      r.problem('owner', mayOwnLeads(owner) ? 'lead.ownerChain' : 'lead.ownerRole', { value: ownerText ?? '', name: owner.name });
    }

    if (!lead.row || !company || !chain || !owner) return null;
    return {
      title: lead.row.title,
      company,
      chainId: chain.id,
      source: lead.row.source ?? LeadSource.OTHER,
      ownerId: ownerText ? owner.id : null,
      intendedInvestment: lead.row.intendedInvestment ?? null,
      nextAction: lead.row.nextAction ?? null,
      nextActionDue: lead.row.nextActionDue ?? null,
      confidential: lead.row.confidential ?? false,
      note,
      noteDate,
    };
  };
  const sameLead = (r: RowCells<LeadField>) => [`${companyIdentity(r.cell('companyName'), undefined)[1]}|${titleOf(r)}`];
  return rowReader<LeadField, LeadRow>(table, map, label, read, sameLead, headerOf(table, map, derivedTitle ? 'companyName' : 'title', label));
}

const PROJECT_NAME_RULE: FieldRule = { kind: 'text', max: 200, required: true, singleLine: true };
const CARRIER_RULE: FieldRule = { kind: 'text', max: 200, singleLine: true };
const PROJECT_AMOUNT_RULE: FieldRule = { kind: 'amount', negativeKey: 'import.negative' };
/** Stage words people write in ledgers, besides the enum names and the stage labels. */
const STAGE_WORDS: Readonly<Record<string, ProjectStage>> = {
  洽谈: ProjectStage.NEGOTIATING,
  在谈: ProjectStage.NEGOTIATING,
  签约: ProjectStage.SIGNED,
  已签约: ProjectStage.SIGNED,
  注册: ProjectStage.REGISTERED,
  已注册: ProjectStage.REGISTERED,
  开工: ProjectStage.CONSTRUCTION_STARTED,
  已开工: ProjectStage.CONSTRUCTION_STARTED,
  在建: ProjectStage.CONSTRUCTION_STARTED,
  投产: ProjectStage.IN_PRODUCTION,
  已投产: ProjectStage.IN_PRODUCTION,
  达产: ProjectStage.AT_FULL_CAPACITY,
  已达产: ProjectStage.AT_FULL_CAPACITY,
  暂缓: ProjectStage.ON_HOLD,
  终止: ProjectStage.DROPPED,
  已终止: ProjectStage.DROPPED,
};

/** A stage as a ledger writes it: its code name, its label or a usual word (已签约, 在建 …). */
export function stageFromWord(value: string): ProjectStage | null {
  const text = value.trim();
  if ((PROJECT_STAGES as readonly string[]).includes(text.toUpperCase())) return text.toUpperCase() as ProjectStage;
  return STAGE_WORDS[text] ?? null;
}

/** Reads project rows a part at a time (see RowReader). */
export function projectRowReader(
  table: SheetTable,
  lookups: ProjectLookups,
  map: ColumnMap<ProjectField> = columnsByHeading('PROJECTS', table.headers),
  label = defaultFieldLabel('PROJECTS'),
): RowReader<ProjectRow> {
  const derivedName = map.columns.name === undefined;
  const nameOf = (r: RowCells<ProjectField>) => (derivedName ? (r.cell('companyName') ? deriveImportTitle('PROJECTS', r.cell('companyName') ?? '') : '') : (r.cell('name') ?? ''));
  const read = (r: RowCells<ProjectField>): ProjectRow | null => {
    const name = r.checked<string>(derivedName ? 'companyName' : 'name', PROJECT_NAME_RULE, nameOf(r));
    const company = readCompany(r, { name: 'companyName', creditCode: 'creditCode' });
    const date = (field: ProjectField) => r.checked<string>(field, DATE_RULE);
    const amount = (field: ProjectField) => r.checked<string>(field, PROJECT_AMOUNT_RULE, r.amount(field));
    const values = {
      stageOn: date('stageOn'),
      agreedInvestment: amount('agreedInvestment'),
      signedOn: date('signedOn'),
      startedOn: date('startedOn'),
      productionOn: date('productionOn'),
      capacityOn: date('capacityOn'),
      carrier: r.checked<string>('carrier', CARRIER_RULE),
      fundsInPlace: amount('fundsInPlace'),
      note: r.checked<string>('note', NOTE_RULE),
    };
    const chain = reference(r, 'chain', lookups.chain, 'import.unknownChain');
    if (!r.cell('chain')) r.problem('chain', 'import.required');
    const stage = reference(r, 'stage', lookups.stage, 'import.unknownStage') ?? null;
    const unit = reference(r, 'responsibleUnit', lookups.unit, 'import.unknownUnit') ?? null;
    const leader = reference(r, 'responsibleLeader', lookups.leader, 'import.unknownUser') ?? null;
    if (leader && !canLeadChain(leader)) r.problem('responsibleLeader', 'project.leaderRole', { name: leader.name });
    const owner = reference(r, 'owner', lookups.user, 'import.unknownUser') ?? null;
    if (owner && chain && !mayOwnProjectOn(owner, chain)) r.problem('owner', 'project.ownerNotAllowed', { name: owner.name, chain: r.cell('chain') ?? '' });
    if (!name || !company || !chain) return null;
    return { name, company, chainId: chain.id, stage, ...values, responsibleLeaderId: leader?.id ?? null, responsibleUnitId: unit?.id ?? null, ownerId: owner?.id ?? null };
  };
  const sameProject = (r: RowCells<ProjectField>) => [`${companyIdentity(r.cell('companyName'), undefined)[1]}|${nameOf(r)}`];
  return rowReader<ProjectField, ProjectRow>(table, map, label, read, sameProject, headerOf(table, map, derivedName ? 'companyName' : 'name', label));
}
