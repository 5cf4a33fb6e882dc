import type { Summary } from '../../../data/schema';
import { countryName } from '../../../lib/countries';
import { foldText } from '../../../lib/text';
import { FACET_KEYS, serializeFilters, type FacetKey, type Filters } from '../filter-params';
import type { ExportRecord } from '../export-format';

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
}

export interface FacetValue {
  value: string;
  label: string;
  /** Announcements among the results that mention this value: with AND filters, what a click would leave. */
  count: number;
}

export interface FacetSummary {
  /** Selected values first, then the most frequent, up to the limit asked for. */
  values: FacetValue[];
  /** How many different values the results mention. */
  distinct: number;
}

/** What the entity pages need about one person, country or event. */
export interface EntityInfo {
  kind: FacetKey;
  id: string;
  name: string;
  /** A person's country. */
  country: string | null;
  /** Announcements that mention it. */
  count: number;
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
  /** Selected values the data does not know. */
  unknown: Record<FacetKey, string[]>;
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
  };
  private readonly ids: string[] = [];
  private readonly titles: string[] = [];
  private readonly dates: (string | null)[] = [];
  private readonly generated: boolean[] = [];
  private readonly organizations: (readonly string[])[] = [];
  /**
   * The folded search text of each batch of announcements, joined by newlines, with where each one starts:
   * one native `indexOf` pass per query word finds its announcements, far faster than a test per
   * announcement, and holds one string per batch instead of one per announcement.
   */
  private readonly texts: { text: string; starts: Uint32Array; first: number }[] = [];
  private readonly forward: Record<FacetKey, (readonly number[])[]> = { person: [], country: [], event: [] };
  private readonly postings: Record<FacetKey, number[][]> = { person: [], country: [], event: [] };
  private cache: { key: string; docs: number[] } | null = null;

  private readonly personCountry = new Map<string, string | null>();
  private readonly eventSeries = new Map<string, string>();

  constructor(
    people: readonly (EntityRef & { country?: string | null })[] = [],
    events: readonly (EntityRef & { series?: string })[] = [],
  ) {
    for (const p of people) {
      this.dictionaries.person.intern(p.id, p.name);
      this.personCountry.set(p.id, p.country ?? null);
    }
    for (const e of events) {
      this.dictionaries.event.intern(e.id, e.name);
      if (e.series) this.eventSeries.set(e.id, e.series);
    }
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
      this.organizations.push(summary.organizations ?? []);
      const values: Record<FacetKey, readonly string[]> = {
        person: summary.people,
        country: summary.countries,
        event: summary.events,
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
      texts.push(foldText(words.join(' \u0000 ')));
    }
    const starts = new Uint32Array(texts.length + 1);
    texts.forEach((text, i) => {
      starts[i + 1] = (starts[i] ?? 0) + text.length + 1;
    });
    if (texts.length) this.texts.push({ text: texts.join('\n'), starts, first });
    this.cache = null;
  }

  /** The announcements whose search text contains `term`, in list order. */
  private containing(term: string): number[] {
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
    return docs;
  }

  /** The numbers of the announcements matching `filters`, in list order. */
  match(filters: Filters): number[] {
    const key = serializeFilters(filters);
    if (this.cache?.key === key) return this.cache.docs;
    const lists: (readonly number[])[] = [];
    for (const facet of FACET_KEYS) {
      for (const value of filters[facet]) {
        const n = this.dictionaries[facet].lookup(value);
        lists.push(n === undefined ? NONE : (this.postings[facet][n] ?? NONE));
      }
    }
    for (const term of new Set(foldText(filters.q).split(' ').filter(Boolean)))
      lists.push(this.containing(term));
    const { from, to } = filters;
    const keep = (doc: number): boolean => {
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
    this.cache = { key, docs };
    return docs;
  }

  rows(filters: Filters, offset: number, limit: number): ResultRow[] {
    return this.match(filters)
      .slice(offset, offset + limit)
      .map((doc) => this.row(doc));
  }

  /**
   * The results of `filters` as export records, in list order, a slice per `next()` call: the matches are
   * taken once, so other queries in between do not change what is exported.
   */
  exportCursor(filters: Filters, urlOf: (id: string) => string) {
    const docs = this.match(filters);
    let offset = 0;
    const names = (key: FacetKey, doc: number) =>
      (this.forward[key][doc] ?? NONE).map((n) => this.dictionaries[key].labels[n] ?? '');
    return {
      total: docs.length,
      next: (limit: number): ExportRecord[] => {
        const slice = docs.slice(offset, offset + limit);
        offset += slice.length;
        return slice.map((doc) => {
          const id = this.ids[doc] ?? '';
          return {
            id,
            date: this.dates[doc] ?? null,
            title: this.titles[doc] ?? '',
            people: names('person', doc),
            countries: (this.forward.country[doc] ?? NONE).map((n) => this.dictionaries.country.ids[n] ?? ''),
            events: names('event', doc),
            organizations: [...(this.organizations[doc] ?? [])],
            url: urlOf(id),
          };
        });
      },
    };
  }

  search(filters: Filters, limit: number, facetLimit: number): SearchResult {
    const docs = this.match(filters);
    const facets = {} as Record<FacetKey, FacetSummary>;
    const unknown = {} as Record<FacetKey, string[]>;
    for (const key of FACET_KEYS) {
      const counts = this.count(docs, key);
      facets[key] = this.topValues(key, counts, filters[key], facetLimit);
      unknown[key] = filters[key].filter((value) => this.dictionaries[key].lookup(value) === undefined);
    }
    return { total: docs.length, rows: docs.slice(0, limit).map((doc) => this.row(doc)), facets, unknown };
  }

  /** Values of one facet among the results whose label contains `text`, most frequent first. */
  findValues(filters: Filters, key: FacetKey, text: string, limit: number): FacetValue[] {
    const needle = foldText(text);
    const dictionary = this.dictionaries[key];
    const counts = this.count(this.match(filters), key);
    const found: FacetValue[] = [];
    counts.forEach((count, n) => {
      if (count > 0 && dictionary.foldedLabel(n).includes(needle)) found.push(this.value(key, n, count));
    });
    return found.sort(byCount).slice(0, limit);
  }

  /** A person, country or event with its numbers; null when the data does not know it. */
  entity(kind: FacetKey, id: string, peopleLimit = 30): EntityInfo | null {
    const dictionary = this.dictionaries[kind];
    const n = dictionary.lookup(id);
    if (n === undefined) return null;
    const stats = (key: FacetKey, m: number) => {
      const docs = this.postings[key][m] ?? [];
      return { count: docs.length, ...this.dateRange(docs) };
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
    const weights: Record<FacetKey, number> = { person: 3, event: 2, country: 1 };
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
      .map(([other]) => this.row(other));
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

  private row(doc: number): ResultRow {
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
    };
  }
}

function byCount(a: FacetValue, b: FacetValue): number {
  return b.count - a.count;
}
