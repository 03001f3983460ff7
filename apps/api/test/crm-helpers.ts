import { usccCheckCharacter } from '@chainboard/domain';
import { TestApp } from './harness';

/** The tables of companies, leads, contacts, prospects and the rest that users change. */
export const CRM_TABLES = [
  'company',
  'company_list',
  'company_tag',
  'chain_node_company',
  'lead',
  'lead_chain_node',
  'interaction',
  'prospect',
  'project',
  'project_chain_node',
  'saved_view',
  'app_setting',
];

/** A digest of every CRM row, to show that a refused request changed nothing. */
export async function crmSnapshot(t: TestApp): Promise<string> {
  const parts: unknown[] = [];
  for (const table of CRM_TABLES) parts.push(await t.db.query(`SELECT * FROM "${table}" ORDER BY 1, 2`));
  return JSON.stringify(parts);
}

export async function crmCounts(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of CRM_TABLES) counts[table] = (await t.db.query(`SELECT count(*)::int AS n FROM "${table}"`))[0].n;
  return counts;
}

/** A valid credit code built from a 17-character base (digits and allowed capitals). */
export function uscc(base17: string): string {
  return base17 + usccCheckCharacter(base17);
}

/** The error a refused request answers with: code and message. */
export function refusal(res: { errors?: Array<{ message: string; extensions?: Record<string, any> }> }): { code: string; message: string } {
  return { code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message ?? '' };
}

export async function chainsByCode(t: TestApp, token: string): Promise<Record<string, { id: string; name: string; leader: { username: string } }>> {
  const { chains } = await t.as(token, '{ chains { id code name leader { username } } }');
  return Object.fromEntries(chains.map((c: any) => [c.code, c]));
}

/** Leaf nodes of a chain's map (id, name). */
export async function nodesOf(t: TestApp, token: string, chainId: string): Promise<Array<{ id: string; name: string; depth: number }>> {
  const { chainMap } = await t.as(token, 'query($id: ID!) { chainMap(chainId: $id) { nodes { id name depth } } }', { id: chainId });
  return chainMap.nodes.filter((n: any) => n.depth > 0);
}
