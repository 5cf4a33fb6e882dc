import { HONORIFICS } from '../lexicon/honorifics';
import { INTERNATIONAL } from '../lexicon/international';
import {
  BYLINE_WORDS,
  COUNTERPART_WORDS,
  DELEGATION_NOUNS,
  LINKING_WORDS,
  MEMBERSHIP_WORDS,
} from '../lexicon/person-context';
import { countriesOfName } from '../lexicon/name-gazetteers';
import {
  COURTESY_COUNTRIES,
  NAME_PARTICLES,
  spellingCountry,
  traditionOf,
  traditionsOfName,
} from '../lexicon/traditions/all';
import type { Rule } from '../rules/rule';
import { blocsIn, countriesIn } from '../tagging/countries';
import { placeCountry } from '../tagging/places';
import type { TextUnit } from '../tagging/tag-unit';
import { worldPlace } from '../tagging/world-places';
import { isAbbreviation, isBreak } from '../tokens';
import { findRuns, isStopWord, startsPerson, type Run } from './candidates';
import { affiliationAfter, countryAfterOf, ledByAt, lowerApposition } from './context';
import { LABEL_GAP, isRoleish } from './titles';

/** What the person stage knows of the publisher and its gazetteers (from the overrides). */
export interface PeopleOptions {
  /** Country of officials whose titles name no country (the publisher's own government). */
  homeCountry: string | null;
  /** A weaker home (the headline's subject) for officials whose names are not written the first home's way. */
  secondHome?: string | null;
  /** Organisation name or acronym → country, for titles such as "Director-General of ... of the MOST". */
  organizationCountries: ReadonlyMap<string, string>;
  extraPlaces: ReadonlyMap<string, string>;
  /** Names known to be people (from overrides), accepted without further evidence. */
  knownNames: ReadonlySet<string>;
}

/** A country with the rule that gave it. */
export interface Attributed {
  code: string;
  rule: string;
}

/** A person as the country rules see it: all mentions merged. */
export interface PersonFacts {
  titles: readonly string[];
  words: readonly string[];
  /** From the first mention where a mention rule gave a country. */
  context: Attributed | null;
  /** From the first mention with a courtesy form of one country. */
  courtesy: Attributed | null;
  /** Bodies named right after a mention: "Dr. X of the African Union Development Agency". */
  affiliations: readonly string[];
  /** Named only as a journalist in a briefing transcript ("Q (Name, Outlet):"), never with a title. */
  journalist?: boolean;
}

/** A person whose titles or affiliation name a bloc or an international body serves no one country. */
export const servesInternational = (person: PersonFacts): boolean =>
  isInternational(person.titles) || isInternational(person.affiliations);

/** Country of a known organisation or place named in a phrase: "... of the MOST", "from Can Tho". */
function countryOfNamesIn(phrase: string, options: PeopleOptions): string | null {
  for (const [org, orgCode] of options.organizationCountries) if (phrase.includes(org)) return orgCode;
  for (const word of phrase.match(/\p{Lu}[\p{L}']+(?: \p{Lu}[\p{L}']+)*/gu) ?? []) {
    const placeCode = placeCountry(word, options.extraPlaces);
    if (placeCode) return placeCode;
  }
  // "Kazan Federal University": a large city's name inside a body's name.
  for (const word of phrase.match(/\p{Lu}[\p{L}']+/gu) ?? []) {
    const city = isStopWord(word) ? null : worldPlace(word);
    if (city && city.population >= 100_000) return city.country;
  }
  return null;
}

/** A title naming a bloc or an international body as its employer ("Secretary of State for the EU" names a portfolio). */
const isInternational = (titles: readonly string[]) =>
  titles
    .map((t) => t.replace(/\bfor (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*/gu, ''))
    .some((t) => blocsIn(t).length > 0 || INTERNATIONAL.test(t));

/**
 * A title without where its post is: "Ambassador to China", "Consul General in Atlanta", "Special Envoy for
 * Sudan" say where the holder serves, not whose official the holder is.
 */
const withoutPost = (title: string) =>
  title.replace(
    /([\p{L}-]+ |\) )?\b(to|in|for) (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/gu,
    // "in" and "for" name a post only right after the role ("Institute of Ecology in Dushanbe" is a body's seat).
    // An international body's officials serve where they are posted: "UN Mission in South Sudan".
    (phrase, before: string | undefined, word: string) =>
      // "Representative of the ... Organization (PAHO) in Colombia": a body's office in a country.
      word === 'to' || before === ') ' || isRoleish(before?.trim()) || isInternational([title])
        ? (before ?? '')
        : phrase,
  );

/**
 * Whether a name is written the way the publisher's country writes names. Only traditions that can tell
 * (pinyin) say no; for other publishers every name is taken to look local.
 */
export const looksHome = (words: readonly string[], options: PeopleOptions) =>
  traditionOf(options.homeCountry)?.isName?.(words) ?? true;

/** Rules on one title of the person, title by title: the first title that gives a country wins. */
export const TITLE_COUNTRY_RULES: ReadonlyArray<
  Rule<{ title: string; options: PeopleOptions }, string | null>
> = [
  {
    id: 'country.title-names-country',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ title }) => countriesIn(withoutPost(title))[0] ?? null,
    example: {
      text: 'Visit\n\nBui The Duy, Vice Minister of Science and Technology of Viet Nam, spoke.',
      yields: 'Bui The Duy: VN',
    },
    why: 'A title naming a country ("... of Viet Nam", "Cambodian Minister of ...") says whose official the person is.',
  },
  {
    id: 'country.title-names-body',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ title, options }) => countryOfNamesIn(withoutPost(title), options),
    example: {
      text: 'Visit\n\nWang Xiaoming, Director of the Science and Technology Department of Yunnan Province, spoke.',
      yields: 'Wang Xiaoming: CN',
    },
    why: "A body of known country (overrides' organizationCountries), a gazetteer place or a large city in a title.",
  },
];

/** The one country a match names, if it names exactly one. */
const single = (match: { values: readonly string[] } | undefined): string | null =>
  match?.values.length === 1 ? (match.values[0] ?? null) : null;

/**
 * "Costa Rica: María Quesada, Vice-Minister", "Heads of delegation: Chile: Mr. Luis Mora; Peru – ...": a
 * country and a colon or a dash right before the name (courtesy forms and role words between them allowed).
 */
function labelCountry(unit: TextUnit, run: Run): string | null {
  const { at } = unit;
  let k = run.from;
  while (
    k > run.from - 3 &&
    k > 0 &&
    !LABEL_GAP.test(at.gap(k)) &&
    (at.in(k - 1, HONORIFICS) || isRoleish(at.text(k - 1)))
  )
    k--;
  const match = unit.countries.find((m) => m.to === k);
  if (!match) return null;
  // "headed by: Argentina, Deputy Ana Ruiz; Bolivia, Senator Luis Mora": a country opening a list's item,
  // then a comma and a role or courtesy form.
  const itemStart = /^(?::|;)\s*$/.test(at.gap(match.from)) || match.from === 0;
  if (!LABEL_GAP.test(at.gap(k)) && !(at.gap(k) === ', ' && k < run.from && itemStart)) return null;
  // "Minister of Energy, Botswana – Hon. X": after a comma, a country before a dash ends a title.
  if (!at.gap(k).includes(':') && at.gap(match.from) === ', ') return null;
  // "... Affairs of Peru: Ana Ruiz": a country inside a phrase is no label; a label opens its line or item.
  const before = at.at(match.from - 1);
  if (before && /^\p{Ll}/u.test(before.text) && at.spaced(match.from)) return null;
  return single(match);
}

/**
 * "Timor-Leste was represented by Ana Soares", "Haiti was represented by its Minister of Foreign Affairs,
 * Jean Désir, and Jamaica by its Minister ..., Ana Grant": the country sent the person.
 */
function representedCountry(unit: TextUnit, run: Run): string | null {
  const { at } = unit;
  let k = run.from;
  while (k > run.from - 3 && at.in(k - 1, HONORIFICS)) k--;
  // "by its Minister of Foreign Affairs, | Name": back over the title to "its".
  if (at.text(k - 1) !== 'by') {
    let j = k - 1;
    while (
      j > k - 10 &&
      j > 0 &&
      at.text(j) !== 'its' &&
      !(isBreak(unit.tokens, j + 1) && at.gap(j + 1) !== ', ')
    )
      j--;
    if (at.text(j) !== 'its' || at.gap(k) !== ', ') return null;
    k = j;
  }
  if (at.text(k - 1) !== 'by') return null;
  let end = k - 1;
  if (at.text(end - 1) === 'represented') {
    end--;
    if (at.in(end - 1, REPRESENTED_AUXILIARIES)) end--;
    if (at.in(end - 1, REPRESENTED_AUXILIARIES)) end--;
  } else if (at.text(k) !== 'its' || at.text(end - 2) !== 'and') return null;
  // "Morocco (First Vice-Chair), represented by Mr. X": back over the country's role in the bureau.
  if (at.gap(end).startsWith(')')) {
    let open = end - 1;
    while (open > end - 6 && open > 0 && !at.gap(open).includes('(')) open--;
    if (at.gap(open).includes('(')) end = open;
  }
  return single(unit.countries.find((m) => m.to === end));
}

const REPRESENTED_AUXILIARIES = new Set([
  'was',
  'were',
  'is',
  'are',
  'being',
  'been',
  'be',
  'will',
  'has',
  'had',
]);

/** Index of the first token of the sentence holding token `i` (an abbreviation's full stop ends none). */
function sentenceStart(unit: TextUnit, i: number): number {
  const { at } = unit;
  let k = i;
  while (k > 0 && !(/[.!?]["”’)]*\s/.test(at.gap(k)) && !isAbbreviation(at.text(k - 1)))) k--;
  return k;
}

/**
 * "The Colombian delegation includes A; B; and C", "On the Malaysian side, the delegation included A",
 * "the Brazilian delegation will be headed by A, and the Argentine delegation by B", "a delegation of the
 * Congress of Peru led by A": the nearest delegation before the name in its sentence, with a word of
 * membership between them, and the country that delegation is of.
 */
function delegationCountry(unit: TextUnit, run: Run): string | null {
  const { at } = unit;
  const start = sentenceStart(unit, run.from);
  let member = false;
  for (let k = run.from - 1; k >= start; k--) {
    if (at.in(k, MEMBERSHIP_WORDS)) member = true;
    if (!at.in(k, DELEGATION_NOUNS)) continue;
    // "the Argentine delegation by B": "by" right after the noun stands for "headed by".
    if (at.text(k + 1) === 'by') member = true;
    if (!member) return null;
    const before = unit.countries.find((m) => m.to === k);
    if (before) return single(before);
    // "a delegation of the Congress of the Republic of Peru led by", "a delegation from Türkiye led by"
    if (at.text(k + 1) === 'of' || at.text(k + 1) === 'from')
      for (let j = k + 2; j < Math.min(k + 10, run.from) && !at.in(j, MEMBERSHIP_WORDS); j++) {
        const after = unit.countries.find((m) => m.from === j);
        if (after) return single(after);
      }
  }
  return null;
}

/**
 * "Ministers Karin Lind and Jørgen Holm, responsible for trade in Sweden and Denmark respectively": the
 * names coordinated before the list of countries, matched to them in order.
 */
const hasRespectively = new WeakMap<TextUnit, boolean>();

function respectivelyCountry(unit: TextUnit, run: Run): string | null {
  // Once per paragraph, not per name: a paragraph may be long.
  let has = hasRespectively.get(unit);
  if (has === undefined) hasRespectively.set(unit, (has = unit.text.includes('respectively')));
  if (!has) return null;
  const { at } = unit;
  let end = run.to;
  while (end < unit.tokens.length && at.text(end) !== 'respectively' && !/[.;!?]/.test(at.gap(end))) end++;
  if (at.text(end) !== 'respectively') return null;
  const countries = unit.countries.filter((m) => m.from >= run.to && m.to <= end && m.values.length === 1);
  const firstCountry = countries[0];
  if (!firstCountry || countries.length < 2) return null;
  // The names before the first country, joined only by "and", commas, courtesy forms or role words.
  const start = sentenceStart(unit, run.from);
  const runs = findRuns(unit).filter((r) => r.from >= start && r.to <= firstCountry.from);
  const names: Run[] = [];
  for (let i = runs.length - 1; i >= 0 && names.length < countries.length; i--) {
    const r = runs[i];
    const next = names[0];
    if (!r) break;
    const between = next ? at.words(r.to, next.from) : [];
    if (next && !between.every((w) => w === 'and' || HONORIFICS.has(w) || isRoleish(w))) break;
    names.unshift(r);
  }
  if (names.length !== countries.length) return null;
  const index = names.findIndex((r) => r.from === run.from);
  return index < 0 ? null : (countries[index]?.values[0] ?? null);
}

/** "his Ghanaian counterpart at the time, Ambassador X", "her Chilean counterpart, X": the counterpart's country. */
function counterpartCountry(unit: TextUnit, run: Run): string | null {
  const { at } = unit;
  let k = run.from;
  while (
    k > run.from - 3 &&
    (at.in(k - 1, HONORIFICS) || isRoleish(at.text(k - 1))) &&
    (at.spaced(k) || at.gap(k) === '. ')
  )
    k--;
  if (at.gap(k) === ', ') k--;
  else k--;
  for (let n = 0; n < 4 && k > 0 && /^\p{Ll}/u.test(at.text(k)) && !at.in(k, COUNTERPART_WORDS); n++) {
    if (!at.spaced(k)) return null;
    k--;
  }
  if (!at.in(k, COUNTERPART_WORDS) || !at.spaced(k)) return null;
  return single(unit.countries.find((m) => m.to === k));
}

/** "X, Assistant Minister for Foreign Affairs, representing Australia": the country the person stands for. */
function representingCountry(unit: TextUnit, run: Run): string | null {
  const { at } = unit;
  for (let k = run.to; k < Math.min(run.to + 25, unit.tokens.length); k++) {
    if (/[.;!?]/.test(at.gap(k)) && !isAbbreviation(at.text(k - 1))) return null;
    if (k > run.to && at.text(k) !== 'representing' && at.gap(k) !== ' ' && startsPerson(unit, k))
      return null;
    if (at.text(k) !== 'representing') continue;
    for (let j = k + 1; j < Math.min(k + 12, unit.tokens.length); j++) {
      if (/[.;!?]/.test(at.gap(j)) && !isAbbreviation(at.text(j - 1))) return null;
      const match = unit.countries.find((m) => m.from === j);
      if (match) return single(match);
    }
    return null;
  }
  return null;
}

/** "Reported by X", "By X, Press Officer", or a paragraph that is only the name (a statement's signature). */
export function isByline(unit: TextUnit, run: Run): boolean {
  const { at } = unit;
  let k = run.from;
  while (k > 0 && at.in(k - 1, HONORIFICS)) k--;
  // A by-line opens its paragraph with at most "Reported by" (and courtesy forms): never read further back.
  if (k > 3) return false;
  const lead = at.words(0, k);
  if (!lead.every((w) => BYLINE_WORDS.has(w.toLowerCase()))) return false;
  // "Reported by X" / "X" alone / "X[,] Minister for Foreign Affairs" as a line of its own (no sentence)
  // ("Signed / Name / Spokesperson" as lines of one block)
  const signature =
    (at.gap(run.to) === ', ' || at.spaced(run.to) || at.gap(run.to) === '\n') &&
    isRoleish(at.text(run.to)) &&
    unit.tokens.length - run.to <= 10 &&
    !/[.!?]\s*$/.test(unit.text.slice(-3));
  return lead.length > 0 || run.to >= unit.tokens.length || signature;
}

/** Rules on one mention of the person (the words around it): the first mention that gives a country wins. */
export const MENTION_COUNTRY_RULES: ReadonlyArray<
  Rule<{ unit: TextUnit; run: Run; options: PeopleOptions }, string | null>
> = [
  {
    id: 'country.label-before',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => labelCountry(unit, run),
    example: {
      text: 'Meeting\n\nThe delegations were headed by: Chile: Mr. Luis Mora Soto; Peru: Dr. Ana Ruiz Paz.',
      yields: 'Ana Ruiz Paz: PE',
    },
    why: 'Lists of delegations label each head with the country: "Peru: Dr. Ana Ruiz Paz".',
  },
  {
    id: 'country.bracket-after',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => {
      if (unit.at.gap(run.to) !== ' (') return null;
      const match = unit.countries.find((m) => m.from === run.to);
      const closed = match && (unit.at.gap(match.to).startsWith(')') || match.to === unit.tokens.length);
      return closed && match.values.length === 1 ? (match.values[0] ?? null) : null;
    },
    example: {
      text: 'Meeting\n\nThey were joined by Deputy Ministers Ana Ruiz Paz (Peru) and Luis Mora Soto (Chile).',
      yields: 'Luis Mora Soto: CL',
    },
    why: 'A country in brackets right after the name, alone, is whose the person is: "Deputy Ministers A (Peru), B (Chile)".',
  },
  {
    id: 'country.represented-by',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => representedCountry(unit, run),
    example: {
      text: 'Meeting\n\nThe talks were held in Lima. Ecuador was represented by Ms. Rosa Vera Mena as an observer.',
      yields: 'Rosa Vera Mena: EC',
    },
    why: 'A country "represented by" a person is that person\'s.',
  },
  {
    id: 'country.apposition',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run, options }) => {
      const apposition = lowerApposition(unit, run.to) ?? affiliationAfter(unit, run.to);
      return apposition ? (countriesIn(apposition)[0] ?? countryOfNamesIn(apposition, options)) : null;
    },
    example: {
      text: 'Visit\n\nThe talk by Nimal Perera, a Sri Lankan adviser, was well received.',
      yields: 'Nimal Perera: LK',
    },
    why: 'A lower-case apposition or a body after the name that names a country, a known body or place.',
  },
  {
    id: 'country.of-country-after',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => {
      const match = countryAfterOf(unit, run);
      return match?.values.length === 1 ? (match.values[0] ?? null) : null;
    },
    example: {
      text: 'Visit\n\nThe talks brought together his counterparts Luis Mora of Peru and Ana Costa of Brazil.',
      yields: 'Luis Mora: PE',
    },
    why: '"X of Peru" right after a name, the country closing the phrase, is whose the person is.',
  },
  {
    id: 'country.delegation-led-by',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => {
      const by = ledByAt(unit, run.from);
      if (by < 0) return null;
      for (let k = by - 2; k >= Math.max(0, by - 9); k--) {
        if (isBreak(unit.tokens, k + 1)) break;
        const match = unit.countries.find((m) => m.from <= k && k < m.to);
        if (match?.values[0]) return match.values[0];
      }
      return null;
    },
    example: {
      text: 'Visit\n\nThe Lao delegation led by Boun Thavy toured the park.',
      yields: 'Boun Thavy: LA',
    },
    why: '"the Cambodian delegation led by [its secretary,] X": the country named shortly before "led by".',
  },
  {
    id: 'country.delegation-member',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => delegationCountry(unit, run),
    example: {
      text: 'Visit\n\nThe Ethiopian delegation included the Director General for Neighbouring Countries, Genet Alemu Tadesse, and the Ambassador, Meron Haile.',
      yields: 'Meron Haile: ET',
      home: 'KE',
    },
    why: 'Members of a country\'s delegation are of that country, whoever publishes: "the Colombian delegation includes A; B; and C".',
  },
  {
    id: 'country.respectively',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => respectivelyCountry(unit, run),
    example: {
      text: 'Visit\n\nThe Minister welcomed Ministers Karin Lund and Jørgen Holm, responsible for trade in Sweden and Denmark respectively.',
      yields: 'Jørgen Holm: DK',
      home: 'UY',
    },
    why: 'Coordinated names followed by countries and "respectively" are of those countries, in order.',
  },
  {
    id: 'country.counterpart',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => counterpartCountry(unit, run),
    example: {
      text: 'Visit\n\nTogether with his Ghanaian counterpart at the time, Ambassador Kofi Mensah, he chaired the commission.',
      yields: 'Kofi Mensah: GH',
      home: 'CI',
    },
    why: 'A country\'s counterpart named after the word is of that country: "her Chilean counterpart, X".',
  },
  {
    id: 'country.representing',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => representingCountry(unit, run),
    example: {
      text: 'Meeting\n\nThe meeting was attended by Jeremy Callow, Assistant Minister for Foreign Affairs, representing Australia.',
      yields: 'Jeremy Callow: AU',
    },
    why: 'Communiqués list who stood for whom: "X, Permanent Secretary, representing the Minister of Foreign Affairs of Nigeria".',
  },
  {
    id: 'country.home-byline',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run, options }) => {
      if (!isByline(unit, run)) return null;
      // As for the home's officials: the name written the home's way, else the headline's subject.
      for (const home of [options.homeCountry, options.secondHome ?? null])
        if (home && (traditionOf(home)?.isName?.(run.words) ?? true)) return home;
      return null;
    },
    example: {
      text: 'Drought update\n\nNAIROBI, 4 May 2021:\n\nReported by Wanjiru Kamau\n\nThe ministry released new seed varieties.',
      yields: 'Wanjiru Kamau: KE',
    },
    why: "A by-line or a statement's signature is the publisher's own staff or minister.",
  },
  {
    id: 'country.demonym-before-role',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => {
      const { at } = unit;
      // "the Peruvian minister Ana Ruiz", "Peru's foreign minister Ana Ruiz", "with Finland's Kari Nyberg"
      // "the Filipino priest Fr. X": courtesy forms between the role and the name.
      let first = run.from - 1;
      while (first > run.from - 3 && at.in(first, HONORIFICS)) first--;
      let k = first;
      // (not "of Uruguay and | Rocío Giménez": a conjunction or preposition is no role)
      while (k > first - 3 && /^\p{Ll}/u.test(at.text(k)) && at.spaced(k + 1)) {
        if (at.in(k, LINKING_WORDS)) return null;
        k--;
      }
      if (!at.spaced(k + 1)) return null;
      const match = unit.countries.find((m) => m.to === k + 1);
      const last = at.at(k);
      if (k === first && !(last && /^['’]s\b/.test(unit.text.slice(last.end)))) return null;
      return match?.values.length === 1 ? (match.values[0] ?? null) : null;
    },
    example: {
      text: 'Visit\n\nThe forum was opened by the Peruvian minister Ana Ruiz on Monday.',
      yields: 'Ana Ruiz: PE',
    },
    why: 'A demonym or a possessive country before a lower-case role before the name: "the Peruvian minister X".',
  },
];

/** The country of a courtesy form used in one country only, on the run or just before it. */
export const COURTESY_COUNTRY_RULE: Rule<{ unit: TextUnit; run: Run }, string | null> = {
  id: 'country.courtesy-form',
  kind: 'person-country',
  effect: 'keep',
  matches: ({ unit, run }) => {
    if (run.courtesy) return COURTESY_COUNTRIES.get(run.courtesy) ?? null;
    for (let k = run.from - 1; k >= Math.max(0, run.from - 3); k--) {
      const word = unit.at.text(k);
      if (!HONORIFICS.has(word)) break;
      const code = COURTESY_COUNTRIES.get(word);
      if (code) return code;
    }
    return null;
  },
  example: { text: 'Visit\n\nThe award went to Daw Khin Myo Aye this year.', yields: 'Khin Myo Aye: MM' },
  why: 'Courtesy forms of one country (Burmese U/Daw, Malaysian Tan Sri/Datuk, Fijian Ratu, Khmer Samdech) tell it.',
};

export interface CountryInput {
  person: PersonFacts;
  options: PeopleOptions;
  /** The one country the announcement names besides the home country, if exactly one. */
  onlyForeign: string | null;
  /** Every country the announcement's paragraphs name. */
  named: ReadonlySet<string>;
}

type PersonCountryRule = Rule<CountryInput, string | null>;

/** After the title and mention rules, before the publisher's: a spelling only one country writes. */
export const SPELLING_COUNTRY_RULE: PersonCountryRule = {
  id: 'country.name-spelling',
  kind: 'person-country',
  effect: 'keep',
  matches: ({ person }) => spellingCountry(person.words),
  example: {
    text: 'Visit\n\nThe Deputy Minister, Phạm Minh Tường, opened the forum in Bangkok.',
    yields: 'Phạm Minh Tường: VN',
    home: 'TH',
  },
  why: 'A Vietnamese name written with its own letters (ư, ơ, tone marks) is a Vietnamese official, whoever publishes.',
};

/** After the title, mention, spelling and courtesy rules: the publisher's own officials. */
export const HOME_OFFICIAL_RULE: PersonCountryRule = {
  id: 'country.home-official',
  kind: 'person-country',
  effect: 'keep',
  matches: ({ person, options }) => {
    if (person.titles.length === 0 || servesInternational(person)) return null;
    for (const home of [options.homeCountry, options.secondHome ?? null])
      if (home && (traditionOf(home)?.isName?.(person.words) ?? true)) return home;
    return null;
  },
  example: {
    text: 'Visit\n\nVice Minister Zhang Jianguo opened the forum.',
    yields: 'Zhang Jianguo: CN',
    home: 'CN',
  },
  why: "An official whose titles name no country, bloc or international body serves the publisher's government, when the name is written the publisher's way.",
};

/** Before every other country rule: a journalist asking in a briefing is of no country the text tells. */
export const JOURNALIST_RULE: Rule<PersonFacts> = {
  id: 'country.journalist',
  kind: 'person-country',
  effect: 'drop',
  matches: (person) => person.journalist === true,
  example: {
    text: 'Briefing\n\nQ (Tereza Kowalczyk, Harbour Radio): Will the Minister travel to Lima?',
    yields: 'Tereza Kowalczyk: none',
    home: 'PE',
  },
  why: "A journalist's outlet says where they work, not what they are; neither the publisher nor the name's locale tells it.",
};

/** The last resorts, after the home official, in this order. */
export const FALLBACK_COUNTRY_RULES: readonly PersonCountryRule[] = [
  {
    id: 'country.name-locale',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ person, named }) => {
      if (servesInternational(person)) return null;
      const words = person.words.filter((w) => !NAME_PARTICLES.has(w));
      const [given, surname] = [words[0] ?? '', words[words.length - 1] ?? ''];
      if (words.length < 2) return null;
      const surnames = [surname, ...surname.split('-')];
      const found = new Set(surnames.flatMap((s) => countriesOfName(given, s)).filter((c) => named.has(c)));
      return found.size === 1 ? ([...found][0] ?? null) : null;
    },
    example: {
      text: 'Visit\n\nThe talks between Poland and Chile were opened in Gdańsk. Tomasz Wiśniewski thanked the guests.',
      yields: 'Tomasz Wiśniewski: PL',
    },
    why: "A given name and a surname listed together only in one named country's locale (faker's per-locale names) are that country's, when the item names it.",
  },
  {
    id: 'country.tradition-named',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ person, named }) => {
      if (servesInternational(person)) return null;
      const found = new Set(
        traditionsOfName(person.words).flatMap((t) => (t.country && named.has(t.country) ? [t.country] : [])),
      );
      return found.size === 1 ? ([...found][0] ?? null) : null;
    },
    example: {
      text: 'Visit\n\nThe talks between Korea and Chile were held in Santiago. Kim Tae-yun said the talks went well.',
      yields: 'Kim Tae-yun: KR',
    },
    why: "A name written in one country's tradition (Korean, Vietnamese, Japanese, pinyin), when the item names that country, is that country's.",
  },
  {
    id: 'country.home-tradition-name',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ person, options }) =>
      traditionOf(options.homeCountry)?.isName?.(person.words) ? options.homeCountry : null,
    example: {
      text: 'Visit\n\nThe visitors thanked Liu Wenjun for the tour. Liu Wenjun said the lab is new.',
      yields: 'Liu Wenjun: CN',
      home: 'CN',
    },
    why: "A name written in the publisher's tradition (pinyin on a Chinese board) with nothing else said is the publisher's.",
  },
  {
    id: 'country.bilateral-visit',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ person, options, onlyForeign }) =>
      servesInternational(person) || looksHome(person.words, options) ? null : onlyForeign,
    example: {
      text: 'Visit\n\nThe visit to Kenya ended. Peter Otieno said the partnership will grow.',
      yields: 'Peter Otieno: KE',
      home: 'CN',
    },
    why: 'In an item naming exactly one country besides the home country, a visitor whose name does not look local is from there.',
  },
];
