import type { MapModel } from './model';

/** Full-width letters and digits as half-width, lower case, no surrounding spaces: how names are compared. */
export function normalizeQuery(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

/**
 * Nodes whose name contains the query (a Chinese substring, or any text), best first: exact name, then names
 * that start with it, then the rest in map order. An empty query finds nothing.
 */
export function searchNodes(model: MapModel, query: string, limit = 20): string[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const ranked: Array<{ id: string; rank: number; index: number }> = [];
  model.order.forEach((id, index) => {
    const name = normalizeQuery(model.byId.get(id)!.node.name);
    const at = name.indexOf(q);
    if (at < 0) return;
    ranked.push({ id, rank: name === q ? 0 : at === 0 ? 1 : 2, index });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.slice(0, limit).map((r) => r.id);
}
