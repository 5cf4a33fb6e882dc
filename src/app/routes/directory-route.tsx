import type { QueryClient } from '@tanstack/react-query';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import {
  EntityDirectory,
  directoryListing,
  parseDirectoryParams,
  useDirectoryParams,
} from '../../features/entities';
import {
  FACET_VALUES_FOUND,
  emptyFilters,
  loadProgress,
  searchQueries,
  useLoadProgress,
  type FacetKey,
  type FacetValue,
} from '../../features/search';

export function directoryLoader(queryClient: QueryClient, kind: FacetKey) {
  return async ({ request }: LoaderFunctionArgs) => {
    await queryClient.query(searchQueries.dataset());
    // Asked now, not after the render; not awaited: a failure shows where the list does.
    const { params } = parseDirectoryParams(new URL(request.url).searchParams);
    const loaded = loadProgress.get()?.loaded ?? 0;
    queryClient.query(searchQueries.facetValues(emptyFilters, kind, params.q, loaded)).catch(() => undefined);
    return null;
  };
}

/**
 * `/people`, `/countries`, `/events`, `/organizations`: every value of the kind with its count, from the
 * worker's facet finder; how many there are in all comes from the unfiltered results' facet summary (the
 * list's own first answer, usually cached already).
 */
export function DirectoryRoute({ kind }: { kind: FacetKey }) {
  const { params, issues, updateParams } = useDirectoryParams();
  const loaded = useLoadProgress()?.loaded ?? 0;
  const found = useQuery({
    ...searchQueries.facetValues(emptyFilters, kind, params.q, loaded),
    placeholderData: keepPreviousData,
  });
  const all = useInfiniteQuery(searchQueries.results(emptyFilters, loaded));
  const total = all.data?.pages[0]?.facets?.[kind].distinct ?? null;

  // The text the shown values answer: while the next answer computes, the last one stays on screen.
  const [answered, setAnswered] = useState<{ q: string; values: FacetValue[] } | null>(null);
  if (found.data && !found.isPlaceholderData && answered?.values !== found.data)
    setAnswered({ q: params.q, values: found.data });

  const listing = answered
    ? directoryListing(answered.values, {
        sort: params.sort,
        q: answered.q,
        total,
        limit: FACET_VALUES_FOUND,
      })
    : undefined;

  return (
    <EntityDirectory
      kind={kind}
      params={params}
      issues={issues}
      listing={listing}
      listingQ={answered?.q ?? ''}
      updating={found.isPlaceholderData}
      error={found.isError ? found.error : null}
      onRetry={() => void found.refetch()}
      onTextChange={(q) => {
        updateParams((current) => ({ ...current, q }), { replace: true });
      }}
      onSortChange={(sort) => {
        updateParams((current) => ({ ...current, sort }));
      }}
    />
  );
}
