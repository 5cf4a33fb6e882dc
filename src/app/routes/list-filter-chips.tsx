import { useMemo } from 'react';
import { paths } from '../../config/paths';
import { strings } from '../../config/strings-filters';
import {
  type ActiveFilter,
  ActiveFilterChips,
  FACET_KEYS,
  type Filters,
  type SearchResult,
  toggleExcludedValue,
  toggleFacetValue,
  withoutFacetSelection,
} from '../../features/search';
import { countryName } from '../../lib/countries';
import { formatDate } from '../../lib/dates';

function activeFiltersOf(
  filters: Filters,
  result: SearchResult | undefined,
  hrefFor: (f: Filters) => string,
): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  if (filters.q) {
    active.push({
      key: 'q',
      label: strings.filters.chip.search(filters.q),
      removeHref: hrefFor({ ...filters, q: '' }),
    });
  }
  for (const key of FACET_KEYS) {
    const isUnknown = (value: string) => result?.unknown[key].includes(value) ?? false;
    const labelOf = (value: string) =>
      isUnknown(value)
        ? strings.filters.chip.unknown(key, value)
        : (result?.facets[key].values.find((v) => v.value === value)?.label ??
          (key === 'country' ? countryName(value) : value));
    if (filters.mode[key] === 'any' && filters[key].length > 0) {
      // One chip for the whole choice: its values are alternatives, removed together.
      active.push({
        key: `${key}:any`,
        label: strings.filters.chip.anyOf(key, filters[key].map(labelOf)),
        unknown: filters[key].some(isUnknown),
        removeHref: hrefFor(withoutFacetSelection(filters, key)),
      });
    } else {
      for (const value of filters[key]) {
        active.push({
          key: `${key}:${value}`,
          label: isUnknown(value) ? labelOf(value) : strings.filters.chip.value(key, labelOf(value)),
          unknown: isUnknown(value),
          removeHref: hrefFor(toggleFacetValue(filters, key, value)),
        });
      }
    }
    for (const value of filters.not[key]) {
      active.push({
        key: `not-${key}:${value}`,
        label: isUnknown(value)
          ? strings.filters.chip.notUnknown(key, value)
          : strings.filters.chip.not(labelOf(value)),
        unknown: isUnknown(value),
        removeHref: hrefFor(toggleExcludedValue(filters, key, value)),
      });
    }
  }
  if (filters.from) {
    active.push({
      key: 'from',
      label: strings.filters.chip.from(formatDate(filters.from)),
      removeHref: hrefFor({ ...filters, from: null }),
    });
  }
  if (filters.to) {
    active.push({
      key: 'to',
      label: strings.filters.chip.to(formatDate(filters.to)),
      removeHref: hrefFor({ ...filters, to: null }),
    });
  }
  return active;
}

/** The list's filters in force as removable chips; loaded after the first results (decision 0021). */
export function ListFilterChips({
  filters,
  result,
  hrefFor,
}: {
  filters: Filters;
  result: SearchResult | undefined;
  hrefFor: (f: Filters) => string;
}) {
  // The same list while filters and results are, so the memoised chips skip the re-render.
  const active = useMemo(() => activeFiltersOf(filters, result, hrefFor), [filters, result, hrefFor]);
  return <ActiveFilterChips filters={active} clearHref={paths.list.href()} />;
}
