import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import { loadRemainingShards } from './engine/search-engine';
import type { SearchResult } from './engine/search-index';
import type { Filters } from './filter-params';
import { searchQueries } from './search-queries';
import { useLoadProgress } from './use-load-progress';

/**
 * The results for `filters` from the search worker: totals and facets (`summary`, undefined until the
 * first answer), the rows loaded so far, and a way to load more. The last results stay on screen while
 * new ones compute, and new ones render as a deferred value, in slices. Once the first results are
 * painted, the rest of the dataset starts loading.
 */
export function useSearchResults(filters: Filters) {
  const progress = useLoadProgress();
  const loaded = progress?.loaded ?? 0;
  const results = useInfiniteQuery({
    ...searchQueries.results(filters, loaded),
    placeholderData: keepPreviousData,
  });
  const data = useDeferredValue(results.data);
  const first = data?.pages[0];
  const summary = first?.total === undefined ? undefined : (first as SearchResult);
  // The same array while the pages are the same, so that the memoised list skips unrelated re-renders.
  const rows = useMemo(() => data?.pages.flatMap((page) => page.rows) ?? [], [data]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = results;
  const loadMore = useCallback(() => {
    if (!isFetchingNextPage) void fetchNextPage();
  }, [isFetchingNextPage, fetchNextPage]);

  const hasFirstResults = summary !== undefined;
  // Effects run after the paint: the rest of the dataset loads once the first results are on screen.
  useEffect(() => {
    if (hasFirstResults) loadRemainingShards();
  }, [hasFirstResults]);

  return {
    progress,
    loaded,
    summary,
    rows,
    total: summary?.total ?? 0,
    hasMore: hasNextPage,
    loadMore,
    error: results.isError ? results.error : null,
    retry: () => void results.refetch(),
  };
}
