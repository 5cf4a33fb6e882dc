// The search feature's public surface: what routes and other features may import. Only types come from the
// index and the worker, so this file adds neither (nor zod, which the loader needs) to the main bundle.
// Itself, for a part that is already loaded after the first results (the list's chips).
export { ActiveFilters as ActiveFilterChips, type ActiveFilter } from './components/active-filters';
// Not in the first download: each loads once the page's first content is on screen (decision 0021).
export {
  ActiveFilters,
  DateHistogram,
  DateRange,
  ExportButtons,
  FacetPanel,
  SortSelect,
} from './components/deferred-parts';
export { SearchBox } from './components/search-box';
export { loadProgress, loadRemainingShards } from './engine/search-engine';
export type { DateHistogram as DateHistogramData, HistogramBin } from './engine/histogram';
export type { EntityInfo, FacetValue, ResultRow, SearchResult } from './engine/types';
export {
  FACET_KEYS,
  effectiveSort,
  emptyFilters,
  hasActiveFilters,
  parseFilters,
  parseHighlight,
  serializeFilters,
  toggleExcludedValue,
  toggleFacetValue,
  withFacetValue,
  withoutFacetSelection,
  type FacetKey,
  type Filters,
} from './filter-params';
export { FACET_VALUES_FOUND, searchQueries } from './search-queries';
export { useFilters } from './use-filters';
export { useLoadProgress } from './use-load-progress';
export { useSearchResults } from './use-search-results';
