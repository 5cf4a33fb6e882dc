import type { Summary } from '../announcements/schema';
import { foldText } from '../../lib/text';
import { FACET_KEYS, type FacetKey, type Filters } from './filter-params';

/** A summary with the folded text that the search box matches against. */
export interface SearchableSummary extends Summary {
  searchText: string;
}

const FIELD: Record<FacetKey, 'people' | 'countries' | 'events'> = {
  person: 'people',
  country: 'countries',
  event: 'events',
};

export function facetValues(summary: Summary, key: FacetKey): readonly string[] {
  return summary[FIELD[key]];
}

/** Query words, folded; every word has to occur in the announcement's text for it to match. */
export function queryTerms(q: string): string[] {
  return foldText(q).split(' ').filter(Boolean);
}

/** Announcements matching every selected value of every facet (AND), the text query and the date range. */
export function matchSummaries<T extends SearchableSummary>(summaries: readonly T[], filters: Filters): T[] {
  const terms = queryTerms(filters.q);
  const { from, to } = filters;
  return summaries.filter((summary) => {
    for (const key of FACET_KEYS) {
      const values = facetValues(summary, key);
      for (const wanted of filters[key]) if (!values.includes(wanted)) return false;
    }
    if (from || to) {
      if (!summary.date) return false;
      if (from && summary.date < from) return false;
      if (to && summary.date > to) return false;
    }
    return terms.every((term) => summary.searchText.includes(term));
  });
}

export type FacetCounts = Record<FacetKey, Map<string, number>>;

/** How many of `summaries` mention each value: with AND filters, the count a click on that value would leave. */
export function countFacets(summaries: readonly Summary[]): FacetCounts {
  const counts: FacetCounts = { person: new Map(), country: new Map(), event: new Map() };
  for (const summary of summaries) {
    for (const key of FACET_KEYS) {
      const map = counts[key];
      for (const value of new Set(facetValues(summary, key))) map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  return counts;
}
