import { NAME_PARTICLES } from '../lexicon/traditions/all';
import { INSIDE_TITLE, SUBDIVISION_WORDS, TITLE_CONNECTORS } from '../lexicon/connectors';
import { HONORIFICS } from '../lexicon/honorifics';
import { STATE_FORMS } from '../lexicon/countries';
import { COUNT_WORDS } from '../lexicon/calendar';
import { POST_NOMINALS } from '../lexicon/person-context';
import { DIRECTIONS } from '../lexicon/places';
import { LOCAL_ROLES, MILITARY_RANKS, ROLE_WORDS, TITLE_STARTERS } from '../lexicon/roles';
import type { TextUnit } from '../tagging/tag-unit';
import { isBreak } from '../tokens';
import { LEADING_FORMS } from '../lexicon/traditions/all';
import { startsPerson } from './candidates';

/** The gap after a line's label: "Peru: Ana Ruiz", "Peru – Ana Ruiz". */
export const LABEL_GAP = /^(?::\s+|\s+[–—-]\s+)$/;

/**
 * Whether the one-word label of a list line starts at `i` ("... Formalisation | Peru – Raúl ...", "...
 * Chair | Peru: Ana ..."): a word before a colon, or a country before a dash that no comma or connector ties
 * to the words before it ("Minister of Energy, Botswana – Hon. X" is a title's end and a bullet).
 */
export function isLabel(unit: TextUnit, i: number): boolean {
  const { at } = unit;
  const gap = at.gap(i + 1);
  if (/^:\s+$/.test(gap)) return true;
  if (
    LABEL_GAP.test(gap) &&
    unit.claimedBy[i] === 'country' &&
    at.spaced(i) &&
    !at.in(i - 1, TITLE_CONNECTORS)
  )
    return true;
  if (at.in(i - 1, TITLE_CONNECTORS) || !(at.spaced(i) || at.gap(i) === ') ')) return false;
  // "... (Chair) Germany – Name", "... Communications Republic of Moldova – Name": a list's lines joined
  // into one paragraph; the next line's country (in its state form too) before the label's dash or colon.
  let from = i;
  if (STATE_FORMS.has(at.text(i)) && at.text(i + 1) === 'of') from = at.text(i + 2) === 'the' ? i + 3 : i + 2;
  const match = unit.countries.find((m) => m.from === from);
  if (!match) return false;
  return LABEL_GAP.test(at.gap(match.to)) && (from > i || match.to > i + 1 || at.gap(i) === ') ');
}

/** Gaps that may sit inside a title: a space, or the parentheses around an acronym. */
export const SOFT_GAPS = new Set([' ', ' (', ') ', '(', ')']);

const COORDINATED_ROLE = new RegExp(
  String.raw` and (?=(?:${[...ROLE_WORDS, 'Senior'].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\b)`,
);

/**
 * "Party Group Secretary and Vice Minister of the Ministry X" → both roles "of the Ministry X".
 * Coordination is only split before a role word, so "Ministry of Industry and Handicraft" stays whole.
 */
export function splitTitle(title: string): string[] {
  const parts = title
    .split(COORDINATED_ROLE)
    .map((p) => p.trim())
    .filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  const ofAt = last.indexOf(' of ');
  const suffix = ofAt >= 0 ? last.slice(ofAt) : '';
  return parts.map((p, index) => (index < parts.length - 1 && !p.includes(' of ') ? p + suffix : p));
}

/** A title as kept: no leading article or courtesy form ("H.E. Minister" → "Minister"), parentheses closed. */
export function cleanTitle(raw: string): string | null {
  let title = raw.replace(/\s+/g, ' ').trim();
  title = title.replace(/^(?:the|and|of)\s+/i, '').replace(/[\s,;:(]+$/, '');
  for (;;) {
    const m = /^([\p{L}.']+)\.?\s+/u.exec(title);
    const word = m?.[1]?.replace(/\.$/, '');
    if (!m || !word || !(HONORIFICS.has(word) || word === 'H.E')) break;
    title = title.slice(m[0].length);
  }
  if (!title || title.split(' ').every((w) => HONORIFICS.has(w.replace(/\.$/, '')))) return null;
  if ((title.match(/\(/g) ?? []).length > (title.match(/\)/g) ?? []).length) title += ')';
  return title;
}

/** The words of courtesy forms taken off a run's start ("Tan Sri", "Bu", "Dato"). */
const FORM_WORDS = new Set(LEADING_FORMS.flat());

export const isRoleish = (word: string | undefined) =>
  !!word &&
  (ROLE_WORDS.has(word) || TITLE_STARTERS.has(word) || word.split('-').some((p) => ROLE_WORDS.has(p)));

export interface TitleBefore {
  title: string | null;
  /** A courtesy form ("H.E.", "Dr") stands in the capitalised words before the name. */
  honorific: boolean;
  /** The run is the middle of a title or of a body's name ("Deputy Minister of | Emergency Situations"). */
  insideTitle: boolean;
  /** Index of the title's first token (when there is a title). */
  start?: number;
}

/** The capitalised title phrase right before a name: "Vice Minister of the Ministry of ... (MOST) | Wang Zhigang". */
/** Back from `from` over the capitalised words and connectors of a title; across one comma first if asked. */
/** A word written in capitals, of two letters or more. */
const isCapitals = (word: string) => /^\p{Lu}{2,}$/u.test(word.replace(/[-–]/g, ''));

/** Whether a country's name starts at token `i`, in its state's form too ("Republic of Moldova"). */
const countryStarts = (unit: TextUnit, i: number) =>
  unit.claimedBy[i] === 'country' ||
  (unit.at.in(i, STATE_FORMS) && unit.at.text(i + 1) === 'of' && unit.claimedBy[i + 2] === 'country');

function titleWalk(unit: TextUnit, from: number, acrossComma: boolean): number {
  const { tokens, at } = unit;
  let k = from;
  while (k > 0) {
    const gap = at.gap(k);
    const prev = at.at(k - 1);
    if (!prev) break;
    const softGap =
      SOFT_GAPS.has(gap) ||
      (gap === '. ' && !isBreak(tokens, k)) ||
      gap === '.' ||
      gap === '&' ||
      (acrossComma && k === from && (gap === ', ' || gap === '), '));
    if (!softGap) break;
    const word = prev.text;
    // "... of Foreign Affairs the | Minister of ...": an article after a capitalised word opens the title;
    // so does "and" after a comma (", and the Chair of ...").
    // ("Ambassador to the | Czech Republic": a post's country keeps its article)
    const postCountry = at.text(k - 2) === 'to' && countryStarts(unit, k);
    if (word === 'the' && k > 1 && !at.in(k - 2, TITLE_CONNECTORS) && !postCountry) break;
    // "DATES ANNOUNCED The Minister for ...": a capitalised article opens a sentence (a heading's line before it).
    if (word === 'The' && unit.claimedBy[k - 1] !== 'country') break;
    // ("FOREIGN MINISTER IN SARAJEVO Minister of ...": so does a heading in capitals; an acronym stands alone)
    if (isCapitals(word) && isCapitals(at.text(k - 2)) && !isCapitals(at.text(k))) break;
    if (word === 'and' && /,\s*$/.test(at.gap(k - 1))) break;
    if (!(
      /^[\p{Lu}\d]/u.test(word) ||
      (word === 'with' && at.capitalised(k - 2) && !unit.claimedBy[k - 2] && at.capitalised(k)) ||
      (SUBDIVISION_WORDS.has(word) && unit.claimedBy[k - 2] === 'country' && at.text(k) === 'of') ||
      /^[dl]'\p{Lu}/u.test(word) ||
      TITLE_CONNECTORS.has(word) ||
      (word === 'to' &&
        (unit.claimedBy[k] === 'country' || (at.text(k) === 'the' && countryStarts(unit, k + 1)))) ||
      // "Ambassador of Brazil to Côte d'Ivoire": a country's name may hold a lower-case word.
      unit.claimedBy[k - 1] === 'country'
    ))
      break;
    k--;
  }
  return k;
}

/**
 * "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates | Mr. X", "Director of Africa,
 * Asia and Oceania, | X": a title may hold a list of its portfolios; back across its commas while the part
 * after a comma has no role word and the list ends in "and".
 */
function listTitleStart(unit: TextUnit, k: number, end: number): number {
  const { at } = unit;
  const hasRole = (a: number, b: number) =>
    at.words(a, b).some((w) => isRoleish(w) && !TITLE_STARTERS.has(w));
  if (!at.words(k, end).includes('and')) return k;
  for (let n = 0; n < 3 && at.gap(k) === ', ' && !hasRole(k, end); n++) {
    let before = titleWalk(unit, k, true);
    if (before === k - 1 || before >= k) break;
    // "Minister A B and Deputy Minister of X, | Y and Z of Uzbekistan C D": the list's title opens after
    // the "and" that follows the person before it.
    for (let j = k - 2; j > before; j--)
      if (at.text(j) === 'and' && personBetween(unit, before, j)) {
        before = j + 1;
        break;
      }
    for (let j = before; j < k - 1; j++) if (startsPerson(unit, j)) return k;
    k = before;
  }
  return hasRole(k, end) ? k : end;
}

/** Whether a courtesy form or a person's name stands between tokens `from` and `to`. */
function personBetween(unit: TextUnit, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (unit.at.in(i, HONORIFICS) || startsPerson(unit, i)) return true;
  return false;
}

export function titleBefore(unit: TextUnit, from: number, acrossComma = false): TitleBefore {
  const { text, at } = unit;
  let k = titleWalk(unit, from, acrossComma);
  // "Title Mr. A B and Title | C D": a title never holds another person; it opens after the "and" after them.
  for (let j = from - 1; j > k; j--)
    if (at.text(j) === 'and' && personBetween(unit, k, j)) {
      k = j + 1;
      break;
    }
  // "... of Agriculture, Water and | Land Reform": a run right after a connector is the list's last item.
  if (at.gap(k) === ', ' && k < from && !at.in(from - 1, TITLE_CONNECTORS)) {
    const listed = listTitleStart(unit, k, acrossComma ? from - 1 : from);
    if (listed < k) k = listed;
  }
  // The title starts at its first role-like word; what comes before ("Cambodian", "the") may qualify it.
  let start = k;
  while (start < from && at.in(start, TITLE_CONNECTORS)) start++;
  const words = at.words(start, from);
  const honorific = words.some((w) => HONORIFICS.has(w));
  const hasRole =
    words.some((w) => isRoleish(w) && !TITLE_STARTERS.has(w)) ||
    words.some((w) => w.split('-').some((p) => ROLE_WORDS.has(p)));
  // "Deputy Minister of | Emergency Situations": a title never ends in a connector, so this is its middle.
  const connectorAt = at.text(from - 1) === 'the' ? from - 2 : from - 1;
  const afterConnector = connectorAt >= 0 && at.spaced(from) && at.in(connectorAt, INSIDE_TITLE);
  // ... and after a capitalised name ("Seminar on Cold Chain Logistics for | Tropical Fruit"), too.
  const afterName = afterConnector && /^[\p{Lu}\d]/u.test(at.text(connectorAt - 1));
  // "Governor of East | Nusa Tenggara", "Custodian of the Two | Holy Mosques": a direction or a count after
  // the connector opens the name of a place or a body that goes on.
  const modifierAt = from - 1;
  const connectorBefore = at.text(modifierAt - 1) === 'the' ? modifierAt - 2 : modifierAt - 1;
  const afterModifier =
    at.spaced(from) &&
    (at.in(modifierAt, DIRECTIONS) || at.in(modifierAt, COUNT_WORDS)) &&
    at.in(connectorBefore, INSIDE_TITLE);
  if (!hasRole || afterConnector || afterModifier)
    return {
      title: null,
      honorific,
      insideTitle: (hasRole && (afterConnector || afterModifier)) || afterName,
    };
  const startToken = at.at(start);
  const nameToken = at.at(from);
  if (!startToken || !nameToken) return { title: null, honorific, insideTitle: false };
  const before = at.at(from - 1);
  // (a title closed by its body's acronym in brackets keeps the closing bracket)
  const bracket = acrossComma && at.gap(from).startsWith(')') ? 1 : 0;
  const end = acrossComma ? (before ? before.end + bracket : nameToken.start) : nameToken.start;
  return { title: text.slice(startToken.start, end), honorific, insideTitle: false, start };
}

/**
 * "The Minister of Foreign Affairs of Peru, María Fernanda Quispe Huamán, received ...": a title, a comma,
 * then the name closed by a comma, a full stop or the paragraph's end.
 */
export function titleBeforeComma(unit: TextUnit, name: number, to: number): string | null {
  const { at } = unit;
  // "..., H.E. Hakan Yılmaz Kaya, will ...": a courtesy form between the comma and the name.
  let from = name;
  while (from > 0 && (at.in(from - 1, HONORIFICS) || at.in(from - 1, FORM_WORDS)) && at.gap(from) !== ', ')
    from--;
  // "Australia's Minister for Foreign Affairs, the Hon. Claire Hollingsworth"
  if (from < name && at.text(from - 1) === 'the' && at.gap(from) === ' ') from--;
  // ("the Secretary of the Water Board (WB), Ana Ruiz": the body's acronym in brackets closes the title)
  const comma = at.gap(from) === ', ' || (at.gap(from) === '), ' && at.gap(from - 1) === ' (');
  if (!comma || !/^(?:[\p{Lu}\d]|[dl]'\p{Lu})/u.test(at.text(from - 1))) return null;
  // (or by the dash of the next line of a list: "- Secretary of Economy, Ana Ruiz | - Ambassador ...", or
  // by the bar between a table's cells)
  // ("the Minister for Foreign Affairs, Seán Ó Catháin TD, ...": a post-nominal before the closing comma)
  const end = at.spaced(to) && at.in(to, POST_NOMINALS) ? to + 1 : to;
  if (at.exists(end) && !/^(?:, |\. |\.|\)|;|\s[-–—•|]\s)/.test(at.gap(end))) return null;
  const found = titleBefore(unit, from, true);
  // "X, Minister of ... of Rwanda, Y, State Minister ...": a title after another name's comma is that name's
  // (after "In the margins," or "In Lima," it opens the clause).
  if (found.insideTitle || found.start === undefined) return null;
  const beforeComma = found.start - 1;
  if (at.gap(found.start) === ', ' && at.capitalised(beforeComma) && !unit.claimedBy[beforeComma])
    return null;
  // "Foreign Minister Ana Cárdenas of Ecuador and Peru's Minister of Trade, Luis Mora": the words hold a person.
  for (let k = found.start; k < from - 1; k++) if (startsPerson(unit, k)) return null;
  // "Vice Minister Xu Nanping, Boviengkham Vongdara, ...": a title holding a name already is that name's.
  if (!/ (?:of|for|to|in|at|on) /.test(found.title ?? '') && !isRoleish(at.text(from - 1))) return null;
  return found.title;
}

/**
 * Titles in apposition after a name: "Tung Ciny, Chair of ..., Chair of ..., and Deputy Secretary of ...".
 * A title that belongs to the next name goes to `handedOn`: it still says that a list of people is read.
 * `titleNameList`: the name is an item of a list written "Title Name, Title Name" (it had its own title
 * before it), so a title running into the next name is that name's.
 */
export function titlesAfter(
  unit: TextUnit,
  to: number,
  handedOn?: string[],
  titleNameList = false,
): string[] {
  const { tokens, text, at } = unit;
  const titles: string[] = [];
  let i = to;
  while (i < tokens.length) {
    const gap = at.gap(i);
    // "Rodrigo Bautista Jr., Governor of ...": the full stop belongs to the abbreviation.
    const abbreviated = /^\.,\s*$/.test(gap) && /^(?:Jr|Sr)$/.test(at.text(i - 1));
    if (!/^,\s*$/.test(gap) && !abbreviated) break;
    let start = i;
    if (at.text(start) === 'and') start++;
    if (at.text(start) === 'the') start++;
    // A role word within the first words, everything before it capitalised ("Cambodian Minister of ...",
    // "former U.S. Secretary of Energy").
    let role = -1;
    for (let k = start; k < Math.min(start + 4, tokens.length); k++) {
      const word = at.text(k);
      if (k > start && isBreak(tokens, k)) break;
      // ("X, Khokim of the City of Samarkand": a local government's role, capitalised, is a title after a name)
      if (isRoleish(word) || LOCAL_ROLES.has(word)) {
        role = k;
        break;
      }
      if (!/^\p{Lu}/u.test(word) && !(k === start && word === 'former')) break;
    }
    if (role < 0) break;
    let end = role + 1;
    while (end < tokens.length) {
      const t = at.at(end);
      if (!t) break;
      // "Minister of Higher Education, Science, Research and Innovation of Thailand": a list inside the title.
      const listComma =
        t.gap === ', ' &&
        /^\p{Lu}/u.test(t.text) &&
        !isRoleish(t.text) &&
        !HONORIFICS.has(t.text) &&
        !MILITARY_RANKS.has(t.text) &&
        !startsPerson(unit, end) &&
        end > role + 1;
      const softGap =
        SOFT_GAPS.has(t.gap) || t.gap === '&' || (t.gap === '. ' && !isBreak(tokens, end)) || listComma;
      if (!softGap) break;
      // "..., Brunei Darussalam H.E. Keo ...", "... Formalisation Peru – Raúl ...": lines of a list joined
      // into one paragraph; a courtesy form or a label (a word before a colon or dash) starts the next line.
      if (HONORIFICS.has(t.text) || isLabel(unit, end)) break;
      const capital = /^[\p{Lu}\d]/u.test(t.text) || unit.claimedBy[end] === 'country';
      const connector =
        TITLE_CONNECTORS.has(t.text) ||
        // "Senior Minister in charge of the National Committee ...", "Secretary for Relations with States"
        (t.text === 'charge' && at.text(end - 1) === 'in' && at.text(end + 1) === 'of') ||
        (t.text === 'with' && at.capitalised(end - 1) && at.capitalised(end + 1)) ||
        // "Ambassador of Senegal to the State of Qatar", "High Commissioner to Fiji"
        (t.text === 'to' && at.capitalised(at.text(end + 1) === 'the' ? end + 2 : end + 1)) ||
        (t.text === 'at' && at.capitalised(at.text(end + 1) === 'the' ? end + 2 : end + 1));
      if (!capital && !connector) break;
      if (t.text === 'and' && !at.capitalised(end + 1)) break;
      if (startsPerson(unit, end) && !at.in(end - 1, INSIDE_TITLE)) break;
      end++;
    }
    while (end > role && at.in(end - 1, TITLE_CONNECTORS)) end--;
    // "A, Vice Minister, and the Ambassador of Ecuador in Peru, Gabriela Montúfar": an "and" title closed
    // by a comma before a name is that name's.
    // (a rank may stand before the next name: "and Chile's Chief of ..., Rear Admiral X")
    const nextName = (k: number) => {
      while (at.in(k, HONORIFICS) || (at.in(k, MILITARY_RANKS) && at.capitalised(k + 1))) k++;
      return startsPerson(unit, k);
    };
    // "A, Director-General, and Ambassador of Kazakhstan to Korea B", and in a list of "Title Name" items:
    // a title that runs into a name, a courtesy form between them or not, is that name's, commas of its
    // portfolios inside ("Minister of Investment, Industry and Trade X"); a list line's "Minister of
    // Energy, Brunei Darussalam | Keo Sovannara", a country after the comma, is not.
    const countryAfterComma = at
      .words(role, end)
      .some((_, k) => k > 0 && at.gap(role + k) === ', ' && unit.claimedBy[role + k] === 'country');
    const intoName =
      (at.text(i) === 'and' || titleNameList) &&
      at.spaced(end) &&
      (startsPerson(unit, end) || (at.in(end, HONORIFICS) && nextName(end))) &&
      !countryAfterComma;
    // (closed by the acronym's bracket too: "and the Director of ... (INTA), Dr. X")
    const closed = at.gap(end) === ', ' || at.gap(end) === '), ';
    if ((at.text(i) === 'and' && closed && nextName(end)) || intoName) {
      handedOn?.push(text.slice(at.at(start)?.start ?? 0, at.at(end - 1)?.end ?? 0));
      break;
    }
    const first = at.at(start);
    const last = at.at(end - 1);
    if (!first || !last) break;
    let raw = text.slice(first.start, last.end);
    if (at.gap(end).startsWith(')')) raw += ')';
    titles.push(raw);
    i = end;
  }
  return titles;
}

/** Whether `small`'s words appear in `big` in the same order, others between them allowed. */
export function isSubsequenceOf(small: readonly string[], big: readonly string[]): boolean {
  let k = 0;
  // "De Walque" opening a sentence is "Olivier de Walque": a name's particle capitalised at a sentence's start.
  const same = (w: string, v: string | undefined) =>
    w === v || (NAME_PARTICLES.has(w) && v?.toLowerCase() === w);
  for (const w of big) if (k < small.length && same(w, small[k])) k++;
  return k === small.length;
}

/** Adds a title unless an existing one already says it; replaces existing ones it extends. */
export function mergeTitle(titles: string[], title: string): void {
  const words = (s: string) => s.toLowerCase().split(/[\s-]+/);
  const candidate = words(title);
  if (titles.some((t) => isSubsequenceOf(candidate, words(t)))) return;
  const at = titles.findIndex((t) => isSubsequenceOf(words(t), candidate));
  const kept = titles.filter((t) => !isSubsequenceOf(words(t), candidate));
  titles.length = 0;
  titles.push(...kept);
  titles.splice(at >= 0 ? Math.min(at, titles.length) : titles.length, 0, title);
}

/**
 * Whether the title before a name ends right at it: a role word, then courtesy forms, then the name
 * ("Ambassador Dato' Khairul", "Minister Ana Ruiz"). In a list of "Name, Title" lines joined into one
 * paragraph, the words before a name are the previous line's title ("... of Denmark | Kristjan Tamm,
 * Minister of ..."), which never ends in a role word.
 */
export function titleEndsAtName(unit: TextUnit, from: number): boolean {
  const { at } = unit;
  let k = from;
  while (k > 0 && at.in(k - 1, HONORIFICS)) k--;
  return isRoleish(at.text(k - 1)) && (at.spaced(k) || at.gap(k) === '. ');
}
