import { useCallback, useState } from 'react';

/** A list input's identity without its paging: the filters and sort the rows' count depends on. */
export function countKey(input: object): string {
  const rest: Record<string, unknown> = { ...input };
  delete rest['offset'];
  delete rest['limit'];
  delete rest['exactTotal'];
  return JSON.stringify(rest, Object.keys(rest).sort());
}

/** The list input with the exact count asked for when `exact`, else as it is (the server caps the total). */
export function withExactTotal<I extends object>(input: I, exact: boolean): I & { exactTotal?: boolean } {
  return exact ? { ...input, exactTotal: true } : input;
}

/**
 * "Count exactly" for a paged list whose server caps the total ("1,000+"): once asked, the list's input carries
 * exactTotal: true while its filters and sort stay the same (paging on keeps it); other filters go back to the capped count.
 */
export function useExactTotal<I extends object>(input: I): { input: I & { exactTotal?: boolean }; countExactly: () => void } {
  const key = countKey(input);
  const [exactFor, setExactFor] = useState<string | null>(null);
  const countExactly = useCallback(() => setExactFor(key), [key]);
  return { input: withExactTotal(input, exactFor === key), countExactly };
}
