import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { paths } from '../../config/paths';
import { parseFilters, serializeFilters, type Filters } from './filter-params';

/** The list's filters from the URL, and the ways to change them. The only reader of the search params. */
export function useFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { filters, issues } = parseFilters(searchParams);
  const setFilters = useCallback(
    (next: Filters, options: { replace?: boolean } = {}) => {
      setSearchParams(serializeFilters(next), {
        replace: options.replace ?? false,
        preventScrollReset: true,
      });
    },
    [setSearchParams],
  );
  return { filters, issues, setFilters, hrefFor: (next: Filters) => paths.list.href(serializeFilters(next)) };
}
