import { z } from 'zod';
import { countryCodeSchema, slugSchema } from './schema';

const name = z.string().trim().min(1);

/**
 * One announcement's corrections in `data/overrides.json` (`announcements.<announcement-id>`), applied by
 * the ingest after extraction, in this order: remove, rename, merge, add. People, events and
 * organisations are named by id, countries by code, places by name; what is added is named by name. The app's "Suggest a correction" writes
 * entries of this shape; docs/ingest.md#corrections-to-one-announcement.
 */
export const announcementEditSchema = z
  .object({
    remove: z
      .object({
        people: z.array(slugSchema),
        countries: z.array(countryCodeSchema),
        events: z.array(slugSchema),
        organizations: z.array(slugSchema),
        places: z.array(name),
      })
      .partial()
      .strict()
      .optional(),
    /** Id (or name) → the name it should have; a name that another entity of the announcement has merges the two. */
    rename: z
      .object({
        people: z.record(slugSchema, name),
        events: z.record(slugSchema, name),
        organizations: z.record(slugSchema, name),
        places: z.record(name, name),
      })
      .partial()
      .strict()
      .optional(),
    /** Id, code or name → the id, code or name of the entity it is folded into (known to the dataset). */
    merge: z
      .object({
        people: z.record(slugSchema, slugSchema),
        countries: z.record(countryCodeSchema, countryCodeSchema),
        events: z.record(slugSchema, slugSchema),
        organizations: z.record(slugSchema, slugSchema),
        places: z.record(name, name),
      })
      .partial()
      .strict()
      .optional(),
    add: z
      .object({
        people: z.array(
          z
            .object({
              name,
              country: countryCodeSchema.nullable().default(null),
              titles: z.array(name).default([]),
            })
            .strict(),
        ),
        countries: z.array(countryCodeSchema),
        events: z.array(name),
        organizations: z.array(name),
        places: z.array(name),
      })
      .partial()
      .strict()
      .optional(),
  })
  .strict();

/** `announcements` in `data/overrides.json`: announcement id → its corrections. */
export const announcementEditsSchema = z.record(slugSchema, announcementEditSchema);

export type AnnouncementEdit = z.input<typeof announcementEditSchema>;
export type ParsedAnnouncementEdit = z.output<typeof announcementEditSchema>;

/** The entity kinds a correction can name, as the keys of an edit. */
export const EDIT_KINDS = ['people', 'countries', 'events', 'organizations', 'places'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** One change a reader suggests, as the "Suggest a correction" form collects it. */
export type SuggestedChange =
  | { action: 'remove'; kind: EditKind; value: string }
  | { action: 'rename'; kind: Exclude<EditKind, 'countries'>; value: string; to: string }
  | { action: 'merge'; kind: EditKind; value: string; into: string }
  | { action: 'add'; kind: 'people'; value: string; country: string | null }
  | { action: 'add'; kind: Exclude<EditKind, 'people'>; value: string };

/** The edit that makes `changes`, in the shape `announcementEditSchema` reads; later changes win. */
export function buildAnnouncementEdit(changes: readonly SuggestedChange[]): AnnouncementEdit {
  const remove: Partial<Record<EditKind, string[]>> = {};
  const rename: Partial<Record<EditKind, Record<string, string>>> = {};
  const merge: Partial<Record<EditKind, Record<string, string>>> = {};
  const add: Partial<Record<EditKind, unknown[]>> = {};
  const push = <T>(list: T[] | undefined, item: T, same: (a: T) => boolean): T[] =>
    list?.some(same) ? list : [...(list ?? []), item];
  for (const change of changes) {
    const { kind, value } = change;
    if (change.action === 'remove') remove[kind] = push(remove[kind], value, (v) => v === value);
    else if (change.action === 'rename') rename[kind] = { ...rename[kind], [value]: change.to };
    else if (change.action === 'merge') merge[kind] = { ...merge[kind], [value]: change.into };
    else if (change.kind === 'people') {
      const person = { name: value, country: change.country };
      add.people = push(add.people, person, (p) => (p as typeof person).name === value);
    } else add[kind] = push(add[kind], value, (v) => v === value);
  }
  const edit: Record<string, unknown> = {};
  const parts = { remove, rename, merge, add };
  for (const [key, part] of Object.entries(parts)) if (Object.keys(part).length) edit[key] = part;
  return announcementEditSchema.parse(edit);
}

/**
 * The text to paste into `data/overrides.json`: a complete overrides file holding only this
 * announcement's edit, so it can be used as it is or its `announcements` entry merged into the file.
 */
export function correctionEntryText(announcementId: string, changes: readonly SuggestedChange[]): string {
  const edit = buildAnnouncementEdit(changes);
  return `${JSON.stringify({ announcements: { [slugSchema.parse(announcementId)]: edit } }, null, 2)}\n`;
}
