import { allLocales } from '@faker-js/faker';

/**
 * Given names and surnames of every locale @faker-js/faker ships (its per-locale person data; nothing is
 * generated or downloaded), Latin script only: evidence that a run of capitalised words is a person's name.
 * Loaded on first use. See docs/decisions/0013-extraction-pipeline.md for what they add.
 */
interface NameGazetteers {
  given: Set<string>;
  surnames: Set<string>;
  /** Per name: the countries of the locales that list it (a locale with a region, or a national language). */
  givenCountries: Map<string, Set<string>>;
  surnameCountries: Map<string, Set<string>>;
}

/**
 * Locales named by language only whose language is one country's; the others (en, es, ar, fr ...) are
 * spoken in many and tell no country. Locales with a region (pt_BR, en_NG) give the region.
 */
const LANGUAGE_COUNTRY: Readonly<Record<string, string>> = {
  az: 'AZ',
  cs: 'CZ',
  da: 'DK',
  el: 'GR',
  fi: 'FI',
  he: 'IL',
  hr: 'HR',
  hu: 'HU',
  hy: 'AM',
  it: 'IT',
  ja: 'JP',
  ko: 'KR',
  lv: 'LV',
  mk: 'MK',
  nb: 'NO',
  pl: 'PL',
  sk: 'SK',
  sv: 'SE',
  th: 'TH',
  tr: 'TR',
  uk: 'UA',
  vi: 'VN',
};

/**
 * Regional locales of languages whose names are written the same across many countries (English, Spanish,
 * French in Europe and the Americas): a name listed there tells no country.
 */
const SHARED_NAME_LOCALES = new Set([
  'en_AU',
  'en_AU_ocker',
  'en_BORK',
  'en_CA',
  'en_GB',
  'en_IE',
  'en_US',
  'es_MX',
  'fr_BE',
  'fr_CA',
  'fr_CH',
  'fr_LU',
]);

/** "pt_BR" → BR, "fi" → FI, "en" and "en_US" → null. */
function localeCountry(locale: string): string | null {
  if (SHARED_NAME_LOCALES.has(locale)) return null;
  const region = /^[a-z]{2,3}_([A-Z]{2})(?:_|$)/.exec(locale)?.[1];
  return region ?? LANGUAGE_COUNTRY[locale] ?? null;
}

const addTo = (map: Map<string, Set<string>>, name: string, country: string) => {
  const set = map.get(name) ?? new Set<string>();
  set.add(country);
  map.set(name, set);
};

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
  const givenCountries = new Map<string, Set<string>>();
  const surnameCountries = new Map<string, Set<string>>();
  for (const [locale, definitions] of Object.entries(allLocales)) {
    const person = (definitions as { person?: { first_name?: unknown; last_name?: unknown } }).person;
    const country = localeCountry(locale);
    for (const name of strings(person?.first_name))
      if (LATIN_NAME.test(name)) {
        given.add(name);
        if (country) addTo(givenCountries, name, country);
      }
    for (const name of strings(person?.last_name))
      if (LATIN_NAME.test(name)) {
        surnames.add(name);
        if (country) addTo(surnameCountries, name, country);
      }
  }
  gazetteers = { given, surnames, givenCountries, surnameCountries };
  return gazetteers;
}

export const isGivenName = (word: string): boolean => load().given.has(word);
export const isSurname = (word: string): boolean => load().surnames.has(word);

const NONE: ReadonlySet<string> = new Set();

/** The countries whose locales list this given name and this surname both ("Piotr" + "Nowak" → PL). */
export function countriesOfName(givenName: string, surname: string): string[] {
  const { givenCountries, surnameCountries } = load();
  const of = surnameCountries.get(surname) ?? NONE;
  return [...(givenCountries.get(givenName) ?? NONE)].filter((c) => of.has(c));
}
