import { withoutMarks } from '../../../src/lib/text';
import { isGivenName } from '../lexicon/name-gazetteers';
import { TITLE_CONNECTORS } from '../lexicon/connectors';
import { EVENT_HEADS, ORG_HEADS } from '../lexicon/heads';
import {
  ADVERBS,
  BYLINE_WORDS,
  CREDIT_LABELS,
  GROUP_NOUNS,
  INVERTED_VERBS,
  MEMBERSHIP_WORDS,
  LIST_OPENERS,
  NOT_PERSON_NOUN,
  PERSON_NOUN,
  PERSON_PRECEDERS,
  PERSON_VERBS,
  POST_NOMINALS,
  QUESTION_LABELS,
  RELATION_NOUNS,
  RELATIVE_PRONOUNS,
  SIGNATORY_OPENERS,
  WITH_VERBS,
} from '../lexicon/person-context';
import { HONORIFICS } from '../lexicon/honorifics';
import { PLACE_PREPOSITIONS } from '../lexicon/places';
import { MILITARY_RANKS, ROLE_WORDS, TITLE_STARTERS } from '../lexicon/roles';
import type { Match } from '../tagging/countries';
import type { TextUnit } from '../tagging/tag-unit';
import { isAcronym, isBreak } from '../tokens';
import { isHeadWord, type Run } from './candidates';
import { SOFT_GAPS, isRoleish } from './titles';

/* What the words around a run say about it; read by the person rules. */

export const LOWER_ROLES = new Set([...ROLE_WORDS].map((w) => w.toLowerCase()));

/** "Tung Ciny said", "Secretary Wang Zhigang also introduced": a verb of persons after the run. */
export function verbAfter(unit: TextUnit, run: Run): boolean {
  const { at } = unit;
  let next = run.to;
  while (at.in(next, ADVERBS) && at.spaced(next)) next++;
  const after = at.at(next);
  return !!after && (after.gap === ' ' || after.gap === ', ') && PERSON_VERBS.has(after.text);
}

/** "led by X", "met with X", "received X", "its vice president X": a word before the run that only persons follow. */
export function precederBefore(unit: TextUnit, run: Run): boolean {
  const { at, claimedBy, text } = unit;
  // "thanked Rear Admiral X": the words before a rank.
  let b = run.from - 1;
  while (b > 0 && at.in(b, MILITARY_RANKS) && at.spaced(b)) b--;
  const start = b + 1;
  // "Rear Admiral X Y", "Colonel X Y": a rank before two name words or more is a person's.
  if (
    start < run.from &&
    run.words.length >= 2 &&
    at.in(run.from - 1, MILITARY_RANKS) &&
    at.capitalised(start)
  )
    return true;
  const before = at.at(b);
  if (!before) return false;
  // "my counterpart, X", "his deputy X": a person's relation to another, with or without the comma.
  if ((SOFT_GAPS.has(at.gap(run.from)) || at.gap(run.from) === ', ') && RELATION_NOUNS.has(before.text))
    return true;
  // "Norway's Eirik Solbakken": a country's possessive before two name words or more.
  if (
    claimedBy[run.from - 1] === 'country' &&
    /^['’]s $/.test(text.slice(before.end, at.at(run.from)?.start)) &&
    run.words.length >= 2 &&
    // ("Japan's Kiyomura Precision Industries": a company)
    !isHeadWord(unit, run.to) &&
    !(at.spaced(run.to) && at.capitalised(run.to))
  )
    return true;
  // '"...," said X', "according to X": a verb of speaking before the name (the name closes the clause).
  const closed = !at.exists(run.to) || /^[,.;]/.test(at.gap(run.to));
  if (at.spaced(start) && closed && INVERTED_VERBS.has(before.text) && /[,"”]\s*$/.test(at.gap(b)))
    return true;
  if (at.spaced(start) && before.text === 'to' && at.text(b - 1).toLowerCase() === 'according') return true;
  // "the delegation comprised X", "speakers included X": a group of people, then the verb of its members.
  if (
    at.spaced(start) &&
    (closed || (at.text(run.to) === 'and' && at.spaced(run.to))) &&
    MEMBERSHIP_WORDS.has(before.text) &&
    GROUP_NOUNS.has(at.text(b - 1).toLowerCase())
  )
    return true;
  return (
    SOFT_GAPS.has(at.gap(start)) &&
    (PERSON_PRECEDERS.has(before.text) || LOWER_ROLES.has(before.text)) &&
    // "met with X" is a person; "signed an agreement with X" may be a company.
    (before.text !== 'with' || at.in(b - 1, WITH_VERBS))
  );
}

/** ", chief scientist of the course", ", a Sri Lankan adviser": an apposition in lower case, to the clause's end. */
export function lowerApposition(unit: TextUnit, to: number): string | null {
  const end = lowerAppositionEnd(unit, to);
  const first = unit.at.at(to);
  const last = unit.at.at(end - 1);
  return end > 0 && first && last ? unit.text.slice(first.start, last.end) : null;
}

/** Index after the apposition's last token, or -1 when the name has none. */
export function lowerAppositionEnd(unit: TextUnit, to: number): number {
  const { tokens, at } = unit;
  const first = at.at(to);
  if (first?.gap !== ', ') return -1;
  const article = first.text === 'a' || first.text === 'an';
  for (let k = to; k < Math.min(to + 4, tokens.length); k++) {
    if (k > to && isBreak(tokens, k)) return -1;
    const word = at.text(k);
    const role = LOWER_ROLES.has(word) && /^\p{Ll}/u.test(word);
    const noun = article && k > to && PERSON_NOUN.test(word) && !NOT_PERSON_NOUN.has(word);
    // "Sisa Quispe, nurse from Potosí": an occupation without its article, then where the person is from
    const bare =
      !article &&
      occupationWord(word) &&
      at.text(k + 1) === 'from' &&
      at.words(to, k).every((w) => /^\p{Ll}/u.test(w));
    if (role || noun || bare) {
      let end = k + 1;
      while (end < tokens.length && end < k + 10 && at.spaced(end) && !at.in(end, RELATIVE_PRONOUNS)) end++;
      return end;
    }
  }
  return -1;
}

/** "Peter Mwangi of the Kenya Agricultural Research Institute": a body right after a name, as text. */
export function affiliationAfter(unit: TextUnit, to: number, from?: number): string | null {
  const { tokens, text, at } = unit;
  const of = at.at(to);
  if (of?.text !== 'of' || of.gap !== ' ') return null;
  let k = to + 1;
  if (at.text(k) === 'the' && at.spaced(k)) k++;
  const start = k;
  let head = -1;
  while (k < tokens.length && k < start + 10 && at.spaced(k)) {
    const word = at.text(k);
    if (!/^[\p{Lu}\d]/u.test(word) && !TITLE_CONNECTORS.has(word)) break;
    if (ORG_HEADS.has(word)) head = k;
    k++;
  }
  while (k > head && at.in(k - 1, TITLE_CONNECTORS)) k--;
  // "X of Georgian State Electrosystem (GSE)": a body with no head word, given with its short name.
  if (
    head < start &&
    k > start &&
    at.gap(k) === ' (' &&
    isAcronym(at.text(k)) &&
    at.gap(k + 1).startsWith(')')
  ) {
    // Not the end of a longer name ("the Economic and | Monetary Community of Central Africa (CEMAC)").
    const continues =
      from !== undefined && /^(?:and|&|of|the)$/.test(at.text(from - 1)) && at.capitalised(from - 2);
    if (!continues) head = k++;
  }
  const first = at.at(start);
  const last = at.at(k - 1);
  return head >= start && first && last ? text.slice(first.start, last.end) : null;
}

/** "the Cambodian delegation led by [its secretary,] X": the index of "by", or -1. */
export function ledByAt(unit: TextUnit, from: number): number {
  const { at } = unit;
  let by = from - 1;
  while (by > from - 4 && /^\p{Ll}/u.test(at.text(by)) && at.text(by) !== 'by') by--;
  const verb = at.text(by - 1);
  return at.text(by) === 'by' && (verb === 'led' || verb === 'headed') ? by : -1;
}

/** "... with the African Union Commission, represented by Commissioner X": the clause naming what X represents. */
export function representedBody(unit: TextUnit, from: number): string | null {
  const { at, text } = unit;
  let k = from;
  while (k > from - 4 && k > 0 && (at.in(k - 1, HONORIFICS) || isRoleish(at.text(k - 1)))) k--;
  if (at.text(k - 1) !== 'by' || at.text(k - 2) !== 'represented' || at.gap(k - 2) !== ', ') return null;
  let start = k - 3;
  while (start > 0 && !/[,.;:!?]/.test(at.gap(start))) start--;
  const first = at.at(start);
  const last = at.at(k - 3);
  return first && last ? text.slice(first.start, last.end) : null;
}

/**
 * "The Asian Infrastructure Investment Bank will co-finance it; its Director General, Mr. X, joined": the
 * words before "its" in the sentence, which name the body whose official X is.
 */
export function possessorBody(unit: TextUnit, from: number): string | null {
  const { at, text } = unit;
  let k = from;
  while (k > from - 3 && k > 0 && at.in(k - 1, HONORIFICS)) k--;
  if (at.gap(k) === ', ') k--;
  else if (!at.spaced(k)) return null;
  else k--;
  for (let n = 0; n < 10 && k > 0 && at.text(k) !== 'its'; n++) {
    if (!at.spaced(k) && !SOFT_GAPS.has(at.gap(k))) return null;
    if (!/^[\p{Lu}\d]/u.test(at.text(k)) && !TITLE_CONNECTORS.has(at.text(k))) return null;
    k--;
  }
  if (at.text(k) !== 'its') return null;
  let start = k;
  while (start > 0 && !/[.!?]\s/.test(at.gap(start))) start--;
  const first = at.at(start);
  const last = at.at(k - 1);
  return first && last && start < k ? text.slice(first.start, last.end) : null;
}

/**
 * The index of the token after the first gap holding `mark` within `limit` tokens after `to` (the
 * paragraph's length when the mark follows its last token), or -1 when a sentence ends first.
 */
function indexAfterMark(unit: TextUnit, to: number, mark: string, limit: number): number {
  const { tokens, at } = unit;
  for (let k = to + 1; k <= Math.min(to + limit, tokens.length); k++) {
    const gap = k === tokens.length ? unit.text.slice(tokens[k - 1]?.end ?? 0) : at.gap(k);
    if (gap.includes(mark)) return k;
    if (/[.!?;:]/.test(gap) && !(k < tokens.length && !isBreak(tokens, k))) return -1;
  }
  return -1;
}

/**
 * "Q (Naledi Khumalo, SABC News):": the name in a journalist's question label, at the paragraph's start.
 * Alone in the brackets it may be the outlet's ("Question (Prothom Alo):"): a name only with a given name
 * the name lists know.
 */
export function questionLabel(unit: TextUnit, run: Run): boolean {
  const { at } = unit;
  return (
    run.from === 1 &&
    at.in(0, QUESTION_LABELS) &&
    at.gap(run.from) === ' (' &&
    (at.gap(run.to) === ', ' || (at.gap(run.to).startsWith('):') && isGivenName(run.words[0] ?? '')))
  );
}

/** An e-mail address's local part: "julien.lavoie-sirois" of julien.lavoie-sirois@international.gc.ca. */
const EMAIL_LOCAL = /([\p{L}\d][\p{L}\d._-]*)@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;

/**
 * "Julien Lavoie-Sirois ... julien.lavoie-sirois@international.gc.ca": a contact line whose e-mail address
 * is written from the name (given.surname, givensurname, g.surname), its lines joined into one paragraph.
 */
export function emailOfName(unit: TextUnit, run: Run): boolean {
  const words = run.words.map((w) => withoutMarks(w).toLowerCase());
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  if (words.length < 2) return false;
  const forms = new Set([
    words.join('.'),
    words.join(''),
    `${first}.${last}`,
    `${first}${last}`,
    `${first.charAt(0)}.${last}`,
    `${first.charAt(0)}${last}`,
  ]);
  const after = unit.text.slice(unit.at.at(run.to - 1)?.end ?? 0);
  return [...after.matchAll(EMAIL_LOCAL)].some((m) => forms.has(withoutMarks(m[1] ?? '').toLowerCase()));
}

/**
 * "Giorgos Papadakis, Danube Wire: A question for ...": a transcript's speaker line, the name then its
 * outlet in capitalised words, then a colon, opening the paragraph.
 */
export function speakerLine(unit: TextUnit, run: Run): boolean {
  const { at } = unit;
  if (run.from !== 0 || at.gap(run.to) !== ', ') return false;
  const colon = indexAfterMark(unit, run.to, ':', 4);
  if (colon < 0 || !/^: /.test(at.gap(colon))) return false;
  for (let k = run.to; k < colon; k++) if (!at.capitalised(k) || /\d/.test(at.text(k))) return false;
  return true;
}

/**
 * "Mere Parata (Tuatara Dairy Ltd), James Whitaker (Kōwhai Honey Co.) and ...": an item of a list of
 * people, each with the body they come from in brackets after the name.
 */
export function listItemWithBody(unit: TextUnit, run: Run): boolean {
  const { at } = unit;
  if (at.gap(run.to) !== ' (' || !at.capitalised(run.to)) return false;
  const close = indexAfterMark(unit, run.to, ')', 6);
  // Two words at least in the brackets: "(FAO)" after a body's name is its acronym.
  if (close < run.to + 2) return false;
  // ("• A (Body) • B (Body)": a bullet between the items)
  const bullet = /[•·▪]\s*$/;
  const before =
    at.gap(run.from).endsWith(', ') || at.in(run.from - 1, LIST_OPENERS) || bullet.test(at.gap(run.from));
  const after =
    close === unit.tokens.length ||
    at.gap(close).endsWith('), ') ||
    (at.gap(close).endsWith(') ') && at.text(close) === 'and') ||
    /^\)\s*[•·▪]/.test(at.gap(close));
  return before && after;
}

/**
 * "the Chilean chef Camila Órdenes", "moderated by journalist Mai Anh Thư": a lower-case noun for a person
 * (an occupation) right before the name.
 */
export function occupationBefore(unit: TextUnit, run: Run): boolean {
  return unit.at.spaced(run.from) && occupationWord(unit.at.text(run.from - 1));
}

/** A lower-case noun for a person's trade: "chef", "craftsman", "journalist". */
export function occupationWord(word: string): boolean {
  return word.length >= 4 && /^\p{Ll}/u.test(word) && PERSON_NOUN.test(word) && !NOT_PERSON_NOUN.has(word);
}

/**
 * "Luis Mora of Peru and ...", "Ana Costa of Brazil,", "... of Paraguay to review": a country right after
 * the name through "of", closing the phrase (not "of Peru Street").
 */
export function countryAfterOf(unit: TextUnit, run: Run): Match | null {
  const { at } = unit;
  if (at.text(run.to) !== 'of' || !at.spaced(run.to)) return null;
  let k = run.to + 1;
  if (at.text(k) === 'the') k++;
  const match = unit.countries.find((m) => m.from === k);
  if (!match || (at.gap(match.to) === ' ' && at.capitalised(match.to))) return null;
  // "the Center for Volcanology and Geological Hazard Mitigation of Indonesia": inside a body's name.
  for (let j = run.from - 1; j >= Math.max(0, run.from - 10) && at.spaced(j + 1); j--) {
    const word = at.text(j);
    if (ORG_HEADS.has(word) || EVENT_HEADS.has(word)) return null;
    if (!/^\p{Lu}/u.test(word) && !TITLE_CONNECTORS.has(word)) break;
  }
  return match;
}

/** "Aroha Ruiz MP (Labour Party)": letters after the name that only a person holds. */
export function postNominalAfter(unit: TextUnit, run: Run): boolean {
  return unit.at.spaced(run.to) && unit.at.in(run.to, POST_NOMINALS);
}

/** "Aroha Ruiz MP (Labour Party)": the run in brackets after the letters is the member's party. */
export function afterPostNominal(unit: TextUnit, run: Run): boolean {
  return unit.at.gap(run.from) === ' (' && unit.at.in(run.from - 1, POST_NOMINALS);
}

/**
 * "... Ministers A (Türkiye), B (Azerbaijan) and C (Georgia)", "MPs A (Labour), B (Greens)": an item
 * "Name (Country or party)" after another item closed by a bracket (the list's first item has its title
 * before it). One acronym alone in the brackets is a body's short name, not an item's label.
 */
export function listItemWithCountry(unit: TextUnit, run: Run): boolean {
  const { at } = unit;
  if (at.gap(run.to) !== ' (') return false;
  const gap = at.gap(run.from);
  if (gap !== '), ' && !(at.text(run.from - 1) === 'and' && at.gap(run.from - 1) === ') ')) return false;
  const country = unit.countries.find((m) => m.from === run.to);
  if (country) return at.gap(country.to).startsWith(')') || country.to === unit.tokens.length;
  for (let k = run.to; k < run.to + 3 && k < unit.tokens.length; k++) {
    if (!at.capitalised(k) || (k > run.to && !at.spaced(k))) return false;
    const closed = k + 1 === unit.tokens.length || at.gap(k + 1).startsWith(')');
    if (closed) return !(k === run.to && /^[\p{Lu}\d&-]+$/u.test(at.text(k)));
  }
  return false;
}

/**
 * "For the Kingdom of X / Name / Minister of Y": a signature block of a joint statement or an agreement,
 * each party's line, then its signatory's name, then the post; the reader joins the block's lines into one
 * paragraph, so the block is a short paragraph without a sentence's end that opens "For"/"On behalf of".
 */
export function signatoryForParty(unit: TextUnit, run: Run): boolean {
  const { at } = unit;
  if (unit.tokens.length > 16 || /[.!?]\s*$/.test(unit.text)) return false;
  let k = 1;
  if (at.text(0) === 'On') {
    if (at.text(1) !== 'behalf' || at.text(2) !== 'of') return false;
    k = 3;
  } else if (!at.in(0, SIGNATORY_OPENERS)) return false;
  // the party's name between the opener and the signatory: capitalised words and connectors only
  if (run.from <= k) return false;
  for (; k < run.from; k++) if (!at.capitalised(k) && !at.in(k, TITLE_CONNECTORS)) return false;
  return !at.exists(run.to) || isRoleish(at.text(run.to));
}

/** Gaps that open a segment of a line: its start, a table's bar, a bracket, a semicolon, a sentence's end. */
const SEGMENT_OPENING = /(?:[|(;/•]\s*|[.:)]\s+|\s[–—-]\s+)$/;
/** Gaps that close one: the same, a comma or a closing bracket. */
const SEGMENT_CLOSING = /^(?:\s*[|();/,•]|\.(?:\s|$)|\s+[–—-]\s)/;

const isLabelWord = (word: string) => {
  const lower = word.toLowerCase();
  return (
    BYLINE_WORDS.has(lower) ||
    CREDIT_LABELS.has(lower) ||
    GROUP_NOUNS.has(lower) ||
    ROLE_WORDS.has(word) ||
    LOWER_ROLES.has(lower)
  );
};

/**
 * "Reporter: A | Editor: B", "(Photo: C / Ministry of ...)", "Moderator: Dr. D": a label of one or two
 * words ending in a by-line, credit or role word opens a segment of the line, then a colon, then the
 * name alone in its segment.
 */
export function creditLabel(unit: TextUnit, run: Run): string[] | null {
  const { at } = unit;
  let k = run.from;
  while (k > 0 && at.in(k - 1, HONORIFICS) && at.gap(k) !== ': ') k--;
  if (!/^:\s+$/.test(at.gap(k))) return null;
  const opens = (i: number) => i === 0 || SEGMENT_OPENING.test(at.gap(i));
  // the label: up to four words back to the segment's opening ("Head of Delegation:"), one of them a label word
  let from = k - 1;
  while (from > k - 4 && from > 0 && !opens(from) && at.spaced(from)) from--;
  if (from < 0 || !opens(from)) return null;
  const label = at.words(from, k);
  if (!isLabelWord(label.at(-1) ?? '') && !label.some((w) => ROLE_WORDS.has(w))) return null;
  return !at.exists(run.to) || SEGMENT_CLOSING.test(at.gap(run.to)) ? label : null;
}

/** "Editor: X", "Photo: X": a credit of the publisher's own staff, its label all by-line words ("Witnessed by:" is not). */
export const staffCredit = (unit: TextUnit, run: Run): boolean =>
  creditLabel(unit, run)?.every((w) => BYLINE_WORDS.has(w.toLowerCase())) ?? false;

/**
 * "to Antofagasta, Chile, to ...", "from La Paz and El Alto": after a preposition of place, a run followed
 * by its country (closed by a comma, a full stop or the end), or joined by "and" to a place the gazetteer
 * knows, is a town.
 */
export function placeContext(unit: TextUnit, run: Run): boolean {
  const { at, claimedBy } = unit;
  if (!at.spaced(run.from)) return false;
  // ("travel to X, Chile": "to" as well, with the country after the comma)
  const toCountry = at.text(run.from - 1) === 'to' && claimedBy[run.to] === 'country';
  // "In X, the Head of State will ...": a clause opening on a place.
  const opening = run.from - 1 === 0 || /[.!?:]\s+$/.test(at.gap(run.from - 1));
  if (
    opening &&
    (at.text(run.from - 1) === 'In' || at.text(run.from - 1) === 'At') &&
    at.gap(run.to) === ', '
  )
    return true;
  if (at.in(run.from - 1, PLACE_PREPOSITIONS) || toCountry) {
    if (at.gap(run.to) === ', ' && claimedBy[run.to] === 'country') {
      const country = unit.countries.find((m) => m.from === run.to);
      return country !== undefined && (!at.exists(country.to) || /^[,.;]/.test(at.gap(country.to)));
    }
    // (the place after "and": its first word claimed, a word of the place's own name after it)
    return (
      at.text(run.to) === 'and' &&
      at.spaced(run.to) &&
      at.spaced(run.to + 1) &&
      claimedBy[run.to + 1] === 'place'
    );
  }
  // "... from La Paz and | El Alto": the place before "and", after the preposition.
  // ("in Pune, and X of ...": a comma before "and" closes the place's phrase)
  if (at.text(run.from - 1) !== 'and' || !at.spaced(run.from - 1)) return false;
  let k = run.from - 2;
  while (k > 0 && claimedBy[k] === 'place' && claimedBy[k - 1] === 'place' && at.spaced(k)) k--;
  return claimedBy[k] === 'place' && at.in(k - 1, PLACE_PREPOSITIONS) && at.spaced(k);
}

/**
 * "Ana Ruiz (Director, Harbour Authority)", "X (lead), Y (analyst)": the person's post in brackets right
 * after the name, a role word first.
 */
export function bracketRole(unit: TextUnit, run: Run): boolean {
  const { at } = unit;
  if (at.gap(run.to) !== ' (') return false;
  const word = at.text(run.to);
  const role = ROLE_WORDS.has(word) && !TITLE_STARTERS.has(word);
  const lower = /^\p{Ll}/u.test(word) && (LOWER_ROLES.has(word) || occupationWord(word));
  if (!role && !lower) return false;
  return indexAfterMark(unit, run.to, ')', 8) > 0;
}
/** A table's cell border, as the reader keeps it when a row's cells are written on one line. */
const CELL_BORDER = /^\s*\|\s*$/;

/** A cell border after the last cell's closing bracket too ("Vanuatu (Chair) | Hon. X"). */
const ROW_CELL_BORDER = /^\)?\s*\|\s*$/;
/** A leader of dots between a list line's label and its text ("Belize ........ Hon. X, Minister"). */
const LEADER = /^\s*(?:\.{2,}|…+)\s*$/;

/** Where the name's cell opens: before the courtesy forms that open it ("| Hon. Josaia Nainoca |"). */
function cellStart(unit: TextUnit, run: Run, border: RegExp): number {
  const { at } = unit;
  let from = run.from;
  while (from > run.from - 3 && from > 0 && at.in(from - 1, HONORIFICS) && !border.test(at.gap(from))) from--;
  return from;
}

/** "FLNKS (New Caledonia) | Name": a country in brackets places a body; it labels no row. */
const bracketed = (unit: TextUnit, m: Match) => unit.at.gap(m.from).endsWith('(');

/**
 * "Belize ........ Hon. Dorian Usher, Minister of Foreign Affairs": the country that labels a list's line
 * before a leader of dots. The reader joins the lines, so the title after the name runs into the next
 * line's label; the label is the line's own.
 */
export function leaderRowCountry(unit: TextUnit, run: Run): string | null {
  const from = cellStart(unit, run, LEADER);
  if (!LEADER.test(unit.at.gap(from))) return null;
  const label = unit.countries.find((m) => m.to === from);
  return label && !bracketed(unit, label) && label.values.length === 1 ? (label.values[0] ?? null) : null;
}

/** The country that labels a table's row, starting at `i` and closed by a border ("Botswana | ..."). */
function rowLabelAt(unit: TextUnit, i: number): Match | null {
  const match = unit.countries.find((m) => m.from === i);
  return match && unit.at.exists(match.to) && CELL_BORDER.test(unit.at.gap(match.to)) ? match : null;
}

/**
 * "Angola | Jorge Neto | Minister of Energy", "Jorge Neto | Minister of Energy | Angola": the country a
 * table's row gives in a cell of its own, right before the name's cell or after its post.
 */
export function tableRowCountry(unit: TextUnit, run: Run): string | null {
  const { at } = unit;
  const one = (m: Match | null | undefined) => (m && m.values.length === 1 ? (m.values[0] ?? null) : null);
  // (the name's cell may open with a courtesy form, the label's cell close with a bracket: "Vanuatu (Chair) | Hon. X")
  const from = cellStart(unit, run, ROW_CELL_BORDER);
  if (ROW_CELL_BORDER.test(at.gap(from))) {
    // (in a joined row the label follows the last row's last cell: "... Minister of Energy Botswana | Name")
    const before = unit.countries.find((m) => m.to === from);
    if (before) return bracketed(unit, before) ? null : one(before);
    // "Swedish Research Council | Name | Post": the one country of the body's cell before the name (in a
    // joined row the cell holds the last row's last cell too)
    let start = from - 1;
    while (start > 0 && !ROW_CELL_BORDER.test(at.gap(start))) start--;
    const inCell = new Set(
      unit.countries
        .filter((m) => m.from >= start && m.to <= from && !bracketed(unit, m))
        .flatMap((m) => m.values),
    );
    if (inCell.size === 1) return [...inCell][0] ?? null;
  }
  // (after the post's cell only for a name alone in its cell: "Eero Virtanen, University of Helsinki" is no row's head)
  if (at.exists(run.to) && !CELL_BORDER.test(at.gap(run.to))) return null;
  let borders = 0;
  for (let k = run.to; k < unit.tokens.length && borders < 2; k++) {
    if (!CELL_BORDER.test(at.gap(k))) continue;
    borders++;
    const match = unit.countries.find((m) => m.from === k);
    if (match && (!at.exists(match.to) || !CELL_BORDER.test(at.gap(match.to)) || borders === 2))
      return one(match);
  }
  return null;
}

/**
 * "Ana Ruiz | Director of Trade | Peru", "Director of Trade | Ana Ruiz |": a cell holding a name alone, the
 * cell beside it a post (a role word among its first three words); returns the post, or null.
 */
export function tablePost(unit: TextUnit, run: Run): string | null {
  const { at, text } = unit;
  // (a post, "Deputy Director", not a menu's "Foreign Policy")
  const postAt = (k: number) =>
    isRoleish(at.text(k)) &&
    at.words(k, k + 3).some((w) => w.split('-').some((p) => ROLE_WORDS.has(p)) && !TITLE_STARTERS.has(w));
  const cell = (from: number, to: number) => text.slice(at.at(from)?.start, at.at(to - 1)?.end);
  const closes = !at.exists(run.to) || CELL_BORDER.test(at.gap(run.to));
  if (closes && at.exists(run.to) && postAt(run.to)) {
    let end = run.to + 1;
    // (to the cell's border, or to the next row's label: "... Minister of Energy Botswana | Name |")
    while (end < unit.tokens.length && !CELL_BORDER.test(at.gap(end)) && !rowLabelAt(unit, end)) end++;
    return cell(run.to, end);
  }
  if (!CELL_BORDER.test(at.gap(run.from)) || !closes) return null;
  let k = run.from - 1;
  while (k > 0 && !CELL_BORDER.test(at.gap(k)) && k > run.from - 12) k--;
  return postAt(k) && (k === 0 || CELL_BORDER.test(at.gap(k))) ? cell(k, run.from) : null;
}
