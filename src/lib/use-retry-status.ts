import { useQueryClient, type QueryCache, type QueryCacheNotifyEvent } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

/** Query actions that can change how many failed attempts the fetching queries have had. */
const FETCH_ACTIONS = new Set(['fetch', 'failed', 'success', 'error', 'pause', 'continue', 'setState']);

function isFetchChange(event: QueryCacheNotifyEvent): boolean {
  return event.type === 'removed' || (event.type === 'updated' && FETCH_ACTIONS.has(event.action.type));
}

interface RetryStore {
  subscribe: (onChange: () => void) => () => void;
  read: () => number;
}

const stores = new WeakMap<QueryCache, RetryStore>();

/**
 * The cache tells of every observer and result change; the count is recomputed only on fetch changes and
 * kept in a variable, so a render does not walk every cached query (a facet click renders often).
 */
function retryStore(cache: QueryCache): RetryStore {
  let store = stores.get(cache);
  if (store) return store;
  const count = () =>
    cache
      .findAll({ fetchStatus: 'fetching' })
      .reduce((most, query) => Math.max(most, query.state.fetchFailureCount), 0);
  let value = count();
  store = {
    subscribe: (onChange) => {
      value = count(); // it may have changed while nobody listened
      return cache.subscribe((event) => {
        if (!isFetchChange(event)) return;
        const next = count();
        if (next === value) return;
        value = next;
        onChange();
      });
    },
    read: () => value,
  };
  stores.set(cache, store);
  return store;
}

/** How many failed attempts the queries now loading have had: 0 while all is well. */
export function useRetryStatus(): number {
  const store = retryStore(useQueryClient().getQueryCache());
  return useSyncExternalStore(store.subscribe, store.read, () => 0);
}
