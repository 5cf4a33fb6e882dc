import { monthNumber, monthString } from './months';
import { foldText } from '../../../lib/text';
import {
  ChunkError,
  ChunkStore,
  parseManifest,
  type ChunkStoreOptions,
  type IndexSource,
} from './chunk-store';
import { DocSet } from '../../../data/search-index/doc-set';
import {
  coldSchema,
  dayNumber,
  dayString,
  decodeDates,
  dictionaryChunkSchema,
  directoryProblem,
  directorySchema,
  FACET_KINDS,
  idsChunkSchema,
  rowsChunkSchema,
  tableChunkSchema,
  termRoutesSchema,
  type ColdFile,
  type DatesTable,
  type DictionaryEntry,
  type FacetKind,
  type FacetTable,
  type IndexDirectory,
  type IndexManifest,
  type IndexRow,
} from '../../../data/search-index/index-files';
import {
  countPosting,
  decodePositionsChunk,
  decodePostingChunk,
  joinPositions,
  joinPostings,
  positionsOf,
  postingDocs,
  postingSet,
  type PositionsEntry,
  type PostingChunk,
  type PostingEntry,
} from '../../../data/search-index/posting-chunk';
import { SegmentMap } from './segments';
import { findSnippet, type SnippetSource } from './snippets';
import { parseTextQuery, termScore, type QueryPart } from '../../../data/search-index/text';

export type FacetMode = 'all' | 'any';
export type SortOrder = 'newest' | 'oldest' | 'relevance';

export interface FacetFilter {
  /** Selected values: all must match (`all`, the default) or at least one (`any`). */
  values: string[];
  mode: FacetMode;
  /** Excluded values (`not_<facet>`): none may match. */
  not: string[];
}

/** A filter over the archive: the query library's whole input (issue 11 and issue 12). */
export interface IndexQuery {
  facets?: Partial<Record<FacetKind, Partial<FacetFilter>>>;
  /** Words (prefixes), "quoted phrases", -exclusions; every positive part must match. */
  q?: string;
  /** Inclusive `YYYY-MM-DD` bounds; either one leaves out undated announcements. */
  from?: string | null;
  to?: string | null;
  sort?: SortOrder;
}

export interface PageOptions {
  offset?: number;
  limit?: number;
  /** Values shown per facet: the selected ones, then the most frequent within the results. */
  facetLimit?: number;
  /** Read each row's best matching sentence (text queries only). */
  snippets?: boolean;
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
  /** Set when every announcement in the archive naming it is generated (demo data), as its finder reports. */
  generatedOnly?: true;
}

export interface FacetCounts {
  /** Selected values first (by count), then the top values within the results; every count exact. */
  values: FacetCount[];
  /** How many values occur in the results, when known without reading every value's list. */
  distinct: number | null;
  /** False only when the scan for the top values hit its bound: counts still exact, the choice maybe not. */
  exactTop: boolean;
}

export interface Histogram {
  /** `YYYY-MM` → results, newest first; months without results left out. */
  months: [string, number][];
  years: [string, number][];
}

export interface IndexResult {
  total: number;
  /** Doc numbers of the page, in the sort's order. */
  docs: number[];
  rows: IndexRow[];
  /** The matching sentence per row (null for filter-only queries or when none matched). */
  snippets: (string | null)[];
  facets: Record<FacetKind, FacetCounts>;
  /** Selected or excluded values the data does not know. */
  unknown: Record<FacetKind, string[]>;
  histogram: Histogram;
}

export interface EntityStats {
  kind: FacetKind;
  id: string;
  name: string;
  /** A person's country, an event's series. */
  extra: string | null;
  count: number;
  /** Every announcement naming it is generated (demo data). */
  generatedOnly: boolean;
  /** Oldest and newest date among its announcements. */
  first: string | null;
  last: string | null;
}

interface NormalQuery {
  facets: Record<FacetKind, FacetFilter>;
  parts: QueryPart[];
  from: string | null;
  to: string | null;
  sort: SortOrder;
}

/** A term's posting entry over all docs; in an index in segments, with what merging its positions needs. */
interface TermHit {
  entry: PostingEntry;
  /** The positions file of each part holding the term, and which part each doc of `entry` came from. */
  positions: string[];
  from: Uint8Array | null;
}

interface Evaluated {
  set: DocSet;
  total: number;
  scores: Float64Array | null;
}

export interface ChunkedIndexOptions extends ChunkStoreOptions {
  /** Values scanned per facet for the top values before giving up on an exact choice. */
  scanBudget?: number;
  snippetSource?: SnippetSource;
  /** Start fetching the directory at once, beside the cold file (the worker does). */
  prefetchDirectory?: boolean;
}

/** Facet chunks fetched ahead of the one a scan for the top values reads: the scan usually needs them. */
const SCAN_AHEAD = 4;
/** Joined term entries kept (an index in segments): a query's words, and those of the last few. */
const JOINED_TERMS = 64;
/** Chunk bytes (as fetched) that `prefetch` reads while the page is idle, at most. */
export const PREFETCH_BYTES = 1_500_000;
/** Values per facet whose co-occurrence tables `prefetch` reads first (those a page shows at the top). */
const PREFETCH_TABLES = 12;
/** Chunks `prefetch` fetches at a time: a click's own fetches must not queue behind many of them. */
const PREFETCH_CONCURRENCY = 2;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const decoder = new TextDecoder();

function json<T>(parse: (value: unknown) => T): (bytes: Uint8Array) => T {
  return (bytes) => parse(JSON.parse(decoder.decode(bytes)));
}

const decodeDictionaryChunk = json((value) => dictionaryChunkSchema.parse(value));
const decodeTableChunk = json((value) => tableChunkSchema.parse(value));
const decodeTermRoutes = json((value) => termRoutesSchema.parse(value));

function directoryParser(count: number): (bytes: Uint8Array) => IndexDirectory {
  return json((value) => {
    const directory = directorySchema.parse(value);
    if (directory.count !== count) throw new Error('its count disagrees with the manifest');
    const problem = directoryProblem(directory);
    if (problem) throw new Error(problem);
    return directory;
  });
}

function normalise(query: IndexQuery): NormalQuery {
  const sorted = (values: readonly string[] | undefined) => [...new Set(values ?? [])].sort(byString);
  const facets = {} as Record<FacetKind, FacetFilter>;
  for (const kind of FACET_KINDS) {
    const given = query.facets?.[kind];
    facets[kind] = { values: sorted(given?.values), mode: given?.mode ?? 'all', not: sorted(given?.not) };
  }
  const parts = parseTextQuery(query.q ?? '');
  const hasPositive = parts.some((part) => !part.exclude);
  const sort = query.sort === 'relevance' && !hasPositive ? 'newest' : (query.sort ?? 'newest');
  return { facets, parts, from: query.from ?? null, to: query.to ?? null, sort };
}

function isUnfiltered(q: NormalQuery): boolean {
  return (
    !q.from &&
    !q.to &&
    q.parts.length === 0 &&
    FACET_KINDS.every((kind) => q.facets[kind].values.length === 0 && q.facets[kind].not.length === 0)
  );
}

/** The one word a query is made of (a search word, matched as a prefix; no filter, dates or other part), or null. */
function singleWord(q: NormalQuery): string | null {
  const [part, ...rest] = q.parts;
  if (q.from || q.to || rest.length || !part || !part.prefix || part.exclude) return null;
  if (FACET_KINDS.some((kind) => q.facets[kind].values.length || q.facets[kind].not.length)) return null;
  return part.words[0] ?? null;
}

/**
 * Tables whose docs together hold the results (their union does), and `extra`: docs of terms no table
 * covers, each of which may name any value. A value's count within the results is at most the sum over
 * the tables of what each says of it, plus `extra`.
 */
interface BoundGroup {
  tables: FacetTable[];
  extra: number;
}

/** The one value a query is made of (in `all` mode: no other filter, text or dates), or null. */
function singleValue(q: NormalQuery): { kind: FacetKind; value: string } | null {
  if (q.from || q.to || q.parts.length) return null;
  let found: { kind: FacetKind; value: string } | null = null;
  for (const kind of FACET_KINDS) {
    const f = q.facets[kind];
    if (f.not.length) return null;
    if (!f.values.length) continue;
    if (found || f.values.length > 1 || f.mode !== 'all') return null;
    found = { kind, value: f.values[0] ?? '' };
  }
  return found;
}

/**
 * What a value's co-occurrence table says of one facet's values within its docs: each listed value's
 * count there, and the most any unlisted value can have (0 when the table lists every value).
 */
interface TableFacet {
  counts: Map<string, number>;
  outside: number;
}

function tableFacet(table: FacetTable, kind: FacetKind): TableFacet {
  const { values, distinct } = table.facets[kind];
  return {
    counts: new Map(values.map(([id, , , count]) => [id, count])),
    outside: values.length >= distinct ? 0 : (values[values.length - 1]?.[3] ?? 0),
  };
}

/** A histogram of months (newest first) with its years summed. */
function withYears(months: [string, number][]): Histogram {
  const years: [string, number][] = [];
  for (const [month, n] of months) {
    const year = month.slice(0, 4);
    const last = years[years.length - 1];
    if (last?.[0] === year) last[1] += n;
    else years.push([year, n]);
  }
  return { months, years };
}

/** Last index i with of(items[i]) <= key (items sorted by it), or -1. */
function lastAtOrBefore<T, K extends string | number>(
  items: ArrayLike<T>,
  key: K,
  of: (item: T) => K,
): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (of(items[mid] as T) <= key) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Answers filters, counts, text search, pages and histograms over the chunked static index of decision
 * 0009, fetching only the chunks a query needs through an injected source. Pure: no DOM, runs in the
 * worker and in Node tests. One instance reads one build; on DatasetChangedError open a new one.
 */
export class ChunkedIndex {
  private directoryPromise: Promise<IndexDirectory> | null = null;
  private segmentsPromise: Promise<SegmentMap | null> | null = null;
  /** Terms of an index in segments, joined (decision 0024): a query's words are looked up more than once. */
  private readonly joined = new Map<string, TermHit>();
  private datesPromise: Promise<DatesTable> | null = null;
  private monthsPromise: Promise<{ month: string; from: number; to: number }[]> | null = null;
  private readonly labels = new Map<string, string>();
  /** The rank of each value the cold file names (it lists them in rank order): no dictionary read to route it. */
  private readonly coldRanks = new Map<string, number>();
  private prefetching: Promise<void> | null = null;
  private readonly evaluated = new Map<string, Evaluated>();
  private readonly scanBudget: number;
  private readonly snippetSource: SnippetSource | undefined;

  private constructor(
    readonly manifest: IndexManifest,
    readonly cold: ColdFile,
    readonly store: ChunkStore,
    options: ChunkedIndexOptions,
  ) {
    this.scanBudget = options.scanBudget ?? 2000;
    this.snippetSource = options.snippetSource;
    for (const kind of FACET_KINDS)
      cold.facets[kind].values.forEach((value, rank) => {
        this.labels.set(`${kind}:${value.value}`, value.label);
        this.coldRanks.set(`${kind}:${value.value}`, rank);
      });
  }

  /** Reads the manifest and the cold file: enough to answer the unfiltered first page. */
  static async open(source: IndexSource, options: ChunkedIndexOptions = {}): Promise<ChunkedIndex> {
    // A manifest that cannot be fetched fails with the source's own error; one that cannot be read, as a ChunkError.
    const manifest = parseManifest(await source.fetchManifest());
    const store = new ChunkStore(source, manifest.build, options);
    // Every filtered query starts from the directory: fetched beside the cold file, not after the first click.
    if (options.prefetchDirectory)
      void store.get(manifest.directory, directoryParser(manifest.count)).catch(() => undefined);
    const cold = await store.get(
      manifest.cold,
      json((value) => coldSchema.parse(value)),
    );
    if (cold.count !== manifest.count)
      throw new ChunkError(manifest.cold, 'its count disagrees with the manifest');
    return new ChunkedIndex(manifest, cold, store, options);
  }

  get count(): number {
    return this.manifest.count;
  }

  get build(): string {
    return this.manifest.build;
  }

  /** Starts fetching the directory (the routing for every other chunk); idempotent. */
  directory(): Promise<IndexDirectory> {
    this.directoryPromise ??= this.store
      .get(this.manifest.directory, directoryParser(this.count))
      .catch((error: unknown) => {
        this.directoryPromise = null;
        throw error;
      });
    return this.directoryPromise;
  }

  /** Where each doc's chunks are, for an index an append wrote in segments (decision 0024); null for one part. */
  private segments(): Promise<SegmentMap | null> {
    this.segmentsPromise ??= this.directory()
      .then(async (directory) => {
        if (!directory.segments?.length) return null;
        const docs = await Promise.all(
          directory.segments.map(async (segment) => {
            const entry = (await this.store.get(segment.docs, decodePostingChunk)).entries[0];
            if (!entry) throw new ChunkError(segment.docs, 'it lists no docs');
            return postingDocs(entry, this.count);
          }),
        );
        return new SegmentMap(directory, docs);
      })
      .catch((error: unknown) => {
        this.segmentsPromise = null;
        throw error;
      });
    return this.segmentsPromise;
  }

  private async dates(): Promise<DatesTable> {
    this.datesPromise ??= this.directory()
      .then((directory) => this.store.get(directory.dates, decodeDates))
      .catch((error: unknown) => {
        this.datesPromise = null;
        throw error;
      });
    return this.datesPromise;
  }

  /**
   * Each month of the dates table (newest first) with the docs dated in it, `[from, to)`: worked out once,
   * since every filtered query's histogram walks them.
   */
  private monthSpans(): Promise<{ month: string; from: number; to: number }[]> {
    this.monthsPromise ??= this.dates().then(({ dated, days, firstDocs }) => {
      const spans: { month: string; from: number; to: number }[] = [];
      let i = 0;
      while (i < days.length) {
        const month = monthNumber(days[i] ?? 0);
        const from = firstDocs[i] ?? 0;
        i++;
        while (i < days.length && monthNumber(days[i] ?? 0) === month) i++;
        spans.push({
          month: monthString(month),
          from,
          to: i < days.length ? (firstDocs[i] ?? dated) : dated,
        });
      }
      return spans;
    });
    this.monthsPromise.catch(() => {
      this.monthsPromise = null;
    });
    return this.monthsPromise;
  }

  // ---- Looking values up ----

  private async dictionaryEntry(kind: FacetKind, id: string): Promise<DictionaryEntry | undefined> {
    const chunks = (await this.directory()).facets[kind].dictionary;
    const at = lastAtOrBefore(chunks, id, (chunk) => chunk.first);
    const chunk = chunks[at];
    if (!chunk) return undefined;
    const entries = await this.store.get(chunk.file, decodeDictionaryChunk);
    const entry = entries[lastAtOrBefore(entries, id, (e) => e[0])];
    if (entry?.[0] !== id) return undefined;
    this.labels.set(`${kind}:${id}`, entry[1]);
    return entry;
  }

  private async dictionary(kind: FacetKind): Promise<DictionaryEntry[]> {
    const chunks = (await this.directory()).facets[kind].dictionary;
    const parts = await Promise.all(chunks.map((chunk) => this.store.get(chunk.file, decodeDictionaryChunk)));
    return parts.flat();
  }

  private async facetChunk(kind: FacetKind, index: number): Promise<PostingChunk> {
    const chunk = (await this.directory()).facets[kind].chunks[index];
    if (!chunk) throw new Error(`no ${kind} chunk ${index}`);
    return this.store.get(chunk.file, decodePostingChunk);
  }

  /** Whether the data knows a value (the cold file's values without a dictionary read). */
  private async isKnown(kind: FacetKind, id: string): Promise<boolean> {
    return this.coldRanks.has(`${kind}:${id}`) || (await this.dictionaryEntry(kind, id)) !== undefined;
  }

  /** The value's co-occurrence table (decision 0030), or null when it has none (a rarer value, an older index). */
  private async table(kind: FacetKind, id: string): Promise<FacetTable | null> {
    const tables = (await this.directory()).facets[kind].tables;
    if (!tables) return null;
    let rank = this.coldRanks.get(`${kind}:${id}`);
    if (rank === undefined) {
      // A value the cold file does not list is rarer than its last one: no table if that one has none.
      const listed = this.cold.facets[kind];
      const last = listed.values[listed.values.length - 1];
      if (listed.values.length >= listed.distinct || (last?.count ?? 0) < tables.min) return null;
      rank = (await this.dictionaryEntry(kind, id))?.[2];
    }
    if (rank === undefined || rank >= tables.values) return null;
    const meta = tables.chunks[lastAtOrBefore(tables.chunks, rank, (chunk) => chunk.first)];
    if (!meta) return null;
    const list = await this.store.get(meta.file, decodeTableChunk);
    const table = list[rank - meta.first];
    if (table?.value !== id) throw new ChunkError(meta.file, `the table of ${id} is not where its rank says`);
    return table;
  }

  /**
   * The tables that bound counts within the results of `q` (without `without`'s `any` group): one group
   * per selected value in `all` mode (the results are within its docs), one per `any` group whose values
   * all have tables (within their union: the bound is the sum). Text, dates and exclusions only shrink
   * the results, so every bound holds.
   */
  private async tableGroups(q: NormalQuery, without?: FacetKind): Promise<BoundGroup[]> {
    const groups = await Promise.all([
      ...FACET_KINDS.map(async (kind): Promise<BoundGroup[]> => {
        const f = q.facets[kind];
        const tables = await Promise.all(f.values.map((v) => this.table(kind, v)));
        if (f.mode === 'all') return tables.flatMap((t) => (t ? [{ tables: [t], extra: 0 }] : []));
        if (kind === without || !tables.length || tables.some((t) => !t)) return [];
        return [{ tables: tables as FacetTable[], extra: 0 }];
      }),
      ...q.parts.map((part) => this.textGroups(part)),
    ]);
    return groups.flat();
  }

  /**
   * The bounds a positive text part gives (decision 0034): a word's own table (its docs are the part's),
   * else the tables of the tabled terms it begins (each holding the docs of the terms it begins), with
   * the docs of the terms none of them covers; a phrase's words each their table (a word's docs hold
   * the phrase's). Exclusions only shrink the results: no bound.
   */
  private async textGroups(part: QueryPart): Promise<BoundGroup[]> {
    if (part.exclude) return [];
    const word = part.words[0] ?? '';
    if (part.prefix && part.words.length === 1) {
      const own = await this.termTable(word);
      if (own) return [{ tables: [own], extra: 0 }];
      const tabled = await this.termTablesFrom(word);
      if (!tabled?.length) return [];
      // The tabled terms the word begins that no shorter one of them begins (sorted: a prefix comes first).
      const covering: FacetTable[] = [];
      for (const table of tabled) {
        const last = covering[covering.length - 1];
        if (!last || !table.value.startsWith(last.value)) covering.push(table);
      }
      let extra = 0;
      for (const { entry } of await this.termEntries(word, true))
        if (!covering.some((t) => entry.key.startsWith(t.value))) extra += entry.df;
      return [{ tables: covering, extra }];
    }
    const tables = await Promise.all(part.words.map((w) => this.termTable(w)));
    return tables.flatMap((t) => (t ? [{ tables: [t], extra: 0 }] : []));
  }

  /** Where the words' tables are (decision 0034): their chunks and each chunk's terms; null without any. */
  private async termRoutes(): Promise<{ terms: string[]; file: string }[] | null> {
    const routes = (await this.directory()).termTables?.routes;
    return routes ? this.store.get(routes, decodeTermRoutes) : null;
  }

  /** The co-occurrence table of a search word (decision 0034), or null when it has none (nothing fetched). */
  private async termTable(word: string): Promise<FacetTable | null> {
    const routes = await this.termRoutes();
    const route = routes?.[lastAtOrBefore(routes, word, (r) => r.terms[0] ?? '')];
    if (!route?.terms.includes(word)) return null;
    const list = await this.store.get(route.file, decodeTableChunk);
    return list.find((t) => t.value === word) ?? null;
  }

  /** The tables of the terms a word begins, in term order; null when the index has no word tables. */
  private async termTablesFrom(word: string): Promise<FacetTable[] | null> {
    const routes = await this.termRoutes();
    if (!routes) return null;
    const lists = await Promise.all(
      routes
        .filter((r) => r.terms.some((t) => t.startsWith(word)))
        .map((r) => this.store.get(r.file, decodeTableChunk)),
    );
    return lists.flat().filter((t) => t.value.startsWith(word));
  }

  /** The facet chunk holding the value of `rank`. */
  private async rankChunk(kind: FacetKind, rank: number): Promise<{ at: number; chunk: PostingChunk }> {
    const chunks = (await this.directory()).facets[kind].chunks;
    let at = chunks.length - 1;
    while (at > 0 && (chunks[at]?.first ?? 0) > rank) at--;
    return { at, chunk: await this.facetChunk(kind, at) };
  }

  /** A facet value's posting entry, or undefined when the data does not know the value. */
  private async facetEntry(kind: FacetKind, id: string): Promise<PostingEntry | undefined> {
    // A value of the cold file is routed by its rank there: one fetch, not the dictionary's and then the chunk's.
    const coldRank = this.coldRanks.get(`${kind}:${id}`);
    if (coldRank !== undefined) {
      const entry = (await this.rankChunk(kind, coldRank)).chunk.get(id);
      if (entry) return entry;
    }
    const found = await this.dictionaryEntry(kind, id);
    if (!found) return undefined;
    const { at, chunk } = await this.rankChunk(kind, found[2]);
    const entry = chunk.get(id);
    if (!entry)
      throw new ChunkError(
        (await this.directory()).facets[kind].chunks[at]?.file ?? kind,
        `${id} is missing from its chunk`,
      );
    return entry;
  }

  private async facetSet(kind: FacetKind, id: string): Promise<DocSet> {
    const entry = await this.facetEntry(kind, id);
    return entry ? postingSet(entry, this.count) : new DocSet(this.count);
  }

  /**
   * The term entries a word matches: the word itself, or with `prefix` every term it begins. In an index
   * in segments (decision 0024) each term's entries in the parts are joined into one over all docs.
   */
  private async termEntries(word: string, prefix: boolean): Promise<TermHit[]> {
    const directory = await this.directory();
    const map = await this.segments();
    const parts = map?.parts ?? [{ terms: directory.terms, count: this.count }];
    const perPart = await Promise.all(
      parts.map(async ({ terms }) => {
        const start = Math.max(
          0,
          lastAtOrBefore(terms, word, (t) => t.first),
        );
        const end = prefix ? lastAtOrBefore(terms, `${word}\uffff`, (t) => t.first) : start;
        const chunks = await Promise.all(
          terms.slice(start, end + 1).map((t) => this.store.get(t.file, decodePostingChunk)),
        );
        return chunks.flatMap((chunk, i) => {
          const positions = terms[start + i]?.positions ?? '';
          const entries = prefix ? chunk.withPrefix(word) : [chunk.get(word)];
          return entries.flatMap((entry) => (entry ? [{ entry, positions }] : []));
        });
      }),
    );
    if (!map)
      return (perPart[0] ?? []).map(({ entry, positions }) => ({
        entry,
        positions: [positions],
        from: null,
      }));
    const byKey = new Map<string, { entry: PostingEntry; positions: string; part: number }[]>();
    perPart.forEach((hits, part) => {
      for (const hit of hits) {
        const found = byKey.get(hit.entry.key) ?? [];
        byKey.set(hit.entry.key, found);
        found.push({ ...hit, part });
      }
    });
    return [...byKey.keys()].sort(byString).map((key) => {
      const found = byKey.get(key) ?? [];
      const cached = this.joined.get(key);
      if (cached) return cached;
      const joined = joinPostings(
        key,
        this.count,
        found.map(({ entry, part }) => ({
          entry,
          universe: map.parts[part]?.count ?? 0,
          globals: (docs: Uint32Array) => map.globals(part, docs),
        })),
      );
      const hit = { entry: joined.entry, positions: found.map((f) => f.positions), from: joined.from };
      this.joined.set(key, hit);
      while (this.joined.size > JOINED_TERMS) this.joined.delete(this.joined.keys().next().value as string);
      return hit;
    });
  }

  /** A term's word positions, in the order of its entry's docs. */
  private async positionsEntry(hit: TermHit): Promise<PositionsEntry> {
    const key = hit.entry.key;
    const parts = await Promise.all(
      hit.positions.map(async (file) => {
        const entry = (await this.store.get(file, decodePositionsChunk)).get(key);
        if (!entry) throw new ChunkError(file, `no positions for ${key}`);
        return entry;
      }),
    );
    const [only] = parts;
    if (!hit.from && only) return only;
    return joinPositions(key, parts, hit.from ?? new Uint8Array(0));
  }

  /** Where docs' rows or ids are: the chunk holding each doc, and the doc's place in it. */
  private async docChunks(
    docs: readonly number[],
    of: 'rows' | 'ids',
  ): Promise<{ file: string; at: number }[]> {
    const directory = await this.directory();
    const size = directory[of].size;
    const map = await this.segments();
    return docs.map((doc) => {
      if (!map) return { file: directory[of].files[Math.floor(doc / size)] ?? of, at: doc % size };
      const { part, local } = map.locate(doc);
      return { file: map.parts[part]?.[of][Math.floor(local / size)] ?? of, at: local % size };
    });
  }

  /** The docs one query part matches. */
  private async partSet(part: QueryPart): Promise<DocSet> {
    if (part.words.length === 1 && part.prefix) {
      const set = new DocSet(this.count);
      for (const { entry } of await this.termEntries(part.words[0] ?? '', true))
        set.or(postingSet(entry, this.count));
      return set;
    }
    const found = await Promise.all(part.words.map((word) => this.termEntries(word, false)));
    if (found.some((list) => list.length === 0)) return new DocSet(this.count);
    const terms = found.map((list) => list[0] as TermHit);
    const candidates = DocSet.full(this.count);
    for (const { entry } of terms) candidates.and(postingSet(entry, this.count));
    if (terms.length === 1) return candidates;
    // A phrase: the words at consecutive positions.
    const positions = await Promise.all(
      terms.map(async (hit) =>
        positionsOf(await this.positionsEntry(hit), postingDocs(hit.entry, this.count), candidates),
      ),
    );
    const matched = new DocSet(this.count);
    for (const doc of candidates) {
      const lists = positions.map((map) => map.get(doc) ?? new Uint32Array(0));
      const sets = lists.slice(1).map((list) => new Set(list));
      const firstList = lists[0] ?? new Uint32Array(0);
      if (firstList.some((start) => sets.every((set, i) => set.has(start + i + 1)))) matched.add(doc);
    }
    return matched;
  }

  /** The docs in the date range, as [from, to) in doc numbers. */
  private async dateRange(from: string | null, to: string | null): Promise<[number, number]> {
    const { dated, days, firstDocs } = await this.dates();
    let lo = 0;
    let hi = dated;
    if (to) {
      const day = dayNumber(to);
      let i = 0;
      while (i < days.length && (days[i] ?? 0) > day) i++;
      lo = i < days.length ? (firstDocs[i] ?? dated) : dated;
    }
    if (from) {
      const day = dayNumber(from);
      let j = days.length - 1;
      while (j >= 0 && (days[j] ?? 0) < day) j--;
      hi = j < 0 ? 0 : j + 1 < days.length ? (firstDocs[j + 1] ?? dated) : dated;
    }
    return [lo, Math.max(lo, hi)];
  }

  // ---- Evaluating ----

  /** The result set of `q`; with `without`, that facet's `any` group is left out (disjunctive counts). */
  private async evaluate(q: NormalQuery, without?: FacetKind): Promise<Evaluated> {
    const key = JSON.stringify([q, without ?? null]);
    const cached = this.evaluated.get(key);
    if (cached) {
      this.evaluated.delete(key);
      this.evaluated.set(key, cached);
      return cached;
    }
    const [range, ...sets] = await Promise.all([
      q.from || q.to ? this.dateRange(q.from, q.to) : Promise.resolve<[number, number]>([0, this.count]),
      ...FACET_KINDS.flatMap((kind) => {
        const f = q.facets[kind];
        const loads: Promise<{ op: 'and' | 'not'; set: DocSet }>[] = [];
        if (f.mode === 'all')
          for (const v of f.values) loads.push(this.facetSet(kind, v).then((set) => ({ op: 'and', set })));
        else if (kind !== without && f.values.length)
          loads.push(
            Promise.all(f.values.map((v) => this.facetSet(kind, v))).then((list) => {
              const union = new DocSet(this.count);
              for (const set of list) union.or(set);
              return { op: 'and' as const, set: union };
            }),
          );
        for (const v of f.not) loads.push(this.facetSet(kind, v).then((set) => ({ op: 'not', set })));
        return loads;
      }),
      ...q.parts.map((part) =>
        this.partSet(part).then((set) => ({ op: part.exclude ? ('not' as const) : ('and' as const), set })),
      ),
    ]);
    const set = DocSet.range(this.count, range[0], range[1]);
    for (const { op, set: other } of sets as { op: 'and' | 'not'; set: DocSet }[]) {
      if (op === 'and') set.and(other);
      else set.andNot(other);
    }
    const scores = q.sort === 'relevance' && without === undefined ? await this.score(q, set) : null;
    const result = { set, total: set.count(), scores };
    this.evaluated.set(key, result);
    while (this.evaluated.size > 8) this.evaluated.delete(this.evaluated.keys().next().value as string);
    return result;
  }

  /** BM25 per doc of `set`: per positive part the best impact among its terms (summed over a phrase). */
  private async score(q: NormalQuery, set: DocSet): Promise<Float64Array> {
    const total = new Float64Array(this.count);
    for (const part of q.parts) {
      if (part.exclude) continue;
      const best = new Float64Array(this.count);
      const prefix = part.words.length === 1 && part.prefix;
      for (const word of part.words) {
        const entries = await this.termEntries(word, prefix);
        const wordBest = prefix ? best : new Float64Array(this.count);
        for (const { entry } of entries) {
          const docs = postingDocs(entry, this.count);
          const impacts = entry.impacts;
          for (let i = 0; i < docs.length; i++) {
            const doc = docs[i] ?? 0;
            if (!set.has(doc)) continue;
            const s = termScore(impacts?.[i] ?? 1, entry.df, this.count);
            if (s > (wordBest[doc] ?? 0)) wordBest[doc] = s;
          }
        }
        if (!prefix) for (const doc of set) best[doc] = (best[doc] ?? 0) + (wordBest[doc] ?? 0);
      }
      for (const doc of set) total[doc] = (total[doc] ?? 0) + (best[doc] ?? 0);
    }
    return total;
  }

  private async pageDocs(q: NormalQuery, e: Evaluated, offset: number, limit: number): Promise<number[]> {
    if (limit <= 0) return [];
    if (q.sort === 'newest') return e.set.ascending(0, this.count, offset, limit);
    if (q.sort === 'oldest') {
      const { dated } = await this.dates();
      const docs = e.set.descending(0, dated, offset, limit);
      if (docs.length < limit) {
        const skip = Math.max(0, offset - e.set.countRange(0, dated));
        docs.push(...e.set.ascending(dated, this.count, skip, limit - docs.length));
      }
      return docs;
    }
    // Relevance: the best offset+limit, ties newest first.
    const scores = e.scores ?? new Float64Array(this.count);
    const keep = offset + limit;
    const top: number[] = [];
    const better = (a: number, b: number) =>
      (scores[a] ?? 0) > (scores[b] ?? 0) || ((scores[a] ?? 0) === (scores[b] ?? 0) && a < b);
    for (const doc of e.set) {
      if (top.length === keep && !better(doc, top[keep - 1] ?? 0)) continue;
      let at = top.length;
      while (at > 0 && better(doc, top[at - 1] ?? 0)) at--;
      top.splice(at, 0, doc);
      if (top.length > keep) top.pop();
    }
    return top.slice(offset);
  }

  /** Rows for doc numbers, fetching their row chunks. */
  async rowsOf(docs: readonly number[]): Promise<IndexRow[]> {
    const coldRows = this.cold.rows;
    if (docs.every((doc) => doc < coldRows.length)) return docs.map((doc) => coldRows[doc] as IndexRow);
    const places = await this.docChunks(docs, 'rows');
    const chunks = new Map<string, Promise<IndexRow[]>>();
    for (const { file } of places)
      if (!chunks.has(file))
        chunks.set(
          file,
          this.store.get(
            file,
            json((value) => rowsChunkSchema.parse(value)),
          ),
        );
    const loaded = new Map<string, IndexRow[]>();
    await Promise.all([...chunks].map(async ([file, rowsOfChunk]) => loaded.set(file, await rowsOfChunk)));
    return places.map(({ file, at }, i) => {
      const row = loaded.get(file)?.[at];
      if (!row) throw new ChunkError(file, `no row for doc ${docs[i] ?? 0}`);
      return row;
    });
  }

  // ---- Counting ----

  private async facetCounts(
    q: NormalQuery,
    kind: FacetKind,
    base: Evaluated,
    limit: number,
    unfiltered: boolean,
    groups: BoundGroup[] = [],
  ): Promise<FacetCounts> {
    const selected = q.facets[kind].values;
    const cold = this.cold.facets[kind];
    if (unfiltered && (limit <= cold.values.length || cold.values.length === cold.distinct))
      return { values: cold.values.slice(0, limit), distinct: cold.distinct, exactTop: true };
    const picked = await Promise.all(
      selected.map(async (value) => {
        const entry = await this.facetEntry(kind, value);
        return {
          value,
          label: this.labels.get(`${kind}:${value}`) ?? value,
          count: entry ? countPosting(entry, base.set) : 0,
        };
      }),
    );
    picked.sort((a, b) => b.count - a.count);
    const want = Math.max(0, limit - picked.length);
    const chosen = new Set(selected);
    // The results are exactly a selected value's docs: its table's counts are theirs.
    const whole = groups.find(
      (g) => g.extra === 0 && g.tables.length === 1 && g.tables[0]?.count === base.total,
    )?.tables[0];
    if (whole) {
      const top = this.tableTop(kind, whole, chosen, want);
      if (top) return { values: [...picked, ...top], distinct: whole.facets[kind].distinct, exactTop: true };
    }
    const facetsOf = groups.map((g) => ({
      tables: g.tables.map((t) => tableFacet(t, kind)),
      extra: g.extra,
    }));
    type Facets = (typeof facetsOf)[number];
    const outsideOf = (g: Facets) => g.tables.reduce((sum, t) => sum + t.outside, g.extra);
    /** The most results a value can be in, by the tables (Infinity without any). */
    const bound = (id: string) => {
      let best = Infinity;
      for (const g of facetsOf) {
        let sum = g.extra;
        for (const t of g.tables) sum += t.counts.get(id) ?? t.outside;
        best = Math.min(best, sum);
      }
      return best;
    };
    // The group that bounds unlisted values most tightly: its listed values are the candidates.
    let tightest: Facets | null = null;
    for (const g of facetsOf) if (!tightest || outsideOf(g) < outsideOf(tightest)) tightest = g;
    const outside = tightest ? outsideOf(tightest) : Infinity;
    const top: { value: string; rank: number; count: number }[] = [];
    const counted = new Set<string>();
    let scanned = 0;
    let distinct = 0;
    const full = () => top.length >= want;
    /** Whether no value of at most `most` results and at least `rank` can enter the top any more. */
    const settled = (most: number, rank: number) => {
      if (most === 0) return true;
      if (!full()) return false;
      const last = top[top.length - 1];
      if (want === 0 || !last) return true;
      return last.count > most || (last.count === most && last.rank < rank);
    };
    const consider = (value: string, rank: number, count: number) => {
      if (count > 0) distinct++;
      if (count === 0 || chosen.has(value)) return;
      let at = top.length;
      while (at > 0) {
        const before = top[at - 1];
        if (!before || before.count > count || (before.count === count && before.rank < rank)) break;
        at--;
      }
      if (at >= want) return;
      top.splice(at, 0, { value, rank, count });
      if (top.length > want) top.pop();
      // Its label downloads while the scan goes on (most values that enter the top stay in it).
      if (!this.labels.has(`${kind}:${value}`)) void this.dictionaryEntry(kind, value).catch(() => undefined);
    };
    let exactTop = false;
    let complete = true;
    if (tightest) {
      // Candidates by their bound, most first (ties by rank): counted until no other can enter the top.
      const seen = new Map<string, { value: string; label: string; rank: number; most: number }>();
      for (const t of groups[facetsOf.indexOf(tightest)]?.tables ?? [])
        for (const [value, label, rank] of t.facets[kind].values)
          if (!chosen.has(value) && !seen.has(value))
            seen.set(value, { value, label, rank, most: bound(value) });
      const candidates = [...seen.values()]
        .filter((c) => c.most > 0)
        .sort((a, b) => b.most - a.most || a.rank - b.rank);
      const entryOf = (c: { value: string; rank: number }) =>
        this.rankChunk(kind, c.rank).then(({ chunk }) => chunk.get(c.value));
      const loads = candidates.map(() => null as Promise<PostingEntry | undefined> | null);
      for (let i = 0; i < candidates.length; i++) {
        const c = candidates[i];
        if (!c) break;
        if (settled(c.most, c.rank)) {
          exactTop = true;
          break;
        }
        if (scanned >= this.scanBudget) break;
        // The next candidates' chunks download while this one is counted.
        for (let ahead = i; ahead < Math.min(candidates.length, i + 4 * SCAN_AHEAD); ahead++) {
          const next = candidates[ahead];
          if (next && !loads[ahead]) {
            const load = entryOf(next);
            load.catch(() => undefined);
            loads[ahead] = load;
          }
        }
        const entry = await (loads[i] ?? entryOf(c));
        scanned++;
        counted.add(c.value);
        this.labels.set(`${kind}:${c.value}`, c.label);
        consider(c.value, c.rank, entry ? countPosting(entry, base.set) : 0);
      }
      // A value no table lists is in at most `outside` results; its rank is unknown, so a tie does not settle.
      if (settled(outside, -1)) exactTop = true;
      complete = false;
    }
    if (!exactTop && scanned < this.scanBudget) {
      const directory = (await this.directory()).facets[kind];
      complete = true;
      scan: for (let c = 0; c < directory.chunks.length; c++) {
        const meta = directory.chunks[c];
        if (!meta) break;
        if (settled(Math.min(meta.top, outside), meta.first)) {
          exactTop = true;
          complete = false;
          break;
        }
        // The next chunks download while this one is counted, not one round trip after another.
        for (let ahead = c + 1; ahead <= c + SCAN_AHEAD && ahead < directory.chunks.length; ahead++)
          void this.facetChunk(kind, ahead).catch(() => undefined);
        const chunk = await this.facetChunk(kind, c);
        for (let i = 0; i < chunk.entries.length; i++) {
          const entry = chunk.entries[i] as PostingEntry;
          if (settled(Math.min(entry.df, outside), meta.first + i)) {
            exactTop = true;
            complete = false;
            break scan;
          }
          if (counted.has(entry.key)) continue;
          if (scanned >= this.scanBudget) {
            complete = false;
            break scan;
          }
          scanned++;
          consider(entry.key, meta.first + i, countPosting(entry, base.set));
        }
      }
    }
    if (complete) exactTop = true;
    const labelled = await Promise.all(
      top.map(async ({ value, count }) => {
        let label = this.labels.get(`${kind}:${value}`);
        if (label === undefined) label = (await this.dictionaryEntry(kind, value))?.[1] ?? value;
        return { value, label, count };
      }),
    );
    return { values: [...picked, ...labelled], distinct: complete ? distinct : null, exactTop };
  }

  /**
   * A facet's `want` most frequent values within a table's docs, besides the `chosen` ones (their labels
   * kept), or null when the table lists too few of them to be sure of that top.
   */
  private tableTop(
    kind: FacetKind,
    table: FacetTable,
    chosen: ReadonlySet<string>,
    want: number,
  ): { value: string; label: string; count: number }[] | null {
    const list = table.facets[kind];
    const others = list.values.filter(([id, , , count]) => count > 0 && !chosen.has(id));
    if (others.length < want && list.values.length < list.distinct) return null;
    return others.slice(0, Math.max(0, want)).map(([value, label, , count]) => {
      this.labels.set(`${kind}:${value}`, label);
      return { value, label, count };
    });
  }

  /**
   * The answer of a query that is exactly one value, from its co-occurrence table alone (and the page's
   * rows): null when the table cannot answer it (no table, a later page, another order, more values
   * asked than it keeps).
   */
  private async fromTable(
    q: NormalQuery,
    offset: number,
    limit: number,
    facetLimit: number,
  ): Promise<Omit<IndexResult, 'snippets'> | null> {
    if (q.sort !== 'newest') return null;
    const word = singleWord(q);
    const single = word === null ? singleValue(q) : null;
    if (word === null && !single) return null;
    const table = single ? await this.table(single.kind, single.value) : await this.termTable(word ?? '');
    if (!table) return null;
    const end = Math.min(offset + limit, table.count);
    if (end > table.docs.length) return null;
    const facets = {} as Record<FacetKind, FacetCounts>;
    for (const kind of FACET_KINDS) {
      const list = table.facets[kind];
      const picked = kind === single?.kind ? 1 : 0;
      const top = this.tableTop(
        kind,
        table,
        new Set(single && picked ? [single.value] : []),
        facetLimit - picked,
      );
      if (!top) return null;
      for (const [id, label] of list.values) this.labels.set(`${kind}:${id}`, label);
      facets[kind] = {
        values: [
          ...(single && picked
            ? [
                {
                  value: single.value,
                  label: this.labels.get(`${kind}:${single.value}`) ?? single.value,
                  count: table.count,
                },
              ]
            : []),
          ...top,
        ],
        distinct: list.distinct,
        exactTop: true,
      };
    }
    const docs = table.docs.slice(offset, end);
    const rows = await this.rowsOf(docs);
    const months: [string, number][] = [];
    this.cold.months.forEach(([month], i) => {
      const n = table.months[i] ?? 0;
      if (n > 0) months.push([month, n]);
    });
    const unknown = {} as Record<FacetKind, string[]>;
    for (const kind of FACET_KINDS) unknown[kind] = [];
    return { total: table.count, docs, rows, facets, unknown, histogram: withYears(months) };
  }

  private async histogram(set: DocSet, unfiltered: boolean): Promise<Histogram> {
    let months: [string, number][];
    if (unfiltered) months = this.cold.months.map(([m, n]) => [m, n]);
    else {
      months = [];
      for (const { month, from, to } of await this.monthSpans()) {
        const n = set.countRange(from, to);
        if (n > 0) months.push([month, n]);
      }
    }
    return withYears(months);
  }

  // ---- Prefetching ----

  /**
   * Fetches, while the page is idle, what the next click or text query is likely to need, so that it needs
   * few round trips or none: the dates table, the dictionaries, the facet chunks in rank order (the values
   * the page shows are in the first; counting within results scans them in that order) and the first rows
   * chunk. At most `budget` bytes, a couple of chunks at a time. Idempotent; failures are left to the
   * query that needs the chunk (it retries and names it).
   */
  prefetch(budget = PREFETCH_BYTES): Promise<void> {
    this.prefetching ??= (async () => {
      const directory = await this.directory().catch(() => null);
      if (!directory) return;
      // The words' routes: a one-word query then needs its table chunk and rows alone.
      const jobs: (() => Promise<unknown>)[] = [() => this.monthSpans(), () => this.termRoutes()];
      // The tables of the values the page shows first: a click on one of them needs nothing else but rows.
      const tableFiles = new Set<string>();
      for (let rank = 0; rank < PREFETCH_TABLES; rank++)
        for (const kind of FACET_KINDS) {
          const tables = directory.facets[kind].tables;
          if (!tables || rank >= tables.values) continue;
          const file = tables.chunks[lastAtOrBefore(tables.chunks, rank, (chunk) => chunk.first)]?.file;
          if (!file || tableFiles.has(file)) continue;
          tableFiles.add(file);
          jobs.push(() => this.store.get(file, decodeTableChunk));
        }
      for (const kind of FACET_KINDS)
        for (const chunk of directory.facets[kind].dictionary)
          jobs.push(() => this.store.get(chunk.file, decodeDictionaryChunk));
      const deepest = Math.max(...FACET_KINDS.map((kind) => directory.facets[kind].chunks.length));
      for (let c = 0; c < deepest; c++) {
        for (const kind of FACET_KINDS)
          if (c < directory.facets[kind].chunks.length) jobs.push(() => this.facetChunk(kind, c));
        // The rows after the cold file's: those of most values' first results (the newest announcements).
        if (c === 0 && this.count > this.cold.rows.length)
          jobs.push(() => this.rowsOf([this.cold.rows.length]));
      }
      const start = this.store.stats.bytes;
      let next = 0;
      const worker = async () => {
        while (next < jobs.length && this.store.stats.bytes - start < budget) {
          const job = jobs[next++];
          await job?.().catch(() => undefined);
        }
      };
      await Promise.all(Array.from({ length: PREFETCH_CONCURRENCY }, worker));
    })();
    return this.prefetching;
  }

  // ---- The public queries ----

  /** Total, a page of rows (with snippets), exact facet counts and the histogram for `query`. */
  async search(query: IndexQuery, page: PageOptions = {}): Promise<IndexResult> {
    const { offset = 0, limit = 20, facetLimit = 10, snippets = false } = page;
    const q = normalise(query);
    const unfiltered = isUnfiltered(q);
    if (!unfiltered || offset + limit > this.cold.rows.length || q.sort === 'oldest')
      void this.directory().catch(() => undefined);
    const answered = unfiltered ? null : await this.fromTable(q, offset, limit, facetLimit);
    if (answered) return { ...answered, snippets: await this.snippetsOf(q, answered.rows, snippets) };
    // The histogram of a filtered query needs the dates table: fetched beside the postings, not after them.
    if (!unfiltered) void this.dates().catch(() => undefined);
    // The tables that bound the counts download beside the postings.
    const groups = unfiltered ? Promise.resolve([]) : this.tableGroups(q);
    groups.catch(() => undefined);
    const evaluated = unfiltered
      ? { set: DocSet.full(this.count), total: this.count, scores: null }
      : await this.evaluate(q);
    const unknown = {} as Record<FacetKind, string[]>;
    const facets = {} as Record<FacetKind, FacetCounts>;
    // The page's rows chunks download while the facets are counted.
    const pageDocs = this.pageDocs(q, evaluated, offset, limit);
    const [docs, rows, histogram] = await Promise.all([
      pageDocs,
      pageDocs.then((found) => this.rowsOf(found)),
      this.histogram(evaluated.set, unfiltered),
      ...FACET_KINDS.map(async (kind) => {
        const f = q.facets[kind];
        const asked = [...f.values, ...f.not];
        const known = Promise.all(asked.map((v) => this.isKnown(kind, v)));
        const disjunctive = f.mode === 'any' && f.values.length > 0;
        const base = disjunctive ? await this.evaluate(q, kind) : evaluated;
        const bounds = disjunctive ? await this.tableGroups(q, kind) : await groups;
        facets[kind] = await this.facetCounts(q, kind, base, facetLimit, unfiltered, bounds);
        const isKnown = await known;
        unknown[kind] = asked.filter((_, i) => !isKnown[i]);
      }),
    ]);
    const texts = await this.snippetsOf(q, rows, snippets);
    return { total: evaluated.total, docs, rows, snippets: texts, facets, unknown, histogram };
  }

  /** Each row's sentence with the most query words, when asked for and the query has words. */
  private async snippetsOf(
    q: NormalQuery,
    rows: readonly IndexRow[],
    asked: boolean,
  ): Promise<(string | null)[]> {
    const positive = q.parts.filter((part) => !part.exclude);
    const snippetSource = this.snippetSource;
    return asked && positive.length && snippetSource
      ? Promise.all(rows.map((row) => findSnippet(snippetSource, row.id, positive)))
      : rows.map(() => null);
  }

  /** Rows `offset`… of the results, in the sort's order. */
  async rows(query: IndexQuery, offset: number, limit: number): Promise<IndexRow[]> {
    const q = normalise(query);
    const evaluated = isUnfiltered(q)
      ? { set: DocSet.full(this.count), total: this.count, scores: null }
      : await this.evaluate(q);
    return this.rowsOf(await this.pageDocs(q, evaluated, offset, limit));
  }

  /**
   * Every result's doc number, in the sort's order (what an export walks). Relevance sorts the whole set
   * once by score (ties newest first) rather than keeping a top list as a page does.
   */
  async resultDocs(query: IndexQuery): Promise<number[]> {
    const q = normalise(query);
    const evaluated = isUnfiltered(q)
      ? { set: DocSet.full(this.count), total: this.count, scores: null }
      : await this.evaluate(q);
    if (q.sort !== 'relevance') return this.pageDocs(q, evaluated, 0, evaluated.total);
    const scores = evaluated.scores ?? new Float64Array(this.count);
    return [...evaluated.set].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  }

  /** Rows are stored this many to a chunk: docs that share a chunk are best fetched together. */
  async rowsPerChunk(): Promise<number> {
    return (await this.directory()).rows.size;
  }

  /** Every result's announcement id, in the sort's order. */
  async resultIds(query: IndexQuery): Promise<string[]> {
    const docs = await this.resultDocs(query);
    const places = await this.docChunks(docs, 'ids');
    const files = [...new Set(places.map((p) => p.file))];
    const chunks = await Promise.all(
      files.map(
        async (file) =>
          [
            file,
            await this.store.get(
              file,
              json((value) => idsChunkSchema.parse(value)),
            ),
          ] as const,
      ),
    );
    const byChunk = new Map(chunks);
    return places.map(({ file, at }) => byChunk.get(file)?.[at] ?? '');
  }

  /**
   * Values of one facet whose label contains `text`, with exact counts within the results, most frequent
   * first. The 200 globally most frequent matching labels are counted.
   */
  async findValues(query: IndexQuery, kind: FacetKind, text: string, limit: number): Promise<FacetCount[]> {
    const needle = foldText(text);
    const q = normalise(query);
    const base = isUnfiltered(q) ? null : await this.evaluate(q);
    const matching = (await this.dictionary(kind))
      .filter((entry) => foldText(entry[1]).includes(needle))
      .sort((a, b) => a[2] - b[2])
      .slice(0, 200);
    const counted = await Promise.all(
      matching.map(async ([value, label, , count, , generatedOnly]): Promise<FacetCount> => {
        const mark = generatedOnly === 1 ? { generatedOnly: true as const } : {};
        if (!base) return { value, label, count, ...mark };
        const entry = await this.facetEntry(kind, value);
        return { value, label, count: entry ? countPosting(entry, base.set) : 0, ...mark };
      }),
    );
    return counted
      .filter((v) => v.count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, limit);
  }

  /** A value's label, count and date span; null when the data does not know it. */
  async entity(kind: FacetKind, id: string): Promise<EntityStats | null> {
    const found = await this.dictionaryEntry(kind, id);
    const entry = found ? await this.facetEntry(kind, id) : undefined;
    if (!found || !entry) return null;
    const docs = postingDocs(entry, this.count);
    const { dated, days, firstDocs } = await this.dates();
    const dateOf = (doc: number | undefined): string | null => {
      if (doc === undefined || doc >= dated) return null;
      const lo = Math.max(
        0,
        lastAtOrBefore(firstDocs, doc, (first) => first),
      );
      return dayString(days[lo] ?? 0);
    };
    let oldestDated: number | undefined;
    for (let i = docs.length - 1; i >= 0; i--)
      if ((docs[i] ?? dated) < dated) {
        oldestDated = docs[i];
        break;
      }
    return {
      kind,
      id,
      name: found[1],
      extra: found[4],
      count: found[3],
      generatedOnly: found[5] === 1,
      first: dateOf(oldestDated),
      last: dateOf(docs[0]),
    };
  }

  /** Every value of a facet from its dictionary: id, label, global count, extra. For entity pages. */
  async values(
    kind: FacetKind,
  ): Promise<{ id: string; label: string; count: number; extra: string | null }[]> {
    return (await this.dictionary(kind))
      .sort((a, b) => a[2] - b[2])
      .map(([id, label, , count, extra]) => ({ id, label, count, extra }));
  }

  /** The docs of one value, ascending (newest first). */
  async docsOf(kind: FacetKind, id: string): Promise<Uint32Array> {
    const entry = await this.facetEntry(kind, id);
    return entry ? postingDocs(entry, this.count) : new Uint32Array(0);
  }
}
