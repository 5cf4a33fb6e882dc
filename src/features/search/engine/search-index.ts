import type { Summary } from '../../../data/schema';
import { countryName } from '../../../lib/countries';
import { foldText, queryWords } from '../../../lib/text';
import {
  bestSentence,
  bm25,
  countingFilters,
  dateHistogram,
  idf,
  termFrequency,
  wordCount,
  type DateHistogram,
} from './query-semantics';
import {
  FACET_KEYS,
  effectiveSort,
  emptyFilters,
  serializeFilters,
  type FacetKey,
  type Filters,
} from '../filter-params';

export interface EntityRef {
  id: string;
  name: string;
}

/** One list row: a summary with its people and events named. */
export interface ResultRow {
  id: string;
  title: string;
  date: string | null;
  generated: boolean;
  people: EntityRef[];
  countries: string[];
  events: EntityRef[];
  organizations: EntityRef[];
  /** One sentence of the body: the one holding the most query words, else the first; null if none. */
  snippet: string | null;
}

export interface FacetValue {
  value: string;
  label: string;
  /**
   * Announcements that mention this value: in an all-facet among the results (what a click would
   * leave), in an any-facet among the results without the facet's own selection (what it would add).
   */
  count: number;
  /** Set by the directories' finder when every announcement naming it is generated (demo data). */
  generatedOnly?: true;
}

export interface FacetSummary {
  /** Selected values first, then the most frequent, up to the limit asked for. */
  values: FacetValue[];
  /** How many different values the results mention. */
  distinct: number;
}

/** What the entity pages need about one person, country, event or organisation. */
export interface EntityInfo {
  kind: FacetKey;
  id: string;
  name: string;
  /** A person's country. */
  country: string | null;
  /** Announcements that mention it. */
  count: number;
  /** Every announcement that mentions it is generated (demo data). */
  generatedOnly: boolean;
  first: string | null;
  last: string | null;
  /** An event's other editions (same series), newest first, itself included. */
  editions: (EntityRef & { count: number; first: string | null; last: string | null })[];
  /** A country's people, most mentioned first. */
  people: FacetValue[];
}

export interface SearchResult {
  total: number;
  rows: ResultRow[];
  facets: Record<FacetKey, FacetSummary>;
  /** Selected or excluded values the data does not know. */
  unknown: Record<FacetKey, string[]>;
  /** The results per year (or month). */
  histogram: DateHistogram;
}

/** Ids ⇄ dense numbers, with a label for each. */
class Dictionary {
  readonly ids: string[] = [];
  readonly labels: string[] = [];
  /** Labels folded for finding, made on first use. */
  private folded: string[] = [];
  private readonly numbers = new Map<string, number>();

  intern(id: string, label: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.numbers.set(id, n);
      this.ids.push(id);
      this.labels.push(label);
    }
    return n;
  }

  foldedLabel(n: number): string {
    return (this.folded[n] ??= foldText(this.labels[n] ?? ''));
  }

  lookup(id: string): number | undefined {
    return this.numbers.get(id);
  }

  get size(): number {
    return this.ids.length;
  }
}

const NONE: readonly number[] = [];
const NO_SENTENCES: readonly string[] = [];

/** Ascending-sorted union of ascending-sorted lists. */
function union(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 1) return [...(lists[0] ?? [])];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** A few recent answers, the oldest dropped first. */
class RecentCache<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly size: number) {}
  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: T): void {
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value ?? '');
  }
  clear(): void {
    this.entries.clear();
  }
}

/** Ascending-sorted intersection of ascending-sorted lists. */
function intersect(lists: readonly (readonly number[])[]): number[] {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result = [...(sorted[0] ?? [])];
  for (const list of sorted.slice(1)) {
    const next: number[] = [];
    let j = 0;
    for (const doc of result) {
      while (j < list.length && (list[j] ?? Infinity) < doc) j++;
      if (list[j] === doc) next.push(doc);
    }
    result = next;
    if (result.length === 0) break;
  }
  return result;
}

/**
 * The in-memory index behind the list: posting lists per facet value for AND filters, a forward index
 * per announcement for facet counts, and folded text for search. Announcements are numbered in the order
 * they are added (newest first), so every result is already in list order. Pure: runs in a worker or a test.
 */
export class SearchIndex {
  private readonly dictionaries: Record<FacetKey, Dictionary> = {
    person: new Dictionary(),
    country: new Dictionary(),
    event: new Dictionary(),
    org: new Dictionary(),
  };
  private readonly ids: string[] = [];
  private readonly titles: string[] = [];
  private readonly dates: (string | null)[] = [];
  private readonly generated: boolean[] = [];
  /** The first sentence of the body, then a few more to pick a matching one from. */
  private readonly sentences: (readonly string[])[] = [];
  /** Words in each announcement's search text, for ranking. */
  private readonly lengths: number[] = [];
  private totalLength = 0;
  /**
   * The folded search text of each batch of announcements, joined by newlines, with where each one starts:
   * one native `indexOf` pass per query word finds its announcements, far faster than a test per
   * announcement, and holds one string per batch instead of one per announcement.
   */
  private readonly texts: { text: string; starts: Uint32Array; first: number }[] = [];
  private readonly forward: Record<FacetKey, (readonly number[])[]> = {
    person: [],
    country: [],
    event: [],
    org: [],
  };
  private readonly postings: Record<FacetKey, number[][]> = { person: [], country: [], event: [], org: [] };
  /** Matches (ascending), orders, and each word's announcements, for the filters asked for lately. */
  private readonly matches = new RecentCache<number[]>(8);
  private readonly ordered = new RecentCache<number[]>(4);
  private readonly termDocs = new RecentCache<number[]>(32);

  private readonly personCountry = new Map<string, string | null>();
  private readonly eventSeries = new Map<string, string>();

  constructor(
    people: readonly (EntityRef & { country?: string | null })[] = [],
    events: readonly (EntityRef & { series?: string })[] = [],
    organizations: readonly EntityRef[] = [],
  ) {
    for (const p of people) {
      this.dictionaries.person.intern(p.id, p.name);
      this.personCountry.set(p.id, p.country ?? null);
    }
    for (const e of events) {
      this.dictionaries.event.intern(e.id, e.name);
      if (e.series) this.eventSeries.set(e.id, e.series);
    }
    for (const o of organizations) this.dictionaries.org.intern(o.id, o.name);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Appends announcements; call in list order (newest first). */
  add(summaries: readonly Summary[]): void {
    const first = this.ids.length;
    const texts: string[] = [];
    for (const summary of summaries) {
      const doc = this.ids.length;
      this.ids.push(summary.id);
      this.titles.push(summary.title);
      this.dates.push(summary.date);
      this.generated.push(summary.generated === true);
      const sentences = summary.snippet ? [summary.snippet, ...(summary.sentences ?? [])] : [];
      this.sentences.push(sentences.length ? sentences : NO_SENTENCES);
      const values: Record<FacetKey, readonly string[]> = {
        person: summary.people,
        country: summary.countries,
        event: summary.events,
        org: summary.organizations,
      };
      const words = [summary.title, ...summary.places];
      for (const key of FACET_KEYS) {
        const dictionary = this.dictionaries[key];
        const numbers = [
          ...new Set(
            values[key].map((id) => dictionary.intern(id, key === 'country' ? countryName(id) : id)),
          ),
        ];
        this.forward[key].push(numbers.length ? numbers : NONE);
        for (const n of numbers) (this.postings[key][n] ??= []).push(doc);
        for (const n of numbers) words.push(dictionary.labels[n] ?? '');
      }
      for (const code of summary.countries) words.push(countryName(code, 'en'));
      const text = foldText(words.join(' \u0000 '));
      texts.push(text);
      const length = wordCount(text);
      this.lengths.push(length);
      this.totalLength += length;
    }
    const starts = new Uint32Array(texts.length + 1);
    texts.forEach((text, i) => {
      starts[i + 1] = (starts[i] ?? 0) + text.length + 1;
    });
    if (texts.length) this.texts.push({ text: texts.join('\n'), starts, first });
    this.matches.clear();
    this.ordered.clear();
    this.termDocs.clear();
  }

  /** One announcement's folded search text. */
  private textOf(doc: number): string {
    for (const { text, starts, first } of this.texts) {
      const i = doc - first;
      if (i >= 0 && i < starts.length - 1) return text.slice(starts[i], (starts[i + 1] ?? 1) - 1);
    }
    return '';
  }

  /** The announcements whose search text contains `term`, in list order. */
  private containing(term: string): number[] {
    const known = this.termDocs.get(term);
    if (known) return known;
    const docs: number[] = [];
    for (const { text, starts, first } of this.texts) {
      let at = text.indexOf(term);
      while (at !== -1) {
        // The announcement whose text holds position `at`: the last start at or before it.
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((starts[mid] ?? 0) <= at) lo = mid;
          else hi = mid - 1;
        }
        docs.push(first + lo);
        const next = starts[lo + 1];
        if (next === undefined) break;
        at = text.indexOf(term, next);
      }
    }
    this.termDocs.set(term, docs);
    return docs;
  }

  /** The numbers of the announcements matching `filters`, ascending (newest first). */
  private matchSet(filters: Filters): number[] {
    const key = serializeFilters({ ...filters, sort: emptyFilters.sort });
    const known = this.matches.get(key);
    if (known) return known;
    const posting = (facet: FacetKey, value: string) => {
      const n = this.dictionaries[facet].lookup(value);
      return n === undefined ? NONE : (this.postings[facet][n] ?? NONE);
    };
    const lists: (readonly number[])[] = [];
    let excluded: Uint8Array | null = null;
    for (const facet of FACET_KEYS) {
      const selected = filters[facet];
      if (filters.mode[facet] === 'any' && selected.length > 0)
        lists.push(union(selected.map((value) => posting(facet, value))));
      else for (const value of selected) lists.push(posting(facet, value));
      for (const value of filters.not[facet]) {
        excluded ??= new Uint8Array(this.ids.length);
        for (const doc of posting(facet, value)) excluded[doc] = 1;
      }
    }
    for (const term of queryWords(filters.q)) lists.push(this.containing(term));
    const { from, to } = filters;
    const keep = (doc: number): boolean => {
      if (excluded?.[doc]) return false;
      if (from || to) {
        const date = this.dates[doc];
        if (!date || (from && date < from) || (to && date > to)) return false;
      }
      return true;
    };
    const docs: number[] = [];
    if (lists.length) {
      for (const doc of intersect(lists)) if (keep(doc)) docs.push(doc);
    } else {
      for (let doc = 0; doc < this.ids.length; doc++) if (keep(doc)) docs.push(doc);
    }
    this.matches.set(key, docs);
    return docs;
  }

  /** How many announcements match `filters`. */
  total(filters: Filters): number {
    return this.matchSet(filters).length;
  }

  /** The numbers of the announcements matching `filters`, in the order asked for. */
  match(filters: Filters): number[] {
    const sort = effectiveSort(filters);
    const docs = this.matchSet(filters);
    if (sort === 'newest') return docs;
    const key = `${sort}|${serializeFilters(filters)}`;
    const known = this.ordered.get(key);
    if (known) return known;
    const ordered =
      sort === 'oldest' ? this.oldestFirst(docs) : this.byRelevance(docs, queryWords(filters.q));
    this.ordered.set(key, ordered);
    return ordered;
  }

  /**
   * Oldest first, announcements of one day in the same order as newest first (by id); undated ones stay
   * last. Docs are numbered newest first, so this walks the days backwards.
   */
  private oldestFirst(docs: readonly number[]): number[] {
    const dated = docs.filter((doc) => this.dates[doc]);
    const ordered: number[] = [];
    for (let end = dated.length; end > 0;) {
      let start = end - 1;
      const day = this.dates[dated[start] ?? 0];
      while (start > 0 && this.dates[dated[start - 1] ?? 0] === day) start--;
      for (let i = start; i < end; i++) ordered.push(dated[i] ?? 0);
      end = start;
    }
    return [...ordered, ...docs.filter((doc) => !this.dates[doc])];
  }

  /** Best BM25 score first over the search text (see query-semantics); ties newest first. */
  private byRelevance(docs: readonly number[], words: readonly string[]): number[] {
    const idfs = words.map((word) => idf(this.ids.length, this.containing(word).length));
    const average = this.totalLength / (this.ids.length || 1);
    const scores = new Float64Array(docs.length);
    docs.forEach((doc, i) => {
      const text = this.textOf(doc);
      scores[i] = bm25(
        words.map((word) => termFrequency(text, word)),
        idfs,
        this.lengths[doc] ?? 0,
        average,
      );
    });
    const order = docs.map((_, i) => i);
    order.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || (docs[a] ?? 0) - (docs[b] ?? 0));
    return order.map((i) => docs[i] ?? 0);
  }

  rows(filters: Filters, offset: number, limit: number): ResultRow[] {
    const words = queryWords(filters.q);
    return this.match(filters)
      .slice(offset, offset + limit)
      .map((doc) => this.row(doc, words));
  }

  search(filters: Filters, limit: number, facetLimit: number): SearchResult {
    const docs = this.match(filters);
    const facets = {} as Record<FacetKey, FacetSummary>;
    const unknown = {} as Record<FacetKey, string[]>;
    for (const key of FACET_KEYS) {
      const counted = countingFilters(filters, key);
      const counts = this.count(counted === filters ? docs : this.matchSet(counted), key);
      facets[key] = this.topValues(key, counts, [...filters[key], ...filters.not[key]], facetLimit);
      unknown[key] = [...filters[key], ...filters.not[key]].filter(
        (value) => this.dictionaries[key].lookup(value) === undefined,
      );
    }
    const words = queryWords(filters.q);
    return {
      total: docs.length,
      rows: docs.slice(0, limit).map((doc) => this.row(doc, words)),
      facets,
      unknown,
      histogram: dateHistogram(docs.map((doc) => this.dates[doc] ?? null)),
    };
  }

  /** Values of one facet among the results whose label contains `text`, most frequent first. */
  findValues(filters: Filters, key: FacetKey, text: string, limit: number): FacetValue[] {
    const needle = foldText(text);
    const dictionary = this.dictionaries[key];
    const counts = this.count(this.matchSet(countingFilters(filters, key)), key);
    const found: FacetValue[] = [];
    counts.forEach((count, n) => {
      if (count > 0 && dictionary.foldedLabel(n).includes(needle))
        found.push({
          ...this.value(key, n, count),
          ...(this.generatedOnly(this.postings[key][n] ?? []) ? { generatedOnly: true as const } : {}),
        });
    });
    return found.sort(byCount).slice(0, limit);
  }

  /** Whether every one of these docs is a generated announcement (none: not). */
  private generatedOnly(docs: readonly number[]): boolean {
    return docs.length > 0 && docs.every((doc) => this.generated[doc] === true);
  }

  /** A person, country, event or organisation with its numbers; null when the data does not know it. */
  entity(kind: FacetKey, id: string, peopleLimit = 30): EntityInfo | null {
    const dictionary = this.dictionaries[kind];
    const n = dictionary.lookup(id);
    if (n === undefined) return null;
    const stats = (key: FacetKey, m: number) => {
      const docs = this.postings[key][m] ?? [];
      return { count: docs.length, generatedOnly: this.generatedOnly(docs), ...this.dateRange(docs) };
    };
    const info: EntityInfo = {
      kind,
      id,
      name: dictionary.labels[n] ?? id,
      country: kind === 'person' ? (this.personCountry.get(id) ?? null) : null,
      ...stats(kind, n),
      editions: [],
      people: [],
    };
    const series = this.eventSeries.get(id);
    if (kind === 'event' && series) {
      for (const [other, otherSeries] of this.eventSeries) {
        const m = this.dictionaries.event.lookup(other);
        if (otherSeries !== series || m === undefined) continue;
        info.editions.push({
          id: other,
          name: this.dictionaries.event.labels[m] ?? other,
          ...stats('event', m),
        });
      }
      info.editions.sort(
        (a, b) => (b.last ?? '').localeCompare(a.last ?? '') || a.name.localeCompare(b.name),
      );
    }
    if (kind === 'country') {
      const people: number[] = [];
      for (const [person, country] of this.personCountry) {
        const m = this.dictionaries.person.lookup(person);
        if (country === id && m !== undefined && (this.postings.person[m]?.length ?? 0) > 0) people.push(m);
      }
      const count = (m: number) => this.postings.person[m]?.length ?? 0;
      people.sort((a, b) => count(b) - count(a) || a - b);
      info.people = people.slice(0, peopleLimit).map((m) => this.value('person', m, count(m)));
    }
    return info;
  }

  /** Announcements sharing the most people, events and countries with `id`, best first. */
  related(id: string, limit: number): ResultRow[] {
    const doc = this.ids.indexOf(id);
    if (doc < 0) return [];
    const weights: Record<FacetKey, number> = { person: 3, event: 2, org: 1, country: 1 };
    const scores = new Map<number, number>();
    for (const key of FACET_KEYS) {
      for (const n of this.forward[key][doc] ?? NONE) {
        const docs = this.postings[key][n] ?? [];
        // A value on thousands of announcements (a big country) says little about relatedness.
        const weight = weights[key] / Math.log2(2 + docs.length);
        for (const other of docs) if (other !== doc) scores.set(other, (scores.get(other) ?? 0) + weight);
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([other]) => this.row(other, []));
  }

  private dateRange(docs: readonly number[]): { first: string | null; last: string | null } {
    let last: string | null = null;
    let first: string | null = null;
    for (const doc of docs) if ((last = this.dates[doc] ?? null)) break;
    for (let i = docs.length - 1; i >= 0; i--) if ((first = this.dates[docs[i] ?? -1] ?? null)) break;
    return { first, last };
  }

  private count(docs: readonly number[], key: FacetKey): Uint32Array {
    const counts = new Uint32Array(this.dictionaries[key].size);
    const forward = this.forward[key];
    for (const doc of docs) for (const n of forward[doc] ?? NONE) counts[n] = (counts[n] ?? 0) + 1;
    return counts;
  }

  private topValues(
    key: FacetKey,
    counts: Uint32Array,
    selected: readonly string[],
    limit: number,
  ): FacetSummary {
    const dictionary = this.dictionaries[key];
    const chosen = new Set(selected);
    const picked: FacetValue[] = [];
    const others: number[] = [];
    let distinct = 0;
    counts.forEach((count, n) => {
      if (count > 0) distinct++;
      if (chosen.has(dictionary.ids[n] ?? '')) picked.push(this.value(key, n, count));
      else if (count > 0) others.push(n);
    });
    // Most frequent first; among equals, the one seen first (in the newest announcement). Numeric, so fast.
    others.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
    const top = others
      .slice(0, Math.max(0, limit - picked.length))
      .map((n) => this.value(key, n, counts[n] ?? 0));
    return { values: [...picked.sort(byCount), ...top], distinct };
  }

  private value(key: FacetKey, n: number, count: number): FacetValue {
    const dictionary = this.dictionaries[key];
    return { value: dictionary.ids[n] ?? '', label: dictionary.labels[n] ?? '', count };
  }

  private row(doc: number, words: readonly string[]): ResultRow {
    const refs = (key: FacetKey) =>
      (this.forward[key][doc] ?? NONE).map((n) => ({
        id: this.dictionaries[key].ids[n] ?? '',
        name: this.dictionaries[key].labels[n] ?? '',
      }));
    return {
      id: this.ids[doc] ?? '',
      title: this.titles[doc] ?? '',
      date: this.dates[doc] ?? null,
      generated: this.generated[doc] ?? false,
      people: refs('person'),
      countries: (this.forward.country[doc] ?? NONE).map((n) => this.dictionaries.country.ids[n] ?? ''),
      events: refs('event'),
      organizations: refs('org'),
      snippet: bestSentence(this.sentences[doc] ?? NO_SENTENCES, words, foldText),
    };
  }
}

function byCount(a: FacetValue, b: FacetValue): number {
  return b.count - a.count;
}
