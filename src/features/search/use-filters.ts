import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { paths } from '../../config/paths';
import { parseFilters, serializeFilters, type Filters } from './filter-params';

/** The list's filters from the URL, and the ways to change them. The only reader of the search params. */
export function useFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  // The same object while the URL's query is the same, so that memoised parts skip re-renders it does not change.
  const { filters, issues } = useMemo(() => parseFilters(searchParams), [searchParams]);
  /**
   * Changes the filters from what the URL says when the change happens, not from when it was asked for,
   * so a debounced search does not undo a facet clicked meanwhile.
   */
  const updateFilters = useCallback(
    (change: (current: Filters) => Filters, options: { replace?: boolean } = {}) => {
      setSearchParams((current) => serializeFilters(change(parseFilters(current).filters)), {
        replace: options.replace ?? false,
        preventScrollReset: true,
      });
    },
    [setSearchParams],
  );
  const setFilters = useCallback(
    (next: Filters, options: { replace?: boolean } = {}) => {
      updateFilters(() => next, options);
    },
    [updateFilters],
  );
  return {
    filters,
    issues,
    setFilters,
    updateFilters,
    hrefFor: listHrefFor,
  };
}

/** The list's URL for `filters`. */
function listHrefFor(filters: Filters): string {
  return paths.list.href(serializeFilters(filters));
}
