import { z } from 'zod';
import { organizationId } from '../lib/slug';

/** Data contract v1: the one schema shared by the app and the ingest command. */
export const SCHEMA_VERSION = 1;

export const slugSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase URL-safe slug');

export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');

const isoDateSchema = z.iso.date();

const personSchema = z.object({
  id: slugSchema,
  name: z.string().min(1),
  titles: z.array(z.string()),
  country: countryCodeSchema.nullable(),
});

const eventSchema = z.object({
  id: slugSchema,
  name: z.string().min(1),
});

export const organizationSchema = z.object({
  id: slugSchema,
  name: z.string().min(1),
});

/**
 * An announcement's organisation: `{ id, name }`. A bare name (data written before organisations had ids,
 * or a hand-written correction) is read as `{ id: organizationId(name), name }`, the id the ingest gives it.
 */
export const announcementOrganizationSchema = z.union([
  organizationSchema,
  z
    .string()
    .trim()
    .min(1)
    .transform((name) => ({ id: organizationId(name), name })),
]);

/** Where a person, country or event is named in the paragraphs: `[start, end)` in UTF-16 code units. */
const mentionSchema = z.object({
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  kind: z.enum(['person', 'country', 'event']),
  id: z.string().min(1),
});

export const announcementSchema = z.object({
  id: slugSchema,
  title: z.string().min(1),
  date: isoDateSchema.nullable(),
  section: z.string().nullable(),
  paragraphs: z.array(z.string()),
  people: z.array(personSchema),
  countries: z.array(countryCodeSchema),
  blocs: z.array(z.string()),
  events: z.array(eventSchema),
  organizations: z.array(announcementOrganizationSchema),
  places: z.array(z.string()),
  source: z.string(),
  mentions: z.array(mentionSchema).optional(),
  generated: z.literal(true).optional(),
});

/** What the list needs of one announcement: never the body. Entities are referenced by id. */
export const summarySchema = z.object({
  id: slugSchema,
  title: z.string().min(1),
  date: isoDateSchema.nullable(),
  people: z.array(slugSchema),
  countries: z.array(countryCodeSchema),
  events: z.array(slugSchema),
  /** Organisation ids; absent in data written before organisations had ids. */
  organizations: z.array(slugSchema).default([]),
  places: z.array(z.string()),
  /** The body's first sentence, clipped: what the list shows under the title. */
  snippet: z.string().min(1).optional(),
  /** The next few sentences, clipped: one that holds the query words can stand in for the snippet. */
  sentences: z.array(z.string().min(1)).optional(),
  generated: z.literal(true).optional(),
});

const indexPersonSchema = personSchema.omit({ titles: true });

/** An event in the index, with the series it belongs to (its name without ordinal or year). */
const indexEventSchema = eventSchema.extend({ series: slugSchema });

/** `people/<id>.json`: what the person page needs beyond the index, e.g. their titles over time. */
export const personProfileSchema = indexPersonSchema.extend({
  titles: z.array(
    z.object({
      title: z.string().min(1),
      first: isoDateSchema.nullable(),
      last: isoDateSchema.nullable(),
      count: z.number().int().positive(),
    }),
  ),
});

/**
 * `index.json`: the facet dictionaries and where the summary shards are.
 * Summaries are sorted newest first within each shard, and across the shards of a full build; an append
 * lists its segment's shards first (docs/decisions/0024), so a reader that needs list order sorts them.
 */
export const dataIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  count: z.number().int().nonnegative(),
  people: z.array(indexPersonSchema),
  events: z.array(indexEventSchema),
  /** Absent in data written before organisations had ids: such data has no organisation facet. */
  organizations: z.array(organizationSchema).default([]),
  shards: z.array(
    z.object({ file: z.string().regex(/^[\w/.-]+\.json$/), count: z.number().int().nonnegative() }),
  ),
  /** Only in the demo archive dev and preview serve (ingest/demo-dataset.ts): the app says so. */
  demo: z
    .object({ generated: z.number().int().nonnegative(), real: z.number().int().nonnegative() })
    .optional(),
});

/** The name of a dataset version: the first 16 hex digits of the SHA-256 of its file list (docs/decisions/0022). */
export const datasetVersionSchema = z.string().regex(/^[0-9a-f]{16}$/);

/**
 * `current.json`, the one file a dataset switch replaces (by rename): which version folder,
 * `v/<version>/`, holds the files above. The previous version is kept for readers that opened it.
 * See docs/decisions/0014-atomic-dataset-switch.md.
 */
export const datasetPointerSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  version: datasetVersionSchema,
  previous: datasetVersionSchema.nullable(),
});

/** `summaries/<n>.json`: one shard. Items are validated one by one so a bad item does not hide the rest. */
export const summaryShardSchema = z.object({
  items: z.array(z.unknown()),
});

export type Person = z.infer<typeof personSchema>;
export type AnnouncementEvent = z.infer<typeof eventSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Announcement = z.infer<typeof announcementSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Summary = z.infer<typeof summarySchema>;
export type IndexPerson = z.infer<typeof indexPersonSchema>;
export type IndexEvent = z.infer<typeof indexEventSchema>;
export type PersonProfile = z.infer<typeof personProfileSchema>;
export type DataIndex = z.infer<typeof dataIndexSchema>;
export type DatasetPointer = z.infer<typeof datasetPointerSchema>;
