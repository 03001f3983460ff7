import {
  companyNameKey,
  foldText,
  isDecimalString,
  isIsoDate,
  LeadSource,
  normalizeUscc,
  usccProblem,
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
  value: T;
  problems: RowProblem[];
}

export interface CompanyRow {
  name: string;
  creditCode: string | null;
  englishName: string | null;
  aliases: string[];
  province: string | null;
  city: string | null;
  headquarters: string | null;
  isListed: boolean | null;
  isLocal: boolean | null;
}

export interface LeadRow {
  title: string;
  company: CompanyRow;
  chainId: string | null;
  source: LeadSource;
  ownerId: string | null;
  intendedInvestment: string | null;
  nextAction: string | null;
  nextActionDue: string | null;
  confidential: boolean;
}

const TRUE = new Set(['是', 'y', 'yes', 'true', '1', '√', '上市', '已上市', '本地', '区内']);
const FALSE = new Set(['否', 'n', 'no', 'false', '0', '×', '未上市', '非上市', '外地', '区外']);

/** Reads the cells of one row through the column map, collecting problems as it goes. */
class RowReader<F extends string> {
  readonly problems: RowProblem[] = [];

  constructor(
    private readonly cells: string[],
    readonly rowNumber: number,
    private readonly columns: Partial<Record<F, number>>,
    private readonly headers: string[],
  ) {}

  header(field: F): string {
    const col = this.columns[field];
    return col !== undefined ? this.headers[col] : field;
  }

  problem(field: F, key: string, params: Record<string, string | number> = {}): void {
    this.problems.push({ row: this.rowNumber, column: this.header(field), key, params: { column: this.header(field), ...params } });
  }

  text(field: F, max: number, required = false): string | null {
    const col = this.columns[field];
    const value = col !== undefined ? (this.cells[col] ?? '').trim() : '';
    if (!value) {
      if (required) this.problem(field, 'import.required');
      return null;
    }
    if ([...value].length > max) {
      this.problem(field, 'import.tooLong', { max });
      return value.slice(0, max);
    }
    return value;
  }

  bool(field: F): boolean | null {
    const value = foldText(this.text(field, 20) ?? '') || null;
    if (value === undefined || value === null) return null;
    if (TRUE.has(value)) return true;
    if (FALSE.has(value)) return false;
    this.problem(field, 'import.badBoolean');
    return null;
  }

  decimal(field: F): string | null {
    const value = foldText(this.text(field, 30) ?? '').replace(/[,\s]/g, '').replace(/亿元?$/, '');
    if (!value) return null;
    if (!isDecimalString(value) || value.startsWith('-')) {
      this.problem(field, 'import.badDecimal');
      return null;
    }
    return value;
  }

  date(field: F): string | null {
    const raw = foldText(this.text(field, 30) ?? '');
    if (!raw) return null;
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(raw);
    const value = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : raw;
    if (!isIsoDate(value)) {
      this.problem(field, 'import.badDate');
      return null;
    }
    return value;
  }

  creditCode(field: F): string | null {
    const raw = this.text(field, 40);
    if (!raw) return null;
    const code = normalizeUscc(raw);
    const problem = usccProblem(code);
    if (problem) {
      this.problem(field, `import.badCreditCode.${problem}`);
      return null;
    }
    return code;
  }
}

function readRows<F extends string, T>(
  table: SheetTable,
  specs: readonly ColumnSpec<F>[],
  read: (r: RowReader<F>) => T,
): ParsedRow<T>[] {
  const columns = mapColumns(table.headers, specs);
  return table.rows.map((row) => {
    const reader = new RowReader<F>(row.cells, row.rowNumber, columns, table.headers);
    const value = read(reader);
    return { rowNumber: row.rowNumber, value, problems: reader.problems };
  });
}

function readCompany<F extends string>(r: RowReader<F>, fields: Record<keyof CompanyRow, F | null>): CompanyRow {
  const get = (k: keyof CompanyRow, max: number, required = false) => (fields[k] ? r.text(fields[k] as F, max, required) : null);
  return {
    name: get('name', 200, true) ?? '',
    creditCode: fields.creditCode ? r.creditCode(fields.creditCode) : null,
    englishName: get('englishName', 200),
    aliases: (get('aliases', 500) ?? '')
      .split(/[、,，;；/]/)
      .map((a) => a.trim())
      .filter(Boolean),
    province: get('province', 50),
    city: get('city', 50),
    headquarters: get('headquarters', 200),
    isListed: fields.isListed ? r.bool(fields.isListed) : null,
    isLocal: fields.isLocal ? r.bool(fields.isLocal) : null,
  };
}

/** Flags rows naming the same company as an earlier row (same credit code, or names that reduce alike). */
function flagRepeats<T>(rows: ParsedRow<T>[], identity: (value: T) => string[], column: string): void {
  const firstSeen = new Map<string, number>();
  for (const row of rows) {
    const keys = identity(row.value).filter(Boolean);
    const earlier = keys.map((k) => firstSeen.get(k)).find((n) => n !== undefined);
    if (earlier !== undefined) {
      row.problems.push({ row: row.rowNumber, column, key: 'import.duplicateRow', params: { row: earlier, column } });
    } else {
      for (const k of keys) firstSeen.set(k, row.rowNumber);
    }
  }
}

const companyIdentity = (c: CompanyRow) => [c.creditCode ? `code:${c.creditCode}` : '', c.name ? `name:${companyNameKey(c.name)}` : ''];

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
  );
  const nameHeader = table.headers[mapColumns(table.headers, COMPANY_COLUMNS).name ?? 0] ?? 'name';
  flagRepeats(rows, companyIdentity, nameHeader);
  return rows;
}

export interface LeadLookups {
  /** Chain id by name or code. */
  chain(value: string): string | null;
  /** User id by username or display name. */
  user(value: string): string | null;
}

/** Source words people write, besides the enum names (an imported lead always starts as NEW). */
export const SOURCE_WORDS: Record<string, LeadSource> = {
  以商招商: LeadSource.BUSINESS_REFERRAL,
  委托招商: LeadSource.COMMISSIONED,
  展会: LeadSource.EXHIBITION,
  上门拜访: LeadSource.DOOR_TO_DOOR,
  领导交办: LeadSource.LEADER_ASSIGNED,
  中介: LeadSource.INTERMEDIARY,
  网络: LeadSource.ONLINE,
  其他: LeadSource.OTHER,
};

function enumValue<E extends string>(value: string | null, words: Record<string, E>, all: readonly E[], fallback: E): E | undefined {
  if (!value) return fallback;
  const upper = value.toUpperCase() as E;
  if (all.includes(upper)) return upper;
  return words[value];
}

export function parseLeadRows(table: SheetTable, lookups: LeadLookups): ParsedRow<LeadRow>[] {
  const rows = readRows<LeadField, LeadRow>(table, LEAD_COLUMNS, (r) => {
    const title = r.text('title', 200, true) ?? '';
    const company = readCompany(r, {
      name: 'companyName',
      creditCode: 'creditCode',
      englishName: null,
      aliases: null,
      province: null,
      city: null,
      headquarters: null,
      isListed: null,
      isLocal: null,
    });
    const chainText = r.text('chain', 100, true);
    const chainId = chainText ? lookups.chain(chainText) : null;
    if (chainText && !chainId) r.problem('chain', 'import.unknownChain', { value: chainText });
    const ownerText = r.text('owner', 100);
    const ownerId = ownerText ? lookups.user(ownerText) : null;
    if (ownerText && !ownerId) r.problem('owner', 'import.unknownUser', { value: ownerText });
    const sourceText = r.text('source', 40);
    const source = enumValue(sourceText, SOURCE_WORDS, Object.values(LeadSource), LeadSource.OTHER);
    if (!source) r.problem('source', 'import.unknownValue', { value: sourceText ?? '' });
    return {
      title,
      company,
      chainId,
      source: source ?? LeadSource.OTHER,
      ownerId,
      intendedInvestment: r.decimal('intendedInvestment'),
      nextAction: r.text('nextAction', 4000),
      nextActionDue: r.date('nextActionDue'),
      confidential: r.bool('confidential') ?? false,
    };
  });
  const titleHeader = table.headers[mapColumns(table.headers, LEAD_COLUMNS).title ?? 0] ?? 'title';
  flagRepeats(rows, (l) => [`${companyIdentity(l.company)[1]}|${l.title}`], titleHeader);
  return rows;
}
