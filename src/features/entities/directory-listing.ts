import type { DirectorySort } from './directory-params';

/** One value as the worker's facet finder gives it (the search feature's FacetValue). */
export interface DirectoryValue {
  value: string;
  label: string;
  /** Announcements that mention it. */
  count: number;
  /** Every announcement that names it is generated (demo data). */
  generatedOnly?: true;
}

/** What a directory shows for the values the worker found. */
export interface DirectoryListing {
  /** In the order asked for. */
  rows: DirectoryValue[];
  /** How many values of this kind the archive holds; null until known. */
  total: number | null;
  /** The worker's limit cut the list: more values (match and) exist than are shown. */
  cut: boolean;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Orders the found values and says whether the list is whole. The worker answers with the most mentioned
 * values, at most `limit`: without a search text the list is cut when the archive holds more than it gave;
 * with one, when it gave `limit` (how many match in all is not counted, so the page asks to narrow).
 */
export function directoryListing(
  found: readonly DirectoryValue[],
  { sort, q, total, limit }: { sort: DirectorySort; q: string; total: number | null; limit: number },
): DirectoryListing {
  const rows =
    sort === 'name'
      ? [...found].sort((a, b) => byName.compare(a.label, b.label) || a.value.localeCompare(b.value))
      : [...found].sort((a, b) => b.count - a.count || byName.compare(a.label, b.label));
  const cut = q === '' && total !== null ? total > found.length : found.length >= limit;
  return { rows, total, cut };
}
