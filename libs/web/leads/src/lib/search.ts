import type { SearchQuery } from '@chainboard/web-graphql';

export type SearchHit = SearchQuery['search']['groups'][number]['hits'][number];

/** The page a search hit opens: the company, the lead, or the lead (else the company) of a contact. */
export function searchHitPath(hit: Pick<SearchHit, 'kind' | 'id' | 'company' | 'lead' | 'contact'>): string {
  switch (hit.kind) {
    case 'COMPANY':
      return `/companies/${hit.company?.id ?? hit.id}`;
    case 'LEAD':
      return `/leads/${hit.lead?.id ?? hit.id}`;
    case 'CONTACT':
      if (hit.contact?.leadId) return `/leads/${hit.contact.leadId}`;
      return `/companies/${hit.contact?.companyId ?? hit.company?.id ?? ''}`;
  }
}

/** Longest query the search box sends (the API's limit). */
export { SEARCH_QUERY_MAX } from '@chainboard/domain';

/** The query as sent: trimmed; null when there is nothing to search for. One character is enough. */
export function searchQueryOf(text: string | null | undefined, max: number): string | null {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return null;
  return [...trimmed].slice(0, max).join('');
}

/** The search page's path for a query. */
export function searchPagePath(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}
