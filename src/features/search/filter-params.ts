import { parseTextQuery } from '../../data/search-index/text';
import { isIsoDate } from '../../lib/dates';

export const FACET_KEYS = ['person', 'country', 'event', 'org'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** How a facet's selected values combine: every one must match (the default), or any one. */
export const FACET_MODES = ['all', 'any'] as const;
export type FacetMode = (typeof FACET_MODES)[number];

export const SORTS = ['newest', 'oldest', 'relevance'] as const;
export type Sort = (typeof SORTS)[number];

/** The list's filter state. It lives only in the URL; this is its parsed, typed form. */
export interface Filters {
  person: string[];
  country: string[];
  event: string[];
  /** Organisation ids. */
  org: string[];
  /** Per facet, `<facet>_mode` in the URL. Facets always combine with AND. */
  mode: Record<FacetKey, FacetMode>;
  /** Per facet, the values whose announcements are left out: `not_<facet>` in the URL. */
  not: Record<FacetKey, string[]>;
  q: string;
  from: string | null;
  to: string | null;
  sort: Sort;
}

/** A URL value that was ignored, and why; shown to the user rather than crashed on. */
export interface FilterIssue {
  param: string;
  value: string;
  message: string;
}

export const MAX_VALUES_PER_FACET = 50;
const MAX_VALUE_LENGTH = 200;
export const MAX_QUERY_LENGTH = 500;

function perFacet<T>(make: () => T): Record<FacetKey, T> {
  return Object.fromEntries(FACET_KEYS.map((key) => [key, make()])) as Record<FacetKey, T>;
}

export const emptyFilters: Filters = {
  person: [],
  country: [],
  event: [],
  org: [],
  mode: perFacet((): FacetMode => 'all'),
  not: perFacet((): string[] => []),
  q: '',
  from: null,
  to: null,
  sort: 'newest',
};

export const modeParam = (key: FacetKey) => `${key}_mode`;
export const notParam = (key: FacetKey) => `not_${key}`;

function shorten(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

function normalizeFacetValue(key: FacetKey, raw: string): string {
  const value = raw.trim();
  return key === 'country' ? value.toUpperCase() : value.toLowerCase();
}

function parseDate(params: URLSearchParams, param: 'from' | 'to', issues: FilterIssue[]): string | null {
  const values = params
    .getAll(param)
    .map((v) => v.trim())
    .filter(Boolean);
  const [first, ...rest] = values;
  if (first === undefined) return null;
  if (rest.length > 0)
    issues.push({ param, value: rest.join(', '), message: `Only one “${param}” date is used` });
  if (!isIsoDate(first)) {
    issues.push({ param, value: shorten(first), message: `“${param}” must be a date written YYYY-MM-DD` });
    return null;
  }
  return first;
}

/**
 * Parses the list URL's search params. Values are trimmed, case-normalised, de-duplicated and sorted,
 * so equal filters always give equal objects. Bad values are reported in `issues`, never thrown.
 * Values that are well-formed but unknown to the data are kept: the UI shows them as "unknown".
 */
function parseFacetValues(
  params: URLSearchParams,
  key: FacetKey,
  param: string,
  issues: FilterIssue[],
): string[] {
  const values = new Set<string>();
  for (const raw of params.getAll(param)) {
    const value = normalizeFacetValue(key, raw);
    if (!value) continue;
    if (value.length > MAX_VALUE_LENGTH) {
      issues.push({ param, value: shorten(value), message: `A ${key} value is too long to be an id` });
      continue;
    }
    values.add(value);
  }
  const sorted = [...values].sort();
  if (sorted.length > MAX_VALUES_PER_FACET) {
    issues.push({
      param,
      value: `${sorted.length} values`,
      message: `Only the first ${MAX_VALUES_PER_FACET} “${param}” filters are used`,
    });
  }
  return sorted.slice(0, MAX_VALUES_PER_FACET);
}

/** One of `allowed`, case-insensitive; `fallback` when absent, and an issue when not one of them. */
function parseChoice<T extends string>(
  params: URLSearchParams,
  param: string,
  allowed: readonly T[],
  fallback: T,
  issues: FilterIssue[],
): T {
  const values = params
    .getAll(param)
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  const [first, ...rest] = values;
  if (first === undefined) return fallback;
  if (rest.length > 0)
    issues.push({ param, value: rest.join(', '), message: `Only one “${param}” value is used` });
  if (!(allowed as readonly string[]).includes(first)) {
    issues.push({
      param,
      value: shorten(first),
      message: `“${param}” must be ${allowed.map((a) => `“${a}”`).join(' or ')}`,
    });
    return fallback;
  }
  return first as T;
}

export function parseFilters(params: URLSearchParams): { filters: Filters; issues: FilterIssue[] } {
  const issues: FilterIssue[] = [];
  const facets = {} as Record<FacetKey, string[]>;
  const mode = {} as Filters['mode'];
  const not = {} as Filters['not'];
  for (const key of FACET_KEYS) {
    const excluded = parseFacetValues(params, key, notParam(key), issues);
    const both = new Set(excluded);
    const selected = parseFacetValues(params, key, key, issues);
    const clash = selected.filter((value) => both.has(value));
    if (clash.length > 0) {
      issues.push({
        param: key,
        value: shorten(clash.join(', ')),
        message: `Selected and excluded at once, so left out (“${notParam(key)}” wins)`,
      });
    }
    facets[key] = selected.filter((value) => !both.has(value));
    not[key] = excluded;
    mode[key] = parseChoice(params, modeParam(key), FACET_MODES, 'all', issues);
  }

  let q = params.getAll('q').join(' ').replace(/\s+/g, ' ').trim();
  if (q.length > MAX_QUERY_LENGTH) {
    issues.push({
      param: 'q',
      value: shorten(q),
      message: `The search text was cut to ${MAX_QUERY_LENGTH} characters`,
    });
    q = q.slice(0, MAX_QUERY_LENGTH).trim();
  }

  let from = parseDate(params, 'from', issues);
  let to = parseDate(params, 'to', issues);
  if (from && to && from > to) {
    issues.push({
      param: 'from',
      value: `${from} > ${to}`,
      message: '“from” was after “to”, so the two were swapped',
    });
    [from, to] = [to, from];
  }
  const sort = parseChoice(params, 'sort', SORTS, 'newest', issues);
  return { filters: { ...facets, mode, not, q, from, to, sort }, issues };
}

/** The detail's `hl` param: the search whose words it marks, bounded like `q`. */
export function parseHighlight(params: URLSearchParams): string {
  return params.getAll('hl').join(' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** The canonical query string for `filters`: fixed key order, sorted values, defaults left out. */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  for (const key of FACET_KEYS) {
    for (const value of [...new Set(filters[key])].sort()) params.append(key, value);
    if (filters.mode[key] !== 'all') params.set(modeParam(key), filters.mode[key]);
    for (const value of [...new Set(filters.not[key])].sort()) params.append(notParam(key), value);
  }
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.sort !== 'newest') params.set('sort', filters.sort);
  return params.toString();
}

/** Whether anything narrows the results (the sort order does not). */
export function hasActiveFilters(filters: Filters): boolean {
  return (
    FACET_KEYS.some((key) => filters[key].length > 0 || filters.not[key].length > 0) ||
    Boolean(filters.q || filters.from || filters.to)
  );
}

/** Whether a text query has words to rank by: exclusions (`-word`) alone have none. */
export function canRankByRelevance(q: string): boolean {
  return parseTextQuery(q).some((part) => !part.exclude);
}

/** The order the results are listed in: relevance needs words to rank by, so without them it is newest. */
export function effectiveSort(filters: Pick<Filters, 'q' | 'sort'>): Sort {
  return filters.sort === 'relevance' && !canRankByRelevance(filters.q) ? 'newest' : filters.sort;
}

export function setFacetMode(filters: Filters, key: FacetKey, mode: FacetMode): Filters {
  return { ...filters, mode: { ...filters.mode, [key]: mode } };
}

/** Excludes `value` (unselecting it), or takes the exclusion back. */
export function toggleExcludedValue(filters: Filters, key: FacetKey, value: string): Filters {
  const excluded = filters.not[key];
  const next = excluded.includes(value) ? excluded.filter((v) => v !== value) : [...excluded, value].sort();
  return {
    ...filters,
    [key]: filters[key].filter((v) => v !== value),
    not: { ...filters.not, [key]: next },
  };
}

/** The filters without any of a facet's selected values, and back to "all": what its any-chip removes. */
export function withoutFacetSelection(filters: Filters, key: FacetKey): Filters {
  return { ...filters, [key]: [], mode: { ...filters.mode, [key]: 'all' } };
}

/** Selects `value` (taking back its exclusion), or unselects it. */
export function toggleFacetValue(filters: Filters, key: FacetKey, value: string): Filters {
  const values = filters[key];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value].sort();
  const excluded = filters.not[key];
  return excluded.includes(value)
    ? { ...filters, [key]: next, not: { ...filters.not, [key]: excluded.filter((v) => v !== value) } }
    : { ...filters, [key]: next };
}

export function withFacetValue(filters: Filters, key: FacetKey, value: string): Filters {
  return filters[key].includes(value) ? filters : toggleFacetValue(filters, key, value);
}
