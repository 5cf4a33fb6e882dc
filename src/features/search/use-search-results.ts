import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { loadRemainingShards } from './engine/search-engine';
import type { SearchResult } from './engine/types';
import { canRankByRelevance, hasActiveFilters, serializeFilters, type Filters } from './filter-params';
import { SNIPPET_BATCH, snippetBatches, withSnippets } from './lazy-snippets';
import { searchQueries } from './search-queries';
import { useLoadProgress } from './use-load-progress';

/**
 * The results for `filters` from the search worker: totals and facets (`summary`, undefined until the
 * first answer), the rows loaded so far, and a way to load more. The last results stay on screen while
 * new ones compute, and new ones render as a deferred value, in slices. Once the first results are
 * painted, the rest of the dataset starts loading. With a text query, rows beyond the first answer's
 * screenful get their matching sentence as the list shows them (`onRowsShown`).
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
  const listed = useMemo(() => data?.pages.flatMap((page) => page.rows) ?? [], [data]);

  // The last row the list has shown, for these filters only, and only where it decides which sentences are
  // asked for: a text query's, rounded up to the end of its batch. Any other change would re-render the
  // whole route for nothing each time the list scrolls or its results change.
  const key = serializeFilters(filters);
  const ranks = canRankByRelevance(filters.q);
  const [shown, setShown] = useState({ key, last: -1 });
  const lastShown = shown.key === key ? shown.last : -1;
  const onRowsShown = useCallback(
    (last: number) => {
      if (!ranks) return;
      const batchEnd = (Math.floor(Math.max(last, 0) / SNIPPET_BATCH) + 1) * SNIPPET_BATCH - 1;
      setShown((current) =>
        current.key === key && current.last >= batchEnd ? current : { key, last: batchEnd },
      );
    },
    [key, ranks],
  );
  // Rows kept on screen from the previous filters are not asked about: their query is not this one.
  const current = !results.isPlaceholderData && data === results.data;
  const batches = current && ranks ? snippetBatches(listed, first?.snippetRows ?? 0, lastShown) : [];
  const found = useFoundSnippets(filters.q, batches, loaded);
  const rows = withSnippets(listed, found);
  const { hasNextPage, fetchNextPage } = results;
  // Asked again while a page is on its way, the query joins that fetch rather than starting over. Not by
  // reading isFetchingNextPage here: the route would render twice more for every page.
  const loadMore = useCallback(() => {
    void fetchNextPage({ cancelRefetch: false });
  }, [fetchNextPage]);

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
    onRowsShown,
    total: summary?.total ?? 0,
    /** Whether the results shown (which may still be the previous filters') are filtered ones. */
    filtered: first?.filtered ?? hasActiveFilters(filters),
    hasMore: hasNextPage,
    loadMore,
    error: results.isError ? results.error : null,
    retry: () => void results.refetch(),
  };
}

type Sentences = ReadonlyMap<string, string | null>;

/**
 * The matching sentences of `batches` (lists of announcement ids) as they arrive, each batch a cached
 * query. Asked with the query client rather than useQueries, which would add its observer to the first
 * download for what only a text query's later rows need.
 */
function useFoundSnippets(q: string, batches: readonly (readonly string[])[], loaded: number): Sentences {
  const queryClient = useQueryClient();
  const search = `${String(loaded)}|${q}`;
  const asked = JSON.stringify(batches);
  const [found, setFound] = useState<{ search: string; sentences: Sentences }>({
    search,
    sentences: new Map(),
  });
  useEffect(() => {
    let live = true;
    for (const ids of JSON.parse(asked) as string[][])
      queryClient.query(searchQueries.snippets(q, ids, loaded)).then(
        (answer) => {
          if (!live) return;
          setFound((now) => {
            const sentences = new Map(now.search === search ? now.sentences : []);
            ids.forEach((id, i) => sentences.set(id, answer[i] ?? null));
            return { search, sentences };
          });
        },
        // Superseded by a newer search, or a file that failed: the row keeps its first sentence.
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [queryClient, q, loaded, search, asked]);
  return found.search === search ? found.sentences : EMPTY;
}

const EMPTY: Sentences = new Map();
