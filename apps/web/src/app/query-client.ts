import { QueryClient } from '@tanstack/react-query';
import { shouldRetry } from '@chainboard/web-graphql';

/** One cache for the app: answers stay fresh for 30 s; only network failures are retried. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
