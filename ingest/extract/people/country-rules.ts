import { HONORIFICS, RANK_ABBREVIATIONS } from '../lexicon/honorifics';
import { TITLE_CONNECTORS } from '../lexicon/connectors';
import { ORG_HEADS } from '../lexicon/heads';
import {
  GOVERNMENT_POST,
  LOCAL_ROLES,
  MILITARY_RANKS,
  MISSION_STAFF,
  ONE_STATE_POSTS,
} from '../lexicon/roles';
import {
  BODY_FOR_REGION,
  INTERNATIONAL,
  INTERNATIONAL_POST,
  INTERNATIONAL_STAFF,
  REGIONAL_BODY,
} from '../lexicon/international';
import {
  BYLINE_WORDS,
  COUNTERPART_WORDS,
  DELEGATION_NOUNS,
  LINKING_WORDS,
  MEETING_VERBS,
  MEMBERSHIP_WORDS,
  APPOINTMENT_VERBS,
  CONTACT_LABEL_WORDS,
  CONTACT_WORDS,
  PERSON_VERBS,
  APPOSITION_OPENERS,
  FUTURE_WORDS,
  PLACE_PREPOSITIONS,
  PREDICATE_FILLERS,
  PREDICATE_VERBS,
  SIGNATORY_OPENERS,
} from '../lexicon/person-context';
import { GENERATION_SUFFIXES } from '../lexicon/abbreviations';
import { countriesOfName } from '../lexicon/name-gazetteers';
import { NAME_LETTERS } from '../lexicon/name-letters';
import {
  COURTESY_COUNTRIES,
  NAME_PARTICLES,
  spellingCountry,
  traditionOf,
  traditionsOfName,
} from '../lexicon/traditions/all';
import type { Rule } from '../rules/rule';
import { blocsIn, countriesIn, isCountryOrBlocWord, matchCountries } from '../tagging/countries';
import { placeCountry } from '../tagging/places';
import type { TextUnit } from '../tagging/tag-unit';
import { isRegionOf, regionCountry, worldPlace } from '../tagging/world-places';
import { isAbbreviation, isBreak, tokenize } from '../tokens';
import { findRuns, isStopWord, startsPerson, type Run } from './candidates';
import { STATE_FORMS } from '../lexicon/countries';
import {
  LOWER_ROLES,
  affiliationAfter,
  occupationWord,
  countryAfterOf,
  leaderRowCountry,
  ledByAt,
  lowerApposition,
  postNominalAfter,
  signatoryForParty,
  staffCredit,
} from './context';
import { LABEL_GAP, isRoleish } from './titles';

/** What the person stage knows of the publisher and its gazetteers (from the overrides). */
export interface PeopleOptions {
  /** Country of officials whose titles name no country (the publisher's own government). */
  homeCountry: string | null;
  /** A weaker home (the headline's subject) for officials whose names are not written the first home's way. */
  secondHome?: string | null;
  /** Where the publisher, an embassy or a consulate, is posted: the government its untitled-country officials serve. */
  hostCountry?: string | null;
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
  /** Roles written in lower case before the name's comma ("the mayor of Salto (Uruguay), X"): read for the country only. */
  roles?: readonly string[];
  /** Posts in the predicate after a mention ("X is the First Deputy Minister of ..."): read for the country only. */
  predicates?: readonly string[];
}

/** A person whose titles or affiliation name a bloc or an international body serves no one country. */
export const servesInternational = (person: PersonFacts): boolean =>
  isInternational(person.titles) ||
  isInternational(person.roles ?? []) ||
  isInternational(person.predicates ?? []) ||
  isInternational(person.affiliations);

/** Country of a known organisation or place named in a phrase: "... of the MOST", "from Can Tho". */
function countryOfNamesIn(phrase: string, options: PeopleOptions): string | null {
  for (const [org, orgCode] of options.organizationCountries) if (phrase.includes(org)) return orgCode;
  for (const [post, code] of ONE_STATE_POSTS) if (post.test(phrase)) return code;
  // "of the Federal University of Minas Gerais", "Delegate General of Québec in Brussels": a province or
  // state after "of" is its country's, before any city the phrase names.
  // (the whole name: "of Valle del Cauca", not Honduras's "Valle"; "of the Gulf Cooperation Council" names none)
  for (const match of phrase.matchAll(
    /\bof (?:the )?(\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|de|del|do|da|dos|das|di))*)/gu,
  )) {
    // ("head of Bavaria's office": the possessive is no part of the name)
    const code = regionCountry((match[1] ?? '').replace(/['’]s$/, ''));
    if (code) return code;
  }
  for (const word of phrase.match(/\p{Lu}[\p{L}']+(?: \p{Lu}[\p{L}']+)*/gu) ?? []) {
    const placeCode = placeCountry(word, options.extraPlaces);
    if (placeCode) return placeCode;
  }
  // "Kazan Federal University": a large city's name inside a body's name; the largest of several ("the
  // Lima Nova Chamber": Lima, not a small town called Nova).
  let largest: { country: string; population: number } | null = null;
  // (a word of two letters is rather a name's short form: "Secretary Ma." of "Ma. Teresa")
  for (const word of phrase.match(/\p{Lu}[\p{L}']{2,}/gu) ?? []) {
    const city = isStopWord(word) ? null : worldPlace(word);
    if (city && city.population >= 100_000 && city.population > (largest?.population ?? 0)) largest = city;
  }
  return largest?.country ?? null;
}

/** "Mayor of Rivera", "Governor of Nyeri": the city or province right after a local government's role, however small. */
function localPlaceCountry(title: string): string | null {
  const match =
    /^(?:(?:Deputy|Vice|First) )?([\p{L}-]+) of (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})$/u.exec(
      title,
    );
  if (!match?.[1] || !match[2] || !LOCAL_ROLES.has(match[1])) return null;
  return worldPlace(match[2])?.country ?? null;
}

/** A title naming a bloc or an international body as its employer ("Secretary of State for the EU" names a portfolio). */
const isInternational = (titles: readonly string[]) =>
  // ("Union for the Mediterranean": a body's name, not a portfolio)
  titles.some((t) => BODY_FOR_REGION.test(t)) ||
  titles
    .map((t) => t.replace(/\bfor (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*/gu, ''))
    .some(
      (t) =>
        blocsIn(t).length > 0 ||
        INTERNATIONAL.test(t) ||
        INTERNATIONAL_STAFF.test(t) ||
        INTERNATIONAL_POST.test(t) ||
        REGIONAL_BODY.test(t),
    );

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

/**
 * The first country a title names. A country's name that is also a state or province of the home or of
 * another country the item names is that state when the title says so: "Governor of the State of Georgia"
 * (beside the United States), "President of the Georgia Dairy Board" (a body named after the state).
 */
const titleCountry = (title: string, options: PeopleOptions, named: Iterable<string>) =>
  phraseCountry(withoutInternationalBodies(withoutPost(fromRole(title))), options, named);

/**
 * "... Korea–Kenya Policy Consultation with Principal Secretary of Kenya": a title read back into the words
 * before it starts after their "with" when a role follows it ("Secretary for Relations with States" keeps
 * its own "with").
 */
function fromRole(title: string): string {
  const at = title.lastIndexOf(' with ');
  if (at >= 0) {
    const after = title.slice(at + 6).replace(/^the /, '');
    if (isRoleish(after.split(' ')[0])) return after;
  }
  return fromOwnRole(title);
}

/**
 * "Foreign Minister A of Azerbaijan and Foreign Minister B of Türkiye": a title read back into the name
 * before it ("Huseynli of Azerbaijan and Foreign Minister") starts after the last "and" a role follows, when
 * its first word is no role, no country's and no courtesy form.
 */
function fromOwnRole(title: string): string {
  const first = title.split(' ')[0] ?? '';
  if (isRoleish(first) || isCountryOrBlocWord(first) || HONORIFICS.has(first) || !/^\p{Lu}/u.test(first))
    return title;
  // ("Cabo Verdean Minister of ...": a country's name of two words opens it)
  if (matchCountries(tokenize(title))[0]?.from === 0) return title;
  const at = title.lastIndexOf(' and ');
  const after = at < 0 ? '' : title.slice(at + 5).replace(/^the /, '');
  return isRoleish(after.split(' ')[0]) ? after : title;
}

const INTERNATIONAL_NAMES = new RegExp(INTERNATIONAL.source, 'g');
/** "Secretary General of the Organization of American States": a body's name is no country's ("American"). */
const withoutInternationalBodies = (title: string) => title.replace(INTERNATIONAL_NAMES, '');

function phraseCountry(phrase: string, options: PeopleOptions, named: Iterable<string>): string | null {
  const tokens = tokenize(phrase);
  for (const match of matchCountries(tokens)) {
    const code = match.values[0];
    if (!code) continue;
    const name = tokens
      .slice(match.from, match.to)
      .map((t) => t.text)
      .join(' ');
    const before = tokens[match.from - 1]?.text;
    const next = tokens[match.to]?.text ?? '';
    const asState =
      (before === 'of' &&
        /^(?:State|state|Governor|Vice-Governor)$/.test(tokens[match.from - 2]?.text ?? '')) ||
      // (a body's name after it, not a role: "Somali Foreign Minister" is of Somalia)
      (/^\p{Lu}/u.test(next) && tokens.slice(match.to).some((t) => ORG_HEADS.has(t.text)));
    if (asState)
      for (const other of [options.homeCountry, ...named])
        if (other && other !== code && isRegionOf(name, other)) return other;
    return code;
  }
  return null;
}

/** Rules on one title of the person, title by title: the first title that gives a country wins. */
export const TITLE_COUNTRY_RULES: ReadonlyArray<
  Rule<{ title: string; options: PeopleOptions; named: ReadonlySet<string> }, string | null>
> = [
  {
    id: 'country.title-names-country',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ title, options, named }) => titleCountry(title, options, named),
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
    matches: ({ title, options }) =>
      countryOfNamesIn(withoutPost(title), options) ?? localPlaceCountry(title),
    example: {
      text: 'Visit\n\nWang Xiaoming, Director of the Science and Technology Department of Yunnan Province, spoke.',
      yields: 'Wang Xiaoming: CN',
    },
    why: "A body of known country (overrides' organizationCountries), a gazetteer place or a large city in a title.",
  },
];

/**
 * "a trade office of the U.S. state of Georgia": a country's name after "state of" or "province of" that is a state of
 * another country the paragraph names is that state; its country is returned.
 */
function stateOf(
  unit: TextUnit,
  match: { from: number; to: number; values: readonly string[] },
): string | null {
  const { at } = unit;
  if (
    at.text(match.from - 1) !== 'of' ||
    !/^(?:state|State|province|Province)$/.test(at.text(match.from - 2))
  )
    return null;
  const name = at.words(match.from, match.to).join(' ');
  for (const other of unit.countries)
    for (const code of other.values) if (!match.values.includes(code) && isRegionOf(name, code)) return code;
  return null;
}

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
  const from = stateFormStart(unit, match.from);
  // "headed by: Argentina, Deputy Ana Ruiz; Bolivia, Senator Luis Mora": a country opening a list's item,
  // then a comma and a role or courtesy form.
  const itemStart = /^(?::|;)\s*$/.test(at.gap(from)) || from === 0;
  if (!LABEL_GAP.test(at.gap(k)) && !(at.gap(k) === ', ' && k < run.from && itemStart)) return null;
  // "Minister of Energy, Botswana – Hon. X": after a comma, a country before a dash ends a title.
  if (!at.gap(k).includes(':') && at.gap(from) === ', ') return null;
  // "... Affairs of Peru: Ana Ruiz": a country inside a phrase is no label; a label opens its line or item.
  const before = at.at(from - 1);
  if (before && /^\p{Ll}/u.test(before.text) && at.spaced(from)) return null;
  return single(match);
}

/** "the ministers of Chile, A; of Peru, B; and of Ecuador, General C": an item's "of <country>," before the name. */
function ofCountryItem(unit: TextUnit, run: Run): string | null {
  const { at } = unit;
  let k = run.from;
  while (k > run.from - 3 && k > 0 && at.spaced(k) && (at.in(k - 1, HONORIFICS) || isRoleish(at.text(k - 1))))
    k--;
  if (at.gap(k) !== ', ') return null;
  const match = unit.countries.find((m) => m.to === k);
  if (!match || at.text(match.from - 1) !== 'of' || !at.spaced(match.from)) return null;
  const of = match.from - 1;
  // The item opens after a semicolon, after "; and", or after the plural role the list shares.
  const opens =
    /^;\s*$/.test(at.gap(of)) ||
    (at.text(of - 1) === 'and' && /^;\s*$/.test(at.gap(of - 1))) ||
    (at.spaced(of) && /s$/.test(at.text(of - 1)) && isRoleish(at.text(of - 1).replace(/s$/, '')));
  return opens ? single(match) : null;
}

/** "X of the Bolivarian Republic of Venezuela and ...": a state's full name right after "of", closing the phrase. */
function stateFormAfterOf(unit: TextUnit, run: Run): { values: readonly string[] } | null {
  const { at } = unit;
  if (at.text(run.to) !== 'of' || !at.spaced(run.to)) return null;
  const match = unit.countries.find((m) => m.from > run.to && m.from <= run.to + 6);
  if (!match) return null;
  const start = stateFormStart(unit, match.from);
  if (start === match.from || start > run.to + 2) return null;
  return at.gap(match.to) === ' ' && at.capitalised(match.to) ? null : match;
}

/** "Republic of Kenya", "United Republic of Tanzania": where the state's form before a country's name starts. */
function stateFormStart(unit: TextUnit, from: number): number {
  const { at } = unit;
  if (at.text(from - 1) === 'the' && at.text(from - 2) === 'of') from--;
  if (at.text(from - 1) === 'of' && STATE_FORMS.has(at.text(from - 2))) {
    from -= 2;
    while (from > 0 && at.capitalised(from - 1) && at.spaced(from)) from--;
  }
  return from;
}

/** A gap that opens a list's item: a bullet (lines are joined: " - "), a semicolon, a colon. */
const ITEM_OPENING = /(?:^|\s)[-–•*]\s+$|[;:]\s*$/;
/** A gap that closes one: the next bullet, a semicolon, a sentence's end. */
const ITEM_CLOSING = /\s[-–•*]\s|;|[.!?]\s/;

/**
 * "- Secretary A, Chairperson, Mindanao Development Authority (Philippines)", "- Mr. B, observer
 * (Timor-Leste)": a list's item that opens with the name (its courtesy forms and role before it) and closes
 * with one country alone in brackets.
 */
function itemBracketCountry(unit: TextUnit, run: Run): string | null {
  const { at } = unit;
  let k = run.from;
  while (
    k > run.from - 4 &&
    k > 0 &&
    (at.spaced(k) || at.gap(k) === '. ') &&
    (at.in(k - 1, HONORIFICS) || isRoleish(at.text(k - 1)))
  )
    k--;
  if (k > 0 && !ITEM_OPENING.test(at.gap(k))) return null;
  let end = run.to;
  while (end < at.length && !ITEM_CLOSING.test(at.gap(end))) end++;
  const match = unit.countries.find((m) => m.to === end && m.from > run.to);
  if (!match || !at.gap(match.from).endsWith('(') || !/^\)/.test(at.exists(end) ? at.gap(end) : ')'))
    return null;
  // (one country only in the item)
  if (unit.countries.some((m) => m !== match && m.from >= run.to && m.to <= end)) return null;
  return single(match);
}

/** As for the home's officials: the home when the name is written its way, else the headline's subject. */
function homeOfName(words: readonly string[], options: PeopleOptions): string | null {
  for (const home of [options.homeCountry, options.secondHome ?? null])
    if (home && (traditionOf(home)?.isName?.(words) ?? true)) return home;
  return null;
}

/** "Press secretary: X, press@...", "Contact presse : X": a paragraph opening with a contact's label, then the name. */
function contactLine(unit: TextUnit, run: Run): boolean {
  const { at } = unit;
  let k = run.from;
  while (k > 0 && at.in(k - 1, HONORIFICS)) k--;
  if (k === 0 || !/^\s?:\s+$/.test(at.gap(k))) return false;
  // (the label opens the paragraph, or its line after the last one's full stop: lines are joined)
  let start = k - 1;
  while (start > k - 3 && start > 0 && at.spaced(start)) start--;
  if (start > 0 && !/[.!?]\s+$/.test(at.gap(start))) return false;
  const label = at.words(start, k).map((w) => w.toLowerCase());
  return label.every((w) => CONTACT_LABEL_WORDS.has(w)) && label.some((w) => CONTACT_WORDS.has(w));
}

/**
 * "Republic of Kenya – Hon. A, Cabinet Secretary; Amb. B, Principal Secretary.": a paragraph whose
 * countries' labels each open a line or an item is a list of delegations; every name after a label is that
 * label's country's, up to the next ("Por la República Argentina: A, Ministro ...; B, Ministra .... Por la
 * República del Paraguay: C, ...", the list's lines joined into one paragraph).
 */
function labelLineCountry(unit: TextUnit, run: Run): string | null {
  const { at } = unit;
  const labels = unit.countries.filter((m) => LABEL_GAP.test(at.gap(m.to)));
  if (labels.length === 0 || !labels.every((m) => opensLine(unit, m.from))) return null;
  const last = labels.filter((m) => m.to <= run.from).at(-1);
  if (!last) return null;
  // ("...; Viet Nam: Mr. X. Timor-Leste was represented by Y": a sentence after the list is no label's item)
  for (let k = last.to + 1; k <= run.from; k++)
    if (/^[.!?]\s/.test(at.gap(k)) && isBreak(unit.tokens, k)) return null;
  return single(last);
}

/** Gaps before a line's or an item's first word, inside a paragraph: after a colon, a semicolon, a sentence. */
const LINE_OPENING = /[.:;]\s+$/;

/**
 * Whether a country's name at `from` opens a line or an item: alone or in its state's form ("Republic of
 * Kenya"), or after a party's opener ("Por la República Oriental del Uruguay:", "For the Republic of X:").
 */
function opensLine(unit: TextUnit, from: number): boolean {
  const { at } = unit;
  let start = stateFormStart(unit, from);
  for (let k = start - 1; k >= Math.max(0, start - 6); k--) {
    if (at.in(k, SIGNATORY_OPENERS)) {
      start = k;
      break;
    }
    // (the state's form between, in any language: "la República Oriental del", "el Estado Plurinacional de")
    if (!at.spaced(k + 1)) break;
  }
  return start === 0 || LINE_OPENING.test(at.gap(start));
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

/**
 * "Leaders were represented as follows: Australia by the Hon. A MP, ...; Cook Islands by Prime Minister B;
 * and Tuvalu by the Hon. C": in a paragraph about who represented whom, a list's item opening with a country
 * and "by" before the name (courtesy forms and the role between them).
 */
const namesRepresented = new WeakMap<TextUnit, boolean>();

function representedItemCountry(unit: TextUnit, run: Run): string | null {
  // Once per paragraph, not per name: a paragraph may be long.
  let has = namesRepresented.get(unit);
  if (has === undefined) namesRepresented.set(unit, (has = /\brepresent/.test(unit.text)));
  if (!has) return null;
  const { at } = unit;
  let k = run.from;
  while (
    k > run.from - 6 &&
    k > 0 &&
    (at.in(k - 1, HONORIFICS) || isRoleish(at.text(k - 1)) || at.text(k - 1) === 'the') &&
    (at.spaced(k) || at.gap(k) === '. ')
  )
    k--;
  if (at.text(k - 1) !== 'by' || !(at.spaced(k) || at.gap(k) === '. ')) return null;
  const match = unit.countries.find((m) => m.to === k - 1);
  if (!match || !at.spaced(k - 1)) return null;
  const from = stateFormStart(unit, match.from);
  const opensItem =
    /[;:]\s*$/.test(at.gap(from)) || (at.text(from - 1) === 'and' && /[;,]\s*$/.test(at.gap(from - 1)));
  return opensItem ? single(match) : null;
}

/**
 * "attended by: Hon. A, Minister of State for Health (Primary Health Care), Republic of Uganda; Mr. B,
 * Secretary (East), India; ...": a list's item that opens with the name and closes with a comma and one
 * country (a bracketed role in the bureau after it allowed) is that country's delegate.
 */
function itemEndCountry(unit: TextUnit, run: Run): string | null {
  const { at } = unit;
  let k = run.from;
  while (k > 0 && at.in(k - 1, HONORIFICS)) k--;
  // (a list's lines joined into one paragraph: "... State Secretary, Sweden Ms. X, Ambassador, Iceland": the
  // last item's country, then a courtesy form, opens the next item)
  const countryThenCourtesy = (i: number) =>
    at.in(i, HONORIFICS) && at.spaced(i) && unit.countries.some((m) => m.to === i);
  if (!(k === 0 || /^\)?[;:]\s*$|\n/.test(at.gap(k)) || (k < run.from && countryThenCourtesy(k))))
    return null;
  let end = run.to;
  while (end < at.length && !/[;\n]|[.!?]\s/.test(at.gap(end)) && !countryThenCourtesy(end)) end++;
  // ("..., Republic of Uganda (Chairperson);": back over the bracket)
  if (at.text(end - 1) !== '' && /^\)/.test(unit.text.slice(at.at(end - 1)?.end ?? 0))) {
    let open = end - 1;
    while (open > run.to && !at.gap(open).includes('(')) open--;
    if (open > run.to) end = open;
  }
  const match = unit.countries.find((m) => m.to === end && m.from > run.to);
  if (!match) return null;
  // "..., Department of Information, Ministry of Foreign Affairs of Thailand.": the item's last part a body of it.
  let part = stateFormStart(unit, match.from);
  if (!/^\)?, $/.test(at.gap(part))) {
    while (part > run.to && !/^\)?, $/.test(at.gap(part))) part--;
    if (part <= run.to || !ORG_HEADS.has(at.text(part))) return null;
  }
  // (one country only in the item: "Minister of Trade of Peru, Chile" is no item of this shape)
  if (unit.countries.some((m) => m !== match && m.from >= run.to && m.to <= end)) return null;
  return single(match);
}

/** "Rt Hon. X MP, the UK Minister of State for Development, announced": a country right before the role after ", the". */
function theCountryRoleAfter(unit: TextUnit, run: Run): string | null {
  const { at } = unit;
  const k = postNominalAfter(unit, run) ? run.to + 1 : run.to;
  if (at.gap(k) !== ', ' || at.text(k) !== 'the') return null;
  const match = unit.countries.find((m) => m.from === k + 1);
  return match && at.spaced(match.to) && isRoleish(at.text(match.to)) ? single(match) : null;
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
  return delegationOf(unit, run)?.country ?? null;
}

/**
 * "X of the Faculty of Science, Accra Technical University", "X of the Statistics Office (SO), Peru": the
 * words after a comma that closes the body named after the name (and its acronym), when they name a place,
 * a country or another body, up to the next comma or the sentence's end.
 */
function affiliationTail(unit: TextUnit, to: number): string | null {
  const { at, text } = unit;
  if (at.text(to) !== 'of' || !at.spaced(to)) return null;
  let k = to + 1;
  if (at.text(k) === 'the' && at.spaced(k)) k++;
  const body = k;
  while (at.exists(k) && at.spaced(k) && (at.capitalised(k) || TITLE_CONNECTORS.has(at.text(k)))) k++;
  if (k === body) return null;
  // ("... (SO), Peru": the acronym in brackets)
  if (at.gap(k) === ' (' && at.gap(k + 1) === '), ') k++;
  else if (at.gap(k) !== ', ') return null;
  const start = k;
  while (at.exists(k) && at.capitalised(k) && (k === start || at.spaced(k))) k++;
  const first = at.at(start);
  const last = at.at(k - 1);
  // (closed as an apposition is: a comma, "and", a full stop or the end)
  // (or by its own acronym: "..., Lagos State University (LASU), would ...")
  const closed = !at.exists(k) || /^(?:, |\. |\.|;| \()/.test(at.gap(k)) || at.text(k) === 'and';
  if (!first || !last || k === start || !closed) return null;
  const tail = text.slice(first.start, last.end);
  const words = tail.split(' ');
  return unit.claimedBy[start] === 'country' || words.some((w) => ORG_HEADS.has(w)) ? tail : null;
}

/** The nearest delegation before the name in its sentence, a word of membership between them: its country, if named. */
function delegationOf(unit: TextUnit, run: Run): { country: string | null; definite?: boolean } | null {
  const { at } = unit;
  const start = sentenceStart(unit, run.from);
  let member = false;
  let unnamed = false;
  let definite = false;
  for (let k = run.from - 1; k >= start; k--) {
    // ("The Kenyan delegation included A, while B accompanied ...": another clause's subject)
    if (at.in(k, CLAUSE_OPENERS) || at.in(k, MEETING_VERBS)) break;
    if (at.in(k, MEMBERSHIP_WORDS)) member = true;
    // "Kenya was represented by A, B and C": every name of the list, not only the first.
    if (at.text(k) === 'represented' && at.text(k + 1) === 'by') {
      let aux = k;
      while (at.in(aux - 1, REPRESENTED_AUXILIARIES)) aux--;
      const side = aux < k ? unit.countries.find((m) => m.to === aux) : undefined;
      if (side) return { country: single(side) };
      member = true;
    }
    if (!at.in(k, DELEGATION_NOUNS)) continue;
    // "Members of the delegation are: A; B": the membership word before the noun
    if (at.text(k - 1) === 'the' && at.text(k - 2) === 'of' && /^(?:Members|members)$/.test(at.text(k - 3)))
      member = true;
    // "On the Kenyan side, A, B and C took part", "On the Kenyan side were A and B": a side that opens the
    // sentence heads what follows it.
    if (at.text(k) === 'side' && (at.gap(k + 1) === ', ' || at.in(k + 1, REPRESENTED_AUXILIARIES))) {
      const side = unit.countries.find((m) => m.to === k);
      if (side && at.text(side.from - 1) === 'the' && /^(?:On|For|From)$/.test(at.text(side.from - 2)))
        member = true;
    }
    // "the Argentine delegation by B": "by" right after the noun stands for "headed by".
    if (at.text(k + 1) === 'by') member = true;
    if (!member) break;
    const found = countryOfDelegation(unit, k, run.from);
    if (found !== undefined) return { country: found };
    // "The delegation was led by ...", not "Heads of delegation: ..." nor "on our side".
    if (at.text(k) === 'delegation' && DETERMINERS.has(at.text(k - 1).toLowerCase())) {
      unnamed = true;
      definite = at.text(k - 1).toLowerCase() === 'the';
    }
  }
  return unnamed ? { country: null, definite } : null;
}

const DETERMINERS = new Set(['the', 'a', 'our', 'its', 'his', 'her', 'their']);
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'whilst']);

/** "X led the Nepalese delegation", "X accompanied the Ethiopian Minister": a verb, a country, then a noun it qualifies. */
function countryAfterVerb(
  unit: TextUnit,
  run: Run,
  verbs: ReadonlySet<string>,
  qualifies: (next: string) => boolean,
): string | null {
  const { at } = unit;
  if (!at.in(run.to, verbs) || !at.spaced(run.to)) return null;
  const k = DETERMINERS.has(at.text(run.to + 1)) ? run.to + 2 : run.to + 1;
  const match = unit.countries.find((m) => m.from === k);
  return match && qualifies(at.text(match.to)) ? single(match) : null;
}
const ACCOMPANYING = new Set(['accompanied', 'accompanies', 'accompanying']);
const LEADING_VERBS = new Set(['led', 'leads', 'headed', 'heads', 'leading', 'heading']);

/**
 * The country of the delegation noun at `k`: "the Colombian delegation", "a delegation of the Congress of
 * Peru", "a delegation from Türkiye" (null when the words name several); undefined when none is named.
 */
function countryOfDelegation(unit: TextUnit, k: number, limit: number): string | null | undefined {
  const { at } = unit;
  const before = unit.countries.find((m) => m.to === k);
  if (before) return single(before);
  if (at.text(k + 1) === 'of' || at.text(k + 1) === 'from')
    // (to the phrase's end: "a delegation of the Committee on Health visited India" is no delegation of India)
    for (let j = k + 2; j < Math.min(k + 10, limit) && !at.in(j, MEMBERSHIP_WORDS); j++) {
      if (at.in(j, PERSON_VERBS) || /^\p{Ll}+ed$/u.test(at.text(j))) break;
      const after = unit.countries.find((m) => m.from === j);
      if (after) return single(after);
    }
  return undefined;
}

/** Whether any paragraph of the item names a country's delegation ("the Turkish delegation", "a delegation from Peru"). */
export function namesCountryDelegation(units: readonly TextUnit[]): boolean {
  return delegationCountries(units) !== null;
}

/**
 * The countries the item's delegations are named with ("a Sri Lankan delegation", "the delegation of
 * Peru"), null when it names none; a delegation named with several countries at once adds none.
 */
export function delegationCountries(units: readonly TextUnit[]): Set<string> | null {
  let found: Set<string> | null = null;
  for (const unit of units) {
    if (!/\b(?:delegations?|side)\b/.test(unit.text)) continue;
    for (let k = 0; k < unit.tokens.length; k++) {
      if (!unit.at.in(k, DELEGATION_NOUNS)) continue;
      const country = countryOfDelegation(unit, k, unit.tokens.length);
      if (country === undefined) continue;
      found ??= new Set();
      if (country) found.add(country);
    }
  }
  return found;
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
/**
 * "she met with her Ivorian counterpart, A, Minister of ..., and with B, Minister of Commerce": a name after
 * "and with" that joins an earlier "with" of the sentence whose object is a country's counterpart is of
 * that country too (the host's officials met on a visit).
 */
function alsoMetCountry(unit: TextUnit, run: Run): string | null {
  const { at } = unit;
  let k = run.from;
  while (k > run.from - 3 && k > 0 && at.in(k - 1, HONORIFICS) && (at.spaced(k) || at.gap(k) === '. ')) k--;
  if (at.text(k - 1) !== 'with' || at.text(k - 2) !== 'and') return null;
  const start = sentenceStart(unit, run.from);
  let found: string | null = null;
  for (let j = k - 3; j >= start; j--) {
    if (at.text(j) !== 'with' || !at.spaced(j + 1)) continue;
    // "with [her] Ivorian counterpart"
    let c = j + 1;
    if (at.in(c, DETERMINERS)) c++;
    const match = unit.countries.find((m) => m.from === c);
    if (!match || !at.in(match.to, COUNTERPART_WORDS)) continue;
    const code = single(match);
    if (found && code !== found) return null;
    found = code;
  }
  return found;
}

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
  // "my colleague from Antigua and Barbuda, Hon. X": the country after the word, right before the comma
  const from = unit.countries.find((m) => m.to === k + 1);
  if (
    from &&
    at.text(from.from - 1) === 'from' &&
    at.in(from.from - 2, COUNTERPART_WORDS) &&
    at.gap(k + 1) === ', '
  )
    return single(from);
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

/**
 * "by the mayor of Salto (Uruguay), X", "The board's secretary, X, will ...": a role after an article and
 * before the name's comma that the title stage does not take (lower case, or a place's name with "do" in it).
 * Not a guest's ("the visiting minister, X").
 */
export function roleBeforeComma(unit: TextUnit, run: Run): string | null {
  const { at, text } = unit;
  let k = run.from;
  // (a courtesy form or a role word may stand between the comma and the name: ", Senator X", ", Councillor X")
  // (", Police Major General X": a rank of up to three words)
  while (
    k > run.from - 4 &&
    k > 0 &&
    (at.in(k - 1, HONORIFICS) || isRoleish(at.text(k - 1)) || at.in(k - 1, MILITARY_RANKS)) &&
    at.gap(k) !== ', '
  )
    k--;
  if (at.gap(k) !== ', ' && at.gap(k) !== '), ') return null;
  let start = -1;
  // ("Delegates included Uganda's Commissioner for Crop Protection, X": a possessive country opens the role
  // when no article does; "the director of Tunisia's City of Culture" keeps its article's start)
  let possessor = -1;
  for (let j = k - 1; j >= 0 && j > k - 18; j--) {
    // ("the Governor of the State of X", "Secretary at the Ministry": an article after a preposition is inside the role)
    if (ROLE_ARTICLES.has(at.text(j)) && !ROLE_PREPOSITIONS.has(at.text(j - 1))) {
      start = j + 1;
      break;
    }
    const gap = at.gap(j + 1);
    // (a list of portfolios may hold commas: "Minister of Science, Technology and Innovation, X")
    const portfolio =
      at.capitalised(j + 1) && !isRoleish(at.text(j + 1)) && at.words(j + 1, k).includes('and');
    if (j + 1 < k && (/[.;:!?]/.test(gap) || (gap.includes(',') && !gap.startsWith(')') && !portfolio)))
      break;
    if (possessor < 0 && /^['’]s /.test(text.slice(at.at(j)?.end))) {
      const country = unit.countries.find((m) => m.to === j + 1);
      if (country) possessor = country.from;
    }
  }
  if (start < 0) start = possessor;
  if (start < 0 || start >= k) return null;
  const words = at.words(start, k);
  // ("the Prefect of Shkodër, X": a local government's role, which the title rules do not read as a title)
  // ("the akim of the Turkestan Region", "the khokim of ..." in lower case too)
  const role = (w: string) =>
    LOWER_ROLES.has(w.toLowerCase()) || LOCAL_ROLES.has(w.charAt(0).toUpperCase() + w.slice(1));
  if (!words.some(role) || words.some((w) => GUEST_WORDS.has(w))) return null;
  const first = at.at(start);
  const last = at.at(k - 1);
  if (!first || !last) return null;
  const phrase = text.slice(first.start, last.end);
  return at.gap(k).startsWith(')') ? `${phrase})` : phrase;
}

/**
 * "Mr X is the First Deputy Minister of ... of Ukraine", "X has been appointed Trade Commissioner in Jakarta":
 * a post in the predicate after the name, read for the country only (as a role before the comma is).
 */
export function predicateRole(unit: TextUnit, run: Run): string | null {
  const { at, text } = unit;
  let k = run.to;
  let verb = false;
  while (k < run.to + 5 && at.spaced(k)) {
    const word = at.text(k);
    if (PREDICATE_VERBS.has(word) || APPOINTMENT_VERBS.has(word)) verb = true;
    else if (!PREDICATE_FILLERS.has(word)) break;
    k++;
  }
  if (!verb || !at.spaced(k)) return null;
  const start = k;
  // The post: up to the next punctuation, or a lower-case word that is no connector ("... and takes up").
  let end = k;
  while (end < k + 14 && end < unit.tokens.length && (end === start || at.spaced(end))) {
    const word = at.text(end);
    if (
      /^\p{Ll}/u.test(word) &&
      !TITLE_CONNECTORS.has(word) &&
      !LOWER_ROLES.has(word) &&
      !ROLE_ARTICLES.has(word)
    )
      break;
    end++;
  }
  while (end > start && (at.in(end - 1, TITLE_CONNECTORS) || ROLE_ARTICLES.has(at.text(end - 1)))) end--;
  const words = at.words(start, end);
  if (!words.some((w) => LOWER_ROLES.has(w.toLowerCase()))) return null;
  const first = at.at(start);
  const last = at.at(end - 1);
  return first && last ? text.slice(first.start, last.end) : null;
}

/**
 * "Committee member X", "youth delegate X", "the policy adviser X": a role in lower case right before the name
 * (with the capitalised words of its body before it), read for the country only; not a guest's ("the visiting
 * minister X") nor after a country's name (the demonym rule reads those).
 */
export function roleBeforeName(unit: TextUnit, run: Run): string | null {
  const { at, text } = unit;
  const k = run.from - 1;
  // ("friendship group members X and Y": the plural too)
  const noun = at.text(k);
  const roleNoun = LOWER_ROLES.has(noun) || (noun.endsWith('s') && LOWER_ROLES.has(noun.slice(0, -1)));
  if (!at.spaced(run.from) || !/^\p{Ll}/u.test(noun) || !roleNoun) return null;
  let start = k;
  while (
    start > k - 3 &&
    at.spaced(start) &&
    /^\p{Ll}/u.test(at.text(start - 1)) &&
    !at.in(start - 1, LINKING_WORDS) &&
    !ROLE_ARTICLES.has(at.text(start - 1))
  )
    start--;
  while (start > k - 4 && at.spaced(start) && at.capitalised(start - 1) && !at.in(start - 1, HONORIFICS))
    start--;
  const words = at.words(start, k + 1);
  // ("the FAO ... its regional officer X": a possessive points at another body or person)
  if (
    words.some((w) => GUEST_WORDS.has(w)) ||
    /^(?:its|their|his|her)$/i.test(at.text(start - 1)) ||
    unit.countries.some((m) => m.from >= start - 1 && m.to <= k + 1)
  )
    return null;
  const first = at.at(start);
  const last = at.at(k);
  return first && last ? text.slice(first.start, last.end) : null;
}

/**
 * "Police Colonel X", "Lt Gen X", "Col. X": a rank right before the name (the title stage keeps ranks out of
 * titles), read as a role for the country only: an officer whose country nothing else tells serves the publisher.
 */
export function rankBeforeName(unit: TextUnit, run: Run): string | null {
  const { at } = unit;
  const rank = (k: number) =>
    at.in(k, MILITARY_RANKS) ||
    at.in(k, RANK_ABBREVIATIONS) ||
    (at.text(k) === 'Police' && at.in(k + 1, MILITARY_RANKS));
  let k = run.from;
  while (k > run.from - 4 && k > 0 && (at.spaced(k) || at.gap(k) === '. ') && rank(k - 1)) k--;
  if (k === run.from) return null;
  // ("Observers from the CSTO Joint Staff, headed by Col. X": an officer named after a bloc may be the bloc's)
  const start = sentenceStart(unit, run.from);
  if (unit.blocs.some((m) => m.from >= start && m.to <= run.from)) return null;
  // ("Romanian Colonel X": the demonym before the rank is read with it)
  const demonym = unit.countries.find((m) => m.to === k && at.spaced(k));
  return at.words(demonym?.from ?? k, run.from).join(' ');
}

const ROLE_ARTICLES = new Set(['the', 'The', 'its', 'his', 'her', 'their', 'our', 'by']);
const ROLE_PREPOSITIONS = new Set(['of', 'at', 'in', 'for', 'to']);
/** Lower-case words inside a title's or a body's name after the name ("... under the Government of the Republic of X"). */
const TAIL_WORDS = new Set([
  ...TITLE_CONNECTORS,
  ...ROLE_PREPOSITIONS,
  'under',
  'de',
  'del',
  'du',
  'des',
  'da',
  'do',
]);
const GUEST_WORDS = new Set(['visiting', 'foreign', 'guest', 'guests', 'counterpart', 'counterparts']);

/** A lower-case noun for a person's role or trade, also in the plural ("directors", "legislators"). */
const personNoun = (word: string) =>
  LOWER_ROLES.has(word) ||
  occupationWord(word) ||
  (word.endsWith('s') && (LOWER_ROLES.has(word.slice(0, -1)) || occupationWord(word.slice(0, -1))));

/**
 * The country of a demonym or a possessive country before the name at `from`, through a role or an
 * occupation in lower case: "the Peruvian minister X", "Peru's foreign minister X", "with Finland's X",
 * "the Filipino priest Fr. X" (courtesy forms between), "the Algerian Olympic boxer X", "Fiji Sevens head
 * coach X" (a word or two of kind before the noun), "the Bulgarian icon painter and restorer X". After
 * "and" or a comma, the name before it is read the same way when its noun is plural ("the Greek directors
 * A and B": B is Greek too).
 */
function demonymBefore(unit: TextUnit, from: number, plural: boolean): string | null {
  const { at } = unit;
  let first = from - 1;
  while (first > from - 3 && at.in(first, HONORIFICS)) first--;
  let k = first;
  let noun: string | null = null;
  // (not "of Uruguay and | Rocío Giménez": a conjunction or preposition is no role)
  // ("Peru's alternate representative, X": the role's comma before the name)
  const joined = (j: number) => at.spaced(j + 1) || (j === first && at.gap(j + 1) === ', ');
  while (k > first - 5 && /^\p{Ll}/u.test(at.text(k)) && joined(k)) {
    // ("painter and restorer": "and" between two nouns of the role, never next to the name)
    const inner = at.text(k) === 'and' && k < first && /^\p{Ll}/u.test(at.text(k - 1)) && at.spaced(k);
    if ((at.in(k, LINKING_WORDS) && !inner) || at.in(k, DETERMINERS)) break;
    if (noun === null) noun = at.text(k);
    k--;
  }
  if (k === first && at.in(k, LINKING_WORDS)) {
    if (plural || !(at.text(k) === 'and' || at.gap(from) === ', ')) return null;
  }
  if (noun !== null && /^\p{Ll}/u.test(at.text(k)) && at.in(k, LINKING_WORDS)) return null;
  // "the Greek directors A and B": B after "and" (or a list's comma), A after a plural noun of a country.
  if (k === first && !plural && (at.text(first) === 'and' || at.gap(from) === ', ')) {
    let j = at.text(first) === 'and' ? first - 1 : from - 1;
    let words = 0;
    while (
      j >= 0 &&
      at.capitalised(j) &&
      !at.in(j, HONORIFICS) &&
      words < 4 &&
      (words === 0 || at.spaced(j + 1))
    ) {
      j--;
      words++;
    }
    return words >= 2 ? demonymBefore(unit, j + 1, true) : null;
  }
  if (!at.spaced(k + 1)) return null;
  // ("Algerian Olympic boxer", "Fiji Sevens head coach", "Algerian 1500-metre runner": words of kind)
  let country = unit.countries.find((m) => m.to === k + 1);
  if (!country && noun !== null && personNoun(noun))
    for (
      let j = k;
      j > k - 2 && !country && at.spaced(j + 1) && /^[\p{Lu}\d]/u.test(at.text(j)) && !isRoleish(at.text(j));
      j--
    )
      if (at.spaced(j)) country = unit.countries.find((m) => m.to === j);
  if (plural && (noun === null || !noun.endsWith('s') || !personNoun(noun))) return null;
  const last = at.at(k);
  if (k === first && !(last && /^['’]s\b/.test(unit.text.slice(last.end)))) return null;
  return country?.values.length === 1 ? (country.values[0] ?? null) : null;
}

/**
 * "X, a weaver from Puno, ...", "X, who runs a packing house in Rayong": the first place after "from" (else
 * "in") in the person's own apposition, up to its end; not after "will" or "would" (where they are going),
 * and only a country the item names or the publisher's.
 */
function ownPlaceCountry(unit: TextUnit, run: Run, options: PeopleOptions): string | null {
  const { at } = unit;
  // ("X, managing director of Y GmbH from Landshut": a role in lower case opens it too)
  const opener = at.text(run.to);
  if (
    at.gap(run.to) !== ', ' ||
    !(
      APPOSITION_OPENERS.has(opener) ||
      LOWER_ROLES.has(opener) ||
      (LOWER_ROLES.has(at.text(run.to + 1)) && /^\p{Ll}/u.test(opener))
    )
  )
    return null;
  const named = new Set(unit.countries.flatMap((m) => m.values));
  let found: string | null = null;
  for (let k = run.to + 1; k < unit.tokens.length && at.spaced(k) && k < run.to + 16; k++) {
    if (at.in(k, FUTURE_WORDS)) break;
    if (!at.in(k, PLACE_PREPOSITIONS)) continue;
    // (a tagged place, else the world's towns: "from Kiryat Shmona", "in Mutsamudu")
    let end = k + 1;
    while (end < k + 4 && at.capitalised(end) && at.spaced(end) && !at.in(end, ORG_HEADS)) end++;
    const name =
      unit.places.find((p) => p.from === k + 1)?.name ??
      (end > k + 1 ? at.words(k + 1, end).join(' ') : null);
    const code = name ? (placeCountry(name, options.extraPlaces) ?? worldPlace(name)?.country) : null;
    if (!code || (code !== options.homeCountry && code !== options.secondHome && !named.has(code))) continue;
    if (at.text(k) === 'from') return code;
    found ??= code;
  }
  return found;
}

/**
 * The apposition after the name's comma, to its clause's end: up to three comma-separated parts ("X,
 * Chairman, Customs Service under the Government of Y"), ending at a semicolon, a full stop, a colon, a
 * bracket, ", and", or a part that opens with a lower-case word that is no role (", said"). The one country it
 * names, of its state's form or a demonym, outside a post ("Ambassador in X") and an international body.
 */
function appositionTailCountry(unit: TextUnit, run: Run): string | null {
  const { at, text } = unit;
  if (at.gap(run.to) !== ', ') return null;
  // The apposition opens with a role ("X, Deputy Chief of ...", "X, the head of ..."), not with another name.
  const opener = at.in(run.to, ROLE_ARTICLES) ? run.to + 1 : run.to;
  if (!isRoleish(at.text(opener)) && !LOWER_ROLES.has(at.text(opener)) && !at.in(opener, HONORIFICS))
    return null;
  let end = run.to;
  let parts = 1;
  for (; end < unit.tokens.length; end++) {
    const gap = at.gap(end);
    if (end > run.to && /[;.:()!?\n]/.test(gap)) break;
    if (gap.includes(',')) {
      const next = at.text(end);
      if (next === 'and' || next === 'or' || (end > run.to && ++parts > 3)) break;
      if (/^\p{Ll}/u.test(next) && !LOWER_ROLES.has(next) && !ROLE_ARTICLES.has(next)) break;
    }
    // (another person's mention ends the apposition: "..., and by X")
    if (at.text(end) === 'and' && at.text(end + 1) === 'by') break;
    // A title's and a body's words only: a verb ends it ("X, Minister of Y, received ...").
    const word = at.text(end);
    if (/^\p{Ll}/u.test(word) && !TAIL_WORDS.has(word) && !LOWER_ROLES.has(word)) break;
  }
  if (end <= run.to + 1) return null;
  const first = at.at(run.to);
  const last = at.at(end - 1);
  if (!first || !last) return null;
  const phrase = text.slice(first.start, last.end);
  if (isInternational([phrase])) return null;
  const codes = new Set(
    matchCountries(tokenize(withoutPost(phrase))).flatMap((m) => (m.values.length === 1 ? m.values : [])),
  );
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

/** Rules on one mention of the person (the words around it): the first mention that gives a country wins. */
export const MENTION_COUNTRY_RULES: ReadonlyArray<
  Rule<
    {
      unit: TextUnit;
      run: Run;
      options: PeopleOptions;
      countryDelegation?: boolean;
      /** The one country the item's delegations are named with, if only one. */
      delegationCountry?: string | null;
    },
    string | null
  >
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
    id: 'country.of-country-item',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => ofCountryItem(unit, run),
    example: {
      text: 'Summit\n\nThe trade ministers of Chile, Ana Ruiz Paz; of Peru, Luis Mora Soto; and of Ecuador, General Rosa Vera Mena, signed the plan.',
      yields: 'Luis Mora Soto: PE',
      home: 'UY',
    },
    why: 'A list that gives each item its country before the name ("the ministers of A, X; of B, Y; and of C, Z") gives each name that country.',
  },
  {
    id: 'country.label-line',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => labelLineCountry(unit, run),
    example: {
      text: 'Trade committee\n\nThe delegations:\n\nUnited Republic of Tanzania – Dr. Neema Mushi, Permanent Secretary; Mr. Baraka Mollel, Director of Trade.',
      yields: 'Baraka Mollel: TZ',
    },
    why: 'A list\'s line that opens with a country ("United Republic of Tanzania – ...", "Por la República Argentina: ...") holds that country\'s delegation, its second and later names too, up to the next line\'s country when the lines are joined.',
  },
  {
    id: 'country.signatory-party',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => {
      if (!signatoryForParty(unit, run)) return null;
      const parties = unit.countries.filter((m) => m.to <= run.from);
      return parties.length === 1 ? single(parties[0]) : null;
    },
    example: {
      text: 'Joint statement\n\nThe two governments agreed to meet again.\n\nFor the Republic of Chile\nZorvath Quimbly\nMinister of Mining',
      yields: 'Zorvath Quimbly: CL',
    },
    why: 'In a signature block the party line above the name says whom the signatory signs for: "For the Republic of Chile / Name / Minister".',
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
    id: 'country.item-bracket-end',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => itemBracketCountry(unit, run),
    example: {
      text: 'Joint statement\n\nBANDAR SERI BEGAWAN, 18 October 2026\n\nThe Meeting was attended by:\n- Secretary Zorvath Quimbly, Chairperson, Mindanao Development Authority (Philippines)\n- Mr. Xelt Brannoch, observer (Timor-Leste)',
      yields: 'Zorvath Quimbly: PH',
    },
    why: 'A list of participants may close each item with the delegate\'s country in brackets ("- Secretary X, Chairperson, Y Authority (Philippines)"), after the post, however long.',
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
    id: 'country.represented-item',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => representedItemCountry(unit, run),
    example: {
      text: 'Communiqué\n\nLeaders were represented as follows: Australia by the Hon. Daniel Whitcombe MP, Minister for the Pacific; Cook Islands by Prime Minister Tangaroa Pokino; and Tuvalu by the Hon. Kausea Tealei, Minister of Finance.',
      yields: 'Tangaroa Pokino: CK',
    },
    why: 'A list of who represented whom gives each item\'s country before "by": "Cook Islands by Prime Minister X".',
  },
  {
    id: 'country.item-ends-with-country',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => itemEndCountry(unit, run),
    example: {
      text: 'Council\n\nThe meeting was attended by:\nHon. Dr. Grace Atim Okello, Minister of State for Health (Primary Health Care), Republic of Uganda;\nMr. Arvind Kumar Raghunathan, Secretary (East), India.',
      yields: 'Grace Atim Okello: UG',
    },
    why: 'Lists of delegates close each item with the delegate\'s country: "Name, Title, Republic of Uganda;".',
  },
  {
    id: 'country.the-country-role-after',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => theCountryRoleAfter(unit, run),
    example: {
      text: 'Conference\n\nRt Hon. Ewan MacAllister MP, the UK Minister of State for Development, announced new funding.',
      yields: 'Ewan MacAllister: GB',
    },
    why: 'An apposition naming the country before the role ("X, the UK Minister of State", "X, the Peruvian Ambassador") says whose official X is.',
  },
  {
    id: 'country.accompanies',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) =>
      countryAfterVerb(unit, run, ACCOMPANYING, (next) => isRoleish(next) || DELEGATION_NOUNS.has(next)),
    example: {
      text: 'Commission\n\nThe Kenyan delegation included the Principal Secretary, while State Minister Hirut Tesfaye accompanied the Ethiopian Minister.',
      yields: 'Hirut Tesfaye: ET',
      home: 'KE',
    },
    why: 'Whoever accompanies a country\'s minister or delegation ("X accompanied the Ethiopian Minister") is of that country.',
  },
  {
    id: 'country.apposition',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run, options }) => {
      const apposition = lowerApposition(unit, run.to) ?? affiliationAfter(unit, run.to);
      if (!apposition) return null;
      const named = unit.countries.flatMap((m) => m.values);
      return phraseCountry(apposition, options, named) ?? countryOfNamesIn(apposition, options);
    },
    example: {
      text: 'Visit\n\nThe talk by Nimal Perera, a Sri Lankan adviser, was well received.',
      yields: 'Nimal Perera: LK',
    },
    why: 'A lower-case apposition or a body after the name that names a country, a known body or place.',
  },
  {
    id: 'country.affiliation-tail',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run, options }) => {
      const tail = affiliationTail(unit, run.to);
      if (!tail) return null;
      const countries = matchCountries(tokenize(tail));
      if (countries.length > 0) return countries.length === 1 ? single(countries[0]) : null;
      return countryOfNamesIn(tail, options);
    },
    example: {
      text: 'Visit\n\nDr. Ana Ruiz of the Institute of Soils (INS), Peru, and Dr. Kofi Mensah of the Faculty of Science, Accra Technical University, spoke.',
      yields: 'Kofi Mensah: GH',
      home: 'CL',
    },
    why: 'A body after the name may be closed by its country or by the larger body it belongs to, after a comma: "X of the Faculty of Science, Accra Technical University", "X of the Soils Institute (INS), Peru".',
  },
  {
    id: 'country.of-country-after',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => {
      const match = countryAfterOf(unit, run) ?? stateFormAfterOf(unit, run);
      return match?.values.length === 1 ? (match.values[0] ?? null) : null;
    },
    example: {
      text: 'Visit\n\nThe talks brought together his counterparts Luis Mora of Peru and Ana Costa of Brazil.',
      yields: 'Luis Mora: PE',
    },
    why: '"X of Peru" right after a name, the country closing the phrase, is whose the person is.',
  },
  {
    id: 'country.national-body-after',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => {
      const { at } = unit;
      let k = run.to;
      if (at.text(k) !== 'of' || !at.spaced(k)) return null;
      k++;
      if (at.text(k) === 'the' && at.spaced(k)) k++;
      const match = unit.countries.find((m) => m.from === k && at.spaced(m.from));
      // (the body's name goes on after the country: "of the Sri Lanka Navy", "of the Mexican Agency for ...")
      if (!match || match.values.length !== 1 || !at.spaced(match.to) || !at.capitalised(match.to))
        return null;
      let end = match.to;
      while (
        end < unit.tokens.length &&
        at.spaced(end) &&
        (at.capitalised(end) || at.in(end, TITLE_CONNECTORS))
      )
        end++;
      return isInternational([at.words(k, end).join(' ')]) ? null : (match.values[0] ?? null);
    },
    example: {
      text: 'Harbour visit\n\nThe visitors were welcomed by Commodore Tavita Lemalu of the Tonga Navy and by the harbour master.',
      yields: 'Tavita Lemalu: TO',
      home: 'NZ',
    },
    why: 'A body named after its country right after the name ("X of the Sri Lanka Navy", "X of the Mexican Agency for ...") is that country\'s, and so is the person who serves it.',
  },
  {
    id: 'country.body-after-comma',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => {
      const { at } = unit;
      if (at.gap(run.to) !== ', ') return null;
      const match = unit.countries.find((m) => m.from === run.to);
      if (!match || match.values.length !== 1) return null;
      // The body's name, to the end of the item: "X, Norwegian Communications Authority;"
      let end = match.to;
      let head = false;
      while (
        end < unit.tokens.length &&
        at.spaced(end) &&
        (at.capitalised(end) || at.in(end, TITLE_CONNECTORS))
      ) {
        if (ORG_HEADS.has(at.text(end))) head = true;
        end++;
      }
      const closed = end === unit.tokens.length || /^\s*[;|,.)]/.test(at.gap(end));
      return head && closed && !isInternational([at.words(run.to, end).join(' ')])
        ? (match.values[0] ?? null)
        : null;
    },
    example: {
      text: 'Panel\n\nThe panel heard Tuula Saarinen, Finnish Food Authority; and Marco Bellini, Italian Space Agency.',
      yields: 'Marco Bellini: IT',
    },
    why: 'A body named after its country right after the name\'s comma ("X, Norwegian Communications Authority;") is the person\'s employer, and its country theirs.',
  },
  {
    id: 'country.apposition-tail',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => appositionTailCountry(unit, run),
    example: {
      text: 'Relief\n\nThe tents were received by Hamid Rahimov, Chairman of the Committee of Emergency Situations under the Government of the Republic of Tajikistan, and by the mayor.',
      yields: 'Hamid Rahimov: TJ',
      home: 'KW',
    },
    why: 'The whole apposition after the name, past where its title ends ("X, Chairman of the Committee ... under the Government of the Republic of Tajikistan", "X, Deputy Chief of the Hellenic Navy General Staff"), naming one country says whose official X is.',
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
        if (match?.values[0]) return stateOf(unit, match) ?? match.values[0];
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
    id: 'country.delegation-antecedent',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run, delegationCountry }) =>
      delegationCountry && delegationOf(unit, run)?.definite === true ? delegationCountry : null,
    example: {
      text: 'Fair\n\nA Bhutanese delegation attended the crafts fair in Delhi.\n\nThe delegation included weaver Pema Choden; and the carver Sonam Dorji.',
      yields: 'Sonam Dorji: BT',
      home: 'IN',
    },
    why: 'A later "the delegation included A; B" speaks of the one delegation the item named with its country ("a Bhutanese delegation"): its members are of that country.',
  },
  {
    id: 'country.own-delegation',
    kind: 'person-country',
    effect: 'keep',
    // (not when the publisher is unknown: a configured home beside another headline subject)
    matches: ({ unit, run, options, countryDelegation }) =>
      options.homeCountry &&
      !options.secondHome &&
      !countryDelegation &&
      delegationOf(unit, run)?.country === null
        ? options.homeCountry
        : null,
    example: {
      text: 'Study visit\n\nNAIROBI, 4 May 2021 – A delegation of the Committee on Health visited India. The delegation was led by Hon. Amina Wekesa and comprised Hon. John Mutai.',
      yields: 'John Mutai: KE',
    },
    why: 'A delegation whose country the item never names ("a delegation of the Health Committee") is the publisher\'s own: its members are the publisher\'s.',
  },
  {
    id: 'country.leads-delegation',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) =>
      countryAfterVerb(unit, run, LEADING_VERBS, (next) => DELEGATION_NOUNS.has(next)),
    example: {
      text: 'Talks\n\nThe water talks opened in Dhaka on Monday. Joint Secretary Mina Thapa Shrestha headed the Nepali side.',
      yields: 'Mina Thapa Shrestha: NP',
      home: 'BD',
    },
    why: 'Whoever leads a country\'s delegation or side ("X led the Nepalese delegation", "heads the Chilean side") is of that country.',
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
    why: 'A country\'s counterpart named after the word is of that country: "her Chilean counterpart, X", "my colleague from Chile, X".',
  },
  {
    id: 'country.also-met',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => alsoMetCountry(unit, run),
    example: {
      text: "Visit\n\nToday the Minister of Foreign Affairs concluded a visit to Côte d'Ivoire, where she met with her Ivorian counterpart, Adjoua Kouassi, Minister of State, and with Koffi Yao N'Guessan, Minister of Commerce and Industry.",
      yields: "Koffi Yao N'Guessan: CI",
      home: 'CA',
    },
    why: 'The officials a visitor "met with", after "with her Ivorian counterpart, A, ..., and with B", are on the counterpart\'s side: B is of that country, not the publisher\'s.',
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
      // ("Editor: X", "Photo: X" further along a credit line)
      if (!isByline(unit, run) && !staffCredit(unit, run)) return null;
      return homeOfName(run.words, options);
    },
    example: {
      text: 'Drought update\n\nNAIROBI, 4 May 2021:\n\nReported by Wanjiru Kamau\n\nThe ministry released new seed varieties.',
      yields: 'Wanjiru Kamau: KE',
    },
    why: "A by-line or a statement's signature is the publisher's own staff or minister.",
  },
  {
    id: 'country.contact-line',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run, options }) => (contactLine(unit, run) ? homeOfName(run.words, options) : null),
    example: {
      text: 'Games open\n\nThe games open on Monday, the ministry said. Accreditation closes on Friday.\nPress secretary: Zorvath Quimbly, press@games.kz',
      yields: 'Zorvath Quimbly: KZ',
      home: 'KZ',
    },
    why: 'A release\'s contact line ("Press secretary: X", "Contact presse : X, chargé de communication") names the publisher\'s own press staff.',
  },
  {
    id: 'country.demonym-before-role',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run }) => demonymBefore(unit, run.from, false),
    example: {
      text: 'Visit\n\nThe forum was opened by the Peruvian minister Ana Ruiz on Monday.',
      yields: 'Ana Ruiz: PE',
    },
    why: 'A demonym or a possessive country before a lower-case role or occupation before the name: "the Peruvian minister X", "the Algerian Olympic boxer X", "the Greek directors A and B".',
  },
  {
    id: 'country.own-place',
    kind: 'person-country',
    effect: 'keep',
    matches: ({ unit, run, options }) => ownPlaceCountry(unit, run, options),
    example: {
      text: 'Exchange\n\nThe programme between Peru and Chile opened. Rosa Quispe, who weaves blankets in Arequipa, showed her work.',
      yields: 'Rosa Quispe: PE',
      home: 'CL',
    },
    why: 'A place the person\'s own apposition or relative clause says they are from or work in ("X, a teacher from Haifa", "X, who runs a farm in Rayong") is in their country, when the item names that country or it is the publisher\'s.',
  },
];

/** Beside the table's row (and like it, before the titles): a list line's label before a leader of dots. */
export const LEADER_ROW_COUNTRY_RULE: Rule<Run, string | null> = {
  id: 'country.leader-row',
  kind: 'person-country',
  effect: 'keep',
  matches: (run) => leaderRowCountry(run.unit, run),
  example: {
    text: 'Council\n\nPARTICIPANTS\nBelize ........ Hon. Zorvath Quimbly, Minister of Foreign Affairs\nCosta Rica .... Xelt Brannoch, Vice Minister of Foreign Affairs\nSecretariat .. Mirel Dask, Secretary General',
    yields: 'Zorvath Quimbly: BZ',
  },
  why: 'A list of participants may give each line its country as a label before a leader of dots ("Belize ........ Name, Title"); the reader joins the lines, so the title runs into the next line\'s label, and the label is what tells.',
};

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

/** After the titles, before the words around a mention: a post given in the predicate ("X is the ... of Ukraine"). */
export const PREDICATE_COUNTRY_RULE: PersonCountryRule = {
  id: 'country.predicate-title',
  kind: 'person-country',
  effect: 'keep',
  matches: ({ person, options, named }) => {
    for (const post of person.predicates ?? []) {
      const code = titleCountry(post, options, named) ?? countryOfNamesIn(withoutPost(post), options);
      if (code) return code;
    }
    return null;
  },
  example: {
    text: 'Correction\n\nThe earlier notice misnamed the post of Ms Dagny Ulvestad. Ms Ulvestad is the State Secretary for Fisheries of Norway.',
    yields: 'Dagny Ulvestad: NO',
    home: 'IS',
  },
  why: 'A post given in the predicate ("Ms X is the State Secretary ... of Norway", "X has been appointed ...") says whose official the person is, as a title before the name does.',
};

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

/** The countries that write every listed letter of the name ("Szőllősi": HU), or null when it has none. */
function letterCountries(person: PersonFacts): Set<string> | null {
  let found: Set<string> | null = null;
  for (const char of person.words.join('').toLowerCase()) {
    const codes = NAME_LETTERS.get(char);
    if (codes) found = new Set([...(found ?? codes)].filter((c) => codes.has(c)));
  }
  return found;
}

/** The countries whose locales list both the given name and the surname (faker's per-locale names). */
function localeCountries(person: PersonFacts): Set<string> {
  // (initials and generation numbers are neither: "Jose Emmanuel P. Dizon III")
  const words = person.words.filter(
    (w) => !NAME_PARTICLES.has(w) && !GENERATION_SUFFIXES.has(w) && !/^\p{Lu}\.?$/u.test(w),
  );
  if (words.length < 2) return new Set();
  const [given, surname] = [words[0] ?? '', words[words.length - 1] ?? ''];
  return new Set([surname, ...surname.split('-')].flatMap((s) => countriesOfName(given, s)));
}

/** The countries whose name tradition (Korean, Vietnamese, Japanese, pinyin) writes this name. */
const traditionCountries = (person: PersonFacts): Set<string> =>
  new Set(traditionsOfName(person.words).flatMap((t) => (t.country ? [t.country] : [])));

/** The one country of `found` the item names, if only one. */
function onlyNamed(found: ReadonlySet<string>, named: ReadonlySet<string>): string | null {
  const kept = [...found].filter((c) => named.has(c));
  return kept.length === 1 ? (kept[0] ?? null) : null;
}

/** Before the publisher's own officials: a name written the way another named country writes names. */
export const FOREIGN_NAME_RULE: PersonCountryRule = {
  id: 'country.foreign-name',
  kind: 'person-country',
  effect: 'keep',
  matches: ({ person, options, named }) => {
    const home = options.homeCountry;
    if (!home || servesInternational(person)) return null;
    const tradition = traditionCountries(person);
    const locale = localeCountries(person);
    // A name the home's own tradition or locale writes may be the home's: then nothing is told.
    if (tradition.has(home) || locale.has(home) || traditionOf(home)?.isName?.(person.words)) return null;
    const byTradition = onlyNamed(tradition, named);
    if (byTradition) return byTradition;
    // The locale lists are wide (a Spanish name is listed in many locales): only a name listed in one
    // named country, never the home's, says where it is from.
    return tradition.size === 0 ? onlyNamed(locale, named) : null;
  },
  example: {
    text: "Visit\n\nMinister Ana Ruiz received Korea's delegation. Vice Minister Kim Tae-yun thanked her.",
    yields: 'Kim Tae-yun: KR',
    home: 'MX',
  },
  why: "A guest whose name is written the way one named country writes names (a Korean name, a Polish given name with a Polish surname) is that country's, not the publisher's, when the publisher's tradition and locale never write it.",
};

/** The country a body's post is in: "Representative of the X Organization (XO) in Chile" → CL. */
function postedIn(title: string): string | null {
  const match = /\bof (?:the )?\p{Lu}.* in (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)$/u.exec(title);
  return match?.[1] ? (countriesIn(match[1])[0] ?? null) : null;
}

/** After the foreign name, before the publisher's own officials: letters the publisher's country never writes. */
export const NAME_LETTERS_RULE: PersonCountryRule = {
  id: 'country.name-letters',
  kind: 'person-country',
  effect: 'keep',
  matches: ({ person, options, named }) => {
    const home = options.homeCountry;
    if (!home || servesInternational(person)) return null;
    const found = letterCountries(person);
    return found && !found.has(home) ? onlyNamed(found, named) : null;
  },
  example: {
    text: 'Vienna talks\n\nState Secretary Emese Bőthy-Kálnai thanked the Austrian hosts for the talks on the Danube with Hungary.',
    yields: 'Emese Bőthy-Kálnai: HU',
    home: 'AT',
  },
  why: 'A name spelt with letters the publisher\'s language never writes ("ő", "ł", "ņ") is a guest\'s, of the one named country that writes them.',
};

/** After the title, mention, spelling and courtesy rules: the publisher's own officials. */
export const HOME_OFFICIAL_RULE: PersonCountryRule = {
  id: 'country.home-official',
  kind: 'person-country',
  effect: 'keep',
  matches: ({ person, options }) => {
    const titles = [...person.titles, ...(person.roles ?? []), ...(person.predicates ?? [])];
    if (titles.length === 0 || servesInternational(person)) return null;
    // "Representative of the Andes Telescope Organisation (ATO) in Peru" on Peru's site: a body's post in the home.

    if (titles.some((t) => postedIn(t) === options.homeCountry)) return null;
    // (letters the publisher's language never writes, "Wróblewska" on Austria's site, say it is a guest's name)
    const letters = letterCountries(person);
    if (letters && options.homeCountry && !letters.has(options.homeCountry)) return null;
    // An embassy's release: a government's post with no country is the host's; the mission's staff are its own.
    if (
      options.hostCountry &&
      titles.some((t) => GOVERNMENT_POST.test(t)) &&
      !titles.some((t) => MISSION_STAFF.test(t))
    )
      return options.hostCountry;
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

/**
 * Last of all, once the others have theirs: the one country the item names that no person was given. A
 * government's official with no country told is of it ("under the chairmanship of our Minister of Foreign
 * Affairs, X, with the Ministers of Foreign Affairs of Azerbaijan and of Georgia" names three countries).
 */
export const REMAINING_SIDE_RULE: Rule<{ person: PersonFacts; remaining: string | null }, string | null> = {
  id: 'country.remaining-side',
  kind: 'person-country',
  effect: 'keep',
  matches: ({ person, remaining }) =>
    remaining &&
    !servesInternational(person) &&
    [...person.titles, ...(person.roles ?? [])].some((t) => GOVERNMENT_POST.test(t))
      ? remaining
      : null,
  example: {
    text: 'Trilateral meeting\n\nThe meeting of Türkiye, Azerbaijan and Georgia was chaired by our Minister of Foreign Affairs, Ayşe Nur Çelikkaya, with Minister of Foreign Affairs of Azerbaijan Elnur Hasanli and Minister of Foreign Affairs of Georgia Nino Beridze.',
    yields: 'Ayşe Nur Çelikkaya: TR',
  },
  why: "When every country an item names but one has its people, a minister whose country nothing tells is that one's.",
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
