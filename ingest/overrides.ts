import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { announcementEditsSchema } from '../src/data/announcement-edits';
import { announcementSchema, countryCodeSchema, type Announcement } from '../src/data/schema';
import type { ExtractOptions } from './extract/pipeline';
import { mergeTitle } from './extract/people/people';
import { organizationsNamed, slugify } from './ids';

const names = z.array(z.string().min(1)).default([]);
const renames = z.record(z.string().min(1), z.string().min(1)).default({});

/** Format of `data/overrides.json`; see docs/ingest.md. */
export const overridesSchema = z
  .object({
    $comment: z.string().optional(),
    /** Country of officials whose titles name no country (the publisher's own government). */
    homeCountry: countryCodeSchema.nullable().default(null),
    /** The publisher's country for every file of this run (as `--publisher`): beats what the text suggests. */
    publisher: countryCodeSchema.nullable().default(null),
    /** Organisation name or acronym appearing in a title → the country of its staff. */
    organizationCountries: z.record(z.string().min(1), countryCodeSchema).default({}),
    /** Extra places for the gazetteer: name → country. */
    places: z.record(z.string().min(1), countryCodeSchema).default({}),
    /** Names to accept as people even without a title or verb nearby. */
    knownPeople: names,
    /** Force a person's country: canonical name → code. */
    personCountries: z.record(z.string().min(1), countryCodeSchema).default({}),
    /** Aliases and merges: extracted name → canonical name. Two names mapped to one are merged. */
    aliases: z
      .object({ people: renames, organizations: renames, events: renames, places: renames })
      .strict()
      .default({ people: {}, organizations: {}, events: {}, places: {} }),
    /** Extracted values to drop (names, or ids for people, events and organisations; codes for countries). */
    ignore: z
      .object({
        people: names,
        organizations: names,
        events: names,
        places: names,
        countries: names,
        blocs: names,
      })
      .strict()
      .default({ people: [], organizations: [], events: [], places: [], countries: [], blocs: [] }),
    /** Per-announcement corrections, keyed by source file: given fields replace the extracted ones. */
    corrections: z
      .record(
        z.string().min(1),
        announcementSchema
          .pick({
            title: true,
            date: true,
            section: true,
            people: true,
            countries: true,
            blocs: true,
            events: true,
            organizations: true,
            places: true,
          })
          .partial()
          .strict(),
      )
      .default({}),
    /**
     * Corrections to one announcement, keyed by its id: entities to remove, rename, merge or add. Applied
     * after extraction and the rules above (ingest/announcement-edits.ts).
     */
    announcements: announcementEditsSchema.default({}),
  })
  .strict();

export type Overrides = z.infer<typeof overridesSchema>;

export const EMPTY_OVERRIDES: Overrides = overridesSchema.parse({});

/** Reads the overrides file; a missing file means no overrides, an invalid one is an error. */
export async function loadOverrides(path: string): Promise<Overrides> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_OVERRIDES;
    throw error;
  }
  const result = overridesSchema.safeParse(JSON.parse(text));
  if (!result.success) throw new Error(`${path}: ${z.prettifyError(result.error)}`);
  return result.data;
}

export function extractOptionsFrom(overrides: Overrides): ExtractOptions {
  return {
    homeCountry: overrides.homeCountry,
    publisher: overrides.publisher,
    organizationCountries: new Map(Object.entries(overrides.organizationCountries)),
    extraPlaces: new Map(Object.entries(overrides.places)),
    knownNames: new Set(overrides.knownPeople),
  };
}

function renameAll(
  values: readonly string[],
  aliases: Record<string, string>,
  ignore: readonly string[],
): string[] {
  const out: string[] = [];
  for (const value of values) {
    const name = aliases[value] ?? value;
    if (ignore.includes(value) || ignore.includes(name) || out.includes(name)) continue;
    out.push(name);
  }
  return out;
}

/** Applies aliases, merges, ignores and corrections to one extracted announcement. */
export function applyOverrides(a: Announcement, overrides: Overrides): Announcement {
  const { aliases, ignore } = overrides;
  const correction = overrides.corrections[a.source];
  const people: Announcement['people'] = [];
  for (const p of a.people) {
    const name = aliases.people[p.name] ?? p.name;
    const id = slugify(name) || p.id;
    if (ignore.people.includes(p.name) || ignore.people.includes(name) || ignore.people.includes(id))
      continue;
    const known = people.find((q) => q.id === id);
    if (known) {
      for (const t of p.titles) mergeTitle(known.titles, t);
      known.country ??= p.country;
    } else people.push({ ...p, id, name, titles: [...p.titles] });
  }
  for (const p of people) p.country = overrides.personCountries[p.name] ?? p.country;

  const events: Announcement['events'] = [];
  for (const e of a.events) {
    const name = aliases.events[e.name] ?? e.name;
    const id = slugify(name) || e.id;
    if (ignore.events.includes(e.name) || ignore.events.includes(name) || ignore.events.includes(id))
      continue;
    if (!events.some((x) => x.id === id)) events.push({ id, name });
  }

  const corrected: Announcement = {
    ...a,
    people,
    events,
    countries: a.countries.filter((c) => !ignore.countries.includes(c)),
    blocs: a.blocs.filter((b) => !ignore.blocs.includes(b)),
    organizations: organizationsNamed(
      renameAll(
        a.organizations.map((o) => o.name),
        aliases.organizations,
        ignore.organizations,
      ),
    ).filter((o) => !ignore.organizations.includes(o.id)),
    places: renameAll(a.places, aliases.places, ignore.places),
    ...correction,
    // A correction's organisations get the ids of their names too, whatever id it wrote.
    ...(correction?.organizations
      ? { organizations: organizationsNamed(correction.organizations.map((o) => o.name)) }
      : {}),
  };
  return corrected;
}

/** A fingerprint of the overrides a dataset was built with: `--append` refuses to mix two. */
export function overridesFingerprint(overrides: Overrides): string {
  return createHash('sha256').update(JSON.stringify(overrides)).digest('hex').slice(0, 16);
}
