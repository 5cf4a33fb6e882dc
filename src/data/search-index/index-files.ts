import { z } from 'zod';
import { ByteReader, ByteWriter, CorruptDataError } from './bytes';

/** The chunked index's files (decision 0009): their schemas, shared by the ingest and the reader. */
export const INDEX_FORMAT = 'announcement-reader/chunked-index';
export const INDEX_VERSION = 1;
/** Where the index lives inside a dataset folder. */
export const INDEX_DIR = 'search';
export const MANIFEST_FILE = 'manifest.json';

export const FACET_KINDS = ['person', 'country', 'event', 'org'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];

const fileName = z
  .string()
  .regex(/^[a-z-]+\.[0-9a-f]{16}\.(json|bin)$/, 'must be a content-hashed chunk name');
const count = z.number().int().nonnegative();

export const manifestSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  version: z.literal(INDEX_VERSION),
  /** Changes whenever any chunk changes: a reader opened on one build never mixes in another's. */
  build: z.string().regex(/^[0-9a-f]{16}$/),
  count,
  directory: fileName,
  cold: fileName,
  /** Only in the demo archive dev and preview serve (ingest/demo-dataset.ts): the app says so. */
  demo: z.object({ generated: count, real: count }).optional(),
});
export type IndexManifest = z.infer<typeof manifestSchema>;

const facetDirectorySchema = z.object({
  values: count,
  /** Posting chunks of the values ranked by global count; `top` is the largest count in the chunk. */
  chunks: z.array(z.object({ first: count, top: count, file: fileName })),
  /** Dictionary chunks of the values sorted by id; `first` is the chunk's first id. */
  dictionary: z.array(z.object({ first: z.string(), file: fileName })),
  /**
   * Co-occurrence tables (decision 0030) of the values named by at least `min` docs: ranks 0…values−1,
   * since values are ranked by count. Table chunks by the rank of their first table. Left out by
   * indexes written before them (and when no value is that common): queries then scan as before.
   */
  tables: z
    .object({ min: count, values: count, chunks: z.array(z.object({ first: count, file: fileName })) })
    .optional(),
});

const termChunksSchema = z.array(z.object({ first: z.string(), file: fileName, positions: fileName }));
const docChunksSchema = z.object({ size: z.number().int().positive(), files: z.array(fileName) });

export const directorySchema = z.object({
  count,
  averageLength: z.number().positive(),
  /** The text chunks of the base: every doc no segment holds (all of them when there are no segments). */
  terms: termChunksSchema,
  /**
   * Segments appends wrote (decision 0024), newest first. A segment's chunks number its docs 0…count−1
   * in list order; `docs` is a posting chunk (one entry, over all docs) saying which doc each of those
   * is. The base's chunks (`terms`, `rows`, `ids`) number the remaining docs likewise.
   */
  segments: z
    .array(
      z.object({
        count,
        docs: fileName,
        terms: termChunksSchema,
        rows: z.array(fileName),
        ids: z.array(fileName),
      }),
    )
    .optional(),
  facets: z.object({
    person: facetDirectorySchema,
    country: facetDirectorySchema,
    event: facetDirectorySchema,
    org: facetDirectorySchema,
  }),
  rows: docChunksSchema,
  ids: docChunksSchema,
  dates: fileName,
  /**
   * Co-occurrence tables of common words (decision 0034): a table per term whose query (the term and every
   * term it begins) finds at least `min` docs, shaped as a facet value's, `value` the term; `routes` the
   * chunk that lists their chunks (`termRoutesSchema`), kept out of the directory that every filtered query
   * reads. Over all docs; left out by indexes written before them, by an append (until the next full build
   * or `--compact`) and when no word is that common.
   */
  termTables: z.object({ min: count, routes: fileName }).optional(),
});
export type IndexDirectory = z.infer<typeof directorySchema>;

const refSchema = z.object({ id: z.string(), name: z.string() });
export const indexRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  generated: z.boolean(),
  people: z.array(refSchema),
  countries: z.array(z.string()),
  events: z.array(refSchema),
  orgs: z.array(refSchema),
  /** The body's first sentence, clipped: the card's snippet when no query picks another. */
  snippet: z.string().optional(),
});
/** One list row: what a result card shows, entities named. */
export type IndexRow = z.infer<typeof indexRowSchema>;
export const rowsChunkSchema = z.array(indexRowSchema);
export const idsChunkSchema = z.array(z.string());

const facetValueSchema = z.object({ value: z.string(), label: z.string(), count });
export const coldSchema = z.object({
  count,
  /** The first rows, newest first. */
  rows: z.array(indexRowSchema),
  /** Per facet the values with the largest global counts, and how many values there are. */
  facets: z.object({
    person: z.object({ values: z.array(facetValueSchema), distinct: count }),
    country: z.object({ values: z.array(facetValueSchema), distinct: count }),
    event: z.object({ values: z.array(facetValueSchema), distinct: count }),
    org: z.object({ values: z.array(facetValueSchema), distinct: count }),
  }),
  /** Announcements per month (`YYYY-MM`), newest first. */
  months: z.array(z.tuple([z.string(), count])),
});
export type ColdFile = z.infer<typeof coldSchema>;

/** A value in a co-occurrence table: id, label, global rank, count within the table's docs. */
const tableValueSchema = z.tuple([z.string(), z.string(), count, count]);
export type TableValue = z.infer<typeof tableValueSchema>;
const tableFacetSchema = z.object({
  /** How many distinct values of the facet the table's docs name. */
  distinct: count,
  /** The most frequent, by count (descending), ties by global rank; at most the build's table size. */
  values: z.array(tableValueSchema),
});

/**
 * One value's co-occurrence table (decision 0030): what a query that is exactly that value needs
 * besides its rows, computed at ingest over the value's own docs.
 */
export const facetTableSchema = z.object({
  value: z.string(),
  /** Docs naming the value (its global count). */
  count,
  /** Its first docs, ascending (the newest): the first pages of the list. */
  docs: z.array(count),
  /** Its docs per month of the cold file's `months`, in that order; trailing zeros left out. */
  months: z.array(count),
  facets: z.object({
    person: tableFacetSchema,
    country: tableFacetSchema,
    event: tableFacetSchema,
    org: tableFacetSchema,
  }),
});
export type FacetTable = z.infer<typeof facetTableSchema>;
/** A table chunk: tables of consecutive ranks, in rank order. */
export const tableChunkSchema = z.array(facetTableSchema);

/**
 * The chunks of the words' tables (decision 0034), in term order, each with the terms of its tables: a
 * reader knows which words have a table before it fetches one.
 */
export const termRoutesSchema = z.array(z.object({ terms: z.array(z.string()).min(1), file: fileName }));

/**
 * A dictionary entry: id, label, rank (by global count), global count, a person's country or an event's
 * series, and `1` when every announcement naming the value is generated (the demo's test data); left out
 * otherwise, so indexes written before it read as they were.
 */
export const dictionaryChunkSchema = z.array(
  z.tuple([z.string(), z.string(), count, count, z.string().nullable(), z.literal(1).optional()]),
);
export type DictionaryEntry = z.infer<typeof dictionaryChunkSchema>[number];

const DAY_MS = 86_400_000;
const DATES_MAGIC = [0x41, 0x49, 0x44, 0x31]; // AID1

export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The dated docs in list order: each distinct date (newest first) with the first doc that has it. */
export interface DatesTable {
  /** Docs 0…dated−1 have dates; the rest are undated. */
  dated: number;
  days: Int32Array;
  firstDocs: Uint32Array;
}

export function encodeDates(table: DatesTable): Uint8Array {
  const writer = new ByteWriter();
  for (const byte of DATES_MAGIC) writer.byte(byte);
  writer.varint(table.dated);
  writer.varint(table.days.length);
  let previousDay = table.days[0] ?? 0;
  writer.varint(previousDay + 1_000_000);
  let previousDoc = 0;
  table.days.forEach((day, i) => {
    if (i > 0) writer.varint(previousDay - day);
    previousDay = day;
    const doc = table.firstDocs[i] ?? 0;
    writer.varint(doc - previousDoc);
    previousDoc = doc;
  });
  return writer.finish();
}

export function decodeDates(bytes: Uint8Array): DatesTable {
  const reader = new ByteReader(bytes);
  for (const byte of DATES_MAGIC) if (reader.byte() !== byte) throw new CorruptDataError('not a dates chunk');
  const dated = reader.varint();
  const length = reader.varint();
  const days = new Int32Array(length);
  const firstDocs = new Uint32Array(length);
  let day = reader.varint() - 1_000_000;
  let doc = 0;
  for (let i = 0; i < length; i++) {
    if (i > 0) day -= reader.varint();
    doc += reader.varint();
    days[i] = day;
    firstDocs[i] = doc;
  }
  if (!reader.done) throw new CorruptDataError('trailing bytes in the dates chunk');
  return { dated, days, firstDocs };
}

/** Why a directory's segments do not fit its count, or null when they do. */
export function directoryProblem(directory: IndexDirectory): string | null {
  const inSegments = (directory.segments ?? []).reduce((sum, s) => sum + s.count, 0);
  if (inSegments > directory.count) return 'its segments hold more docs than its count';
  for (const segment of directory.segments ?? [])
    if (
      segment.rows.length !== Math.ceil(segment.count / directory.rows.size) ||
      segment.ids.length !== Math.ceil(segment.count / directory.ids.size)
    )
      return 'a segment has the wrong number of rows or ids chunks';
  return null;
}
