import { allLocales } from '@faker-js/faker';

/**
 * Given names and surnames of every locale @faker-js/faker ships (its per-locale person data; nothing is
 * generated or downloaded), Latin script only: evidence that a run of capitalised words is a person's name.
 * Loaded on first use. See docs/decisions/0013-extraction-pipeline.md for what they add.
 */
interface NameGazetteers {
  given: Set<string>;
  surnames: Set<string>;
}

let gazetteers: NameGazetteers | null = null;

const LATIN_NAME = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function load(): NameGazetteers {
  if (gazetteers) return gazetteers;
  const given = new Set<string>();
  const surnames = new Set<string>();
  for (const definitions of Object.values(allLocales)) {
    const person = (definitions as { person?: { first_name?: unknown; last_name?: unknown } }).person;
    for (const name of strings(person?.first_name)) if (LATIN_NAME.test(name)) given.add(name);
    for (const name of strings(person?.last_name)) if (LATIN_NAME.test(name)) surnames.add(name);
  }
  gazetteers = { given, surnames };
  return gazetteers;
}

export const isGivenName = (word: string): boolean => load().given.has(word);
export const isSurname = (word: string): boolean => load().surnames.has(word);
