import { isIsoDate } from '../../lib/dates';

export const FACET_KEYS = ['person', 'country', 'event'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** The list's filter state. It lives only in the URL; this is its parsed, typed form. */
export interface Filters {
  person: string[];
  country: string[];
  event: string[];
  q: string;
  from: string | null;
  to: string | null;
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

export const emptyFilters: Filters = { person: [], country: [], event: [], q: '', from: null, to: null };

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
export function parseFilters(params: URLSearchParams): { filters: Filters; issues: FilterIssue[] } {
  const issues: FilterIssue[] = [];
  const facets = {} as Record<FacetKey, string[]>;
  for (const key of FACET_KEYS) {
    const values = new Set<string>();
    for (const raw of params.getAll(key)) {
      const value = normalizeFacetValue(key, raw);
      if (!value) continue;
      if (value.length > MAX_VALUE_LENGTH) {
        issues.push({ param: key, value: shorten(value), message: `A ${key} value is too long to be an id` });
        continue;
      }
      values.add(value);
    }
    const sorted = [...values].sort();
    if (sorted.length > MAX_VALUES_PER_FACET) {
      issues.push({
        param: key,
        value: `${sorted.length} values`,
        message: `Only the first ${MAX_VALUES_PER_FACET} ${key} filters are used`,
      });
    }
    facets[key] = sorted.slice(0, MAX_VALUES_PER_FACET);
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
  return { filters: { ...facets, q, from, to }, issues };
}

/** The canonical query string for `filters`: fixed key order, sorted values, defaults left out. */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  for (const key of FACET_KEYS)
    for (const value of [...new Set(filters[key])].sort()) params.append(key, value);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return params.toString();
}

export function hasActiveFilters(filters: Filters): boolean {
  return (
    FACET_KEYS.some((key) => filters[key].length > 0) || Boolean(filters.q || filters.from || filters.to)
  );
}

export function toggleFacetValue(filters: Filters, key: FacetKey, value: string): Filters {
  const values = filters[key];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value].sort();
  return { ...filters, [key]: next };
}

export function withFacetValue(filters: Filters, key: FacetKey, value: string): Filters {
  return filters[key].includes(value) ? filters : toggleFacetValue(filters, key, value);
}
