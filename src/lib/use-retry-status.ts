import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';

/** How many failed attempts the queries now loading have had: 0 while all is well. */
export function useRetryStatus(): number {
  const cache = useQueryClient().getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  const read = useCallback(
    () =>
      cache
        .findAll({ fetchStatus: 'fetching' })
        .reduce((most, query) => Math.max(most, query.state.fetchFailureCount), 0),
    [cache],
  );
  return useSyncExternalStore(subscribe, read, () => 0);
}
