import {
  dataIndexSchema,
  type Announcement,
  personProfileSchema,
  SCHEMA_VERSION,
  type DataIndex,
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
  type IndexRow,
  type FacetKind,
  type IndexDirectory,
} from '../src/data/search-index/index-files';
import { decodePostingChunk, encodePostingChunk, postingDocs } from '../src/data/search-index/posting-chunk';
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
import { announcementBytes, decodeDocRecord, encodeDocRecord, type DocFacts } from './build/doc-record';
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
  tableMaker,
  writeFacetTables,
  monthIndexes,
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
  /** The dataset's docs in list order (its doc numbers), and the record of the doc-th. */
  existing: readonly Doc[];
  existingRecord: (doc: number) => Uint8Array;
  /** The new docs in list order (none of them among the existing), and the record of the i-th. */
  added: readonly Doc[];
  addedRecord: (i: number) => Uint8Array;
  /** Per segment of the existing doc store, how many docs it holds (the index's segments', then the base's). */
  storeSegments: readonly number[];
  options?: BuildOptions;
}

export interface SegmentAppend {
  stats: BuildStats;
  /** The new segment's docs in list order: each an added doc or an existing one (of a segment it absorbed). */
  members: { added: number | null; existing: number | null }[];
  /** Docs of earlier segments merged into the new one. */
  absorbed: number;
}

const decoder = new TextDecoder();
const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
const sum = (values: readonly number[]) => values.reduce((total, n) => total + n, 0);

/** Merges two ascending lists of doc numbers. */
function mergeAscending(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      out.push(x ?? 0);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/**
 * Adds `added` to the dataset as a new segment (decision 0024): its text, rows, ids and summaries chunks
 * are new; the base's and the other segments' are carried unchanged; the files every doc feeds (facets,
 * dictionaries, dates, the cold file, the segments' doc lists, the directory, index.json) are rewritten
 * from the existing ones and the new docs' records, and people's profiles only where new docs name them.
 * When there are MAX_SEGMENTS segments already, the new one absorbs them (their docs' records read again).
 * Returns `{ rebuild: why }`, having written nothing, when a segment cannot hold the new docs: they name a
 * known person, event or organisation otherwise than the dataset does (rows already written name it as it
 * does), or the segments would hold more than SEGMENT_SHARE of the archive. Deterministic, like a full
 * build; not byte-identical to one.
 */
export function appendSegment(input: SegmentAppendInput): SegmentAppend | { rebuild: string } {
  const { existing, added, options = {} } = input;
  const readJson = (path: string): unknown => JSON.parse(decoder.decode(input.read(path)));
  const chunkPath = (file: string) => `${INDEX_DIR}/chunks/${file}`;
  if (!existing.length || !added.length) return { rebuild: 'nothing to append to' };
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

  // The new docs' entities, in list order, as the full build takes them.
  const addedFacts = added.map((_, i) => decodeDocRecord(input.addedRecord(i)).facts);
  const people = new Map(base.people.map((p) => [p.id, p]));
  const events = new Map(base.events.map((e) => [e.id, e]));
  const orgs = new Map(base.organizations.map((o) => [o.id, o]));
  const knownPeople = new Set(people.keys());
  const knownEvents = new Set(events.keys());
  const knownOrgs = new Set(orgs.keys());
  const freshTitles = new Map<string, Map<string, PersonProfile['titles'][number]>>();
  // A known entity must be named as the dataset names it (then whichever announcement the full build takes
  // its naming from, it is the same); an unknown one is named as its newest announcement names it.
  const otherwise = (id: string, name: string) => ({ rebuild: `a new announcement names ${id} "${name}"` });
  for (const a of addedFacts) {
    for (const p of a.people) {
      const known = people.get(p.id);
      if (knownPeople.has(p.id)) {
        if (p.name !== known?.name || (p.country !== null && p.country !== known.country))
          return otherwise(p.id, p.name);
      } else if (!known || (known.country === null && p.country !== null))
        people.set(p.id, { id: p.id, name: p.name, country: p.country });
      const held = freshTitles.get(p.id) ?? new Map<string, PersonProfile['titles'][number]>();
      freshTitles.set(p.id, held);
      for (const title of p.titles) addTitleSighting(held, title, a.date);
    }
    for (const e of a.events) {
      if (knownEvents.has(e.id)) {
        if (events.get(e.id)?.name !== e.name) return otherwise(e.id, e.name);
      } else if (!events.has(e.id)) events.set(e.id, { id: e.id, name: e.name, series: seriesOf(e.name) });
    }
    for (const o of a.organizations) {
      if (knownOrgs.has(o.id)) {
        if (JSON.stringify(orgs.get(o.id)) !== JSON.stringify(o)) return otherwise(o.id, o.name);
      } else if (!orgs.has(o.id)) orgs.set(o.id, { ...o });
    }
  }

  // Where the new docs go in list order: the i-th before `insertAt[i]` existing docs; doc numbers shift.
  const k = added.length;
  const count = existing.length + k;
  const insertAt = new Uint32Array(k);
  const addedAt = new Uint32Array(k);
  for (let i = 0, o = 0; i < k; i++) {
    const doc = added[i] as Doc;
    while (o < existing.length && compareAnnouncements(existing[o] as Doc, doc) < 0) o++;
    insertAt[i] = o;
    addedAt[i] = o + i;
  }
  /** The new numbers of existing docs (ascending in, ascending out). */
  const moved = (docs: ArrayLike<number>): Uint32Array => {
    const out = new Uint32Array(docs.length);
    let j = 0;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] ?? 0;
      while (j < k && (insertAt[j] ?? 0) <= doc) j++;
      out[i] = doc + j;
    }
    return out;
  };

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
  const segmentDocsOf = (file: string): Uint32Array => {
    const entry = decodePostingChunk(input.read(chunkPath(file))).entries[0];
    return entry ? postingDocs(entry, existing.length) : new Uint32Array(0);
  };

  // The new segment: the added docs and the absorbed segments' docs, in list order.
  const absorbedDocs = Uint32Array.from(
    segments.slice(0, absorbing).flatMap((segment) => Array.from(segmentDocsOf(segment.docs))),
  ).sort();
  const members: { doc: number; added: number | null; existing: number | null }[] = [];
  {
    const movedAbsorbed = moved(absorbedDocs);
    let i = 0;
    let j = 0;
    while (i < k || j < absorbedDocs.length) {
      const a = addedAt[i];
      const b = movedAbsorbed[j];
      if (b === undefined || (i < k && a !== undefined && a < b))
        members.push({ doc: a ?? 0, added: i++, existing: null });
      else members.push({ doc: b, added: null, existing: absorbedDocs[j++] ?? 0 });
    }
  }
  const memberRecord = (m: (typeof members)[number]) =>
    m.added !== null ? input.addedRecord(m.added) : input.existingRecord(m.existing ?? 0);
  const builder = new SearchIndexBuilder(members.length, put, options);
  const shards: DataIndex['shards'] = [];
  let shard: string[] = [];
  const flushShard = () => {
    const bytes = new TextEncoder().encode(`{"items":[${shard.join(',')}]}\n`);
    const file = `summaries/s-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.json`;
    shards.push({ file, count: shard.length });
    put(file, bytes);
    shard = [];
  };
  for (const m of members) {
    const record = decodeDocRecord(memberRecord(m));
    if (shard.length === SHARD_SIZE) flushShard();
    shard.push(decoder.decode(record.summary));
    builder.add(record);
  }
  if (shard.length) flushShard();
  // BM25 keeps the base's average length until the next full build: every impact is then made alike.
  const averageLength = directory.averageLength;
  const terms = builder.writeTerms(averageLength);

  const dictionaries: IndexDictionaries = {
    personNames: new Map([...people.values()].map((p) => [p.id, p.name])),
    personCountry: new Map([...people.values()].map((p) => [p.id, p.country])),
    eventNames: new Map([...events.values()].map((e) => [e.id, e.name])),
    eventSeries: new Map([...events.values()].map((e) => [e.id, e.series])),
  };
  const orgNames = new Map([...orgs.values()].map((o) => [o.id, o.name]));
  const rowOf = (m: (typeof members)[number]) =>
    indexRow(
      m.added !== null ? (addedFacts[m.added] as DocFacts) : decodeDocRecord(memberRecord(m)).facts,
      m.added !== null ? (added[m.added]?.id ?? '') : (existing[m.existing ?? 0]?.id ?? ''),
      dictionaries,
      orgNames,
    );
  const rows = writeRowChunks(chunk, members.length, directory.rows.size, (doc) =>
    rowOf(members[doc] as (typeof members)[number]),
  );
  const idFiles = writeIdChunks(
    chunk,
    members.map((m) => (m.added !== null ? added[m.added]?.id : existing[m.existing ?? 0]?.id) ?? ''),
  );
  const docsChunk = (docs: ArrayLike<number>) =>
    chunk('segment', 'bin', encodePostingChunk(count, [{ key: 'docs', docs }], false));
  const kept = segments.slice(absorbing).map((segment) => ({
    ...segment,
    docs: docsChunk(moved(segmentDocsOf(segment.docs))),
  }));

  // Facets over all docs: each existing list renumbered, merged with the new docs'.
  const facetDocs = {} as Record<FacetKind, Map<string, ArrayLike<number>>>;
  const addedValues = {} as Record<FacetKind, Map<string, { docs: number[]; generated: boolean }>>;
  const scratchNames = new Map(orgNames);
  for (const kind of FACET_KINDS) {
    facetDocs[kind] = new Map();
    addedValues[kind] = new Map();
  }
  addedFacts.forEach((facts, i) => {
    const { values } = docValues(facts, scratchNames);
    for (const kind of FACET_KINDS)
      for (const value of values[kind]) {
        const held = addedValues[kind].get(value) ?? { docs: [], generated: true };
        addedValues[kind].set(value, held);
        held.docs.push(addedAt[i] ?? 0);
        held.generated &&= facts.generated;
      }
  });
  const generatedBefore = new Set<string>();
  const namedBefore = new Set<string>();
  for (const kind of FACET_KINDS) {
    for (const meta of directory.facets[kind].dictionary)
      for (const entry of dictionaryChunkSchema.parse(readJson(chunkPath(meta.file))))
        if (entry[5] === 1) generatedBefore.add(`${kind}:${entry[0]}`);
    for (const meta of directory.facets[kind].chunks)
      for (const entry of decodePostingChunk(input.read(chunkPath(meta.file))).entries) {
        namedBefore.add(`${kind}:${entry.key}`);
        const docs = moved(postingDocs(entry, existing.length));
        const fresh = addedValues[kind].get(entry.key);
        facetDocs[kind].set(entry.key, fresh ? mergeAscending(docs, fresh.docs) : docs);
      }
    for (const [value, fresh] of addedValues[kind])
      if (!facetDocs[kind].has(value)) facetDocs[kind].set(value, fresh.docs);
  }
  const valueLabels = labels(dictionaries, orgNames);
  const { facets, coldFacets, ranked } = writeFacetChunks(
    chunk,
    count,
    facetDocs,
    valueLabels,
    (kind, id) =>
      (addedValues[kind].get(id)?.generated ?? true) &&
      (!namedBefore.has(`${kind}:${id}`) || generatedBefore.has(`${kind}:${id}`)),
    options.chunkBytes,
  );

  // Dates and the cold file's rows, in the new list order.
  const baseCold = coldSchema.parse(readJson(chunkPath(manifest.cold)));
  const dates: (string | null)[] = [];
  const coldRows: IndexRow[] = [];
  const rowsByDoc = new Map(members.map((m) => [m.doc, m]));
  for (let doc = 0, i = 0; doc < count; doc++) {
    const fromAdded = i < k && addedAt[i] === doc;
    const old = doc - i;
    dates.push(fromAdded ? (added[i]?.date ?? null) : (existing[old]?.date ?? null));
    if (doc < COLD_ROWS) {
      const member = rowsByDoc.get(doc);
      const row = fromAdded && member ? rowOf(member) : baseCold.rows[old];
      if (!row) throw new Error(`no cold row for doc ${doc}`);
      coldRows.push(row);
    }
    if (fromAdded) i++;
  }
  const dated = writeDatesChunk(chunk, dates);
  writeFacetTables(
    chunk,
    ranked,
    facets,
    tableMaker(count, ranked, valueLabels.label, monthIndexes(dates), options.tables),
    options.tables,
  );

  for (const part of [
    { terms: directory.terms, rows: directory.rows.files, ids: directory.ids.files },
    ...kept,
  ]) {
    for (const t of part.terms) {
      carry(chunkPath(t.file));
      carry(chunkPath(t.positions));
    }
    for (const file of [...part.rows, ...part.ids]) carry(chunkPath(file));
  }
  const next: IndexDirectory = {
    count,
    averageLength,
    terms: directory.terms,
    segments: [
      {
        count: members.length,
        docs: docsChunk(members.map((m) => m.doc)),
        terms,
        rows: rows.files,
        ids: idFiles,
      },
      ...kept,
    ],
    facets,
    rows: directory.rows,
    ids: directory.ids,
    dates: dated.file,
  };
  writeIndexHead(put, chunk, next, { count, rows: coldRows, facets: coldFacets, months: dated.months });

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
  const earliest = (x: string | null, y: string | null) => (x === null ? y : y === null || x < y ? x : y);
  const latest = (x: string | null, y: string | null) => (x === null ? y : y === null || x > y ? x : y);
  for (const person of index.people) {
    const path = `people/${person.id}.json`;
    const fresh = freshTitles.get(person.id);
    if (!fresh) {
      carry(path);
      continue;
    }
    const titles = new Map(fresh);
    if (knownPeople.has(person.id))
      for (const old of personProfileSchema.parse(readJson(path)).titles) {
        const seen = titles.get(old.title);
        // Over all sightings the first is the oldest dated one, the last the newest.
        titles.set(
          old.title,
          seen
            ? {
                title: old.title,
                first: earliest(old.first, seen.first),
                last: latest(old.last, seen.last),
                count: seen.count + old.count,
              }
            : { ...old },
        );
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
    members: members.map(({ added: a, existing: e }) => ({ added: a, existing: e })),
    absorbed,
  };
}

/**
 * In memory, for tests and small callers: the files (dataset path → bytes) of a dataset holding
 * `existing` (in list order, its doc store in `storeSegments`) with `added` appended as a segment, or why
 * every file must be rebuilt instead.
 */
export function appendDataset(
  files: ReadonlyMap<string, Uint8Array>,
  existing: readonly Announcement[],
  added: readonly Announcement[],
  storeSegments: readonly number[],
  options?: BuildOptions,
): { files: Map<string, Uint8Array>; all: Announcement[]; storeSegments: number[] } | { rebuild: string } {
  const next = new Map<string, Uint8Array>();
  const fresh = [...added].sort(compareAnnouncements);
  const read = (path: string) => {
    const bytes = files.get(path);
    if (!bytes) throw new Error(`no ${path} in the dataset`);
    return bytes;
  };
  const appended = appendSegment({
    read,
    carry: (path) => {
      next.set(path, read(path));
      return true;
    },
    put: (path, bytes) => next.set(path, bytes),
    existing,
    existingRecord: (doc) => encodeDocRecord(existing[doc] as Announcement),
    added: fresh,
    addedRecord: (i) => encodeDocRecord(fresh[i] as Announcement),
    storeSegments,
    ...(options ? { options } : {}),
  });
  if ('rebuild' in appended) return appended;
  for (const [path, bytes] of files) if (path.startsWith('announcements/')) next.set(path, bytes);
  for (const a of fresh) next.set(`announcements/${a.id}.json`, announcementBytes(a));
  let skipped = 0;
  const kept = storeSegments.filter((count) => {
    if (skipped >= appended.absorbed) return true;
    skipped += count;
    return false;
  });
  return {
    files: next,
    all: [...existing, ...fresh].sort(compareAnnouncements),
    storeSegments: [appended.members.length, ...kept],
  };
}

/** The files of `buildDataset` as the ingest writes them: bytes. */
export function datasetBytes(dataset: ReadonlyMap<string, unknown>): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const [path, value] of dataset)
    files.set(path, value instanceof Uint8Array ? value : jsonFile(value, path));
  return files;
}
