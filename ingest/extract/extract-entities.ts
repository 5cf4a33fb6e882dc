import type { Announcement } from '../../src/data/schema';
import { slugify } from '../ids';
import { extractDate } from './date';
import { extractEvents } from './events';
import { extractOrganizations } from './organizations';
import { extractPeople, type PeopleOptions } from './people';
import { analyzeText } from './text-unit';

export type ExtractedEntities = Pick<
  Announcement,
  'date' | 'people' | 'countries' | 'blocs' | 'events' | 'organizations' | 'places'
>;

export type ExtractOptions = PeopleOptions;

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = {
  homeCountry: null,
  organizationCountries: new Map(),
  extraPlaces: new Map(),
  knownNames: new Set(),
};

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/**
 * Entities of one announcement. People, events, organisations and places come from the body, in order of
 * first mention (headlines are in title case, which hides where names end); countries and blocs come from
 * headline and body and are sorted.
 */
export function extractEntities(
  title: string,
  paragraphs: readonly string[],
  options: ExtractOptions,
): ExtractedEntities {
  const units = paragraphs.map((p) => analyzeText(p, options.extraPlaces));
  const headline = analyzeText(title, options.extraPlaces);

  const people = extractPeople(units, options);
  const personWords = new Set(people.flatMap((p) => p.name.split(/\s+/)));

  const events = new Map<string, { id: string; name: string }>();
  const organizations: string[] = [];
  for (const unit of units) {
    const ctx = { unit, personWords };
    for (const e of extractEvents(ctx)) {
      const id = slugify(e.name);
      if (id && !events.has(id)) events.set(id, { id, name: e.name });
    }
    for (const o of extractOrganizations(ctx)) organizations.push(o.name);
  }
  const all = [headline, ...units];
  return {
    date: extractDate(paragraphs) ?? extractDate([title]),
    people: dedupePeopleIds(people),
    countries: unique(all.flatMap((u) => u.countries.flatMap((m) => m.values))).sort(),
    blocs: unique(all.flatMap((u) => u.blocs.flatMap((m) => m.values))).sort(),
    events: [...events.values()],
    organizations: unique(organizations),
    places: unique(units.flatMap((u) => u.places.map((p) => p.name))),
  };
}

function dedupePeopleIds(people: ReturnType<typeof extractPeople>): Announcement['people'] {
  const seen = new Set<string>();
  const result: Announcement['people'] = [];
  for (const p of people) {
    const id = slugify(p.name) || 'person';
    if (seen.has(id)) continue;
    seen.add(id);
    result.push({ id, name: p.name, titles: p.titles, country: p.country });
  }
  return result;
}
