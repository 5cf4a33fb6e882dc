import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { memo, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FacetSummary, FacetValue } from '../engine/types';
import {
  FACET_KEYS,
  setFacetMode,
  toggleExcludedValue,
  toggleFacetValue,
  type FacetKey,
  type FacetMode,
  type Filters,
} from '../filter-params';
import { prepareSearch } from '../engine/search-engine';
import { searchQueries } from '../search-queries';
import { FacetFilter } from './facet-filter';

/**
 * One facet wired to the filters. Memoised, like the panel: the route re-renders for changes that leave a
 * facet's values and the filters as they were (the next page of rows, a sentence found), which then cost nothing.
 */
const ConnectedFacet = memo(function ConnectedFacet({
  facet,
  summary,
  filters,
  loaded,
  onChange,
}: {
  facet: FacetKey;
  summary: FacetSummary | undefined;
  filters: Filters;
  loaded: number;
  onChange: (next: Filters) => void;
}) {
  const [findText, setFindText] = useState('');
  const text = useDeferredValue(findText.trim());
  const found = useQuery({
    ...searchQueries.facetValues(filters, facet, text, loaded),
    enabled: text !== '',
    placeholderData: keepPreviousData,
  });
  // The handlers stay the same across renders and read the filters as they are when called: FacetFilter
  // then renders only when what it shows changes (a click changes the counts of some facets, not all).
  const latest = useRef(filters);
  useLayoutEffect(() => {
    latest.current = filters;
  });
  const handlers = useMemo(
    () => ({
      onToggle: (value: string) => {
        onChange(toggleFacetValue(latest.current, facet, value));
      },
      onExclude: (value: string) => {
        onChange(toggleExcludedValue(latest.current, facet, value));
      },
      onModeChange: (mode: FacetMode) => {
        onChange(setFacetMode(latest.current, facet, mode));
      },
      onPrepare: (value: string) => {
        prepareSearch(toggleFacetValue(latest.current, facet, value));
      },
    }),
    [facet, onChange],
  );
  return (
    <FacetFilter
      kind={facet}
      values={summary?.values ?? NO_VALUES}
      distinct={summary?.distinct ?? 0}
      selected={filters[facet]}
      excluded={filters.not[facet]}
      mode={filters.mode[facet]}
      findText={findText}
      onFindTextChange={setFindText}
      found={found.data}
      {...handlers}
    />
  );
});

const NO_VALUES: FacetValue[] = [];

/** The facets, each with the values among the current results and a finder over all of them. */
export const FacetPanel = memo(function FacetPanel({
  facets,
  filters,
  loaded,
  onChange,
}: {
  facets: Record<FacetKey, FacetSummary> | undefined;
  filters: Filters;
  loaded: number;
  onChange: (next: Filters) => void;
}) {
  return FACET_KEYS.map((facet) => (
    <ConnectedFacet
      key={facet}
      facet={facet}
      summary={facets?.[facet]}
      filters={filters}
      loaded={loaded}
      onChange={onChange}
    />
  ));
});
