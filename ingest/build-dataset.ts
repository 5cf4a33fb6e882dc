import {
  SCHEMA_VERSION,
  type Announcement,
  type DataIndex,
  type IndexEvent,
  type IndexPerson,
  type Organization,
  type PersonProfile,
  type Summary,
} from '../src/data/schema';
import { decodeDocRecord, encodeDocRecord } from './build/doc-record';
import { slugify } from './ids';
import { SearchIndexBuilder, type SearchIndexOptions } from './index/build-search-index';
import { toJsonText } from './write-dataset';

/** Summaries per shard; see docs/decisions/0001. */
export const SHARD_SIZE = 2000;
/**
 * The first shard is smaller: it is all the reader waits for before the first page (fetched, validated and
 * indexed by the worker); the others load after it is painted.
 */
const FIRST_SHARD_SIZE = 500;

const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth';

/**
 * The series an event belongs to: its name without edition ordinal or year, so "14th China-ASEAN Expo"
 * and "15th China-ASEAN Expo" (or "China-ASEAN Expo 2018") are two editions of one series.
 */
export function seriesOf(eventName: string): string {
  const bare = eventName
    .replace(/^the\s+/i, '')
    .replace(new RegExp(`^(\\d+(st|nd|rd|th)|${ORDINAL_WORDS})\\s+`, 'i'), '')
    .replace(/\s*\(?\b(19|20)\d{2}\)?$/, '')
    .replace(/^(19|20)\d{2}\s+/, '');
  return slugify(bare) || slugify(eventName) || 'event';
}

/** Newest first; undated last; ties broken by id so the order is deterministic. */
export function compareAnnouncements(
  a: Pick<Summary, 'date' | 'id'>,
  b: Pick<Summary, 'date' | 'id'>,
): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export type Titles = Map<string, PersonProfile['titles'][number]>;

/** Counts one sighting of a person's title; sightings come newest first (list order). */
export function addTitleSighting(held: Titles, title: string, date: string | null): void {
  const seen = held.get(title);
  if (!seen) held.set(title, { title, first: date, last: date, count: 1 });
  else {
    seen.count += 1;
    // Sorted newest first, so a later (older) dated sighting moves `first` back.
    if (date !== null) {
      seen.first = date;
      seen.last ??= date;
    }
  }
}

/** A person's profile: the titles they were seen with, latest first. */
export function personProfile(
  person: IndexPerson,
  titles: Iterable<PersonProfile['titles'][number]>,
): PersonProfile {
  const held = [...titles].sort(
    (x, y) =>
      (y.last ?? '').localeCompare(x.last ?? '') || y.count - x.count || x.title.localeCompare(y.title),
  );
  return { ...person, titles: held };
}

export interface BuildOptions extends SearchIndexOptions {
  shardSize?: number;
  firstShardSize?: number;
}

/** How many distinct entities the dataset names, for the command's summary. */
export interface BuildStats {
  people: number;
  countries: number;
  /** Null after an append that added a segment: it reads no old announcement's facts to count them. */
  blocs: number | null;
  events: number;
  organizations: number;
  places: number | null;
}

const encoder = new TextEncoder();
export const jsonFile = (value: unknown, path: string) => encoder.encode(toJsonText(value, path));

/**
 * Writes the files of data contract v1 but the announcements' own (index.json, summaries/, people/) and
 * the chunked search index under `search/`, through `put` (path → bytes), from doc records
 * (build/doc-record.ts) in list order: `docs` sorted by `compareAnnouncements`, `record(doc)` the record of
 * the doc-th. Records are read twice (the second time for the index rows, once the dictionaries are
 * final), one at a time, so memory holds the dictionaries and the index's postings, not the texts.
 * Deterministic: the same announcements give the same bytes.
 */
export function buildDatasetFiles(
  docs: readonly { id: string; date: string | null }[],
  record: (doc: number) => Uint8Array,
  put: (path: string, bytes: Uint8Array) => void,
  {
    shardSize = SHARD_SIZE,
    firstShardSize = Math.min(FIRST_SHARD_SIZE, shardSize),
    ...indexOptions
  }: BuildOptions = {},
): BuildStats {
  const people = new Map<string, IndexPerson>();
  const events = new Map<string, IndexEvent>();
  const organizations = new Map<string, Organization>();
  const titles = new Map<string, Map<string, PersonProfile['titles'][number]>>();
  const countries = new Set<string>();
  const blocs = new Set<string>();
  const places = new Set<string>();
  const search = new SearchIndexBuilder(docs.length, put, indexOptions);
  const shards: DataIndex['shards'] = [];
  let shard: string[] = [];
  const flushShard = () => {
    const file = `summaries/${String(shards.length).padStart(4, '0')}.json`;
    shards.push({ file, count: shard.length });
    // The shard's JSON text is its summaries' texts joined, as JSON.stringify({ items }) writes it.
    put(file, encoder.encode(`{"items":[${shard.join(',')}]}\n`));
    shard = [];
  };
  const decoder = new TextDecoder();
  docs.forEach((_, index) => {
    const parsed = decodeDocRecord(record(index));
    const a = parsed.facts;
    for (const p of a.people) {
      const known = people.get(p.id);
      if (!known || (known.country === null && p.country !== null)) {
        people.set(p.id, { id: p.id, name: p.name, country: p.country });
      }
      const held: Titles = titles.get(p.id) ?? new Map<string, PersonProfile['titles'][number]>();
      titles.set(p.id, held);
      for (const title of p.titles) addTitleSighting(held, title, a.date);
    }
    for (const e of a.events) {
      if (!events.has(e.id)) events.set(e.id, { id: e.id, name: e.name, series: seriesOf(e.name) });
    }
    // The name as the newest announcement writes it, like events'.
    for (const o of a.organizations) if (!organizations.has(o.id)) organizations.set(o.id, { ...o });
    for (const c of a.countries) countries.add(c);
    for (const b of a.blocs) blocs.add(b);
    for (const p of a.places) places.add(p);
    if (shard.length === (shards.length === 0 ? firstShardSize : shardSize)) flushShard();
    shard.push(decoder.decode(parsed.summary));
    search.add(parsed);
  });
  if (shard.length) flushShard();

  const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  const index: DataIndex = {
    schemaVersion: SCHEMA_VERSION,
    count: docs.length,
    people: [...people.values()].sort(byId),
    events: [...events.values()].sort(byId),
    organizations: [...organizations.values()].sort(byId),
    shards,
  };
  put('index.json', jsonFile(index, 'index.json'));
  // The chunked index (decision 0009) beside the v1 files.
  search.finish(
    {
      personNames: new Map(index.people.map((p) => [p.id, p.name])),
      personCountry: new Map(index.people.map((p) => [p.id, p.country])),
      eventNames: new Map(index.events.map((e) => [e.id, e.name])),
      eventSeries: new Map(index.events.map((e) => [e.id, e.series])),
    },
    docs.map((d) => d.id),
    docs.map((d) => d.date),
    (doc) => decodeDocRecord(record(doc)).facts,
  );
  for (const person of index.people)
    put(
      `people/${person.id}.json`,
      jsonFile(personProfile(person, titles.get(person.id)?.values() ?? []), 'people/'),
    );
  return {
    people: people.size,
    countries: countries.size,
    blocs: blocs.size,
    events: events.size,
    organizations: organizations.size,
    places: places.size,
  };
}

/**
 * Turns announcements into the files of data contract v1, as path → JSON value, and the chunked search
 * index under `search/` (path → bytes), in memory: for tests, the demo archive and small callers (the
 * command streams through `buildDatasetFiles`). Pure and deterministic: the same announcements in any
 * order give the same files.
 */
export function buildDataset(
  announcements: readonly Announcement[],
  shardSize = SHARD_SIZE,
  firstShardSize = Math.min(FIRST_SHARD_SIZE, shardSize),
  indexOptions: SearchIndexOptions = {},
): Map<string, unknown> {
  const sorted = [...announcements].sort(compareAnnouncements);
  const records = sorted.map(encodeDocRecord);
  const files = new Map<string, unknown>();
  const decoder = new TextDecoder();
  buildDatasetFiles(
    sorted,
    (doc) => records[doc] ?? new Uint8Array(),
    (path, bytes) => {
      files.set(path, path.startsWith('search/') ? bytes : (JSON.parse(decoder.decode(bytes)) as unknown));
    },
    { shardSize, firstShardSize, ...indexOptions },
  );
  for (const a of sorted) files.set(`announcements/${a.id}.json`, a);
  return files;
}
