import {
  dataIndexSchema,
  personProfileSchema,
  SCHEMA_VERSION,
  type DataIndex,
  type IndexEvent,
  type IndexPerson,
  type Organization,
  type PersonProfile,
} from '../src/data/schema';
import {
  coldSchema,
  dictionaryChunkSchema,
  directorySchema,
  FACET_KINDS,
  INDEX_DIR,
  manifestSchema,
  MANIFEST_FILE,
  type DocChunks,
  type FacetKind,
  type IndexDirectory,
} from '../src/data/search-index/index-files';
import { decodePostingChunk, postingDocs } from '../src/data/search-index/posting-chunk';
import {
  addTitleSighting,
  compareAnnouncements,
  jsonFile,
  personProfile,
  seriesOf,
  SHARD_SIZE,
  type BuildOptions,
  type BuildStats,
} from './build-dataset';
import { decodeDocRecord, type DocFacts } from './build/doc-record';
import {
  chunkWriter,
  COLD_ROWS,
  docValues,
  IDS_PER_CHUNK,
  indexRow,
  labels,
  SearchIndexBuilder,
  writeDatesChunk,
  writeFacetChunks,
  writeIdChunks,
  writeIndexHead,
  writeRowChunks,
  type IndexDictionaries,
} from './index/build-search-index';
import { createHash } from 'node:crypto';

/**
 * Appended segments (decision 0024) kept beside the base before the next append merges them into its own:
 * each is one more chunk per word a text query reads.
 */
export const MAX_SEGMENTS = 4;
/** Past this share of the archive in appended segments, an append rebuilds every file instead. */
export const SEGMENT_SHARE = 0.1;

type Doc = { id: string; date: string | null };

export interface SegmentAppendInput {
  /** A file of the current version, by its path in the dataset (index.json, people/…, search/…). */
  read: (path: string) => Uint8Array;
  /** Takes the current version's file at `path` into the new one unchanged; false when it cannot. */
  carry: (path: string) => boolean;
  put: (path: string, bytes: Uint8Array) => void;
  /** The dataset's docs in list order, and the record of the doc-th. */
  existing: readonly Doc[];
  existingRecord: (doc: number) => Uint8Array;
  /** The new docs in list order (none of them among the existing), and the record of the i-th. */
  added: readonly Doc[];
  addedRecord: (i: number) => Uint8Array;
  /** Per segment of the existing doc store, how many docs it holds (in doc order). */
  storeSegments: readonly number[];
  options?: BuildOptions;
}

export interface SegmentAppend {
  stats: BuildStats;
  /** Docs of the new segment: the added ones, then the `absorbed` first existing ones (earlier segments). */
  segment: number;
  absorbed: number;
}

const decoder = new TextDecoder();
const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
const sum = (values: readonly number[]) => values.reduce((total, n) => total + n, 0);

/** The chunks of doc-ordered files (rows, ids) with each one's first doc. */
function chunkStarts(chunks: DocChunks): { file: string; start: number }[] {
  return chunks.files.map((file, at) => ({ file, start: chunks.first?.[at] ?? at * chunks.size }));
}

/**
 * Adds `added` to the dataset as a new text segment in front of the existing docs (decision 0024): the
 * segment's text, rows, ids and summaries chunks are new; the existing ones are carried unchanged; the
 * files every doc feeds (facets, dictionaries, dates, the cold file, directory, index.json) are rewritten
 * from the existing ones and the new docs' records, and people's profiles only where new docs name them.
 * Returns `{ rebuild: why }`, having written nothing, when the new docs cannot be a segment of their own
 * (then every file must be rebuilt): they are not all newer than the dataset's newest, they name a known
 * person, event or organisation differently (rows already written name it), or the appended segments
 * would grow past a tenth of the archive. Deterministic, like a full build; not byte-identical to one.
 */
export function appendSegment(input: SegmentAppendInput): SegmentAppend | { rebuild: string } {
  const { existing, added, options = {} } = input;
  const readJson = (path: string): unknown => JSON.parse(decoder.decode(input.read(path)));
  const chunkPath = (file: string) => `${INDEX_DIR}/chunks/${file}`;
  const newestAdded = added[added.length - 1];
  const newestExisting = existing[0];
  if (!newestAdded || !newestExisting) return { rebuild: 'nothing to append to' };
  if (compareAnnouncements(newestAdded, newestExisting) >= 0)
    return {
      rebuild: `${newestAdded.id} is not newer than every announcement of the dataset (${newestExisting.id})`,
    };
  const manifest = manifestSchema.parse(readJson(`${INDEX_DIR}/${MANIFEST_FILE}`));
  const directory = directorySchema.parse(readJson(chunkPath(manifest.directory)));
  const base = dataIndexSchema.parse(readJson('index.json'));
  if (directory.count !== existing.length || base.count !== existing.length)
    return { rebuild: 'the dataset and its doc store disagree on the number of announcements' };
  if (directory.ids.size !== IDS_PER_CHUNK) return { rebuild: 'the ids chunks are of another size' };
  const segments = directory.segments ?? [];
  const absorbing = segments.length >= MAX_SEGMENTS ? segments.length : 0;
  const absorbed = sum(segments.slice(0, absorbing).map((s) => s.count));
  if (added.length + sum(segments.map((s) => s.count)) > SEGMENT_SHARE * (existing.length + added.length))
    return { rebuild: `the appended segments would hold more than ${SEGMENT_SHARE * 100}% of the archive` };
  // Each append wrote its own segment of the store, so the store's segments are the index's and the base.
  const storeBefore = input.storeSegments;
  if (storeBefore.length !== segments.length + 1 || segments.some((s, i) => storeBefore[i] !== s.count))
    return { rebuild: "the doc store's segments are not the index's" };
  let shardsAbsorbed = 0;
  for (let docs = 0; docs < absorbed; shardsAbsorbed++)
    docs += base.shards[shardsAbsorbed]?.count ?? absorbed;
  if (sum(base.shards.slice(0, shardsAbsorbed).map((s) => s.count)) !== absorbed)
    return { rebuild: "the summaries' shards do not end where the appended segments do" };

  // The new docs' entities, in list order, as the full build takes them: the newest naming wins.
  const addedFacts = added.map((_, i) => decodeDocRecord(input.addedRecord(i)).facts);
  const freshPeople = new Map<string, IndexPerson>();
  const freshEvents = new Map<string, IndexEvent>();
  const freshOrgs = new Map<string, Organization>();
  const freshTitles = new Map<string, Map<string, PersonProfile['titles'][number]>>();
  for (const a of addedFacts) {
    for (const p of a.people) {
      const known = freshPeople.get(p.id);
      if (!known || (known.country === null && p.country !== null))
        freshPeople.set(p.id, { id: p.id, name: p.name, country: p.country });
      const held = freshTitles.get(p.id) ?? new Map();
      freshTitles.set(p.id, held);
      for (const title of p.titles) addTitleSighting(held, title, a.date);
    }
    for (const e of a.events)
      if (!freshEvents.has(e.id)) freshEvents.set(e.id, { id: e.id, name: e.name, series: seriesOf(e.name) });
    for (const o of a.organizations) if (!freshOrgs.has(o.id)) freshOrgs.set(o.id, { ...o });
  }
  const people = new Map(base.people.map((p) => [p.id, p]));
  const events = new Map(base.events.map((e) => [e.id, e]));
  const orgs = new Map(base.organizations.map((o) => [o.id, o]));
  for (const [id, fresh] of freshPeople) {
    const old = people.get(id);
    // As the full build: the newest naming with a country, else the newest naming.
    const merged = old && fresh.country === null && old.country !== null ? old : fresh;
    if (old && merged.name !== old.name)
      return { rebuild: `the new announcements name ${id} "${merged.name}"` };
    people.set(id, merged);
  }
  for (const [id, fresh] of freshEvents) {
    const old = events.get(id);
    if (old && fresh.name !== old.name)
      return { rebuild: `the new announcements name ${id} "${fresh.name}"` };
    events.set(id, fresh);
  }
  for (const [id, fresh] of freshOrgs) {
    const old = orgs.get(id);
    if (old && JSON.stringify(fresh) !== JSON.stringify(old))
      return { rebuild: `the new announcements name ${id} "${fresh.name}"` };
    orgs.set(id, fresh);
  }

  // A chunk is named by its content: one the new version already holds is not written again.
  const holds = new Set<string>();
  const put = (path: string, bytes: Uint8Array) => {
    if (holds.has(path)) return;
    holds.add(path);
    input.put(path, bytes);
  };
  const chunk = chunkWriter(put);
  const carry = (path: string) => {
    if (holds.has(path)) return;
    holds.add(path);
    if (!input.carry(path)) input.put(path, input.read(path));
  };
  const count = existing.length + added.length;
  const k = added.length;
  const segmentDocs = [...added, ...existing.slice(0, absorbed)];
  const segmentRecord = (doc: number) => (doc < k ? input.addedRecord(doc) : input.existingRecord(doc - k));

  // The segment's text chunks, summaries shards, rows and ids.
  const builder = new SearchIndexBuilder(segmentDocs.length, put, options);
  const shards: DataIndex['shards'] = [];
  let shard: string[] = [];
  const flushShard = () => {
    const bytes = new TextEncoder().encode(`{"items":[${shard.join(',')}]}\n`);
    const file = `summaries/s-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.json`;
    shards.push({ file, count: shard.length });
    put(file, bytes);
    shard = [];
  };
  let addedLength = 0;
  segmentDocs.forEach((_, doc) => {
    const record = decodeDocRecord(segmentRecord(doc));
    if (doc < k) addedLength += record.length;
    if (shard.length === SHARD_SIZE) flushShard();
    shard.push(decoder.decode(record.summary));
    builder.add(record);
  });
  if (shard.length) flushShard();
  const averageLength = (Math.round(directory.averageLength * directory.count) + addedLength) / count;
  const terms = builder.writeTerms(averageLength);

  const dictionaries: IndexDictionaries = {
    personNames: new Map([...people.values()].map((p) => [p.id, p.name])),
    personCountry: new Map([...people.values()].map((p) => [p.id, p.country])),
    eventNames: new Map([...events.values()].map((e) => [e.id, e.name])),
    eventSeries: new Map([...events.values()].map((e) => [e.id, e.series])),
  };
  const orgNames = new Map([...orgs.values()].map((o) => [o.id, o.name]));
  const segmentFacts = (doc: number): DocFacts =>
    doc < k ? (addedFacts[doc] as DocFacts) : decodeDocRecord(segmentRecord(doc)).facts;
  const rowsPerChunk = directory.rows.size;
  const rows = writeRowChunks(chunk, segmentDocs.length, rowsPerChunk, (doc) =>
    indexRow(segmentFacts(doc), segmentDocs[doc]?.id ?? '', dictionaries, orgNames),
  );
  const idFiles = writeIdChunks(
    chunk,
    segmentDocs.map((d) => d.id),
  );
  // The existing doc chunks after the absorbed segments, renumbered behind the new segment.
  const docChunks = (size: number, own: string[], old: DocChunks): DocChunks => {
    const kept = chunkStarts(old).filter((c) => c.start >= absorbed);
    for (const c of kept) carry(chunkPath(c.file));
    return {
      size,
      files: [...own, ...kept.map((c) => c.file)],
      first: [...own.map((_, at) => at * size), ...kept.map((c) => c.start - absorbed + segmentDocs.length)],
    };
  };
  const rowChunks = docChunks(rowsPerChunk, rows.files, directory.rows);
  const idChunks = docChunks(directory.ids.size, idFiles, directory.ids);

  // Facets over all docs: the new docs' values first, then each existing list moved behind them.
  const facetDocs = {} as Record<FacetKind, Map<string, number[]>>;
  const addedOnly = {} as Record<FacetKind, Map<string, boolean>>;
  const scratchNames = new Map(orgNames);
  for (const kind of FACET_KINDS) {
    facetDocs[kind] = new Map();
    addedOnly[kind] = new Map();
  }
  addedFacts.forEach((facts, doc) => {
    const { values } = docValues(facts, scratchNames);
    for (const kind of FACET_KINDS)
      for (const value of values[kind]) {
        const docs = facetDocs[kind].get(value) ?? [];
        facetDocs[kind].set(value, docs);
        docs.push(doc);
        addedOnly[kind].set(value, (addedOnly[kind].get(value) ?? true) && facts.generated);
      }
  });
  const generatedBefore = new Set<string>();
  for (const kind of FACET_KINDS) {
    for (const meta of directory.facets[kind].dictionary)
      for (const entry of dictionaryChunkSchema.parse(readJson(chunkPath(meta.file))))
        if (entry[5] === 1) generatedBefore.add(`${kind}:${entry[0]}`);
    for (const meta of directory.facets[kind].chunks)
      for (const entry of decodePostingChunk(input.read(chunkPath(meta.file))).entries) {
        const docs = facetDocs[kind].get(entry.key) ?? [];
        facetDocs[kind].set(entry.key, docs);
        for (const doc of postingDocs(entry, existing.length)) docs.push(doc + k);
      }
  }
  const { facets, coldFacets } = writeFacetChunks(
    chunk,
    count,
    facetDocs,
    labels(dictionaries, orgNames),
    (kind, id, docs) => {
      const fromAdded = addedOnly[kind].get(id);
      const before = (docs[docs.length - 1] ?? 0) >= k;
      return (fromAdded ?? true) && (!before || generatedBefore.has(`${kind}:${id}`));
    },
    options.chunkBytes,
  );
  const dates = writeDatesChunk(chunk, [...added.map((d) => d.date), ...existing.map((d) => d.date)]);

  for (const segment of [{ terms: directory.terms }, ...segments.slice(absorbing)])
    for (const t of segment.terms) {
      carry(chunkPath(t.file));
      carry(chunkPath(t.positions));
    }
  const baseCold = coldSchema.parse(readJson(chunkPath(manifest.cold)));
  const coldRows = [...rows.first, ...baseCold.rows.slice(absorbed)].slice(0, COLD_ROWS);
  const next: IndexDirectory = {
    count,
    averageLength,
    terms: directory.terms,
    segments: [{ count: segmentDocs.length, terms }, ...segments.slice(absorbing)],
    facets,
    rows: rowChunks,
    ids: idChunks,
    dates: dates.file,
  };
  writeIndexHead(put, chunk, next, { count, rows: coldRows, facets: coldFacets, months: dates.months });

  // index.json, the summaries' shards, people's profiles.
  const keptShards = base.shards.slice(shardsAbsorbed);
  for (const s of keptShards) carry(s.file);
  const index: DataIndex = {
    schemaVersion: SCHEMA_VERSION,
    count,
    people: [...people.values()].sort(byId),
    events: [...events.values()].sort(byId),
    organizations: [...orgs.values()].sort(byId),
    shards: [...shards, ...keptShards],
  };
  put('index.json', jsonFile(index, 'index.json'));
  const known = new Set(base.people.map((p) => p.id));
  for (const person of index.people) {
    const path = `people/${person.id}.json`;
    const fresh = freshTitles.get(person.id);
    if (!fresh) {
      carry(path);
      continue;
    }
    const titles = new Map(fresh);
    if (known.has(person.id))
      for (const old of personProfileSchema.parse(readJson(path)).titles) {
        const seen = titles.get(old.title);
        // The older sightings follow the new ones: the oldest dated one is the first, the newest the last.
        if (!seen) titles.set(old.title, { ...old });
        else
          titles.set(old.title, {
            title: old.title,
            first: old.first ?? seen.first,
            last: seen.last ?? old.last,
            count: seen.count + old.count,
          });
      }
    put(path, jsonFile(personProfile(person, titles.values()), 'people/'));
  }
  return {
    stats: {
      people: index.people.length,
      countries: facets.country.values,
      blocs: null,
      events: index.events.length,
      organizations: index.organizations.length,
      places: null,
    },
    segment: segmentDocs.length,
    absorbed,
  };
}
