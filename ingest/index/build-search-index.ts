import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Announcement } from '../../src/data/schema';
import {
  dayNumber,
  encodeDates,
  FACET_KINDS,
  INDEX_DIR,
  INDEX_FORMAT,
  INDEX_VERSION,
  MANIFEST_FILE,
  type ColdFile,
  type DictionaryEntry,
  type FacetKind,
  type FacetTable,
  type IndexDirectory,
  type IndexManifest,
  type IndexRow,
} from '../../src/data/search-index/index-files';
import {
  encodePositionsChunk,
  encodePostingChunk,
  postingSize,
  type PositionsInput,
  type PostingInput,
} from '../../src/data/search-index/posting-chunk';
import { ByteReader, ByteWriter } from '../../src/data/search-index/bytes';
import { impactOf, tokenize } from '../../src/data/search-index/text';
import { countryName } from '../../src/lib/countries';
import { leadSentences } from '../../src/lib/sentences';
import type { DocFacts, DocRecord } from '../build/doc-record';
import {
  TABLE_CHUNK_BYTES,
  tableMaker,
  writeFacetTables,
  type TableMaker,
  type TableOptions,
} from './facet-tables';

/** Bound on a posting chunk's bytes; one list larger than this gets a chunk of its own. */
export const CHUNK_BYTES = 64 * 1024;
export const ROWS_PER_CHUNK = 256;
export const IDS_PER_CHUNK = 8192;
export const DICTIONARY_PER_CHUNK = 1000;
export const COLD_ROWS = 50;
export const COLD_FACET_VALUES = 100;
/**
 * A word whose query matches at least this many docs (the term and every term it begins), and at least
 * `TERM_TABLE_MIN_SHARE` of the archive, gets a co-occurrence table of its own (decision 0034), like a
 * facet value's. The share keeps the number of tables, and the routes chunk every text query reads, from
 * growing with a real archive's vocabulary: at a million, only words in 10,000 docs or more.
 */
export const TERM_TABLE_MIN_DOCS = 1000;
export const TERM_TABLE_MIN_SHARE = 0.01;
/** Text postings held in memory before they are spilled to the build's scratch folder. */
export const TERM_MEMORY_BYTES = 256 * 1024 * 1024;

export interface SearchIndexOptions {
  chunkBytes?: number;
  rowsPerChunk?: number;
  /** Where text postings go when more than `termMemoryBytes` of them are waiting; without it they stay in memory. */
  scratchDir?: string;
  termMemoryBytes?: number;
  /** Co-occurrence tables (decision 0030): for values named by at least `min` docs, `values` kept per facet. */
  tables?: TableOptions;
  /** Co-occurrence tables of common words (decision 0034); `values` and `docs` as the facets' tables. */
  termTables?: TermTableOptions;
}

export interface TermTableOptions {
  min?: number;
  chunkBytes?: number;
}

/** A word in the title counts this many times in its term frequency: relevance favours title matches. */
export const TITLE_WEIGHT = 2;

/** The list's snippet when no query picks a sentence (as long as the summaries' snippet). */
const SNIPPET_LENGTH = 160;

export function firstSentence(a: Pick<Announcement, 'paragraphs'>): { snippet?: string } {
  const [snippet] = leadSentences(a.paragraphs, 1, SNIPPET_LENGTH);
  return snippet ? { snippet } : {};
}

/**
 * The words an announcement is found by, with positions; fields and paragraphs one word apart. The title
 * first. Names as this announcement writes them, so a doc's words depend on nothing but the doc.
 */
export function searchWords(a: Announcement): string[][] {
  const fields = [a.title, ...a.paragraphs];
  for (const p of a.people) fields.push(p.name);
  for (const e of a.events) fields.push(e.name);
  fields.push(...a.places, ...a.organizations.map((o) => o.name));
  for (const code of a.countries) fields.push(englishName(code));
  return fields.map(tokenize);
}

const englishNames = new Map<string, string>();
/** countryName(code, 'en'), remembered: Intl's lookup is slow enough to show in every doc's cost. */
function englishName(code: string): string {
  let name = englishNames.get(code);
  if (name === undefined) englishNames.set(code, (name = countryName(code, 'en')));
  return name;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const encoder = new TextEncoder();

function jsonBytes(value: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(value)}\n`);
}

/** A term's docs, term frequencies and positions (per doc as `writeDocPositions` writes them), in doc order. */
class TermPostings {
  docs = new Uint32Array(4);
  tfs = new Uint16Array(4);
  readonly positions = new ByteWriter(16);
  length = 0;

  private grow(to: number): void {
    if (to <= this.docs.length) return;
    let size = this.docs.length * 2;
    while (size < to) size *= 2;
    const docs = new Uint32Array(size);
    docs.set(this.docs.subarray(0, this.length));
    this.docs = docs;
    const tfs = new Uint16Array(size);
    tfs.set(this.tfs.subarray(0, this.length));
    this.tfs = tfs;
  }

  add(doc: number, tf: number, positions: Uint8Array): void {
    this.grow(this.length + 1);
    this.docs[this.length] = doc;
    this.tfs[this.length] = tf;
    this.positions.bytes(positions);
    this.length++;
  }

  /** Appends postings of later docs (a spilled run read back). */
  addMany(docs: ArrayLike<number>, tfs: ArrayLike<number>, positions: Uint8Array): void {
    this.grow(this.length + docs.length);
    for (let i = 0; i < docs.length; i++) {
      this.docs[this.length + i] = docs[i] ?? 0;
      this.tfs[this.length + i] = tfs[i] ?? 0;
    }
    this.length += docs.length;
    this.positions.bytes(positions);
  }
}

/**
 * Text postings grouped by term, in 28 buckets by the first byte of the term (digits, each letter a–z,
 * anything else), so the buckets, taken in order, give the terms in sorted order and only one bucket is
 * ever finished in memory. Past a memory bound every bucket's postings so far are appended to its scratch
 * file as a run (runs are in doc order, so reading them back in turn keeps each term's docs ascending).
 */
class TermBuckets {
  static readonly COUNT = 28;
  private buckets = Array.from({ length: TermBuckets.COUNT }, () => new Map<string, TermPostings>());
  private readonly spilled = new Array<boolean>(TermBuckets.COUNT).fill(false);
  private held = 0;

  constructor(
    private readonly scratchDir: string | undefined,
    private readonly memoryBytes: number,
  ) {}

  static bucketOf(firstByte: number): number {
    if (firstByte < 0x3a) return 0;
    if (firstByte >= 0x61 && firstByte <= 0x7a) return firstByte - 0x60;
    return TermBuckets.COUNT - 1;
  }

  private file(bucket: number): string {
    return join(this.scratchDir ?? '', `terms-${bucket}.bin`);
  }

  add(doc: number, key: string, firstByte: number, tf: number, positions: Uint8Array): void {
    const bucket = this.buckets[TermBuckets.bucketOf(firstByte)];
    if (!bucket) return;
    let term = bucket.get(key);
    if (!term) {
      bucket.set(key, (term = new TermPostings()));
      this.held += key.length + 64;
    }
    term.add(doc, tf, positions);
    this.held += positions.length + 6;
    if (this.scratchDir !== undefined && this.held > this.memoryBytes) this.spill();
  }

  private spill(): void {
    this.buckets.forEach((terms, bucket) => {
      if (terms.size === 0) return;
      const run = new ByteWriter(1 << 16);
      for (const [key, term] of terms) {
        run.string(key);
        run.varint(term.length);
        for (let i = 0; i < term.length; i++) {
          run.varint(term.docs[i] ?? 0);
          run.varint(term.tfs[i] ?? 0);
        }
        const positions = term.positions.finish();
        run.varint(positions.length);
        run.bytes(positions);
      }
      const fd = openSync(this.file(bucket), 'a');
      try {
        writeSync(fd, run.finish());
      } finally {
        closeSync(fd);
      }
      this.spilled[bucket] = true;
    });
    this.buckets = Array.from({ length: TermBuckets.COUNT }, () => new Map<string, TermPostings>());
    this.held = 0;
  }

  /** The bucket's terms, its spilled runs and what is in memory joined in doc order; then forgets them. */
  take(bucket: number): Map<string, TermPostings> {
    const inMemory = this.buckets[bucket] ?? new Map<string, TermPostings>();
    this.buckets[bucket] = new Map();
    if (!this.spilled[bucket]) return inMemory;
    const terms = new Map<string, TermPostings>();
    const reader = new ByteReader(readFileSync(this.file(bucket)));
    rmSync(this.file(bucket), { force: true });
    while (!reader.done) {
      const key = reader.string();
      const count = reader.varint();
      const docs = new Uint32Array(count);
      const tfs = new Uint16Array(count);
      for (let i = 0; i < count; i++) {
        docs[i] = reader.varint();
        tfs[i] = reader.varint();
      }
      const positions = reader.take(reader.varint());
      let term = terms.get(key);
      if (!term) terms.set(key, (term = new TermPostings()));
      term.addMany(docs, tfs, positions);
    }
    for (const [key, later] of inMemory) {
      let term = terms.get(key);
      if (!term) terms.set(key, (term = new TermPostings()));
      term.addMany(
        later.docs.subarray(0, later.length),
        later.tfs.subarray(0, later.length),
        later.positions.finish(),
      );
    }
    return terms;
  }
}

/** A doc's facet values (each once, in the doc's order) and its organisations named as the dataset names them. */
export function docValues(
  facts: DocFacts,
  orgNames: Map<string, string>,
): { values: Record<FacetKind, string[]>; orgs: IndexRow['orgs'] } {
  const orgs: IndexRow['orgs'] = [];
  for (const { id, name } of facts.organizations) {
    if (orgs.some((o) => o.id === id)) continue;
    if (!orgNames.has(id)) orgNames.set(id, name);
    orgs.push({ id, name: orgNames.get(id) ?? name });
  }
  return {
    values: {
      person: [...new Set(facts.people.map((p) => p.id))],
      country: [...new Set(facts.countries)],
      event: [...new Set(facts.events.map((e) => e.id))],
      org: orgs.map((o) => o.id),
    },
    orgs,
  };
}

export interface IndexDictionaries {
  personNames: ReadonlyMap<string, string>;
  personCountry: ReadonlyMap<string, string | null>;
  eventNames: ReadonlyMap<string, string>;
  eventSeries: ReadonlyMap<string, string>;
}

/**
 * Builds the chunked static index of decision 0009 from doc records given in list order (newest first),
 * writing each file through `put` (path under `search/` → bytes) as it is made. Deterministic: the same
 * records give the same bytes, and every chunk is named by its content's hash. Memory: the facet lists,
 * one number per doc, and the text postings of one term bucket (the others wait on disk past the bound).
 */
export class SearchIndexBuilder {
  private readonly terms: TermBuckets;
  private readonly lengths: Uint32Array;
  /** Per doc in list order: whether the announcement is generated (demo data). */
  private readonly generated: boolean[] = [];
  private readonly facetDocs: Record<FacetKind, Map<string, number[]>> = {
    person: new Map(),
    country: new Map(),
    event: new Map(),
    org: new Map(),
  };
  private readonly orgNames = new Map<string, string>();
  private readonly chunkBytes: number;
  private readonly rowsPerChunk: number;
  private readonly tables: TableOptions;
  private readonly termTables: TermTableOptions;
  private added = 0;

  constructor(
    private readonly count: number,
    private readonly put: (path: string, bytes: Uint8Array) => void,
    {
      chunkBytes = CHUNK_BYTES,
      rowsPerChunk = ROWS_PER_CHUNK,
      scratchDir,
      termMemoryBytes = TERM_MEMORY_BYTES,
      tables = {},
      termTables = {},
    }: SearchIndexOptions = {},
  ) {
    this.tables = tables;
    this.termTables = termTables;
    this.terms = new TermBuckets(scratchDir, termMemoryBytes);
    this.lengths = new Uint32Array(count);
    this.chunkBytes = chunkBytes;
    this.rowsPerChunk = rowsPerChunk;
    this.chunk = chunkWriter(put);
  }

  private readonly chunk: ChunkWriter;

  /** The next doc in list order. */
  add(record: DocRecord): void {
    const doc = this.added++;
    this.lengths[doc] = record.length;
    const { bytes } = record;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const reader = new ByteReader(bytes, record.termsAt);
    for (let i = 0; i < record.termCount; i++) {
      const keyLength = reader.varint();
      const firstByte = bytes[reader.offset] ?? 0;
      const key = text.toString('utf8', reader.offset, reader.offset + keyLength);
      reader.offset += keyLength;
      const tf = reader.varint();
      const positions = reader.take(reader.varint());
      this.terms.add(doc, key, firstByte, tf, positions);
    }
    this.generated[doc] = record.facts.generated;
    const { values } = docValues(record.facts, this.orgNames);
    for (const kind of FACET_KINDS) {
      for (const value of values[kind]) {
        let docs = this.facetDocs[kind].get(value);
        if (!docs) this.facetDocs[kind].set(value, (docs = []));
        docs.push(doc);
      }
    }
  }

  /** The docs' total length in words (BM25's average length is over all docs of the dataset). */
  get totalLength(): number {
    let total = 0;
    for (const length of this.lengths) total += length;
    return total;
  }

  /**
   * The text chunks of the docs added (numbered from 0 within them), impacts against `averageLength`;
   * with `tables`, the co-occurrence tables of the common words, made from the same postings.
   */
  writeTerms(averageLength: number, tables?: TermTableWriter): IndexDirectory['terms'] {
    const { count } = this;
    if (this.added !== count) throw new Error(`the index was given ${this.added} docs, expected ${count}`);
    // Term chunks, in sorted term order (bucket by bucket), each with its positions chunk.
    const termDirectory: IndexDirectory['terms'] = [];
    let postings: PostingInput[] = [];
    let positionLists: PositionsInput[] = [];
    let size = 0;
    const flushTerms = () => {
      if (!postings.length) return;
      termDirectory.push({
        first: postings[0]?.key ?? '',
        file: this.chunk('terms', 'bin', encodePostingChunk(count, postings, true)),
        positions: this.chunk('positions', 'bin', encodePositionsChunk(positionLists)),
      });
      postings = [];
      positionLists = [];
      size = 0;
    };
    for (let bucket = 0; bucket < TermBuckets.COUNT; bucket++) {
      const terms = this.terms.take(bucket);
      const keys = [...terms.keys()].sort(byString);
      // A word's docs are those of the terms it begins: they follow it in sorted order, in its bucket.
      tables?.bucket(keys, (key) => {
        const term = terms.get(key);
        return term ? term.docs.subarray(0, term.length) : new Uint32Array(0);
      });
      for (const key of keys) {
        const term = terms.get(key);
        if (!term) continue;
        const docs = term.docs.subarray(0, term.length);
        const impacts = new Uint8Array(term.length);
        for (let i = 0; i < term.length; i++)
          impacts[i] = impactOf(term.tfs[i] ?? 1, this.lengths[docs[i] ?? 0] ?? 1, averageLength);
        const input = { key, docs, impacts };
        const entrySize = postingSize(input, count);
        if (size > 0 && size + entrySize > this.chunkBytes) flushTerms();
        postings.push(input);
        positionLists.push({ key, docs: term.length, payload: term.positions.finish() });
        size += entrySize;
      }
    }
    flushTerms();
    return termDirectory;
  }

  /**
   * Writes every file once all docs are added. `facts(doc)` reads a doc's facts again for its index row
   * (rows name people and events as the finished dictionaries do); `ids` and `dates` are in list order.
   */
  finish(
    dictionaries: IndexDictionaries,
    ids: readonly string[],
    dates: readonly (string | null)[],
    facts: (doc: number) => DocFacts,
  ): void {
    const { count } = this;
    const averageLength = count ? this.totalLength / count : 1;
    const chunk = (kind: string, extension: 'json' | 'bin', bytes: Uint8Array) =>
      this.chunk(kind, extension, bytes);
    const valueLabels = labels(dictionaries, this.orgNames);
    const { facets, coldFacets, ranked } = writeFacetChunks(
      chunk,
      count,
      this.facetDocs,
      valueLabels,
      (_kind, _id, docs) => {
        for (let i = 0; i < docs.length; i++) if (this.generated[docs[i] ?? 0] !== true) return false;
        return true;
      },
      this.chunkBytes,
    );
    const dated = writeDatesChunk(chunk, dates);
    const monthOf = monthIndexes(dates);
    // The words' tables need every doc's values, so the text chunks are written once the facets are ranked.
    const make = tableMaker(count, ranked, valueLabels.label, monthOf, this.tables);
    const termTables = new TermTableWriter(chunk, count, make, this.termTables);
    const terms = this.writeTerms(averageLength, termTables);
    writeFacetTables(chunk, count, ranked, valueLabels.label, monthOf, facets, this.tables);
    for (const kind of FACET_KINDS) this.facetDocs[kind].clear();
    const rows = writeRowChunks(chunk, count, this.rowsPerChunk, (doc) =>
      indexRow(facts(doc), ids[doc] ?? '', dictionaries, this.orgNames),
    );
    const idFiles = writeIdChunks(chunk, ids);
    writeIndexHead(
      this.put,
      chunk,
      {
        count,
        averageLength,
        terms,
        facets,
        rows: { size: this.rowsPerChunk, files: rows.files },
        ids: { size: IDS_PER_CHUNK, files: idFiles },
        dates: dated.file,
        ...termTables.finish(),
      },
      { count, rows: rows.first, facets: coldFacets, months: dated.months },
    );
  }
}

export type ChunkWriter = (kind: string, extension: 'json' | 'bin', bytes: Uint8Array) => string;

/** A chunk writer over `put`: each chunk named by its content's hash (decision 0009). */
export function chunkWriter(put: (path: string, bytes: Uint8Array) => void): ChunkWriter {
  return (kind, extension, bytes) => {
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    const name = `${kind}.${hash}.${extension}`;
    put(`${INDEX_DIR}/chunks/${name}`, bytes);
    return name;
  };
}

/** How the index labels each facet's values, and what extra it keeps (a person's country, an event's series). */
export interface FacetLabels {
  label: (kind: FacetKind, id: string) => string;
  extra: (kind: FacetKind, id: string) => string | null;
}

export function labels(dictionaries: IndexDictionaries, orgNames: ReadonlyMap<string, string>): FacetLabels {
  const { personNames, personCountry, eventNames, eventSeries } = dictionaries;
  return {
    label: (kind, id) =>
      kind === 'person'
        ? (personNames.get(id) ?? id)
        : kind === 'event'
          ? (eventNames.get(id) ?? id)
          : kind === 'country'
            ? countryName(id, 'en')
            : (orgNames.get(id) ?? id),
    extra: (kind, id) =>
      kind === 'person'
        ? (personCountry.get(id) ?? null)
        : kind === 'event'
          ? (eventSeries.get(id) ?? null)
          : null,
  };
}

/**
 * Facet chunks (values ranked by global count, ties by id) and dictionaries (by id) from each value's docs
 * (ascending, below `count`); with the cold file's top values. `generatedOnly` marks a value only
 * generated announcements name.
 */
export function writeFacetChunks(
  chunk: ChunkWriter,
  count: number,
  facetDocs: Record<FacetKind, ReadonlyMap<string, ArrayLike<number>>>,
  { label, extra }: FacetLabels,
  generatedOnly: (kind: FacetKind, id: string, docs: ArrayLike<number>) => boolean,
  chunkBytes = CHUNK_BYTES,
): {
  facets: IndexDirectory['facets'];
  coldFacets: ColdFile['facets'];
  /** Each facet's values and docs in rank order. */
  ranked: Record<FacetKind, [string, ArrayLike<number>][]>;
} {
  const facets = {} as IndexDirectory['facets'];
  const coldFacets = {} as ColdFile['facets'];
  const rankedAll = {} as Record<FacetKind, [string, ArrayLike<number>][]>;
  for (const kind of FACET_KINDS) {
    const ranked = (rankedAll[kind] = [...facetDocs[kind]].sort(
      (a, b) => b[1].length - a[1].length || byString(a[0], b[0]),
    ));
    const chunks: IndexDirectory['facets'][FacetKind]['chunks'] = [];
    let entries: PostingInput[] = [];
    let first = 0;
    let bytes = 0;
    const flush = (next: number) => {
      if (entries.length)
        chunks.push({
          first,
          top: entries[0]?.docs.length ?? 0,
          file: chunk(`facet-${kind}`, 'bin', encodePostingChunk(count, entries, false)),
        });
      entries = [];
      first = next;
      bytes = 0;
    };
    ranked.forEach(([key, docs], rank) => {
      const input = { key, docs };
      const entrySize = postingSize(input, count);
      if (bytes > 0 && bytes + entrySize > chunkBytes) flush(rank);
      entries.push(input);
      bytes += entrySize;
    });
    flush(ranked.length);
    const dictionary: DictionaryEntry[] = ranked
      .map(([id, docs], rank): DictionaryEntry => {
        const entry: DictionaryEntry = [id, label(kind, id), rank, docs.length, extra(kind, id)];
        // Marked when only generated announcements name it (directories and entity pages say so).
        if (generatedOnly(kind, id, docs)) entry.push(1);
        return entry;
      })
      .sort((a, b) => byString(a[0], b[0]));
    const dictionaryChunks: IndexDirectory['facets'][FacetKind]['dictionary'] = [];
    for (let start = 0; start < dictionary.length; start += DICTIONARY_PER_CHUNK) {
      const part = dictionary.slice(start, start + DICTIONARY_PER_CHUNK);
      dictionaryChunks.push({
        first: part[0]?.[0] ?? '',
        file: chunk(`dict-${kind}`, 'json', jsonBytes(part)),
      });
    }
    facets[kind] = { values: ranked.length, chunks, dictionary: dictionaryChunks };
    coldFacets[kind] = {
      values: ranked
        .slice(0, COLD_FACET_VALUES)
        .map(([id, docs]) => ({ value: id, label: label(kind, id), count: docs.length })),
      distinct: ranked.length,
    };
  }
  return { facets, coldFacets, ranked: rankedAll };
}

/** Each doc's month as an index into the dates' months (newest first, as the cold file lists them); −1 undated. */
export function monthIndexes(dates: readonly (string | null)[]): Int32Array {
  const months = new Int32Array(dates.length).fill(-1);
  let at = -1;
  let last = '';
  dates.forEach((date, doc) => {
    if (date === null) return;
    const month = date.slice(0, 7);
    if (month !== last) {
      at++;
      last = month;
    }
    months[doc] = at;
  });
  return months;
}

/**
 * Co-occurrence tables of common words (decision 0034): for each term whose query (the term and every
 * term it begins, as a search word matches) finds at least `min` docs, the table a facet value would have
 * over those docs, its `value` the term. Tables in term order, ≤ `chunkBytes` a chunk, routed by the
 * chunk `directory.termTables.routes`, which names each chunk's terms. Fed the sorted terms of each bucket in turn; deterministic.
 */
export class TermTableWriter {
  private readonly chunks: { terms: string[]; file: string }[] = [];
  private tables: FacetTable[] = [];
  private size = 0;
  private readonly min: number;
  private readonly chunkBytes: number;
  private union: Uint32Array | null = null;
  /** How many tables were written, and over how many docs in all (the work they took). */
  written = 0;
  docs = 0;

  constructor(
    private readonly chunk: ChunkWriter,
    private readonly count: number,
    private readonly make: TableMaker,
    {
      min = Math.max(TERM_TABLE_MIN_DOCS, Math.ceil(count * TERM_TABLE_MIN_SHARE)),
      chunkBytes = TABLE_CHUNK_BYTES,
    }: TermTableOptions = {},
  ) {
    if (min < 1) throw new Error('a table needs at least one doc');
    this.min = min;
    this.chunkBytes = chunkBytes;
  }

  /** One bucket's terms, sorted, and each term's docs (ascending). */
  bucket(keys: readonly string[], docsOf: (key: string) => Uint32Array): void {
    const dfs = keys.map((key) => docsOf(key).length);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] ?? '';
      let end = i + 1;
      let most = dfs[i] ?? 0;
      while (end < keys.length && (keys[end] ?? '').startsWith(key)) most += dfs[end++] ?? 0;
      if (most < this.min) continue;
      const docs = end === i + 1 ? docsOf(key) : this.unionOf(keys.slice(i, end).map(docsOf));
      if (docs.length < this.min) continue;
      this.add(this.make(key, docs));
      this.docs += docs.length;
    }
  }

  /** The docs of several terms, ascending, each once. */
  private unionOf(lists: readonly Uint32Array[]): Uint32Array {
    const words = (this.union ??= new Uint32Array(Math.ceil(this.count / 32)));
    let total = 0;
    for (const docs of lists)
      for (const doc of docs) {
        const bit = 1 << (doc & 31);
        const word = words[doc >>> 5] ?? 0;
        if ((word & bit) === 0) total++;
        words[doc >>> 5] = word | bit;
      }
    const out = new Uint32Array(total);
    let at = 0;
    for (let w = 0; w < words.length && at < total; w++) {
      let word = words[w] ?? 0;
      if (word === 0) continue;
      words[w] = 0;
      while (word !== 0) {
        const low = word & -word;
        out[at++] = w * 32 + (31 - Math.clz32(low));
        word ^= low;
      }
    }
    return out;
  }

  private add(table: FacetTable): void {
    const bytes = jsonBytes(table).length;
    if (this.size > 0 && this.size + bytes > this.chunkBytes) this.flush();
    this.tables.push(table);
    this.size += bytes;
    this.written++;
  }

  private flush(): void {
    if (this.tables.length)
      this.chunks.push({
        terms: this.tables.map((t) => t.value),
        file: this.chunk('table-term', 'json', jsonBytes(this.tables)),
      });
    this.tables = [];
    this.size = 0;
  }

  /**
   * The directory's `termTables`, once every bucket is fed (nothing when no word is that common): the
   * routes to the chunks in a chunk of their own, so that the directory stays small.
   */
  finish(): Pick<IndexDirectory, 'termTables'> {
    this.flush();
    if (!this.chunks.length) return {};
    return {
      termTables: { min: this.min, routes: this.chunk('table-term-routes', 'json', jsonBytes(this.chunks)) },
    };
  }
}

/** A doc's list row: entities named as the dataset's dictionaries name them. */
export function indexRow(
  f: DocFacts,
  id: string,
  { personNames, eventNames }: Pick<IndexDictionaries, 'personNames' | 'eventNames'>,
  orgNames: Map<string, string>,
): IndexRow {
  const { values, orgs } = docValues(f, orgNames);
  return {
    id,
    title: f.title,
    date: f.date,
    generated: f.generated,
    people: values.person.map((p) => ({ id: p, name: personNames.get(p) ?? p })),
    countries: values.country,
    events: values.event.map((e) => ({ id: e, name: eventNames.get(e) ?? e })),
    orgs,
    ...(f.snippet ? { snippet: f.snippet } : {}),
  };
}

/** Rows chunks of `count` docs, `perChunk` a chunk; with the first rows, for the cold file. */
export function writeRowChunks(
  chunk: ChunkWriter,
  count: number,
  perChunk: number,
  rowOf: (doc: number) => IndexRow,
): { files: string[]; first: IndexRow[] } {
  const files: string[] = [];
  const first: IndexRow[] = [];
  for (let start = 0; start < count; start += perChunk) {
    const rows: IndexRow[] = [];
    for (let doc = start; doc < Math.min(count, start + perChunk); doc++) rows.push(rowOf(doc));
    if (first.length < COLD_ROWS) first.push(...rows.slice(0, COLD_ROWS - first.length));
    files.push(chunk('rows', 'json', jsonBytes(rows)));
  }
  return { files, first };
}

export function writeIdChunks(chunk: ChunkWriter, ids: readonly string[]): string[] {
  const files: string[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_CHUNK)
    files.push(chunk('ids', 'json', jsonBytes(ids.slice(start, start + IDS_PER_CHUNK))));
  return files;
}

/** The dates table (each distinct date, newest first, with its first doc) and the months for the histogram. */
export function writeDatesChunk(
  chunk: ChunkWriter,
  dates: readonly (string | null)[],
): { file: string; months: [string, number][] } {
  const days: number[] = [];
  const firstDocs: number[] = [];
  const months: [string, number][] = [];
  let dated = 0;
  dates.forEach((date, doc) => {
    if (date === null) return;
    dated = doc + 1;
    const day = dayNumber(date);
    if (days[days.length - 1] !== day) {
      days.push(day);
      firstDocs.push(doc);
    }
    const month = date.slice(0, 7);
    const last = months[months.length - 1];
    if (last?.[0] === month) last[1]++;
    else months.push([month, 1]);
  });
  const file = chunk(
    'dates',
    'bin',
    encodeDates({ dated, days: Int32Array.from(days), firstDocs: Uint32Array.from(firstDocs) }),
  );
  return { file, months };
}

/** The directory, the cold file and, last, the manifest that names them. */
export function writeIndexHead(
  put: (path: string, bytes: Uint8Array) => void,
  chunk: ChunkWriter,
  directory: IndexDirectory,
  cold: ColdFile,
): void {
  const directoryFile = chunk('directory', 'json', jsonBytes(directory));
  const coldFile = chunk('cold', 'json', jsonBytes(cold));
  const manifest: IndexManifest = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    build: createHash('sha256').update(`${directoryFile}\n${coldFile}`).digest('hex').slice(0, 16),
    count: directory.count,
    directory: directoryFile,
    cold: coldFile,
  };
  put(`${INDEX_DIR}/${MANIFEST_FILE}`, jsonBytes(manifest));
}
