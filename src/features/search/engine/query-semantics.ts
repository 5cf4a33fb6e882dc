import { FACET_KEYS, type FacetKey, type Filters } from '../filter-params';

/**
 * The query semantics, as plain functions: what an announcement must have to match, how a text match is
 * scored, how results are binned by date, which sentence stands for a result. The in-memory index does
 * the same faster; its tests compare the two. Any engine behind the search worker answers the same.
 */

/** What the semantics look at in one announcement. */
export interface DocFacts {
  values: Record<FacetKey, readonly string[]>;
  /** The folded search text (see SearchIndex); query words are substrings of it. */
  text: string;
  date: string | null;
}

/**
 * One facet's part of a filter: every selected value (mode "all") or at least one (mode "any"), and none
 * of the excluded ones. No selected value means no condition but the exclusions.
 */
export function facetMatches(
  values: readonly string[],
  selected: readonly string[],
  mode: 'all' | 'any',
  excluded: readonly string[],
): boolean {
  if (excluded.some((value) => values.includes(value))) return false;
  if (selected.length === 0) return true;
  return mode === 'any'
    ? selected.some((value) => values.includes(value))
    : selected.every((value) => values.includes(value));
}

/** The reference predicate: facets combine with AND; every query word must occur; dates are inclusive. */
export function matchesFilters(doc: DocFacts, filters: Filters, words: readonly string[]): boolean {
  for (const key of FACET_KEYS)
    if (!facetMatches(doc.values[key], filters[key], filters.mode[key], filters.not[key])) return false;
  if (!words.every((word) => doc.text.includes(word))) return false;
  if (filters.from || filters.to) {
    if (!doc.date) return false;
    if (filters.from && doc.date < filters.from) return false;
    if (filters.to && doc.date > filters.to) return false;
  }
  return true;
}

/**
 * The filters whose results a facet's counts are taken over: in an any-facet, the results without that
 * facet's own selection (disjunctive counts: each value's count is what choosing it as well would add);
 * in an all-facet, the results themselves.
 */
export function countingFilters(filters: Filters, key: FacetKey): Filters {
  return filters.mode[key] === 'any' && filters[key].length > 0 ? { ...filters, [key]: [] } : filters;
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Title matches weigh more than matches in the names and places after it. */
export const TITLE_WEIGHT = 2;
/** A word found inside another ("expo" in "exposition") counts for less than one found at a word's start. */
export const INSIDE_WORD_WEIGHT = 0.5;

/**
 * How often `term` occurs in a document's folded search text, weighted: occurrences in the title (the text
 * before the first `\0`) count TITLE_WEIGHT, those not at a word's start count INSIDE_WORD_WEIGHT as much.
 */
export function termFrequency(text: string, term: string): number {
  if (!term) return 0;
  const titleEnd = text.indexOf('\u0000');
  let frequency = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    const place = titleEnd === -1 || at < titleEnd ? TITLE_WEIGHT : 1;
    frequency += place * (isWordChar(text[at - 1]) ? INSIDE_WORD_WEIGHT : 1);
  }
  return frequency;
}

/** The number of words in a folded search text (its separators not counted). */
export function wordCount(text: string): number {
  let count = 0;
  for (const word of text.split(' ')) if (word && word !== '\u0000') count++;
  return count;
}

export const BM25 = { k1: 1.2, b: 0.75 } as const;

/** Okapi BM25's inverse document frequency, never negative. */
export function idf(documents: number, containing: number): number {
  return Math.log(1 + (documents - containing + 0.5) / (containing + 0.5));
}

/**
 * The BM25 score of one document for some terms: `frequencies[i]` is term i's (weighted) frequency in
 * it, `idfs[i]` its idf; `length` the document's word count, `averageLength` the collection's.
 */
export function bm25(
  frequencies: readonly number[],
  idfs: readonly number[],
  length: number,
  averageLength: number,
): number {
  const norm = BM25.k1 * (1 - BM25.b + (BM25.b * length) / (averageLength || 1));
  let score = 0;
  frequencies.forEach((tf, i) => {
    if (tf > 0) score += ((idfs[i] ?? 0) * tf * (BM25.k1 + 1)) / (tf + norm);
  });
  return score;
}

export interface HistogramBin {
  /** `YYYY` or `YYYY-MM`. */
  period: string;
  /** The period's first and last day: the `from` and `to` a click sets. */
  from: string;
  to: string;
  count: number;
}

export interface DateHistogram {
  unit: 'year' | 'month';
  /** Every period from the first dated result's to the last's, empty ones included, oldest first. */
  bins: HistogramBin[];
}

/** Results spanning at most this many months are binned by month, others by year. */
export const MONTHLY_UP_TO = 24;

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The results per year, or per month when their dates span two years or less. Undated ones are left out. */
export function dateHistogram(dates: Iterable<string | null>): DateHistogram {
  const perMonth = new Map<string, number>();
  for (const date of dates)
    if (date) perMonth.set(date.slice(0, 7), (perMonth.get(date.slice(0, 7)) ?? 0) + 1);
  return histogramOfMonths(perMonth);
}

/** The same from counts per `YYYY-MM` (what the chunked index returns). */
export function histogramOfMonths(perMonth: Iterable<readonly [string, number]>): DateHistogram {
  const months = new Map<number, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const [period, count] of perMonth) {
    if (count <= 0) continue;
    const month = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
    months.set(month, (months.get(month) ?? 0) + count);
    if (month < first) first = month;
    if (month > last) last = month;
  }
  if (months.size === 0) return { unit: 'year', bins: [] };
  if (last - first + 1 <= MONTHLY_UP_TO) {
    const bins: HistogramBin[] = [];
    for (let m = first; m <= last; m++) {
      const year = Math.floor(m / 12);
      const month = (m % 12) + 1;
      const period = `${year}-${pad(month)}`;
      bins.push({
        period,
        from: `${period}-01`,
        to: `${period}-${pad(lastDayOf(year, month))}`,
        count: months.get(m) ?? 0,
      });
    }
    return { unit: 'month', bins };
  }
  const years = new Map<number, number>();
  for (const [m, count] of months)
    years.set(Math.floor(m / 12), (years.get(Math.floor(m / 12)) ?? 0) + count);
  const bins: HistogramBin[] = [];
  for (let year = Math.floor(first / 12); year <= Math.floor(last / 12); year++) {
    bins.push({
      period: String(year),
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      count: years.get(year) ?? 0,
    });
  }
  return { unit: 'year', bins };
}

/**
 * The sentence that stands for a result: with query words, the one holding the most of them (the first
 * such); else, or when none holds any, the first.
 */
export function bestSentence(
  sentences: readonly string[],
  words: readonly string[],
  fold: (text: string) => string,
): string | null {
  let best = sentences[0] ?? null;
  let bestHits = 0;
  if (words.length === 0) return best;
  for (const sentence of sentences) {
    const folded = fold(sentence);
    const hits = words.filter((word) => folded.includes(word)).length;
    if (hits > bestHits) {
      best = sentence;
      bestHits = hits;
    }
  }
  return best;
}
