import { foldText } from '@chainboard/domain';

/** A column an import understands: the field it fills and the header texts people give it. */
export interface ColumnSpec<F extends string = string> {
  field: F;
  headers: readonly string[];
  required?: boolean;
}

const key = (text: string) => foldText(text).replace(/[\s()（）:：*]/g, '');

/** Maps each known field to the column (1-based) whose header names it. */
export function mapColumns<F extends string>(headers: string[], specs: readonly ColumnSpec<F>[]): Partial<Record<F, number>> {
  const found: Partial<Record<F, number>> = {};
  headers.forEach((header, col) => {
    if (!header) return;
    const k = key(header);
    const spec = specs.find((s) => s.headers.some((h) => key(h) === k));
    if (spec && found[spec.field] === undefined) found[spec.field] = col;
  });
  return found;
}

export function isKnownHeader(specs: readonly ColumnSpec[]): (text: string) => boolean {
  const known = new Set(specs.flatMap((s) => s.headers.map(key)));
  return (text) => known.has(key(text));
}

export const COMPANY_COLUMNS = [
  { field: 'name', headers: ['企业名称', '公司名称', '企业', '名称', 'name', 'company', 'company name'], required: true },
  { field: 'creditCode', headers: ['统一社会信用代码', '社会信用代码', '信用代码', 'uscc', 'credit code'] },
  { field: 'englishName', headers: ['英文名称', '英文名', 'english name'] },
  { field: 'aliases', headers: ['别名', '简称', '曾用名', 'aliases'] },
  { field: 'province', headers: ['省份', '省', 'province'] },
  { field: 'city', headers: ['城市', '市', 'city'] },
  { field: 'headquarters', headers: ['总部', '总部所在地', 'headquarters'] },
  { field: 'isListed', headers: ['是否上市', '上市', 'listed'] },
  { field: 'isLocal', headers: ['是否本地企业', '本地企业', '区内企业', '是否区内', 'local'] },
] as const satisfies readonly ColumnSpec[];

export const LEAD_COLUMNS = [
  { field: 'title', headers: ['线索名称', '线索', '线索标题', '标题', 'title', 'lead'], required: true },
  { field: 'companyName', headers: ['企业名称', '公司名称', '企业', 'company', 'company name'], required: true },
  { field: 'creditCode', headers: ['统一社会信用代码', '社会信用代码', '信用代码', 'uscc', 'credit code'] },
  { field: 'chain', headers: ['产业链', '所属产业链', 'chain', 'industry chain'], required: true },
  { field: 'source', headers: ['来源', '线索来源', 'source'] },
  { field: 'owner', headers: ['负责人', '招商人员', '责任人', 'owner'] },
  { field: 'intendedInvestment', headers: ['意向投资额亿元', '意向投资额', '投资额亿元', '投资额', 'intended investment'] },
  { field: 'nextAction', headers: ['下一步', '下一步工作', 'next action'] },
  { field: 'nextActionDue', headers: ['下一步截止日期', '截止日期', '办理时限', 'due date'] },
  { field: 'confidential', headers: ['保密', '是否保密', 'confidential'] },
] as const satisfies readonly ColumnSpec[];

export type CompanyField = (typeof COMPANY_COLUMNS)[number]['field'];
export type LeadField = (typeof LEAD_COLUMNS)[number]['field'];
