import { fieldForHeading, IMPORT_FIELDS, ImportKindName, isKnownImportHeading, MoneyUnit, readHeading } from '@chainboard/domain';

/** A column an import understands: the field it fills and the header texts people give it (IMPORT_FIELDS in libs/domain). */
export interface ColumnSpec<F extends string = string> {
  field: F;
  headers: readonly string[];
  required?: boolean;
}

/** Which column (1-based) fills each field, and the money unit each amount column's heading names. */
export interface ColumnMap<F extends string = string> {
  columns: Partial<Record<F, number>>;
  units: Partial<Record<F, MoneyUnit | null>>;
}

const specsOf = (kind: ImportKindName) => IMPORT_FIELDS[kind].map((s) => ({ field: s.field, headers: s.headings, required: s.required }));

export type CompanyField = 'name' | 'creditCode' | 'englishName' | 'aliases' | 'province' | 'city' | 'headquarters' | 'isListed' | 'isLocal';
export type LeadField =
  | 'title'
  | 'companyName'
  | 'creditCode'
  | 'chain'
  | 'source'
  | 'owner'
  | 'intendedInvestment'
  | 'nextAction'
  | 'nextActionDue'
  | 'confidential'
  | 'note'
  | 'noteDate';
export type ProjectField =
  | 'name'
  | 'companyName'
  | 'creditCode'
  | 'chain'
  | 'stage'
  | 'stageOn'
  | 'agreedInvestment'
  | 'signedOn'
  | 'startedOn'
  | 'productionOn'
  | 'capacityOn'
  | 'responsibleLeader'
  | 'responsibleUnit'
  | 'owner'
  | 'carrier'
  | 'fundsInPlace'
  | 'note';

export const COMPANY_COLUMNS = specsOf('COMPANIES') as ReadonlyArray<ColumnSpec<CompanyField>>;
export const LEAD_COLUMNS = specsOf('LEADS') as ReadonlyArray<ColumnSpec<LeadField>>;
export const PROJECT_COLUMNS = specsOf('PROJECTS') as ReadonlyArray<ColumnSpec<ProjectField>>;

/** Maps each field to the first column (1-based) whose heading names it by the kind's synonyms. */
export function columnsByHeading<F extends string>(kind: ImportKindName, headers: readonly string[]): ColumnMap<F> {
  const map: ColumnMap<F> = { columns: {}, units: {} };
  const taken = new Set<string>();
  headers.forEach((header, col) => {
    if (!header) return;
    const field = fieldForHeading(kind, header, taken) as F | null;
    if (!field) return;
    taken.add(field);
    map.columns[field] = col;
    map.units[field] = readHeading(header).unit;
  });
  return map;
}

export function isKnownHeader(kind: ImportKindName): (text: string) => boolean {
  return (text) => isKnownImportHeading(kind, text);
}
