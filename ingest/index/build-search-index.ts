import { createHash } from 'node:crypto';
import type { Announcement, IndexEvent, IndexPerson } from '../../src/data/schema';
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
  type IndexDirectory,
  type IndexManifest,
  type IndexRow,
} from '../../src/data/search-index/index-files';
import {
  encodePositionsChunk,
  encodePostingChunk,
  postingSize,
  writeDocPositions,
  type PositionsInput,
  type PostingInput,
} from '../../src/data/search-index/posting-chunk';
import { ByteWriter } from '../../src/data/search-index/bytes';
import { impactOf, tokenize } from '../../src/data/search-index/text';
import { countryName } from '../../src/lib/countries';
import { leadSentences } from '../../src/lib/sentences';

/** Bound on a posting chunk's bytes; one list larger than this gets a chunk of its own. */
export const CHUNK_BYTES = 64 * 1024;
export const ROWS_PER_CHUNK = 256;
export const IDS_PER_CHUNK = 8192;
export const DICTIONARY_PER_CHUNK = 1000;
export const COLD_ROWS = 50;
export const COLD_FACET_VALUES = 100;

export interface SearchIndexOptions {
  chunkBytes?: number;
  rowsPerChunk?: number;
}

/** Growable per-term lists: docs, term frequencies and the encoded positions, written as docs arrive in order. */
class TermPostings {
  docs = new Uint32Array(4);
  tfs = new Uint16Array(4);
  readonly positions = new ByteWriter(16);
  length = 0;

  /** `inTitle`: how many of the positions are in the title, which counts TITLE_WEIGHT times. */
  add(doc: number, positions: readonly number[], inTitle = 0): void {
    if (this.length === this.docs.length) {
      const docs = new Uint32Array(this.length * 2);
      docs.set(this.docs);
      this.docs = docs;
      const tfs = new Uint16Array(this.length * 2);
      tfs.set(this.tfs);
      this.tfs = tfs;
    }
    this.docs[this.length] = doc;
    this.tfs[this.length] = Math.min(positions.length + (TITLE_WEIGHT - 1) * inTitle, 0xffff);
    writeDocPositions(this.positions, positions);
    this.length++;
  }
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const encoder = new TextEncoder();

/** A word in the title counts this many times in its term frequency: relevance favours title matches. */
export const TITLE_WEIGHT = 2;

/** The list's snippet when no query picks a sentence (as long as the summaries' snippet). */
const SNIPPET_LENGTH = 160;

function firstSentence(a: Announcement): { snippet?: string } {
  const [snippet] = leadSentences(a.paragraphs, 1, SNIPPET_LENGTH);
  return snippet ? { snippet } : {};
}

function jsonBytes(value: unknown): Uint8Array {
  return encoder.encode(`${JSON.stringify(value)}\n`);
}

/** The words an announcement is found by, with positions; fields and paragraphs one word apart. The title first. */
export function searchWords(a: Announcement, people: ReadonlyMap<string, string>): string[][] {
  const fields = [a.title, ...a.paragraphs];
  for (const p of a.people) fields.push(people.get(p.id) ?? p.name);
  for (const e of a.events) fields.push(e.name);
  fields.push(...a.places, ...a.organizations.map((o) => o.name));
  for (const code of a.countries) fields.push(countryName(code, 'en'));
  return fields.map(tokenize);
}

/**
 * The chunked static index of decision 0009 for announcements in list order (newest first), as
 * path → bytes under `search/`. Pure and deterministic: the same announcements give the same bytes,
 * and every chunk is named by its content's hash.
 */
export function buildSearchIndex(
  sorted: readonly Announcement[],
  dictionaries: { people: readonly IndexPerson[]; events: readonly IndexEvent[] },
  { chunkBytes = CHUNK_BYTES, rowsPerChunk = ROWS_PER_CHUNK }: SearchIndexOptions = {},
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const put = (kind: string, extension: 'json' | 'bin', bytes: Uint8Array): string => {
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    const name = `${kind}.${hash}.${extension}`;
    files.set(`${INDEX_DIR}/chunks/${name}`, bytes);
    return name;
  };
  const count = sorted.length;
  const personNames = new Map(dictionaries.people.map((p) => [p.id, p.name]));
  const personCountry = new Map(dictionaries.people.map((p) => [p.id, p.country]));
  const eventNames = new Map(dictionaries.events.map((e) => [e.id, e.name]));
  const eventSeries = new Map(dictionaries.events.map((e) => [e.id, e.series]));
  const orgNames = new Map<string, string>();

  // Text postings and facet postings, doc by doc in list order.
  const terms = new Map<string, TermPostings>();
  const lengths = new Uint32Array(count);
  const facetDocs: Record<FacetKind, Map<string, number[]>> = {
    person: new Map(),
    country: new Map(),
    event: new Map(),
    org: new Map(),
  };
  const rows: IndexRow[] = [];
  sorted.forEach((a, doc) => {
    const positions = new Map<string, number[]>();
    let position = 0;
    const fields = searchWords(a, personNames);
    const inTitle = new Map<string, number>();
    for (const word of fields[0] ?? []) inTitle.set(word, (inTitle.get(word) ?? 0) + 1);
    for (const words of fields) {
      for (const word of words) {
        let list = positions.get(word);
        if (!list) positions.set(word, (list = []));
        list.push(position++);
      }
      position++;
    }
    lengths[doc] = Math.max(1, position);
    for (const [word, list] of positions) {
      let postings = terms.get(word);
      if (!postings) terms.set(word, (postings = new TermPostings()));
      postings.add(doc, list, inTitle.get(word) ?? 0);
    }
    const orgs: IndexRow['orgs'] = [];
    for (const { id, name } of a.organizations) {
      if (orgs.some((o) => o.id === id)) continue;
      if (!orgNames.has(id)) orgNames.set(id, name);
      orgs.push({ id, name: orgNames.get(id) ?? name });
    }
    const values: Record<FacetKind, string[]> = {
      person: [...new Set(a.people.map((p) => p.id))],
      country: [...new Set(a.countries)],
      event: [...new Set(a.events.map((e) => e.id))],
      org: orgs.map((o) => o.id),
    };
    for (const kind of FACET_KINDS) {
      for (const value of values[kind]) {
        let docs = facetDocs[kind].get(value);
        if (!docs) facetDocs[kind].set(value, (docs = []));
        docs.push(doc);
      }
    }
    rows.push({
      id: a.id,
      title: a.title,
      date: a.date,
      generated: a.generated === true,
      people: values.person.map((id) => ({ id, name: personNames.get(id) ?? id })),
      countries: values.country,
      events: values.event.map((id) => ({ id, name: eventNames.get(id) ?? id })),
      orgs,
      ...firstSentence(a),
    });
  });
  let totalLength = 0;
  for (const length of lengths) totalLength += length;
  const averageLength = count ? totalLength / count : 1;

  // Term chunks, in sorted term order, each with its positions chunk.
  const termDirectory: IndexDirectory['terms'] = [];
  let postings: PostingInput[] = [];
  let positionLists: PositionsInput[] = [];
  let size = 0;
  const flushTerms = () => {
    if (!postings.length) return;
    termDirectory.push({
      first: postings[0]?.key ?? '',
      file: put('terms', 'bin', encodePostingChunk(count, postings, true)),
      positions: put('positions', 'bin', encodePositionsChunk(positionLists)),
    });
    postings = [];
    positionLists = [];
    size = 0;
  };
  for (const key of [...terms.keys()].sort(byString)) {
    const term = terms.get(key);
    if (!term) continue;
    const docs = term.docs.subarray(0, term.length);
    const impacts = new Uint8Array(term.length);
    for (let i = 0; i < term.length; i++)
      impacts[i] = impactOf(term.tfs[i] ?? 1, lengths[docs[i] ?? 0] ?? 1, averageLength);
    const input = { key, docs, impacts };
    const entrySize = postingSize(input, count);
    if (size > 0 && size + entrySize > chunkBytes) flushTerms();
    postings.push(input);
    positionLists.push({ key, docs: term.length, payload: term.positions.finish() });
    size += entrySize;
  }
  flushTerms();

  // Facet chunks: values ranked by global count, then dictionaries by id.
  const labelOf = (kind: FacetKind, id: string): string =>
    kind === 'person'
      ? (personNames.get(id) ?? id)
      : kind === 'event'
        ? (eventNames.get(id) ?? id)
        : kind === 'country'
          ? countryName(id, 'en')
          : (orgNames.get(id) ?? id);
  const extraOf = (kind: FacetKind, id: string): string | null =>
    kind === 'person'
      ? (personCountry.get(id) ?? null)
      : kind === 'event'
        ? (eventSeries.get(id) ?? null)
        : null;
  const facets = {} as IndexDirectory['facets'];
  const coldFacets = {} as ColdFile['facets'];
  for (const kind of FACET_KINDS) {
    const ranked = [...facetDocs[kind]].sort((a, b) => b[1].length - a[1].length || byString(a[0], b[0]));
    const chunks: IndexDirectory['facets'][FacetKind]['chunks'] = [];
    let entries: PostingInput[] = [];
    let first = 0;
    let bytes = 0;
    const flush = (next: number) => {
      if (entries.length)
        chunks.push({
          first,
          top: entries[0]?.docs.length ?? 0,
          file: put(`facet-${kind}`, 'bin', encodePostingChunk(count, entries, false)),
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
        const entry: DictionaryEntry = [id, labelOf(kind, id), rank, docs.length, extraOf(kind, id)];
        if (docs.every((doc) => rows[doc]?.generated === true)) entry.push(1);
        return entry;
      })
      .sort((a, b) => byString(a[0], b[0]));
    const dictionaryChunks: IndexDirectory['facets'][FacetKind]['dictionary'] = [];
    for (let start = 0; start < dictionary.length; start += DICTIONARY_PER_CHUNK) {
      const part = dictionary.slice(start, start + DICTIONARY_PER_CHUNK);
      dictionaryChunks.push({
        first: part[0]?.[0] ?? '',
        file: put(`dict-${kind}`, 'json', jsonBytes(part)),
      });
    }
    facets[kind] = { values: ranked.length, chunks, dictionary: dictionaryChunks };
    coldFacets[kind] = {
      values: ranked
        .slice(0, COLD_FACET_VALUES)
        .map(([id, docs]) => ({ value: id, label: labelOf(kind, id), count: docs.length })),
      distinct: ranked.length,
    };
  }

  // Rows and ids by doc number.
  const rowFiles: string[] = [];
  for (let start = 0; start < count; start += rowsPerChunk)
    rowFiles.push(put('rows', 'json', jsonBytes(rows.slice(start, start + rowsPerChunk))));
  const idFiles: string[] = [];
  for (let start = 0; start < count; start += IDS_PER_CHUNK)
    idFiles.push(put('ids', 'json', jsonBytes(sorted.slice(start, start + IDS_PER_CHUNK).map((a) => a.id))));

  // Dates: each distinct date (newest first) with its first doc; the months for the histogram.
  const days: number[] = [];
  const firstDocs: number[] = [];
  const months: [string, number][] = [];
  let dated = 0;
  sorted.forEach((a, doc) => {
    if (a.date === null) return;
    dated = doc + 1;
    const day = dayNumber(a.date);
    if (days[days.length - 1] !== day) {
      days.push(day);
      firstDocs.push(doc);
    }
    const month = a.date.slice(0, 7);
    const last = months[months.length - 1];
    if (last?.[0] === month) last[1]++;
    else months.push([month, 1]);
  });
  const dates = put(
    'dates',
    'bin',
    encodeDates({ dated, days: Int32Array.from(days), firstDocs: Uint32Array.from(firstDocs) }),
  );

  const directory: IndexDirectory = {
    count,
    averageLength,
    terms: termDirectory,
    facets,
    rows: { size: rowsPerChunk, files: rowFiles },
    ids: { size: IDS_PER_CHUNK, files: idFiles },
    dates,
  };
  const cold: ColdFile = { count, rows: rows.slice(0, COLD_ROWS), facets: coldFacets, months };
  const directoryFile = put('directory', 'json', jsonBytes(directory));
  const coldFile = put('cold', 'json', jsonBytes(cold));
  const manifest: IndexManifest = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    build: createHash('sha256').update(`${directoryFile}\n${coldFile}`).digest('hex').slice(0, 16),
    count,
    directory: directoryFile,
    cold: coldFile,
  };
  files.set(`${INDEX_DIR}/${MANIFEST_FILE}`, jsonBytes(manifest));
  return files;
}
