import {
  Actor,
  checkCompanyRow,
  checkField,
  checkLeadRow,
  ChainOwnership,
  COMPANY_ROW_RULES,
  CompanyRow,
  companyNameKey,
  LEAD_SOURCE_WORDS,
  LeadSource,
  mayOwnLeadOn,
  mayOwnLeads,
  Problem,
} from '@chainboard/domain';
import { COMPANY_COLUMNS, ColumnSpec, CompanyField, LEAD_COLUMNS, LeadField, mapColumns } from './columns';
import { SheetTable } from './table-reader';

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
}

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
};

/** The cells of one row through the column map, and the problems found in them. */
class RowCells<F extends string> {
  readonly problems: Array<RowProblem & { col: number }> = [];

  constructor(
    private readonly cells: string[],
    readonly rowNumber: number,
    private readonly columns: Partial<Record<F, number>>,
    private readonly headers: string[],
  ) {}

  /** The cell of a field, trimmed; undefined when the sheet has no such column. */
  cell(field: F): string | undefined {
    const col = this.columns[field];
    return col !== undefined ? (this.cells[col] ?? '').trim() : undefined;
  }

  header(field: F): string {
    const col = this.columns[field];
    return col !== undefined ? this.headers[col] : field;
  }

  problem(field: F, key: string, params: Record<string, string | number> = {}): void {
    const column = this.header(field);
    this.problems.push({ row: this.rowNumber, column, key, params: { column, ...params }, col: this.columns[field] ?? Number.MAX_SAFE_INTEGER });
  }

  /** A problem the domain's rules found in a field's cell, in the importer's words. */
  ruleProblem(field: F, p: Problem): void {
    this.problem(field, IMPORT_KEYS[p.key] ?? p.key, { value: this.cell(field) ?? '', ...p.params });
  }

  /** The row's problems from left to right. */
  sorted(): RowProblem[] {
    return [...this.problems].sort((a, b) => a.col - b.col).map((p) => ({ row: p.row, column: p.column, key: p.key, params: p.params }));
  }
}

function readRows<F extends string, T>(
  table: SheetTable,
  specs: readonly ColumnSpec<F>[],
  read: (r: RowCells<F>) => T | null,
  identity: (r: RowCells<F>) => string[],
): Array<ParsedRow<T> & { identity: string[] }> {
  const columns = mapColumns(table.headers, specs);
  return table.rows.map((row) => {
    const cells = new RowCells<F>(row.cells, row.rowNumber, columns, table.headers);
    const value = read(cells);
    const problems = cells.sorted();
    return { rowNumber: row.rowNumber, value: problems.length ? null : value, problems, identity: identity(cells) };
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

/** Flags rows naming the same company (or lead) as an earlier row. */
function flagRepeats<T>(rows: Array<ParsedRow<T> & { identity: string[] }>, column: string): ParsedRow<T>[] {
  const firstSeen = new Map<string, number>();
  return rows.map(({ identity, ...row }) => {
    const keys = identity.filter(Boolean);
    const earlier = keys.map((k) => firstSeen.get(k)).find((n) => n !== undefined);
    if (earlier !== undefined) {
      row.problems.push({ row: row.rowNumber, column, key: 'import.duplicateRow', params: { row: earlier, column } });
      row.value = null;
    } else {
      for (const k of keys) firstSeen.set(k, row.rowNumber);
    }
    return row;
  });
}

export function parseCompanyRows(table: SheetTable): ParsedRow<CompanyRow>[] {
  const rows = readRows<CompanyField, CompanyRow>(table, COMPANY_COLUMNS, (r) =>
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
  );
  const nameHeader = table.headers[mapColumns(table.headers, COMPANY_COLUMNS).name ?? 0] ?? 'name';
  return flagRepeats(rows, nameHeader);
}

/** A user a lead's owner column may name. */
export interface OwnerCandidate extends Actor {
  name: string;
}

export interface LeadLookups {
  /** Chain id and ownership by name or code. */
  chain(value: string): (ChainOwnership & { id: string }) | null;
  /** An active user by username or display name. */
  user(value: string): OwnerCandidate | null;
  /** The importing user, the owner of a row whose owner cell is blank. */
  self: OwnerCandidate;
}

/** Source words people write, besides the enum names (an imported lead always starts as NEW). */
export const SOURCE_WORDS = LEAD_SOURCE_WORDS;

export function parseLeadRows(table: SheetTable, lookups: LeadLookups): ParsedRow<LeadRow>[] {
  const read = (r: RowCells<LeadField>): LeadRow | null => {
    const lead = checkLeadRow({
      title: r.cell('title') ?? '',
      source: r.cell('source'),
      intendedInvestment: r.cell('intendedInvestment'),
      nextAction: r.cell('nextAction'),
      nextActionDue: r.cell('nextActionDue'),
      confidential: r.cell('confidential'),
    });
    for (const p of lead.problems) r.ruleProblem(p.field as LeadField, p);
    const company = readCompany(r, { name: 'companyName', creditCode: 'creditCode' });

    const chainText = r.cell('chain');
    const chain = chainText ? lookups.chain(chainText) : null;
    if (!chainText) r.problem('chain', 'import.required');
    else if (!chain) r.problem('chain', 'import.unknownChain', { value: chainText });

    // The owner obeys the API's rule: a user whose role may own leads on the lead's chain (you, when the cell is blank).
    const ownerText = r.cell('owner');
    const owner = ownerText ? lookups.user(ownerText) : lookups.self;
    if (ownerText && !owner) r.problem('owner', 'import.unknownUser', { value: ownerText });
    else if (owner && chain && !mayOwnLeadOn(owner, chain)) {
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
    };
  };
  const sameLead = (r: RowCells<LeadField>) => [`${companyIdentity(r.cell('companyName'), undefined)[1]}|${r.cell('title') ?? ''}`];
  const rows = readRows<LeadField, LeadRow>(table, LEAD_COLUMNS, read, sameLead);
  const titleHeader = table.headers[mapColumns(table.headers, LEAD_COLUMNS).title ?? 0] ?? 'title';
  return flagRepeats(rows, titleHeader);
}
