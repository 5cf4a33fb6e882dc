import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import {
  countAnnouncements,
  entityInfo,
  findFacetValues,
  matchingSnippets,
  openDataset,
  relatedAnnouncements,
  resultRows,
  searchAnnouncements,
} from './engine/search-engine';
import type { ChunkedSearchResult } from './engine/chunked-engine';
import { FACET_VALUES_SHOWN, FIRST_PAGE_ROWS, ROWS_PER_PAGE } from './engine/first-page';
import type { ResultRow } from './engine/types';
import { hasActiveFilters, serializeFilters, type FacetKey, type Filters } from './filter-params';

/** The most values `facetValues` answers with: more matching values are cut (most mentioned kept). */
export const FACET_VALUES_FOUND = 200;

export type ResultPage = { rows: ResultRow[] } & Partial<ChunkedSearchResult> & {
    /**
     * Page 0: whether its filters narrow the archive. Results stay on screen while newer ones compute, and
     * their count line must describe them, not the newer filters.
     */
    filtered?: boolean;
  };

/** Queries answered by the search worker. `loaded` is in the keys so results refresh as shards arrive. */
export const searchQueries = {
  all: () => ['search'] as const,
  /** Opens the dataset: done once the index and the first shard are in. */
  dataset: () =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'dataset'] as const,
      queryFn: openDataset,
      staleTime: 'static',
    }),
  /** Page 0 holds the total, the facets and the first rows; later pages hold rows. */
  results: (filters: Filters, loaded: number) =>
    infiniteQueryOptions({
      queryKey: [...searchQueries.all(), 'results', serializeFilters(filters), loaded] as const,
      queryFn: async ({ pageParam }): Promise<ResultPage> =>
        pageParam === 0
          ? {
              ...(await searchAnnouncements(filters, FIRST_PAGE_ROWS, FACET_VALUES_SHOWN)),
              filtered: hasActiveFilters(filters),
            }
          : { rows: await resultRows(filters, pageParam, ROWS_PER_PAGE) },
      initialPageParam: 0,
      getNextPageParam: (lastPage, pages, lastOffset) => {
        const next = lastOffset + lastPage.rows.length;
        return lastPage.rows.length > 0 && next < (pages[0]?.total ?? 0) ? next : undefined;
      },
      staleTime: 'static',
      gcTime: 60_000,
    }),
  /** How many announcements match, without rows or facets. */
  total: (filters: Filters, loaded: number) =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'total', serializeFilters(filters), loaded] as const,
      queryFn: () => countAnnouncements(filters),
      staleTime: 'static',
    }),
  entity: (kind: FacetKey, id: string, loaded: number) =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'entity', kind, id, loaded] as const,
      queryFn: () => entityInfo(kind, id),
      staleTime: 'static',
    }),
  related: (id: string, loaded: number) =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'related', id, loaded] as const,
      queryFn: () => relatedAnnouncements(id, 5),
      staleTime: 'static',
    }),
  /** The matching sentences of results shown beyond those the first answer held (`ids`: one batch). */
  snippets: (q: string, ids: readonly string[], loaded: number) =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'snippets', q, ids, loaded] as const,
      queryFn: () => matchingSnippets(q, [...ids]),
      staleTime: 'static',
      // Superseded by a newer search: asked again if the list is shown again.
      retry: false,
    }),
  facetValues: (filters: Filters, key: FacetKey, text: string, loaded: number) =>
    queryOptions({
      queryKey: [...searchQueries.all(), 'facet', key, text, serializeFilters(filters), loaded] as const,
      queryFn: () => findFacetValues(filters, key, text, FACET_VALUES_FOUND),
      staleTime: 'static',
    }),
};
