import { QueryClient } from '@tanstack/react-query';
import { isTransientError } from '../data/data-errors';

const MAX_RETRIES = 3;

/** Transient failures (network, 5xx, timeouts) are retried with backoff; a 404 or bad data is not. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => isTransientError(error) && failureCount < MAX_RETRIES,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
        refetchOnWindowFocus: false,
      },
    },
  });
}
