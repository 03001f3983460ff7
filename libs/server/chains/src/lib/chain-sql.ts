/**
 * SQL fragments over the chains' tables, for other features' list queries that filter by chain in the same
 * statement (reading the chain first would cost a statement per page). The table names live here only; a
 * feature that needs a chain's rows otherwise asks ChainsService or ChainLoaders.
 */

/** True when the chain-map node whose id is `nodeIdExpr` belongs to the map of the chain in parameter `:chainParam`. */
export function nodeInChainSql(nodeIdExpr: string, chainParam: string): string {
  return `EXISTS (SELECT 1 FROM chain_segment ncs JOIN chain_map ncm ON ncm.id = ncs.map_id WHERE ncs.id = ${nodeIdExpr} AND ncm.chain_id = :${chainParam})`;
}

/** True when the chain whose id is `chainIdExpr` is led by the user in parameter `:userParam`. */
export function chainLedBySql(chainIdExpr: string, userParam: string): string {
  return `EXISTS (SELECT 1 FROM industry_chain lbc WHERE lbc.id = ${chainIdExpr} AND lbc.leader_id = :${userParam})`;
}

/** The SQL fragments the chains feature exports (checked by the test that keeps table names in their owner's code). */
export const CHAIN_SQL_FRAGMENTS = { nodeInChainSql, chainLedBySql } as const;
