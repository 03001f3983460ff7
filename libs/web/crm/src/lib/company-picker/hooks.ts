import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { request, type CompanyListInput } from '@chainboard/web-graphql';
import { crmKeys, useDebounced } from '../common/hooks';
import { companyDuplicatesQuery, companyOptionsQuery } from './documents';
import { DUPLICATE_DEBOUNCE_MS, duplicateLookup } from './duplicates';

/** React Query keys of the company queries (the company pages, pickers and duplicate hints). */
export const companyKeys = {
  all: crmKeys.companies,
  list: (input: CompanyListInput) => [...crmKeys.companies, 'list', input] as const,
  options: (query: string) => [...crmKeys.companies, 'options', query] as const,
  detail: (id: string) => [...crmKeys.companies, 'detail', id] as const,
  duplicates: (name: string, creditCode: string | null) => [...crmKeys.companies, 'duplicates', name, creditCode] as const,
};

/** Companies a new entry may duplicate, asked as the name and credit code are typed (debounced). */
export function useCompanyDuplicates(name: string | null | undefined, creditCode?: string | null) {
  const typedName = useDebounced(name ?? '', DUPLICATE_DEBOUNCE_MS);
  const typedCode = useDebounced(creditCode ?? '', DUPLICATE_DEBOUNCE_MS);
  const lookup = duplicateLookup(typedName, typedCode);
  const query = useQuery({
    queryKey: companyKeys.duplicates(lookup?.name ?? '', lookup?.creditCode ?? null),
    queryFn: async () => (await request(companyDuplicatesQuery, { name: lookup?.name ?? '', creditCode: lookup?.creditCode ?? null })).companyDuplicates,
    enabled: lookup !== null,
    staleTime: 10_000,
    placeholderData: keepPreviousData,
  });
  return { ...query, data: lookup ? (query.data ?? []) : [] };
}

/** Companies whose names contain the words typed, for a company picker (debounced, from one character). */
export function useCompanyOptions(text: string) {
  const query = useDebounced(text.trim(), 200);
  return useQuery({
    queryKey: companyKeys.options(query),
    queryFn: async () => (await request(companyOptionsQuery, { input: { query, limit: 10, sort: 'NAME' } })).companies.items,
    enabled: query.length > 0,
    staleTime: 10_000,
    placeholderData: keepPreviousData,
  });
}
