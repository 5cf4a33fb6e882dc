import { MONTHS, isOrdinal } from '../lexicon/calendar';
import { HEADLINE_VERBS } from '../lexicon/person-context';
import { GENERATION_SUFFIXES } from '../lexicon/abbreviations';
import {
  EVENT_HEADS,
  FACILITY_HEADS,
  HEAD_MODIFIERS,
  ORG_HEADS,
  PLACE_HEADS,
  TRADE_WORDS,
} from '../lexicon/heads';
import { HONORIFICS } from '../lexicon/honorifics';
import { INTERNATIONAL, INTERNATIONAL_STAFF } from '../lexicon/international';
import { isGivenName, isSurname } from '../lexicon/name-gazetteers';
import { NON_NAME_WORDS, NOT_AT_START } from '../lexicon/non-name-words';
import { MILITARY_RANKS, ROLE_WORDS, TITLE_STARTERS } from '../lexicon/roles';
import { HONOUR_FIRST_WORDS, HONOUR_SECOND_WORDS } from '../lexicon/traditions/malay';
import { ARABIC_ARTICLE } from '../lexicon/traditions/arabic';
import {
  INNER_FORMS,
  LEADING_FORMS,
  LOCAL_FORMS,
  MULTI_LETTER_INITIALS,
  NAME_PARTICLES,
  PATRONYMICS,
  isCapitalisedSurname,
} from '../lexicon/traditions/all';
import { isPinyinName } from '../lexicon/traditions/chinese';
import { isKoreanName } from '../lexicon/traditions/korean';
import { isCountryOrBlocWord } from '../tagging/countries';
import type { TextUnit } from '../tagging/tag-unit';
import type { Rule } from '../rules/rule';
import { isAcronym, isBreak } from '../tokens';

/** A maximal run of name words in one paragraph: the candidate the person rules accept or reject. */
export interface Run {
  unit: TextUnit;
  from: number;
  to: number;
  name: string;
  words: string[];
  /** The courtesy form stripped from the run's start, such as "Tan Sri" or "U". */
  courtesy: string | null;
  /** Tokens skipped inside the run (a quoted nickname). */
  skipped: ReadonlySet<number>;
}

/** Words that are never a name's: lexicon words of roles, courtesy, bodies, events, places, ordinals. */
export function isStopWord(word: string): boolean {
  return (
    NON_NAME_WORDS.has(word) ||
    ROLE_WORDS.has(word) ||
    HONORIFICS.has(word) ||
    ORG_HEADS.has(word) ||
    EVENT_HEADS.has(word) ||
    PLACE_HEADS.has(word) ||
    TRADE_WORDS.has(word) ||
    FACILITY_HEADS.has(word) ||
    TITLE_STARTERS.has(word) ||
    isOrdinal(word)
  );
}

export function isNameWord(unit: TextUnit, i: number): boolean {
  const token = unit.at.at(i);
  if (!token) return false;
  const word = token.text;
  // "Eduardo M. Santiago": after a middle initial the surname is a name's, even one spelt like a place.
  if (unit.claimedBy[i])
    return (
      unit.claimedBy[i] === 'place' &&
      ((i > 1 && /^\p{Lu}\p{Ll}+$/u.test(word) && isInitial(unit, i - 1)) || isPlaceGivenName(unit, i))
    );
  if (ARABIC_ARTICLE.test(word)) return true; // "al-Sisi"
  // "Sione ʻAkau", "Fiamē Mataʻafa": Polynesian writing opens a word with the ʻokina before its capital.
  if (/^ʻ\p{Lu}\p{Ll}/u.test(word)) return i > 0 && isNameWord(unit, i - 1) && unit.at.spaced(i);
  // ("D.C.", "U.K.": dotted letters are no name's words)
  if (!/^\p{Lu}/u.test(word) || /[\d.]/.test(word)) return false;
  // "Ramon T. Cruz": a middle initial (the full stop after it does not end the sentence).
  if ((word.length === 1 || MULTI_LETTER_INITIALS.has(word)) && isInitial(unit, i)) return true;
  // "LIU Wenjun", "SATO Haruki": a surname in capitals before the given name.
  // "HE Aya Kouassi-Brou": His/Her Excellency in capitals, not the surname He.
  // "Andreas NIEDERMAYER", "Mr. EKOTTO MBALLA Jean-Pierre": a family name in capitals beside the given names.
  if (isCapitalsFamilyName(unit, i)) return true;
  if (isAcronym(word))
    return (
      !HONORIFICS.has(word) &&
      isCapitalisedSurname(word) &&
      unit.at.spaced(i + 1) &&
      /^\p{Lu}\p{Ll}/u.test(unit.at.text(i + 1)) &&
      !isCountryOrBlocWord(word)
    );
  // The surname He (何) is also the pronoun: a name only before a pinyin given name ("He Yanling").
  if (word === 'He') return unit.at.spaced(i + 1) && isPinyinName(['He', unit.at.text(i + 1)]);
  // The surname Park is also a word of places ("Science Park"): a name before a Korean given name ("Park Ji-hoon").
  if (word === 'Park' && unit.at.spaced(i + 1) && /-/.test(unit.at.text(i + 1)))
    return isKoreanName([word, unit.at.text(i + 1)]);
  // "Mohd Hazwan bin Haji Ismail": a courtesy form after a particle is the parent's name's, before a name word.
  if (unit.at.in(i, INNER_FORMS))
    return (
      i > 0 &&
      unit.at.spaced(i) &&
      unit.at.in(i - 1, NAME_PARTICLES) &&
      unit.at.spaced(i + 1) &&
      isNameWord(unit, i + 1)
    );
  if (isStopWord(word) || isCountryOrBlocWord(word)) return false;
  if (word.includes('-'))
    return !word.split('-').some((part) => isStopWord(part) || isCountryOrBlocWord(part));
  return true;
}

/** A word in capitals of three letters or more that may be a surname: no numeral, courtesy form, country or lexicon word. */
function isCapitalsWord(unit: TextUnit, i: number): boolean {
  const word = unit.at.text(i);
  return (
    /^\p{Lu}{3,}(?:-\p{Lu}{2,})?$/u.test(word) &&
    !/^[IVXLC]+$/.test(word) &&
    !HONORIFICS.has(word) &&
    !isStopWord(word) &&
    !isCountryOrBlocWord(word) &&
    // ("UNDP Maria Lopez": an international body's acronym before its officer's name)
    !INTERNATIONAL.test(word) &&
    !INTERNATIONAL_STAFF.test(word) &&
    !titleCased(word)
      .split('-')
      .some((part) => isStopWord(part) || isCountryOrBlocWord(part))
  );
}

/**
 * A family name written in capitals beside the given names, as francophone, Japanese and Mongolian
 * ministries and lists of participants write it: after a known given name ("Andreas NIEDERMAYER",
 * "Sylvie Nadège NDONG MBA") or one after a courtesy form ("Mr. Hichem BEN AMMAR"), or before a title-case
 * given name that is known or follows a courtesy form ("Mr. EKOTTO MBALLA Jean-Pierre", "Mr. BAYARSAIKHAN
 * Temuulen"); a family name of two words is read whole.
 */
function isCapitalsFamilyName(unit: TextUnit, i: number): boolean {
  const { at } = unit;
  if (!isCapitalsWord(unit, i)) return false;
  // after: the given name, or another word of the family name, right before
  for (let k = i; k > i - 3 && at.spaced(k); k--) {
    if (isGivenName(at.text(k - 1))) return true;
    // ("Mr. Hichem BEN AMMAR": a given name the lists do not know, after a courtesy form)
    const courtesyBefore = at.in(k - 2, HONORIFICS) && (at.spaced(k - 1) || at.gap(k - 1) === '. ');
    if (/^\p{Lu}\p{Ll}/u.test(at.text(k - 1)) && courtesyBefore) return true;
    if (!isCapitalsWord(unit, k - 1)) break;
  }
  // before: over the family name's words to the given name
  let start = i;
  while (start > i - 2 && at.spaced(start) && isCapitalsWord(unit, start - 1)) start--;
  let end = i + 1;
  while (end < i + 3 && at.spaced(end) && isCapitalsWord(unit, end)) end++;
  const given = at.text(end);
  if (!at.spaced(end) || !/^\p{Lu}\p{Ll}/u.test(given) || isStopWord(given) || isCountryOrBlocWord(given))
    return false;
  const courtesy = at.in(start - 1, HONORIFICS) && (at.spaced(start) || at.gap(start) === '. ');
  return courtesy || isGivenName(given.split('-')[0] ?? given);
}

/**
 * "Foreign Minister Santiago Berisso", "the Ambassador of Ecuador, Santiago Paredes Villacís": a city's
 * name that is also a given name opens a name when a role or a courtesy form stands right before it, or
 * a known surname follows it.
 */
export function isPlaceGivenName(unit: TextUnit, i: number): boolean {
  const { at } = unit;
  const word = at.text(i);
  const next = at.text(i + 1);
  if (!isGivenName(word) || !at.spaced(i + 1) || unit.claimedBy[i + 1] || !/^\p{Lu}\p{Ll}/u.test(next))
    return false;
  if (isStopWord(next) || isCountryOrBlocWord(next)) return false;
  const before = at.text(i - 1);
  const titled = at.spaced(i) && (ROLE_WORDS.has(before) || HONORIFICS.has(before));
  return titled || isSurname(next);
}

/**
 * A capital letter with its full stop, between name words ("Kasio E. Mida", "Cordelia A. Lashley"); an
 * initial of two letters may also open a name's item ("the Minister of Defence, Ts. Altangerel").
 */
function isInitial(unit: TextUnit, i: number): boolean {
  const { at } = unit;
  const word = at.text(i);
  const twoLetters = MULTI_LETTER_INITIALS.has(word);
  return (
    (/^\p{Lu}$/u.test(word) || twoLetters) &&
    at.gap(i + 1) === '. ' &&
    /^\p{Lu}\p{Ll}/u.test(at.text(i + 1)) &&
    ((i > 0 && at.spaced(i)) || (twoLetters && (i === 0 || /^[,;:] $/.test(at.gap(i))))) &&
    !(at.text(i) === 'E' && at.text(i - 1) === 'H')
  );
}

/**
 * "bin", "van", "de la": only inside a name, so a name word must follow (possibly after more particles);
 * a patronymic word ("Aizada Talantbek kyzy") may also end the name, after the father's name.
 */
function isParticle(unit: TextUnit, i: number): boolean {
  if (unit.at.in(i, PATRONYMICS) && i > 0 && unit.at.spaced(i) && /^\p{Lu}/u.test(unit.at.text(i - 1)))
    return true;
  // "Jeanne d'Arc Uwamahoro", "Valéry d'Estaing Mbeki": an elided "de" joined to the next name word.
  const elided = /^d['’]\p{Lu}\p{Ll}+$/u.test(unit.at.text(i)) && i > 0 && unit.at.spaced(i);
  if ((!elided && !unit.at.in(i, NAME_PARTICLES)) || !unit.at.spaced(i + 1)) return false;
  return isNameWord(unit, i + 1) || isParticle(unit, i + 1);
}

/** Two name words in a row not followed by a head word: a person inside a phrase ("..., and Minister Wang Zhigang"). */
export function startsPerson(unit: TextUnit, i: number): boolean {
  const after = unit.at.text(i + 2);
  return (
    isNameWord(unit, i) &&
    unit.at.spaced(i + 1) &&
    // "Turki bin Nasser", "Pieter van der Berg": a particle may come second.
    (isNameWord(unit, i + 1) || isParticle(unit, i + 1)) &&
    !(ORG_HEADS.has(after) || PLACE_HEADS.has(after) || EVENT_HEADS.has(after))
  );
}

/** "Ma Jun", "Li May": a month's name inside a name, never first and never before a number. */
function isMonthInName(unit: TextUnit, i: number): boolean {
  const { at } = unit;
  if (!at.spaced(i) || !MONTHS.has(at.text(i).toLowerCase())) return false;
  if (!at.capitalised(i) || /^\d/.test(at.text(i + 1))) return false;
  return at.gap(i + 1) !== '.' && at.gap(i + 1) !== '. ';
}

/** "Jose Antonio Mercado III": a generation number after a name. */
function isGenerationSuffix(unit: TextUnit, i: number): boolean {
  return unit.at.spaced(i) && unit.at.in(i, GENERATION_SUFFIXES);
}

/**
 * How many words of a courtesy form of two words or one letter open the run ("Tan Sri", "U"), or of a form
 * of a country the paragraph names ("Fiji's ..., Adi Mereoni Naisoro").
 */
function courtesyPrefix(unit: TextUnit, words: readonly string[]): number {
  const local = LOCAL_FORMS.get(words[0] ?? '');
  if (local && words.length > 2 && unit.countries.some((m) => m.values.includes(local))) return 1;
  for (const form of LEADING_FORMS) {
    if (words[0] !== form[0]) continue;
    const rest = words.slice(form.length).filter((w) => !NAME_PARTICLES.has(w));
    // "Pak Harjono": a form of whole words may stand before a single name; "U" alone may not.
    const least = form.join('').length > 1 ? 1 : 2;
    if (rest.length >= least && form.every((w, k) => words[k] === w)) return form.length;
  }
  return 0;
}

/** A head word right after a run makes the run part of a body's, event's or place's name. */
export function isHeadWord(unit: TextUnit, i: number): boolean {
  const { at } = unit;
  // "the Abdou Diouf International Conference Centre": words of kind may stand before the head.
  let k = i;
  while (k < i + 2 && at.spaced(k) && at.in(k, HEAD_MODIFIERS)) k++;
  return (
    at.spaced(k) &&
    (at.in(k, ORG_HEADS) ||
      at.in(k, EVENT_HEADS) ||
      at.in(k, PLACE_HEADS) ||
      at.in(k, FACILITY_HEADS) ||
      at.in(k, TRADE_WORDS))
  );
}

/** ", Jr." / " Sr." after a name: the generation suffix belongs to it ("Ramon T. Cruz, Jr."). */
function suffixAfter(unit: TextUnit, j: number): boolean {
  const gap = unit.at.gap(j);
  return (
    (gap === ' ' || gap === ', ') && /^(?:Jr|Sr)$/.test(unit.at.text(j)) && unit.at.gap(j + 1).startsWith('.')
  );
}

/**
 * A quoted nickname of up to three words inside a name: Rajendra 'Raj' Ramcharitar, Ana "Anita" Ruiz,
 * Juan Carlos "El Cañón" Peralta. Returns the index of the name's word after it, or -1.
 */
function nicknameEnd(unit: TextUnit, j: number): number {
  const { at } = unit;
  if (!/^ ["'“‘]$/.test(at.gap(j))) return -1;
  for (let k = j; k < j + 3; k++) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(at.text(k)) || (k > j && !at.spaced(k))) return -1;
    const close = at.gap(k + 1);
    const text = unit.text.slice(at.at(k)?.end ?? 0, at.at(k + 1)?.start ?? 0);
    if (!/^["'”’] $/.test(close) && !/^["'”’] $/.test(text)) continue;
    // "Maria Cecilia "Cecile" D. Santos-Reyes": a middle initial may follow the nickname.
    const next = k + 1;
    const initial = /^\p{Lu}$/u.test(at.text(next)) && at.gap(next + 1) === '. ';
    return isNameWord(unit, next) || initial ? next : -1;
  }
  return -1;
}

const NO_SKIPS: ReadonlySet<number> = new Set();

/** Stage 4 for people: maximal runs of name words (with particles inside) in one paragraph. */
export function findRuns(unit: TextUnit): Run[] {
  const runs: Run[] = [];
  const { tokens, at } = unit;
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(unit, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    let skipped: ReadonlySet<number> = NO_SKIPS;
    for (;;) {
      if (j >= tokens.length) break;
      const nick = nicknameEnd(unit, j);
      if (nick > 0) {
        const words = Array.from({ length: nick - j }, (_, k) => j + k);
        skipped = new Set([...skipped, ...words]);
        // The quote before the name's next word is no break; an initial there is the name's too.
        j = nick + 1;
        continue;
      }
      if (
        isBreak(tokens, j) ||
        !(isNameWord(unit, j) || isParticle(unit, j) || isMonthInName(unit, j) || isGenerationSuffix(unit, j))
      )
        break;
      j++;
    }
    if (suffixAfter(unit, j)) j++;
    // "KANG Min-jun Holds the ...": a headline's verb after the name, two name words at least left before it.
    while (j - i > 2 && at.capitalised(j - 1) && HEADLINE_VERBS.has(at.text(j - 1).toLowerCase())) j--;
    let from = i;
    // "Captain X", "Rear Admiral X": a rank is no part of the name; nor "Sri" after "Dato'" ("Dato' Sri X").
    while (
      from < j &&
      (at.in(from, NOT_AT_START) ||
        at.in(from, MILITARY_RANKS) ||
        (at.in(from, HONOUR_SECOND_WORDS) && at.in(from - 1, HONOUR_FIRST_WORDS)))
    )
      from++;
    const kept = (k: number) => !skipped.has(k);
    const all = at
      .words(from, j)
      .map((word, k) => (isCapitalsFamilyName(unit, from + k) ? titleCased(word) : word))
      .filter((_, k) => kept(from + k));
    const courtesy = courtesyPrefix(unit, all);
    let start = from;
    for (let n = 0; n < courtesy; start++) if (kept(start)) n++;
    from = start;
    if (from < j) {
      runs.push({
        skipped,
        unit,
        from,
        to: j,
        name: runName(unit, from, j, skipped),
        words: all.slice(courtesy).map(asWritten),
        courtesy: courtesy > 0 ? all.slice(0, courtesy).join(' ') : null,
      });
    }
    i = j;
  }
  return runs;
}

/** "LIU" → "Liu": a surname written in capitals is kept in the case of the rest of the name. */
const asWritten = (word: string) =>
  isCapitalisedSurname(word) ? word.charAt(0) + word.slice(1).toLowerCase() : word;

/** "NIEDERMAYER" → "Niedermayer", "KOVÁCS-HALMI" → "Kovács-Halmi": a surname in capitals after a given name. */
const titleCased = (word: string) =>
  word.replace(/\p{Lu}+/gu, (part) => part.charAt(0) + part.slice(1).toLowerCase());

/** The run's text as written, without a skipped nickname, the comma before a suffix, or capitals. */
function runName(unit: TextUnit, from: number, to: number, skipped: ReadonlySet<number>): string {
  const { at } = unit;
  let name = '';
  for (let k = from; k < to; k++) {
    const token = at.at(k);
    if (!token || skipped.has(k)) continue;
    const gap = k === from ? '' : skipped.has(k - 1) ? ' ' : at.gap(k) === ', ' ? ' ' : at.gap(k);
    const written = unit.text.slice(token.start, token.end);
    name += gap + (isCapitalsFamilyName(unit, k) ? titleCased(written) : asWritten(written));
  }
  return /^(?:Jr|Sr)$/.test(at.text(to - 1)) && at.gap(to).startsWith('.') ? `${name}.` : name;
}

/** A run of name words as found: the input of the rules on a name's shape. */
interface RunSpan {
  unit: TextUnit;
  from: number;
  to: number;
  skipped: ReadonlySet<number>;
}

const some = (span: RunSpan, test: (k: number) => boolean) => {
  for (let k = span.from; k < span.to; k++) if (test(k)) return true;
  return false;
};

/** Ids of the name-shape rules a run's name was written with (for the trace of a person found). */
export const shapesOf = (run: Run): string[] =>
  NAME_SHAPE_RULES.filter((rule) => rule.matches(run)).map((rule) => rule.id);

/** How a run of name words may be written beyond plain capitalised words; recorded for people found. */
export const NAME_SHAPE_RULES: ReadonlyArray<Rule<RunSpan>> = [
  {
    id: 'name.initial',
    kind: 'person',
    effect: 'keep',
    matches: (s) => some(s, (k) => isInitial(s.unit, k)),
    example: {
      text: 'Visit\n\nMr. Kasio E. Mida, Secretary of Foreign Affairs, spoke.',
      yields: 'Kasio E. Mida',
    },
    why: 'A middle initial with its full stop is part of the name, and the stop does not end the sentence.',
  },
  {
    id: 'name.generation-suffix',
    kind: 'person',
    effect: 'keep',
    matches: (s) => /^(?:Jr|Sr)$/.test(s.unit.at.text(s.to - 1)),
    example: {
      text: 'Visit\n\nAmbassador Ramon T. Cruz, Jr. hosted the reception.',
      yields: 'Ramon T. Cruz Jr.',
    },
    why: '"Jr." and "Sr.", with or without a comma before them, belong to the name.',
  },
  {
    id: 'name.quoted-nickname',
    kind: 'person',
    effect: 'keep',
    matches: (s) => s.skipped.size > 0,
    example: {
      text: "Visit\n\nDr. Rajendra 'Raj' Ramcharitar, President of Guyana, opened the meeting.",
      yields: 'Rajendra Ramcharitar',
    },
    why: 'A quoted nickname inside a name (Ana "Anita" Ruiz) is not part of the name; the name goes on after it.',
  },
  {
    id: 'name.place-given-name',
    kind: 'person',
    effect: 'keep',
    matches: (s) => some(s, (k) => s.unit.claimedBy[k] === 'place' && isPlaceGivenName(s.unit, k)),
    example: {
      text: 'Visit\n\nForeign Minister Santiago Quimbly met the envoy.',
      yields: 'Santiago Quimbly',
    },
    why: 'A city named like a given name (Santiago, Victoria) opens a name after a role or a courtesy form, or before a known surname.',
  },
  {
    id: 'name.capitalised-surname',
    kind: 'person',
    effect: 'keep',
    matches: (s) => some(s, (k) => isCapitalisedSurname(s.unit.at.text(k))),
    example: {
      text: 'Visit\n\nThe Vice Minister of Foreign Affairs of China, LIU Wenjun, arrived on Monday.',
      yields: 'Liu Wenjun',
    },
    why: 'Ministries write the surname in capitals (LIU Wenjun, SATO Haruki); known surnames of name traditions are read so.',
  },
  {
    id: 'name.capitals-family-name',
    kind: 'person',
    effect: 'keep',
    matches: (s) => some(s, (k) => isCapitalsFamilyName(s.unit, k)),
    example: {
      text: 'Visit\n\nThe delegation was led by Mr. EKOTTO MBALLA Jean-Pierre, Minister Delegate.',
      yields: 'Ekotto Mballa Jean-Pierre',
    },
    why: "Francophone, Japanese and Mongolian ministries write the family name in capitals, before or after the given names; beside a known given name or after a courtesy form, the capitals are the name's.",
  },
];
