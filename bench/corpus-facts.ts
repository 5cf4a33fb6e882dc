import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataIndex, Summary } from '../src/data/schema';

/** The query values the benchmark uses, taken from the dataset under test so they match something. */
export interface CorpusFacts {
  country: string;
  /** The country's name as the facet shows it. */
  countryLabel: string;
  /** The person of that country mentioned most often alongside it: `/?country=KH&person=…`. */
  person: string;
  /** The most frequent one-word place: a word common in the corpus, in titles' and bodies' text. */
  word: string;
  /** Announcements mentioning the country. */
  countryCount: number;
}

const COUNTRY = 'KH';
const COUNTRY_LABEL = 'Cambodia';

function mostFrequent(counts: ReadonlyMap<string, number>): string | undefined {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

export async function corpusFacts(dataDir: string): Promise<CorpusFacts> {
  const index = JSON.parse(await readFile(join(dataDir, 'index.json'), 'utf8')) as DataIndex;
  const countryOf = new Map(index.people.map((person) => [person.id, person.country]));
  const people = new Map<string, number>();
  const places = new Map<string, number>();
  let countryCount = 0;
  for (const shard of index.shards) {
    const { items } = JSON.parse(await readFile(join(dataDir, shard.file), 'utf8')) as {
      items: Summary[];
    };
    for (const item of items) {
      for (const place of item.places) {
        if (/^\p{L}+$/u.test(place)) places.set(place, (places.get(place) ?? 0) + 1);
      }
      if (!item.countries.includes(COUNTRY)) continue;
      countryCount++;
      for (const person of item.people) {
        if (countryOf.get(person) === COUNTRY) people.set(person, (people.get(person) ?? 0) + 1);
      }
    }
  }
  const person = mostFrequent(people);
  const word = mostFrequent(places);
  if (!person || !word) throw new Error(`${dataDir}: no ${COUNTRY} person or no one-word place to query`);
  return { country: COUNTRY, countryLabel: COUNTRY_LABEL, person, word, countryCount };
}
