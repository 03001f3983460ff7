/**
 * SQL fragments over the companies' tables, for other features' list queries that search by a company's names in
 * the same statement. The table names live here only; a feature that needs companies otherwise asks
 * CompaniesService or CompanyLoaders.
 */

/**
 * True when the company whose id is `companyIdExpr` carries every search token in parameter `:tokensParam` and
 * its search text matches each LIKE pattern in the parameters `likeParams` (as searchCondition gives them).
 */
export function companyMatchesTextSql(companyIdExpr: string, tokensParam: string, likeParams: readonly string[]): string {
  const likes = likeParams.map((p) => `AND mtc.search_text LIKE :${p} ESCAPE '\\'`).join(' ');
  return `EXISTS (SELECT 1 FROM company mtc WHERE mtc.id = ${companyIdExpr} AND mtc.search_tokens @> CAST(:${tokensParam} AS text[]) ${likes})`;
}

/** The name of the company whose id is `companyIdExpr` (a scalar subquery, for another feature's select list or order). */
export function companyNameSql(companyIdExpr: string): string {
  return `(SELECT cnm.name FROM company cnm WHERE cnm.id = ${companyIdExpr})`;
}

/** The SQL fragments the companies feature exports (checked by the test that keeps table names in their owner's code). */
export const COMPANY_SQL_FRAGMENTS = { companyMatchesTextSql, companyNameSql } as const;
