// The search feature's public surface: what routes and other features may import. Only types come from the
// index and the worker, so this file adds neither (nor zod, which the loader needs) to the main bundle.
export { ActiveFilters, type ActiveFilter } from './components/active-filters';
export { DateHistogram } from './components/date-histogram';
export { DateRange } from './components/date-range';
export { ExportButtons } from './components/export-buttons';
export { FacetPanel } from './components/facet-panel';
export { SearchBox } from './components/search-box';
export { SortSelect } from './components/sort-select';
export { loadProgress, loadRemainingShards } from './engine/search-engine';
export type { DateHistogram as DateHistogramData, HistogramBin } from './engine/query-semantics';
export type { EntityInfo, FacetValue, ResultRow, SearchResult } from './engine/search-index';
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
