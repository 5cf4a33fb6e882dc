import { DataLoadError } from '../../../data/data-errors';
import { fetchDataFile, fetchJson, forgetDatasetBase } from '../../../data/fetch-data';
import { INDEX_DIR, MANIFEST_FILE, type IndexRow } from '../../../data/search-index/index-files';
import { countryName } from '../../../lib/countries';
import { organizationId } from '../../../lib/slug';
import {
  ChunkError,
  DatasetChangedError,
  type ChunkStoreOptions,
  type IndexSource,
} from '../chunked-index/chunk-store';
import {
  ChunkedIndex,
  type FacetCounts,
  type IndexQuery,
  type PageOptions,
} from '../chunked-index/chunked-index';
import { bestSentence, type SnippetSource } from '../chunked-index/snippets';
import { parseTextQuery } from '../../../data/search-index/text';
import type { ExportRecord } from '../export-format';
import { effectiveSort, FACET_KEYS, type FacetKey, type Filters } from '../filter-params';
import { nextTask, type ExportCursor } from './export-results';
import type { LoadProgress } from './types';
import { histogramOfMonths } from './histogram';
import type { EntityInfo, FacetSummary, FacetValue, ResultRow, SearchResult } from './types';

/** A chunk GET; a host's SPA fallback (a web page where a chunk should be) is a missing file. */
async function get(path: string, cache: RequestCache, signal?: AbortSignal): Promise<Response> {
  const response = await fetchDataFile(path, { cache, ...(signal ? { signal } : {}) });
  if ((response.headers.get('content-type') ?? '').includes('text/html'))
    throw new DataLoadError(`${path} does not exist (the server sent a web page).`, path, 'not-found', false);
  return response;
}

const MANIFEST_PATH = `${INDEX_DIR}/${MANIFEST_FILE}`;

/** The chunked index over HTTP: the manifest never from a cache, chunks from it (reloaded on a retry). */
export const httpIndexSource: IndexSource = {
  // Not retried here: the page retries a transient failure to open (and says so).
  // The pointer (current.json) is read again with the manifest: after a deploy the engine opens the new
  // version, and chunks verified by their hash cannot mix two builds.
  fetchManifest: () => {
    forgetDatasetBase();
    return fetchJson(MANIFEST_PATH, { cache: 'no-store' });
  },
  fetchChunk: async (name, attempt) =>
    new Uint8Array(
      await (await get(`${INDEX_DIR}/chunks/${name}`, attempt > 0 ? 'reload' : 'default')).arrayBuffer(),
    ),
};

/** What the engine reads of one announcement file (the detail view's): bodies for snippets, values for related. */
export interface AnnouncementFacts {
  paragraphs: string[];
  people: string[];
  countries: string[];
  events: string[];
  /** Organisation ids. */
  organizations: string[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const ids = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap((item: unknown) =>
        item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
          ? [(item as { id: string }).id]
          : [],
      )
    : [];

/** An announcement file's facts; organisations given as bare names get the id the ingest gives them. */
export function readAnnouncementFacts(value: Record<string, unknown>): AnnouncementFacts {
  const organizations = Array.isArray(value.organizations) ? (value.organizations as unknown[]) : [];
  return {
    paragraphs: strings(value.paragraphs),
    people: ids(value.people),
    countries: strings(value.countries),
    events: ids(value.events),
    organizations: [...new Set([...strings(organizations).map(organizationId), ...ids(organizations)])],
  };
}

async function fetchAnnouncementFacts(id: string, signal?: AbortSignal): Promise<AnnouncementFacts> {
  const value = (await (
    await get(`announcements/${encodeURIComponent(id)}.json`, 'default', signal)
  ).json()) as Record<string, unknown>;
  return readAnnouncementFacts(value);
}

/** The list's filters as a query of the chunked index (all facets in `all` mode, newest first). */
export function toIndexQuery(filters: Filters): IndexQuery {
  return {
    facets: {
      person: { values: filters.person, mode: filters.mode.person, not: filters.not.person },
      country: { values: filters.country, mode: filters.mode.country, not: filters.not.country },
      event: { values: filters.event, mode: filters.mode.event, not: filters.not.event },
      org: { values: filters.org, mode: filters.mode.org, not: filters.not.org },
    },
    q: filters.q,
    from: filters.from,
    to: filters.to,
    // Relevance needs words to rank by; without them the list stays newest first (the page says so).
    sort: effectiveSort(filters),
  };
}

/** A row of the index as the page's ResultRow (the index file names organisations `orgs`). */
function toResultRow({ orgs, snippet, ...row }: IndexRow, matching: string | null = null): ResultRow {
  return { ...row, organizations: orgs, snippet: matching ?? snippet ?? null };
}

/** A row of the index as an export record: entities by name (the row names them), the page's absolute URL. */
function toExportRecord(row: IndexRow, urlOf: (id: string) => string): ExportRecord {
  return {
    id: row.id,
    date: row.date,
    title: row.title,
    people: row.people.map((p) => p.name),
    countries: row.countries,
    events: row.events.map((e) => e.name),
    organizations: row.orgs.map((o) => o.name),
    url: urlOf(row.id),
  };
}

/** Row chunks read per step when an export's order is scattered over them. */
const SCATTERED_CHUNKS_PER_STEP = 8;

/**
 * Whether walking `docs` in order would go back to chunks already left (relevance order): then each
 * slice would need most chunks again, and the cache cannot hold them all at 100,000 results.
 */
function isScattered(docs: readonly number[], perChunk: number): boolean {
  const chunks = new Set<number>();
  let switches = 0;
  let last = -1;
  for (const doc of docs) {
    const chunk = Math.floor(doc / perChunk);
    if (chunk !== last) switches++;
    chunks.add(chunk);
    last = chunk;
  }
  // Newest first walks each chunk once; oldest first at most twice (dated back, then undated forward).
  return switches > 2 * chunks.size;
}

/** The worker's answer: the in-memory engine's result plus what the chunked index adds. */
export type ChunkedSearchResult = SearchResult & {
  /** How many leading rows show their matching sentence; the page asks for the others' as they are shown. */
  snippetRows: number;
};

/** Rows whose matching sentences come with a text query's first answer: a screenful, not the whole page. */
export const FIRST_SNIPPETS = 20;

/**
 * How long a text query's answer waits, once its rows are found, for their matching sentences: the leading
 * rows whose sentence is in by then carry it, the page asks for the others as it shows them (the reads
 * started go on, and that ask takes them). Reading a screenful of announcement files can take far longer
 * than the query, and the results should not wait for them.
 */
export const SENTENCE_WAIT_MS = 40;

/** Each promise's value if it settled within `ms`, else `pending`; never rejects (the promises must not). */
async function settledWithin<T, P>(
  promises: readonly Promise<T>[],
  ms: number,
  pending: P,
): Promise<(T | P)[]> {
  const values: (T | P)[] = promises.map(() => pending);
  promises.forEach((promise, i) => {
    void promise.then((value) => {
      values[i] = value;
    });
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    Promise.all(promises),
    new Promise((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
  return [...values];
}

/** Said when a newer list superseded the one whose sentences were being read. */
export class SupersededError extends Error {
  override name = 'SupersededError';
}

function summary(key: FacetKey | 'org', counts: FacetCounts): FacetSummary {
  return {
    values: counts.values.map((v) => (key === 'country' ? { ...v, label: countryName(v.value) } : v)),
    distinct: counts.distinct ?? counts.values.length,
  };
}

/** A ChunkError as the page's data error: named; the chunk store has retried it already, so Retry is the person's. */
function asDataError(error: unknown): unknown {
  if (error instanceof ChunkError) {
    const file = `${INDEX_DIR}/chunks/${error.file}`;
    return new DataLoadError(`Could not read ${file}: ${error.reason}.`, file, 'format', false);
  }
  return error;
}

/**
 * The search worker's engine over the chunked static index (decision 0009): the same answers the
 * in-memory SearchIndex gave, from the chunks each query needs. A deploy that replaced the dataset is
 * met by opening the new build and answering from it alone; `onReopen` tells the page, whose cached
 * results belong to the old one.
 */
export class ChunkedSearchEngine {
  private opening: Promise<ChunkedIndex> | null = null;
  /**
   * The text query whose sentences are being read, and those reads by announcement id: a list for another
   * query aborts its fetches; asking again for one of its sentences takes the read under way.
   */
  private snippetScope = {
    q: '',
    controller: new AbortController(),
    reads: new Map<string, Promise<string | null>>(),
  };

  constructor(
    private readonly source: IndexSource = httpIndexSource,
    private readonly facts: (
      id: string,
      signal?: AbortSignal,
    ) => Promise<AnnouncementFacts> = fetchAnnouncementFacts,
    private readonly onReopen: (progress: LoadProgress) => void = () => undefined,
    /** The chunk cache's bound and retries (tests make it small). */
    private readonly storeOptions: ChunkStoreOptions = {},
  ) {}

  open(): Promise<ChunkedIndex> {
    const snippetSource: SnippetSource = { fetchDocument: this.facts };
    this.opening ??= ChunkedIndex.open(this.source, {
      ...this.storeOptions,
      snippetSource,
      prefetchDirectory: true,
    }).catch((error: unknown) => {
      this.opening = null;
      throw asDataError(error);
    });
    return this.opening;
  }

  /**
   * While the page is idle after its first results: fetches what a click or a text query will likely
   * need (decision 0023), so that it answers from chunks already held. Never fails.
   */
  async prefetch(): Promise<void> {
    const index = await this.open().catch(() => null);
    await index?.prefetch();
  }

  async progress(): Promise<LoadProgress> {
    const index = await this.open();
    const { demo } = index.manifest;
    return {
      total: index.count,
      loaded: index.count,
      complete: true,
      problems: [],
      build: index.build,
      ...(demo ? { demo } : {}),
    };
  }

  private async run<T>(answer: (index: ChunkedIndex) => Promise<T>): Promise<T> {
    const index = await this.open();
    try {
      return await answer(index);
    } catch (error) {
      if (!(error instanceof DatasetChangedError)) throw asDataError(error);
      this.opening = null;
      const progress = await this.progress();
      this.onReopen(progress);
      try {
        return await answer(await this.open());
      } catch (again) {
        throw asDataError(again);
      }
    }
  }

  /** The signal of `q`'s sentence reads; asking for another query's aborts those of the one before. */
  private scopeOf(q: string): AbortSignal {
    if (this.snippetScope.q !== q) {
      this.snippetScope.controller.abort();
      this.snippetScope = { q, controller: new AbortController(), reads: new Map() };
    }
    return this.snippetScope.controller.signal;
  }

  /**
   * The matching sentence of each announcement for `q` (null: none, or the file cannot be read), one
   * promise each, never rejecting; a read already under way for `q` is taken, not started again.
   */
  private sentenceReads(q: string, ids: readonly string[], signal: AbortSignal): Promise<string | null>[] {
    const positive = parseTextQuery(q).filter((part) => !part.exclude);
    if (!positive.length) return ids.map(() => Promise.resolve(null));
    const scope = this.snippetScope;
    const reads =
      scope.q === q && scope.controller.signal === signal
        ? scope.reads
        : new Map<string, Promise<string | null>>();
    return ids.map((id) => {
      let read = reads.get(id);
      if (!read) {
        read = this.facts(id, signal).then(
          (doc) => bestSentence(doc.paragraphs, positive),
          () => null,
        );
        reads.set(id, read);
      }
      return read;
    });
  }

  /**
   * The matching sentences of some of `q`'s results, read as the page shows them. Rejects with
   * SupersededError once a list for another query has been asked for.
   */
  async snippets(q: string, ids: readonly string[]): Promise<(string | null)[]> {
    const signal = this.scopeOf(q);
    const found = await Promise.all(this.sentenceReads(q, ids, signal));
    if (signal.aborted) throw new SupersededError(`The search for “${q}” was superseded.`);
    return found;
  }

  search(
    filters: Filters,
    limit: number,
    facetLimit: number,
    page: PageOptions = {},
  ): Promise<ChunkedSearchResult> {
    // A list (not a count) for this query: the sentences still being read for another one are not needed.
    const signal = limit > 0 ? this.scopeOf(filters.q) : null;
    return this.run(async (index) => {
      const result = await index.search(toIndexQuery(filters), { limit, facetLimit, ...page });
      const first = result.rows.slice(0, FIRST_SNIPPETS).map((row) => row.id);
      const pending = Symbol('pending');
      const sentences = signal
        ? await settledWithin(this.sentenceReads(filters.q, first, signal), SENTENCE_WAIT_MS, pending)
        : [];
      // The leading rows whose sentence is in. Superseded meanwhile: none; the rows keep their first
      // sentence, and the page asks again for those it shows.
      let snippetRows = 0;
      if (signal && !signal.aborted)
        while (snippetRows < sentences.length && sentences[snippetRows] !== pending) snippetRows++;
      const facets = {} as Record<FacetKey, FacetSummary>;
      const unknown = {} as Record<FacetKey, string[]>;
      for (const key of FACET_KEYS) {
        facets[key] = summary(key, result.facets[key]);
        unknown[key] = result.unknown[key];
        // Excluded values are listed too (none of the results mentions them), so each can be chosen again.
        for (const value of filters.not[key]) {
          if (facets[key].values.some((v) => v.value === value)) continue;
          const known = await index.entity(key, value);
          if (!known) continue;
          facets[key].values.push({
            value,
            label: key === 'country' ? countryName(value) : known.name,
            count: 0,
          });
        }
      }
      return {
        total: result.total,
        rows: result.rows.map((row, i) => {
          const sentence = i < snippetRows ? sentences[i] : null;
          return toResultRow(row, typeof sentence === 'string' ? sentence : null);
        }),
        snippetRows,
        facets,
        unknown,
        histogram: histogramOfMonths(result.histogram.months),
      };
    });
  }

  rows(filters: Filters, offset: number, limit: number): Promise<ResultRow[]> {
    return this.run(async (index) =>
      (await index.rows(toIndexQuery(filters), offset, limit)).map((row) => toResultRow(row)),
    );
  }

  /**
   * Every result of `filters` as export records, in the list's order, a slice per `next()`. The results
   * are taken once, so queries asked meanwhile do not change the file. A slice's rows come from the row
   * chunks it spans, fetched together; when the order is scattered over the chunks (relevance), every
   * record is read first, chunk by chunk, each chunk once, and handed out in order.
   */
  exportCursor(filters: Filters, urlOf: (id: string) => string): Promise<ExportCursor> {
    return this.run(async (index) => {
      const docs = await index.resultDocs(toIndexQuery(filters));
      const perChunk = await index.rowsPerChunk();
      const records = async (part: readonly number[]) =>
        (await index.rowsOf(part)).map((row) => toExportRecord(row, urlOf));
      let all: Map<number, ExportRecord> | null = null;
      const readAll = async () => {
        const byDoc = new Map<number, ExportRecord>();
        const ascending = [...docs].sort((a, b) => a - b);
        const step = perChunk * SCATTERED_CHUNKS_PER_STEP;
        // Steps end at chunk boundaries (a step is whole chunks), so no chunk is read twice.
        for (let start = 0; start < ascending.length;) {
          const group = Math.floor((ascending[start] ?? 0) / step);
          let end = start;
          while (end < ascending.length && Math.floor((ascending[end] ?? 0) / step) === group) end++;
          const part = ascending.slice(start, end);
          (await records(part)).forEach((record, i) => byDoc.set(part[i] ?? 0, record));
          start = end;
          await nextTask();
        }
        return byDoc;
      };
      const scattered = isScattered(docs, perChunk);
      let offset = 0;
      return {
        total: docs.length,
        next: async (limit: number) => {
          const part = docs.slice(offset, offset + limit);
          offset += part.length;
          try {
            if (!scattered) return await records(part);
            all ??= await readAll();
            const byDoc = all;
            return part.map((doc) => byDoc.get(doc) as ExportRecord);
          } catch (error) {
            if (error instanceof DatasetChangedError)
              throw new DataLoadError(
                'The data was updated while the file was being made: download it again.',
                INDEX_DIR,
                'not-found',
                true,
              );
            throw asDataError(error);
          }
        },
      };
    });
  }

  findValues(filters: Filters, key: FacetKey, text: string, limit: number): Promise<FacetValue[]> {
    return this.run(async (index) =>
      (await index.findValues(toIndexQuery(filters), key, text, limit)).map((v) =>
        key === 'country' ? { ...v, label: countryName(v.value) } : v,
      ),
    );
  }

  entity(kind: FacetKey, id: string, peopleLimit = 30): Promise<EntityInfo | null> {
    return this.run(async (index) => {
      const stats = await index.entity(kind, id);
      if (!stats) return null;
      const info: EntityInfo = {
        kind,
        id,
        name: kind === 'country' ? countryName(id) : stats.name,
        country: kind === 'person' ? stats.extra : null,
        count: stats.count,
        generatedOnly: stats.generatedOnly,
        first: stats.first,
        last: stats.last,
        editions: [],
        people: [],
      };
      if (kind === 'event' && stats.extra) {
        const series = (await index.values('event')).filter((v) => v.extra === stats.extra);
        const editions = await Promise.all(series.map((v) => index.entity('event', v.id)));
        for (const edition of editions)
          if (edition)
            info.editions.push({
              id: edition.id,
              name: edition.name,
              count: edition.count,
              first: edition.first,
              last: edition.last,
            });
        info.editions.sort(
          (a, b) => (b.last ?? '').localeCompare(a.last ?? '') || a.name.localeCompare(b.name),
        );
      }
      if (kind === 'country')
        info.people = (await index.values('person'))
          .filter((v) => v.extra === id && v.count > 0)
          .slice(0, peopleLimit)
          .map((v) => ({ value: v.id, label: v.label, count: v.count }));
      return info;
    });
  }

  /** Announcements sharing the most people, events, countries and organisations with `id`, best first. */
  related(id: string, limit: number): Promise<ResultRow[]> {
    return this.run(async (index) => {
      const own = await this.facts(id).catch(() => null);
      if (!own) return [];
      const weights: Record<FacetKey, number> = { person: 3, event: 2, country: 1, org: 1 };
      const picked: [FacetKey, string][] = [
        ...own.people.map((p): [FacetKey, string] => ['person', p]),
        ...own.events.map((e): [FacetKey, string] => ['event', e]),
        ...own.countries.map((c): [FacetKey, string] => ['country', c]),
        ...own.organizations.map((o): [FacetKey, string] => ['org', o]),
      ];
      const scores = new Map<number, number>();
      const lists = await Promise.all(picked.map(([kind, value]) => index.docsOf(kind, value)));
      lists.forEach((docs, i) => {
        const kind = picked[i]?.[0] ?? 'country';
        // A value on thousands of announcements (a big country) says little about relatedness.
        const weight = weights[kind] / Math.log2(2 + docs.length);
        for (const doc of docs) scores.set(doc, (scores.get(doc) ?? 0) + weight);
      });
      const best = [...scores]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, limit + 1)
        .map(([doc]) => doc);
      return (await index.rowsOf(best))
        .filter((row) => row.id !== id)
        .slice(0, limit)
        .map((row) => toResultRow(row));
    });
  }
}
