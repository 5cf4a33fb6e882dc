import { MONTHS, WEEKDAYS } from './lexicon/calendar';
import { RIGHT_CONNECTORS, ROMANCE_CONNECTORS } from './lexicon/connectors';
import { BACKER_CUES, EVENT_HEADS, NUMBERED_GROUP_HEADS, ORG_HEADS } from './lexicon/heads';
import { HONORIFICS } from './lexicon/honorifics';
import { FUNCTION_WORDS } from './lexicon/non-name-words';
import { MEMBER_ROLES, ROLE_WORDS } from './lexicon/roles';
import { NAME_PARTICLES } from './lexicon/traditions/all';
import type { TextUnit } from './tagging/tag-unit';
import { isAcronym, isBreak } from './tokens';

export interface PhraseContext {
  unit: TextUnit;
  /** Words of people's names: a phrase never runs into a person. */
  personWords: ReadonlySet<string>;
  /** Role words may sit inside the name ("Council of Ministers", "Heads of State"): events' names. */
  roleWords?: boolean;
  /**
   * What "in" brings into the name at token `k`: by default a country ("Embassy of Italy | in China"); an
   * event's is a region it serves ("Forum on Security | in Africa"), a country after it is its venue.
   */
  inName?: (k: number) => boolean;
}

/** A capitalised word that may sit inside the name of an organisation or event. */
export function isPhraseWord(ctx: PhraseContext, i: number): boolean {
  const word = ctx.unit.tokens[i]?.text;
  if (!word) return false;
  if (/^d['’]\p{Lu}/u.test(word)) return true; // "Côte d'Ivoire"
  if (/^non-\p{Lu}/u.test(word)) return true; // "OPEC and non-OPEC Ministerial Meeting"
  if (!/^[\p{Lu}\d]/u.test(word)) return false;
  if (FUNCTION_WORDS.has(word) || HONORIFICS.has(word) || ctx.personWords.has(word)) return false;
  // "On 15 May 2018 Nanyang ...", "the Forum on Friday": dates are not part of names.
  if (MONTHS.has(word.toLowerCase()) || WEEKDAYS.has(word) || /^\d{1,2}(?:[-–]\d{1,2})?$/.test(word))
    return false;
  return !ROLE_WORDS.has(word) || word === 'Party' || ctx.roleWords === true || MEMBER_ROLES.has(word);
}

/** Extends a phrase leftwards over capitalised words and inner "and": "Science and Technology | Department". */
export function extendLeft(
  ctx: PhraseContext,
  head: number,
  accept: (i: number) => boolean = (i) => isPhraseWord(ctx, i),
): number {
  const { tokens, at } = ctx.unit;
  let start = head;
  for (;;) {
    if (start <= 0) break;
    const gap = tokens[start]?.gap;
    // "BRICS Science, Technology and Innovation Ministerial Meeting": a comma list closed by "and".
    const listComma =
      gap === ', ' && tokens.slice(start, head).some((t) => t.text === 'and') && accept(start - 1);
    // "Trade & Investment Forum": the ampersand is a gap, not a token.
    if (gap === ' & ' && accept(start - 1)) {
      start--;
      continue;
    }
    if (!(gap === ' ' && !isBreak(tokens, start)) && !listComma) break;
    const prev = start - 1;
    // "Brazil's National Institute ...": a possessive is the owner, not part of the name.
    const after = ctx.unit.text.slice(tokens[prev]?.end, (tokens[prev]?.end ?? 0) + 1);
    if (after === "'" || after === '’') break;
    if (accept(prev)) {
      start = prev;
      continue;
    }
    // "Hamad bin Khalifa University": a name's particle inside a body's name.
    if (NAME_PARTICLES.has(at.text(prev)) && prev > 0 && at.spaced(prev) && accept(prev - 1)) {
      start = prev - 1;
      continue;
    }
    const word = tokens[prev]?.text;
    if ((word === 'and' || word === '&') && prev > 0 && accept(prev - 1) && at.spaced(prev)) {
      // "Ministry of Commerce and Cambodian ... Council": an "and" right after "of X" joins two bodies, as
      // does one right after a head ("Chulalongkorn University and Southwest Jiaotong University").
      if (at.text(prev - 2) === 'of') break;
      if (ORG_HEADS.has(at.text(prev - 1)) || EVENT_HEADS.has(at.text(prev - 1))) break;
      start = prev - 1;
      continue;
    }
    break;
  }
  return start;
}

/** End of the capitalised words from `k` on, joined by single spaces. */
export function chunkEnd(ctx: PhraseContext, k: number): number {
  const { at } = ctx.unit;
  let end = k;
  while (end < at.length && (end === k || at.spaced(end)) && isPhraseWord(ctx, end)) end++;
  return end;
}

const LIST_OPENERS = new Set(['of', 'on']);

/**
 * "Ministry of Agriculture | , Forestry and Fisheries": after "of", a comma list of capitalised chunks
 * closed by "and" belongs to the name. Returns the end of the list, or `end` when there is none.
 */
function commaListEnd(
  ctx: PhraseContext,
  head: number,
  end: number,
  startsNewPhrase: (i: number) => boolean,
): number {
  const { tokens, at } = ctx.unit;
  // "Committee on Agriculture, Rural Development, Water and Environment" as well as "Ministry of ...".
  if (at.gap(end) !== ', ' || !tokens.slice(head + 1, end).some((t) => LIST_OPENERS.has(t.text))) return end;
  let k = end;
  while (at.gap(k) === ', ') {
    const stop = chunkEnd(ctx, k);
    if (stop === k || stop - k > 3) return end;
    for (let c = k; c < stop; c++) if (startsNewPhrase(c) || ctx.personWords.has(at.text(c))) return end;
    k = stop;
    // "..., Water & Environment": the ampersand is a gap, not a token.
    if (at.gap(k) === ' & ') {
      const last = chunkEnd(ctx, k);
      for (let c = k; c < last; c++) if (startsNewPhrase(c)) return end;
      return last;
    }
    if (at.text(k) === 'and' && at.spaced(k) && at.spaced(k + 1)) {
      const last = chunkEnd(ctx, k + 1);
      if (last === k + 1) return end;
      for (let c = k + 1; c < last; c++) if (startsNewPhrase(c)) return end;
      return last;
    }
  }
  return end;
}

/**
 * Extends a phrase rightwards through connectors and capitalised chunks: "Forum | on China-ASEAN Technology
 * Transfer and Collaborative Innovation". Stops before an "and" that starts another phrase with a head of
 * its own, and takes a parenthesised acronym: "Ministry of Science and Technology (MOST)".
 */
export function extendRight(
  ctx: PhraseContext,
  head: number,
  startsNewPhrase: (i: number) => boolean,
  from = head + 1,
): number {
  const { tokens, at } = ctx.unit;
  let end = from;
  for (;;) {
    const listEnd = commaListEnd(ctx, head, end, startsNewPhrase);
    if (listEnd > end) {
      end = listEnd;
      continue;
    }
    if (at.gap(end) === ' & ' && isPhraseWord(ctx, end) && !startsNewPhrase(end)) {
      end = chunkEnd(ctx, end);
      continue;
    }
    const connector = tokens[end];
    if (!connector || connector.gap !== ' ' || !RIGHT_CONNECTORS.has(connector.text)) break;
    let k = end + 1;
    if (at.text(k) === 'the' && connector.text !== 'and' && at.spaced(k)) k++;
    // "the Group of 77": a group named by its number; elsewhere a number after a connector ends the name.
    const numberedGroup = connector.text === 'of' && at.in(end - 1, NUMBERED_GROUP_HEADS) && k === end + 1;
    const groupNumber = numberedGroup && /^\d+$/.test(at.text(k));
    if (!at.spaced(k) || (!groupNumber && (!isPhraseWord(ctx, k) || /^\d+$/.test(at.text(k))))) break;
    // "Embassy of Italy in China": "in" only before a country.
    if (connector.text === 'in' && !(ctx.inName ? ctx.inName(k) : ctx.unit.claimedBy[k] === 'country')) break;
    const chunk = groupNumber ? k + 1 : chunkEnd(ctx, k);
    if (connector.text === 'and' || connector.text === '&') {
      // A second "and", or one before a country or acronym, joins two names rather than continuing one.
      const secondAnd = tokens.slice(head + 1, end).some((t) => t.text === 'and');
      // "Chulalongkorn University and ...": a name that already ends in its head word is complete.
      const headBefore = ORG_HEADS.has(at.text(end - 1)) || EVENT_HEADS.has(at.text(end - 1));
      const other = ctx.unit.claimedBy[k] === 'country' || isAcronym(at.text(k));
      // "... University of Agriculture and Yunnan Agricultural University": the part after "and" has its own head.
      const ownHead =
        ORG_HEADS.has(at.text(head)) && ORG_HEADS.has(at.text(chunk - 1)) && !ORG_HEADS.has(at.text(k));
      let joinsAnother = secondAnd || other || headBefore || ownHead;
      for (let c = k; c < chunk; c++) if (startsNewPhrase(c)) joinsAnother = true;
      if (joinsAnother) break;
    }
    end = chunk;
  }
  const acronym = tokens[end];
  if (
    acronym &&
    acronym.gap === ' (' &&
    isAcronym(acronym.text) &&
    (!at.exists(end + 1) || at.gap(end + 1).startsWith(')'))
  ) {
    end++;
  }
  return end;
}

/** Source text of tokens [from, to), with the closing parenthesis of a trailing acronym. */
export function phraseText(ctx: PhraseContext, from: number, to: number): string {
  const { tokens, text } = ctx.unit;
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return '';
  const close = text[last.end] === ')' && text.slice(first.start, last.end).includes('(') ? ')' : '';
  return text.slice(first.start, last.end) + close;
}

/**
 * After a head that opens its name ("Universitas | Gadjah Mada", "Jeux | de la Francophonie"): the name's
 * capitalised words from `from` and up to two Romance connectors between them, until a word that starts
 * another name. Returns the end, or `from`.
 */
export function headFirstNameEnd(
  ctx: PhraseContext,
  from: number,
  startsNew: (i: number) => boolean,
): number {
  const { at } = ctx.unit;
  let end = from;
  for (;;) {
    if (!at.spaced(end)) break;
    if (isPhraseWord(ctx, end) && !startsNew(end)) {
      end++;
      continue;
    }
    // "de la Recherche": up to two connectors, then a name word.
    let k = end;
    while (k < end + 2 && at.spaced(k) && at.in(k, ROMANCE_CONNECTORS)) k++;
    if (k > end && at.spaced(k) && isPhraseWord(ctx, k) && !startsNew(k)) {
      end = k + 1;
      continue;
    }
    break;
  }
  return end;
}

/** The name at `from` backs a gathering: "with the support of | the Namibia Trade Forum", "organised by | the ...". */
export function isBackerAt(ctx: PhraseContext, from: number): boolean {
  const { at } = ctx.unit;
  if (at.text(from - 1) !== 'the' || !at.spaced(from) || !at.spaced(from - 1) || !at.spaced(from - 2))
    return false;
  return BACKER_CUES.has(`${at.text(from - 3)} ${at.text(from - 2)}`);
}
