import { PERIOD_YEAR_WORDS, isEditionNumber, isOrdinal, isYear } from '../lexicon/calendar';
import { STATE_FORMS } from '../lexicon/countries';
import {
  ACTIVITY_DAY_HEADS,
  ACTIVITY_DAY_WORDS,
  CAMPAIGN_PERIOD_HEADS,
  CODE_NAME_HEADS,
  CODE_NAME_NOUNS,
  CULTURE_SEASON_HEADS,
  DOCUMENT_FILLERS,
  DOCUMENT_NOUNS,
  EDITION_AUXILIARIES,
  EDITION_CUES,
  EDITION_DIRECT_CUES,
  EDITION_HELD_VERBS,
  EDITION_OF_NOUNS,
  EDITION_ONLY_HEADS,
  GATHERING_NOUNS,
  GENERIC_UNIT_WORDS,
  STANDING_BODY_WORDS,
  TITLE_VERBS,
  TITLED_GATHERING_NOUNS,
  PARTICIPATION_WORDS,
  EVENT_HEADS,
  EVENT_PARTS,
  EVENT_QUALIFIERS,
  HEAD_FIRST_EVENT_HEADS,
  NUMBERED_HEAD_FIRST_EVENT_HEADS,
  NUMBERED_CONFERENCES,
  LOWER_BODY_HEADS,
  LOWER_EVENT_HEADS,
  ORG_HEADS,
  PLAN_WORDS,
  SESSION_BODIES,
  SITTING_QUALIFIERS,
} from '../lexicon/heads';
import { NON_NAME_WORDS } from '../lexicon/non-name-words';
import { WORLD_REGION_WORDS } from '../lexicon/places';
import { MEMBER_ROLES, ROLE_WORDS } from '../lexicon/roles';
import {
  chunkEnd,
  extendLeft,
  headFirstNameEnd,
  isBackerAt,
  isPhraseWord,
  type PhraseContext,
} from '../phrases';
import type { Rule } from '../rules/rule';
import type { TextUnit } from '../tagging/tag-unit';
import { slugify } from '../../ids';
import { isAcronym } from '../tokens';

/** A head word at `h` and what stands around it. */
export interface EventHead {
  ctx: PhraseContext;
  h: number;
}

/** An event's name as found so far, tokens [from, to) around its head `h`: the rules that extend or rewrite it read it. */
export interface EventSpan extends EventHead {
  from: number;
  to: number;
}

/** A rule for one kind of head word: the first rule whose `head` takes the word decides whether it is an event. */
export interface EventRule extends Rule<EventHead> {
  head: (word: string) => boolean;
  /** The name starts at the ordinal before a lower-case head ("the 5th session of ..."). */
  lowerHead?: boolean;
  /** The head names the event by itself ("AgroExpo 2021", "the 15th AMMDM"): never a bare head. */
  named?: boolean;
  /** The head opens its name, which follows it ("Jeux | de la Francophonie"). */
  headFirst?: boolean;
  /** Where the name starts, when capitalised words do not tell ("the | Země živitelka 2027 fair"). */
  start?: (input: EventHead) => number;
}

const followedByOf = ({ ctx, h }: EventHead) => ctx.unit.at.text(h + 1) === 'of' && ctx.unit.at.spaced(h + 1);
/** "the second round of the Nordic Climate Fellowship": a round of a programme or a call, no sitting. */
const ofPlanName = ({ ctx, h }: EventHead) => {
  const { at } = ctx.unit;
  const k = at.text(h + 2) === 'the' ? h + 3 : h + 2;
  const end = chunkEnd(ctx, k);
  return end > k && PLAN_WORDS.has(at.text(end - 1));
};
/** "... meeting | on the Black Sea Cable": "on" and a subject in capitals, perhaps after "the". */
const followedByOnName = ({ ctx, h }: EventHead) => {
  const { at } = ctx.unit;
  if (at.text(h + 1) !== 'on' || !at.spaced(h + 1)) return false;
  const k = at.text(h + 2) === 'the' ? h + 3 : h + 2;
  return at.spaced(k) && isPhraseWord(ctx, k) && !isEditionNumber(at.text(k));
};
const ordinalBefore = ({ ctx, h }: EventHead) =>
  isEditionNumber(ctx.unit.at.text(h - 1)) && ctx.unit.at.spaced(h);
const isLowerQualifier = (word: string) => /^\p{Ll}/u.test(word) && EVENT_QUALIFIERS.has(word);

/** Where a lower-case head's name starts: its ordinal, before any lower-case qualifier ("13th | regular meeting"). */
export function lowerHeadStart({ ctx, h }: EventHead): number {
  const at = ctx.unit.at;
  let k = h - 1;
  while (k > 0 && isLowerQualifier(at.text(k)) && at.spaced(k + 1)) k--;
  if (isEditionNumber(at.text(k)) && at.spaced(k + 1)) return k;
  // "an extraordinary session of the X Council": a sitting's qualifier after an article, and a named body.
  const named = at.text(h + 2) === 'the' ? h + 3 : h + 2;
  return k + 1 < h && at.in(k + 1, SITTING_QUALIFIERS) && at.in(k, ARTICLES) && at.capitalised(named)
    ? k + 1
    : -1;
}

const ARTICLES = new Set(['a', 'an', 'the', 'A', 'An', 'The', 'its', 'their']);

/** A capitalised plural with a possessive right after it: "Ministers' | meeting". */
function isMembersPossessive(ctx: PhraseContext, i: number): boolean {
  const { tokens, text } = ctx.unit;
  const token = tokens[i];
  if (!token || !/^\p{Lu}.*s$/u.test(token.text)) return false;
  return /^['’](?!\p{L})/u.test(text.slice(token.end, token.end + 2));
}

/**
 * "the ASEAN Finance Ministers' and Central Bank Governors' | informal meeting": where a lower-case head's
 * name starts when members' possessives (of a bloc or a country) say whose meeting it is, or -1.
 */
export function membersLowerHeadStart({ ctx, h }: EventHead): number {
  const { at, claimedBy } = ctx.unit;
  let k = h - 1;
  while (k > 0 && isLowerQualifier(at.text(k)) && at.spaced(k + 1)) k--;
  if (!at.spaced(k + 1) || !isMembersPossessive(ctx, k)) return -1;
  let from = extendLeft(ctx, k);
  // "Finance Ministers' and | Central Bank Governors'": two members' possessives joined by "and".
  if (at.text(from - 1) === 'and' && at.spaced(from) && isMembersPossessive(ctx, from - 2))
    from = extendLeft(ctx, from - 2);
  return claimedBy.slice(from, k).some((c) => c === 'bloc' || c === 'country') ? from : -1;
}

export const EVENT_RULES: readonly EventRule[] = [
  {
    id: 'event.year-of',
    kind: 'event',
    effect: 'keep',
    head: (word) => word === 'Year' || word === 'Years',
    matches: followedByOf,
    example: {
      text: 'Visit\n\nThe China-ASEAN Year of Science and Technology Innovation opened in May.',
      yields: 'China-ASEAN Year of Science and Technology Innovation',
    },
    why: '"<X> Year(s) of <Y>" names a year-long programme of events.',
  },
  {
    id: 'event.numbered-session',
    kind: 'event',
    effect: 'keep',
    head: (word) => SESSION_BODIES.has(word),
    matches: ({ ctx, h }) => {
      const at = ctx.unit.at;
      // "the 7th Joint Border Committee Meeting": the meeting's head names the event.
      if (at.spaced(h + 1) && EVENT_HEADS.has(at.text(h + 1))) return false;
      // "Arctic Circle Assembly 2024": an edition year after the body.
      if (at.spaced(h + 1) && isYear(at.text(h + 1)) && h > 0 && isPhraseWord(ctx, h - 1)) return true;
      const accept = (i: number) => isPhraseWord(ctx, i) || isEditionNumber(at.text(i));
      let from = extendLeft(ctx, h, accept);
      // "the 9th Lake Route Transport Ministers' | Council": the members' possessive inside the body's name.
      const members = membersPossessiveStart({ ctx, h, from, to: h + 1 });
      if (members < from) from = extendLeft(ctx, members, accept);
      return isEditionNumber(at.text(from)) && !isYear(at.text(from));
    },
    example: {
      text: 'Visit\n\nThe XIV Peru–Ecuador Binational Cabinet met in Tumbes.',
      yields: 'XIV Peru–Ecuador Binational Cabinet',
    },
    why: 'A standing body (Committee, Commission, Council, Assembly, Cabinet) with an ordinal, a Roman numeral or an edition year is one of its sessions.',
  },
  {
    id: 'event.numbered-congress',
    kind: 'event',
    effect: 'keep',
    head: (word) => word === 'Congress',
    matches: ordinalBefore,
    example: {
      text: 'Visit\n\nShe spoke at the 9th Congress of the World Water Council in Lisbon.',
      yields: '9th Congress of the World Water Council',
    },
    why: '"Congress" is also a parliament: it is an event only with an ordinal before it.',
  },
  {
    id: 'event.ordinal-lower-head',
    kind: 'event',
    effect: 'keep',
    head: (word) => LOWER_EVENT_HEADS.has(word),
    matches: (input) =>
      lowerHeadStart(input) >= 0 && (followedByOf(input) || followedByOnName(input)) && !ofPlanName(input),
    lowerHead: true,
    example: {
      text: 'Visit\n\nPort authorities concluded the 13th regular meeting of the Inter-American Committee on Ports.',
      yields: '13th regular meeting of the Inter-American Committee on Ports',
    },
    why: 'An ordinal, a lower-case head (session, meeting, round), perhaps with a qualifier, and "of" a body or "on" a subject in capitals ("the 3rd ministerial meeting on the Aral Sea Basin"): a numbered session.',
  },
  {
    id: 'event.round-table',
    kind: 'event',
    effect: 'keep',
    head: (word) => word === 'Table',
    matches: ({ ctx, h }) => ctx.unit.at.text(h - 1) === 'Round' && ctx.unit.at.spaced(h),
    example: {
      text: 'Visit\n\nThe Nordic–Baltic Energy Round Table met in Riga.',
      yields: 'Nordic–Baltic Energy Round Table',
    },
    why: 'A "Round Table" written in two words is an event head, as "Roundtable" is.',
  },
  {
    id: 'event.edition-only-head',
    kind: 'event',
    effect: 'keep',
    head: (word) => EDITION_ONLY_HEADS.has(word),
    matches: ({ ctx, h }) => {
      const { at } = ctx.unit;
      if (at.spaced(h + 1) && isYear(at.text(h + 1))) return true;
      const from = extendLeft(ctx, h, (i) => isPhraseWord(ctx, i) || isEditionNumber(at.text(i)));
      return from < h && isEditionNumber(at.text(from));
    },
    example: {
      text: 'Visit\n\nTour operators will meet buyers at the Andes Tourism Exchange 2028 in Cusco.',
      yields: 'Andes Tourism Exchange 2028',
    },
    why: 'Exchange, Market, Gala, Awards name a gathering only with an edition (a year after, an ordinal before); without one they are a market, a stock exchange, a prize.',
  },
  {
    id: 'event.named-briefing',
    kind: 'event',
    effect: 'keep',
    head: (word) => word === 'Briefing',
    matches: ({ ctx, h }) => {
      const { at } = ctx.unit;
      const from = extendLeft(ctx, h);
      return at
        .words(from, h)
        .some((w) => !EVENT_QUALIFIERS.has(w) && !GENERIC_UNIT_WORDS.has(w) && !isEditionNumber(w));
    },
    example: {
      text: 'Visit\n\nThe embassy hosted the Andean Investment Briefing for 120 fund managers.',
      yields: 'Andean Investment Briefing',
    },
    why: 'A briefing named for what or whom it presents ("Andean Investment Briefing") is an event; a press, media or weekly briefing is a routine, no name.',
  },
  {
    id: 'event.activity-day',
    kind: 'event',
    effect: 'keep',
    head: (word) => ACTIVITY_DAY_HEADS.has(word),
    matches: ({ ctx, h }) => ctx.unit.at.spaced(h) && ctx.unit.at.in(h - 1, ACTIVITY_DAY_WORDS),
    example: {
      text: 'Visit\n\nFirms from both countries met at the Estonian–Chilean Innovation Day in Tallinn.',
      yields: 'Estonian–Chilean Innovation Day',
    },
    why: 'A day or an evening named for an activity ("Business Day", "Innovation Day", "Cultural Evening") is a gathering; a "National Day" or "Independence Day" is a commemoration, not named so.',
  },
  {
    id: 'event.head-word',
    kind: 'event',
    effect: 'keep',
    head: (word) => EVENT_HEADS.has(word),
    matches: () => true,
    example: {
      text: 'Visit\n\nThe 14th China-ASEAN Expo opened in Nanning.',
      yields: '14th China-ASEAN Expo',
    },
    why: 'An event head (Expo, Forum, Summit, Conference, Meeting, Workshop ...) with the capitalised words around it.',
  },
];

/** "TourExpo", "ExpoCafé", "AgroExpo": a word made with "Expo" is an event's own name ("Exports" is not). */
const EXPO_COMPOUND =
  /^(?:\p{Lu}\p{L}*(?:Expo|EXPO)(?:\p{Lu}\p{L}*)?|Expo\p{Lu}\p{L}*|\p{Lu}\p{Ll}{3,}fest)$/u;
/** "TechAsia", "VivaTech": a brand-like word with a capital inside ("McLean" and "DeSouza" are surnames). */
const INNER_CAPITAL = /^(?!Mc|Mac|De|Di|La|Le|O')\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;
const yearAfter = ({ ctx, h }: EventHead) => ctx.unit.at.spaced(h + 1) && isYear(ctx.unit.at.text(h + 1));

const EDITION_CUE_PREPOSITIONS = new Set(['of', 'to', 'in', 'for']);

/**
 * "at Brinnafest 2027", "the finals of the Harlow Youth Cup 2026": capitalised words and a year, set as a
 * gathering by "at" (or "the" after a verb of taking part), none a plan's, a body's or an event's head
 * (those have their own rules), and not only a place.
 */
function namedEdition({ ctx, h }: EventHead): boolean {
  const { at, claimedBy } = ctx.unit;
  if (!at.spaced(h) || !isPhraseWord(ctx, h - 1) || /^[-/–]/.test(at.gap(h + 1))) return false;
  const from = extendLeft(ctx, h, (i) => i < h && isPhraseWord(ctx, i));
  if (from === h || h - from > 4) return false;
  for (let i = from; i < h; i++) {
    const word = at.text(i);
    if (PLAN_WORDS.has(word) || ORG_HEADS.has(word) || EVENT_HEADS.has(word) || SESSION_BODIES.has(word))
      return false;
  }
  let placeOnly = true;
  for (let i = from; i < h; i++) if (!claimedBy[i]) placeOnly = false;
  if (placeOnly) return false;
  const before = at.text(from - 1);
  // "at X 2027", "during X 2026"; "on the sidelines of X 2026"
  if (at.in(from - 1, EDITION_DIRECT_CUES)) return true;
  // "attended X 2026", "will visit X 2027": a verb of taking part right before the name.
  if (at.in(from - 1, EDITION_CUES) && !EDITION_CUE_PREPOSITIONS.has(before)) return true;
  if (before === 'of' && at.in(from - 2, EDITION_OF_NOUNS)) return true;
  // "his participation in X 2026", "took part in X 2026"
  if (before === 'in' && at.in(from - 2, PARTICIPATION_WORDS)) return true;
  if ((before === 'the' || before === 'The') && at.in(from - 2, EDITION_CUES)) return true;
  // "the X 2026 exercise", "X 2026 multinational peacekeeping exercise": a kind of gathering after the year,
  // perhaps after a word or two that qualify it, says what it names.
  let n = h + 1;
  while (
    n < h + 3 &&
    at.spaced(n) &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(at.text(n)) &&
    !at.in(n, GATHERING_NOUNS) &&
    !at.in(n, CODE_NAME_NOUNS)
  )
    n++;
  if (
    at.spaced(n) &&
    (at.in(n, GATHERING_NOUNS) || at.in(n, CODE_NAME_NOUNS)) &&
    (n === h + 1 || at.spaced(h + 1))
  )
    return true;
  // "X 2026 will be held in ...", "X 2027 opened": a verb of holding after the year.
  let k = h + 1;
  while (k < h + 4 && at.spaced(k) && at.in(k, EDITION_AUXILIARIES)) k++;
  return at.spaced(k) && at.in(k, EDITION_HELD_VERBS);
}

/**
 * "the | Země živitelka 2027 fair": a name whose first word alone is capitalised, as some languages write
 * them, before an edition year and a kind of gathering. Its start, or `h`.
 */
function sentenceCaseEditionStart({ ctx, h }: EventHead): number {
  const { at } = ctx.unit;
  if (!at.spaced(h) || !at.spaced(h + 1) || !at.in(h + 1, GATHERING_NOUNS)) return h;
  let k = h - 1;
  while (k > h - 3 && at.spaced(k + 1) && /^\p{Ll}+$/u.test(at.text(k)) && !EVENT_QUALIFIERS.has(at.text(k)))
    k--;
  if (k === h - 1 || !at.spaced(k + 1) || !isPhraseWord(ctx, k) || isEditionNumber(at.text(k))) return h;
  if (ORG_HEADS.has(at.text(k)) || EVENT_HEADS.has(at.text(k)) || ctx.unit.claimedBy[k]) return h;
  return ARTICLES.has(at.text(k - 1)) && at.spaced(k) ? k : h;
}

/**
 * Heads that are an event's whole name, tried before the head words: their rule decides when it matches,
 * and a head of these is never dropped as bare.
 */
export const EVENT_NAMED_HEADS: readonly EventRule[] = [
  {
    id: 'event.themed-year',
    kind: 'event',
    effect: 'keep',
    named: true,
    head: (word) => word === 'Year',
    matches: (input) => {
      const { at } = input.ctx.unit;
      const before = at.text(input.h - 1);
      return (
        yearAfter(input) &&
        at.spaced(input.h) &&
        isPhraseWord(input.ctx, input.h - 1) &&
        !PERIOD_YEAR_WORDS.has(before)
      );
    },
    example: {
      text: 'Visit\n\nMinisters also launched Visit Mekong Year 2021, a joint campaign for river cruises.',
      yields: 'Visit Mekong Year 2021',
    },
    why: 'A themed year with its number ("Visit Mekong Year 2021", "Youth Exchange Year 2027") is a programme of events; a fiscal or academic year is not.',
  },
  {
    id: 'event.numbered-acronym',
    kind: 'event',
    effect: 'keep',
    named: true,
    head: (word) => isAcronym(word) && word.length >= 3 && !/\d/.test(word),
    matches: ({ ctx, h }) => {
      const { at, claimedBy } = ctx.unit;
      const ordinal = at.text(h - 1);
      if (!at.spaced(h) || !isOrdinal(ordinal) || isYear(ordinal) || !/^\d/.test(ordinal) || claimedBy[h])
        return false;
      return !(at.spaced(h + 1) && at.capitalised(h + 1));
    },
    example: {
      text: 'Visit\n\nThe Ministers agreed to convene the 15th AMMDM in Malaysia in 2027.',
      yields: '15th AMMDM',
    },
    why: 'A numbered acronym standing alone ("the 15th AMMDM") is a meeting called by its short name.',
  },
  {
    id: 'event.expo-compound',
    kind: 'event',
    effect: 'keep',
    named: true,
    head: (word) => EXPO_COMPOUND.test(word),
    matches: () => true,
    example: {
      text: 'Visit\n\nMore than 6,000 visitors stopped at the pavilion during TourExpo Berlin 2022.',
      yields: 'TourExpo Berlin 2022',
    },
    why: 'A word made with "Expo" ("AgroExpo", "ExpoCafé") is the name of a fair, one ending in "fest" ("Brinnafest") a festival\'s.',
  },
  {
    id: 'event.brand-edition',
    kind: 'event',
    effect: 'keep',
    named: true,
    head: (word) => INNER_CAPITAL.test(word),
    matches: yearAfter,
    example: {
      text: 'Visit\n\nMalaysia has been selected to host TechAsia 2031, the largest gathering of start-ups.',
      yields: 'TechAsia 2031',
    },
    why: 'A brand-like word with a capital inside and an edition year after it ("TechAsia 2031") is a named event.',
  },
  {
    id: 'event.numbered-conference',
    kind: 'event',
    effect: 'keep',
    named: true,
    head: (word) => NUMBERED_CONFERENCES.test(word),
    matches: () => true,
    example: {
      text: 'Visit\n\nThe islands agreed on a common position for COP34 in the region.',
      yields: 'COP34',
    },
    why: 'A conference of the parties and its like are named by their short name and number as one word ("COP31").',
  },
  {
    id: 'event.head-first',
    kind: 'event',
    effect: 'keep',
    named: true,
    headFirst: true,
    head: (word) => HEAD_FIRST_EVENT_HEADS.has(word),
    matches: ({ ctx, h }) =>
      (!ctx.unit.at.in(h, NUMBERED_HEAD_FIRST_EVENT_HEADS) || isEditionNumber(ctx.unit.at.text(h - 1))) &&
      headFirstNameEnd(ctx, h + 1, (i) => EVENT_HEADS.has(ctx.unit.at.text(i))) > h + 1,
    example: {
      text: 'Visit\n\nThe choir will sing at the Semana de la Cultura Andina in Cusco.',
      yields: 'Semana de la Cultura Andina',
    },
    why: 'In Romance languages an event\'s head opens its name ("Jeux de la Francophonie", "Feria Internacional del Libro"), with de, del, la ... between its words.',
  },
  {
    id: 'event.named-edition',
    kind: 'event',
    effect: 'keep',
    named: true,
    head: isYear,
    matches: namedEdition,
    example: {
      text: 'Visit\n\nThe agency will run a national pavilion at Brinna Harlow 2027 in September.',
      yields: 'Brinna Harlow 2027',
    },
    why: 'Fairs and contests are named by a brand and their edition year, with no head word ("X 2027"); "at", "during", "the" after a verb of taking part, a kind of gathering after the year ("the X 2026 drills") or a verb of holding says it is a gathering, and a plan ("Vision 2030") or a place alone is not.',
  },
  {
    id: 'event.sentence-case-edition',
    kind: 'event',
    effect: 'keep',
    named: true,
    head: isYear,
    start: sentenceCaseEditionStart,
    matches: (input) => sentenceCaseEditionStart(input) < input.h,
    example: {
      text: 'Visit\n\nThe ministers will meet on the margins of the Země živitelka 2027 fair in České Budějovice.',
      yields: 'Země živitelka 2027',
    },
    why: 'Some languages capitalise only a name\'s first word ("Země živitelka"): after "the", a capitalised word and lower-case ones before an edition year and a kind of gathering ("the X y 2027 fair") are the fair\'s name; English adjectives stand after the year ("the X 2027 international fair").',
  },
  {
    id: 'event.code-name',
    kind: 'event',
    effect: 'keep',
    named: true,
    headFirst: true,
    head: (word) => CODE_NAME_HEADS.has(word),
    matches: ({ ctx, h }) =>
      ctx.unit.at.spaced(h + 1) &&
      headFirstNameEnd(ctx, h + 1, (i) => EVENT_HEADS.has(ctx.unit.at.text(i))) > h + 1,
    example: {
      text: 'Visit\n\nTwo frigates joined Exercise Silver Lagoon 2027 off the coast.',
      yields: 'Exercise Silver Lagoon 2027',
    },
    why: 'Exercises and operations are named by "Exercise" or "Operation" and a code name after it ("Exercise Silver Lagoon 2027", "Operation Sea Guardian"); the head opens the name.',
  },
  {
    id: 'event.apposed-code-name',
    kind: 'event',
    effect: 'keep',
    named: true,
    headFirst: true,
    head: (word) => /^\p{Lu}/u.test(word),
    matches: ({ ctx, h }) => {
      const { at } = ctx.unit;
      const codeName = at.in(h - 1, CODE_NAME_NOUNS);
      if (!codeName && !at.in(h - 1, GATHERING_NOUNS)) return false;
      // "the exercise Silver Lagoon", the exercise "Silver Lagoon 2027", in quotes or not.
      if (!/^ ["“‘']?$/.test(at.gap(h)) || !isPhraseWord(ctx, h) || isEditionNumber(at.text(h))) return false;
      const startsNew = (i: number) => EVENT_HEADS.has(at.text(i)) || ORG_HEADS.has(at.text(i));
      if (startsNew(h)) return false;
      const end = headFirstNameEnd(ctx, h + 1, startsNew);
      if (end - h > 4) return false;
      // Not a place alone ("the festival in Lima" has none; "the Cyprus 2026 fair" is a place and a year).
      let placeOnly = true;
      for (let i = h; i < end; i++) {
        if (PLAN_WORDS.has(at.text(i))) return false;
        if (!ctx.unit.claimedBy[i] && !isYear(at.text(i))) placeOnly = false;
      }
      if (placeOnly) return false;
      // A fair or a festival gives its code name with its year; an exercise's may have none.
      return codeName || isYear(at.text(end - 1));
    },
    example: {
      text: 'Visit\n\nThe navies ended the joint exercise Silver Lagoon 2027 on Friday.',
      yields: 'Silver Lagoon 2027',
    },
    why: 'A kind of gathering in lower case right before a name ("the joint exercise Silver Lagoon", "the trade fair Agrofood 2027") names it by apposition; a fair\'s or a festival\'s name holds its year.',
  },
  {
    id: 'event.code-name-before-kind',
    kind: 'event',
    effect: 'keep',
    named: true,
    head: (word) => /^\p{Lu}/u.test(word),
    matches: ({ ctx, h }) => {
      const { at, claimedBy } = ctx.unit;
      if (!at.spaced(h + 1) || !at.in(h + 1, CODE_NAME_NOUNS) || !isPhraseWord(ctx, h)) return false;
      const from = extendLeft(ctx, h);
      for (let i = from; i <= h; i++) {
        const word = at.text(i);
        if (claimedBy[i] || ORG_HEADS.has(word) || ROLE_WORDS.has(word) || EVENT_HEADS.has(word))
          return false;
        // "the UN operation", "the EU exercise": a short name of a body, not a code name.
        if (isAcronym(word) && word.length <= 3) return false;
      }
      // "the annual | Silver Lagoon exercise": an article, perhaps with lower-case words between.
      let k = from - 1;
      while (k > from - 3 && /^\p{Ll}/u.test(at.text(k)) && !ARTICLES.has(at.text(k))) k--;
      return ARTICLES.has(at.text(k));
    },
    example: {
      text: 'Visit\n\nThe two navies began the annual Silver Lagoon exercise off the coast.',
      yields: 'Silver Lagoon',
    },
    why: 'A code name before a lower-case exercise, drill or operation ("the annual Silver Lagoon exercise") names it, with or without a year; a body\'s short name there ("the EU operation") is its owner.',
  },
  {
    id: 'event.members-lower-head',
    kind: 'event',
    effect: 'keep',
    named: true,
    head: (word) => LOWER_EVENT_HEADS.has(word) && /^\p{Ll}/u.test(word),
    matches: (input) => membersLowerHeadStart(input) >= 0,
    start: membersLowerHeadStart,
    example: {
      text: "Visit\n\nShe attended the ASEAN Finance Ministers' and Central Bank Governors' informal meeting in Bangkok.",
      yields: "ASEAN Finance Ministers' and Central Bank Governors' informal meeting",
    },
    why: 'Members\' possessives of a bloc or a country before a lower-case meeting ("the ASEAN Finance Ministers\' informal meeting") name it as "Foreign Ministers\' Meeting" does in capitals; "the ministers\' meeting" names none.',
  },
  {
    id: 'event.visit-campaign',
    kind: 'event',
    effect: 'keep',
    named: true,
    head: (word) => CAMPAIGN_PERIOD_HEADS.has(word),
    matches: ({ ctx, h }) => {
      const { at } = ctx.unit;
      if (!at.spaced(h)) return false;
      const from = extendLeft(ctx, h);
      return h - from >= 2 && h - from <= 4 && at.text(from) === 'Visit';
    },
    example: {
      text: 'Visit\n\nThe embassy promoted Visit Laos Decade at the fair.',
      yields: 'Visit Laos Decade',
    },
    why: 'A tourism campaign named "Visit <place>" and a period ("Visit Laos Decade", "Visit Oman Year") is a programme of events, with or without a year.',
  },
];

const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«']);
const CLOSING_QUOTES = /["”’'»]/;

/**
 * `k` opens a title in quotes after a verb of naming and a lower-case gathering ("a side event entitled |
 * “Rice and Rain: Andean Views”"): the title's end (exclusive), or `k`.
 */
function entitledEnd({ ctx, h: k }: EventHead): number {
  const { at, text, tokens } = ctx.unit;
  const gap = at.gap(k);
  if (!at.in(k - 1, TITLE_VERBS) || gap.length !== 2 || gap[0] !== ' ' || !OPENING_QUOTES.has(gap[1] ?? ''))
    return k;
  let noun = false;
  for (let i = k - 2; i >= k - 4 && i >= 0; i--)
    if (at.in(i, TITLED_GATHERING_NOUNS) || at.in(i, GATHERING_NOUNS)) noun = true;
  if (!noun || !at.capitalised(k)) return k;
  // The title runs to the closing quote: up to fifteen words, commas and colons inside.
  for (let j = k + 1; j <= k + 15; j++) {
    const close = j < tokens.length ? at.gap(j) : text.slice(tokens[j - 1]?.end ?? text.length);
    if (CLOSING_QUOTES.test(close)) return /^[,.:;!?]?["”’'»]/.test(close) ? j : k;
    if (j >= tokens.length) return k;
  }
  return k;
}

export const EVENT_ENTITLED: Rule<EventHead, number> = {
  id: 'event.entitled',
  kind: 'event',
  effect: 'keep',
  matches: entitledEnd,
  example: {
    text: 'Visit\n\nThe mission co-hosted a side event entitled "Rice and Rain: Andean and Asian Views" in New York.',
    yields: 'Rice and Rain: Andean and Asian Views',
  },
  why: 'A side event, a seminar or an exhibition "entitled", "titled" or "called" a title in quotes is named by that title, commas and colons included.',
};

/** "the Standing Conference of ...", "the Permanent Forum on ...": a head after Standing or Permanent names a body that meets. */
export const EVENT_STANDING_BODY: Rule<EventHead> = {
  id: 'event.standing-body',
  kind: 'event',
  effect: 'drop',
  matches: ({ ctx, h }) => {
    const { at } = ctx.unit;
    if (!EVENT_HEADS.has(at.text(h))) return false;
    const from = extendLeft(ctx, h);
    return at.words(from, h).some((w) => STANDING_BODY_WORDS.has(w));
  },
  example: {
    text: 'Visit\n\nThe Standing Conference of Regional Transport Ministers adopted a rail plan.',
    yields: 'Standing Conference of Regional Transport Ministers',
  },
  why: 'A "Standing Conference" or a "Permanent Forum" is a body that meets, named as a gathering: its sittings are events, it is not.',
};

/** "with the support of the Namibia Trade Forum": a gathering's name that backs another is a body's. */
export const EVENT_BACKER: Rule<EventSpan> = {
  id: 'event.backer',
  kind: 'event',
  effect: 'drop',
  matches: ({ ctx, from, to }) =>
    isBackerAt(ctx, from) && !ctx.unit.at.words(from, to).some((w) => isEditionNumber(w)),
  example: {
    text: 'Visit\n\nThe event was organised with the support of the Namibia Trade Forum.',
    yields: 'Namibia Trade Forum',
  },
  why: 'Gatherings do not organise, sponsor or support: a forum or council "with the support of", "organised by" or "under the auspices of" is a body, unless an edition number or a year says it is a sitting.',
};

/** A head alone, or with only ordinals, qualifiers or connectors, names no one event: "the Forum", "its Third Ordinary Session". */
export const EVENT_NO_MODIFIER: Rule<{ words: readonly string[]; head: number }> = {
  id: 'event.no-modifier',
  kind: 'event',
  effect: 'drop',
  matches: ({ words, head }) =>
    !words.some(
      (w, i) =>
        i !== head &&
        !isEditionNumber(w) &&
        !EVENT_QUALIFIERS.has(w) &&
        !MEMBER_ROLES.has(w) &&
        // "the third meeting of the Committee": a body's head alone names no body; "the Committee of
        // Ministers" names one by its members.
        !(SESSION_BODIES.has(w) && !(words[i + 1] === 'of' && MEMBER_ROLES.has(words[i + 2] ?? ''))) &&
        !['of', 'the', 'on', 'for', 'and'].includes(w),
    ),
  example: { text: 'Visit\n\nThe Opening Ceremony was held on 3 May 2019.', yields: 'Opening Ceremony' },
  why: 'A head word with nothing that names it (an ordinal, "Opening", "Ordinary", "Political", "Ministers\'") is a generic mention of some event, not a name.',
};

/** "Conference Room", "Convention Bureau": a head right before another capitalised noun is that noun's modifier. */
export const EVENT_HEAD_INSIDE_NAME: Rule<EventHead> = {
  id: 'event.head-inside-name',
  kind: 'event',
  effect: 'drop',
  matches: ({ ctx, h }) => {
    const { at, index } = ctx.unit;
    // Titles capitalise their verbs ("Forum Opens"): only the body's capitals tell.
    if (index < 0 || !at.spaced(h + 1) || !at.capitalised(h + 1)) return false;
    const next = at.text(h + 1);
    if (placeYearEnd(ctx, h + 1) > h + 1 || hostCountryEnd(ctx, h + 1) > h + 1) return false;
    return isPhraseWord(ctx, h + 1) && !isEditionNumber(next) && !EVENT_HEADS.has(next);
  },
  example: {
    text: 'Visit\n\nThe talks took place in the Henley Conference Room of the embassy.',
    yields: 'Henley Conference Room',
  },
  why: 'An event head followed by a capitalised noun names a room, a hall or a body ("Conference Hall", "Summit Secretariat"), not an event.',
};

/** The plural possessive of a role before a head: "Japan–Fiji Foreign Ministers' | Meeting". */
function membersPossessiveStart({ ctx, from }: EventSpan): number {
  return ctx.unit.at.spaced(from) && isMembersPossessive(ctx, from - 1) ? from - 1 : from;
}

/** "ASEAN-Republic of | Korea Dialogue": the "of" inside a country's name. */
function stateOfCountryStart({ ctx, from }: EventSpan): number {
  const { at, claimedBy } = ctx.unit;
  if (claimedBy[from] !== 'country' || at.text(from - 1) !== 'of' || !at.spaced(from)) return from;
  const form =
    at
      .text(from - 2)
      .split(/[-–]/)
      .pop() ?? '';
  return STATE_FORMS.has(form) && at.spaced(from - 1) ? from - 2 : from;
}

/** "the Andean – Nordic | Joint Council": a spaced dash between two parties, after "the" or an ordinal. */
function partiesDashStart({ ctx, from }: EventSpan): number {
  const { at } = ctx.unit;
  if (!DASHES.has(at.gap(from)) || !isPhraseWord(ctx, from - 1) || !at.spaced(from - 1)) return from;
  // "Chair's Statement – 20th Ministerial Session": a numbered name after the dash is one of its own.
  if (isEditionNumber(at.text(from)) || at.in(from - 1, DOCUMENT_NOUNS)) return from;
  // "the Viet Nam – Korea Business Forum", "the second Central Asia – European Union Summit": up to three
  // words of the first party, after "the", an ordinal or the sentence's start.
  let start = from - 1;
  while (
    start > from - 3 &&
    at.spaced(start) &&
    isPhraseWord(ctx, start - 1) &&
    !isEditionNumber(at.text(start - 1))
  )
    start--;
  const before = at.text(start - 1);
  const opens =
    start === 0 ||
    before === 'the' ||
    before === 'The' ||
    isEditionNumber(before) ||
    isOrdinal(capitalise(before));
  return opens ? start : from;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

const DASHES = new Set([' – ', ' - ', ' — ']);
const INNER_PREPOSITIONS = new Set(['in', 'for', 'on', 'to']);

/** "the Study in | Hungary Fair", "the Third Mediation for | Peace Conference": a preposition inside the name. */
function innerPrepositionStart({ ctx, from }: EventSpan): number {
  const { at } = ctx.unit;
  if (!at.in(from - 1, INNER_PREPOSITIONS) || !at.spaced(from) || !at.spaced(from - 1)) return from;
  let start = from - 1;
  // One to three capitalised words, none a role or a body's head, right after "the".
  while (start > from - 4 && at.spaced(start) && isInnerWord(ctx, start - 1)) start--;
  if (start === from - 1) return from;
  const before = at.text(start - 1);
  return (before === 'the' || before === 'The') && at.spaced(start) ? start : from;
}

function isInnerWord(ctx: PhraseContext, i: number): boolean {
  const word = ctx.unit.at.text(i);
  if (isEditionNumber(word)) return true;
  if (!isPhraseWord(ctx, i) || ORG_HEADS.has(word) || EVENT_HEADS.has(word)) return false;
  return !ROLE_WORDS.has(word) || MEMBER_ROLES.has(word);
}

/**
 * "Nordic Council of | Ministers' Meeting": a standing body's name with its "of" before the head;
 * "Commonwealth Heads of | Government Meeting": so are the members meeting.
 */
function bodyOfMembersStart({ ctx, from }: EventSpan): number {
  const { at } = ctx.unit;
  if (at.text(from - 1) !== 'of' || !at.spaced(from) || !at.spaced(from - 1)) return from;
  return at.in(from - 2, SESSION_BODIES) || at.in(from - 2, MEMBER_ROLES) ? from - 2 : from;
}

/** "Nordic Defence Cooperation (NORDEFCO) | Ministerial Meeting": a body's short name inside the event's name. */
function innerShortNameStart({ ctx, from }: EventSpan): number {
  const { at } = ctx.unit;
  if (at.gap(from) !== ') ' || at.gap(from - 1) !== ' (' || !isAcronym(at.text(from - 1))) return from;
  return isPhraseWord(ctx, from - 2) ? from - 2 : from;
}

/** Rules that extend an event's name to the left, past where capitalised words stop; each returns the new start. */
export const EVENT_LEFT_EXTENSIONS: ReadonlyArray<Rule<EventSpan, number>> = [
  {
    id: 'event.members-possessive',
    kind: 'event',
    effect: 'keep',
    matches: membersPossessiveStart,
    example: {
      text: "Visit\n\nThe minister held a Japan–Fiji Foreign Ministers' Meeting in Tokyo.",
      yields: "Japan–Fiji Foreign Ministers' Meeting",
    },
    why: 'A plural possessive before the head says whose meeting it is and belongs to the name; a singular one ("Brazil\'s") is its owner.',
  },
  {
    id: 'event.state-of-country',
    kind: 'event',
    effect: 'keep',
    matches: stateOfCountryStart,
    example: {
      text: 'Visit\n\nThe 27th ASEAN-Republic of Korea Dialogue was held in Kuala Lumpur.',
      yields: '27th ASEAN-Republic of Korea Dialogue',
    },
    why: 'A country named as "Republic of X" keeps its "of" inside an event\'s name.',
  },
  {
    id: 'event.body-of-members',
    kind: 'event',
    effect: 'keep',
    matches: bodyOfMembersStart,
    example: {
      text: "Visit\n\nShe attended the Nordic Council of Ministers' Meeting on Energy in Oslo.",
      yields: "Nordic Council of Ministers' Meeting on Energy",
    },
    why: 'A meeting named after a standing body ("Council of Ministers", "Committee of Experts") or its members ("Heads of Government Meeting") holds the whole name.',
  },
  {
    id: 'event.inner-short-name',
    kind: 'event',
    effect: 'keep',
    matches: innerShortNameStart,
    example: {
      text: 'Visit\n\nThe ministers opened the Nordic Defence Cooperation (NORDEFCO) Ministerial Meeting in Oslo.',
      yields: 'Nordic Defence Cooperation (NORDEFCO) Ministerial Meeting',
    },
    why: 'A body\'s short name in parentheses inside an event\'s name ("... (NORDEFCO) Ministerial Meeting") does not end it.',
  },
  {
    id: 'event.parties-dash',
    kind: 'event',
    effect: 'keep',
    matches: partiesDashStart,
    example: {
      text: 'Visit\n\nThey prepared the Andean – Nordic Business Forum in Quito.',
      yields: 'Andean – Nordic Business Forum',
    },
    why: 'Two parties joined by a spaced dash ("Andean – Nordic") name one event between them.',
  },
  {
    id: 'event.inner-preposition',
    kind: 'event',
    effect: 'keep',
    matches: innerPrepositionStart,
    example: {
      text: 'Visit\n\nUniversities will present their programmes at the Study in Hungary Fair 2022 in Surabaya.',
      yields: 'Study in Hungary Fair 2022',
    },
    why: 'After "the", capitalised words joined by in, for, on or to before a head are one name ("Women in Deep Tech Conclave").',
  },
];

/** "(AMMSTI-4)", "(STC-ARDWE)", "(MyNQX 2026)": an event's short name in parentheses, with its hyphens, year or head. */
function shortNameEnd({ ctx, to }: EventSpan): number {
  const { at, claimedBy } = ctx.unit;
  const word = at.text(to);
  if (at.gap(to) !== ' (' || claimedBy[to]) return to;
  if (!/^\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*$/u.test(word) || (word.match(/\p{Lu}/gu) ?? []).length < 2)
    return to;
  // "(MyNQX 2026)", "(MLC Week)": with its year or its head word.
  const next = at.text(to + 1);
  const end = at.spaced(to + 1) && (isYear(next) || EVENT_HEADS.has(next)) ? to + 2 : to + 1;
  return !at.exists(end) || at.gap(end).startsWith(')') ? end : to;
}

const LEVELS = new Set(['Level', 'level']);

/** "... Council | at Ministerial Level", "at the ministerial level": the level of a sitting is part of its name. */
function levelSuffixEnd({ ctx, to }: EventSpan): number {
  const { at } = ctx.unit;
  if (at.text(to) !== 'at' || !at.spaced(to)) return to;
  let k = to + 1;
  if (at.text(k) === 'the' && at.spaced(k)) k++;
  const first = k;
  // Capitalised, as a name is: "at deputy minister level" only says who met.
  while (k < first + 3 && at.spaced(k) && !LEVELS.has(at.text(k)) && at.capitalised(k)) k++;
  return k > first && at.text(k) === 'Level' && at.spaced(k) ? k + 1 : to;
}

/** "Commission | between Kenya, Uganda and South Sudan": the parties of an event, all of them countries. */
function betweenPartiesEnd({ ctx, to }: EventSpan): number {
  const { at, claimedBy } = ctx.unit;
  if (at.text(to) !== 'between' || !at.spaced(to)) return to;
  let k = to + 1;
  let parties = 0;
  let end = to;
  // "... and the Republic of Korea": a party in its state's form; "the GCC": a bloc; "the Countries of
  // Central Asia": a region's states, named as a party in capitals.
  const isParty = (i: number) =>
    claimedBy[i] === 'country' ||
    claimedBy[i] === 'bloc' ||
    (at.text(i) === 'Countries' && at.text(i + 1) === 'of' && chunkEnd(ctx, i + 2) > i + 2);
  const party = (i: number) => isParty(i) || (at.text(i) === 'the' && isParty(i + 1));
  // "between the Ministries of Foreign Affairs of | Chile and Kenya", "between the Ministry of X of | the
  // Kingdom of Bahrain and the Ministry of X of | ...": the parties' bodies before them.
  const bodyOfParty = (i: number) => {
    let j = at.text(i) === 'the' ? i + 1 : i;
    const first = j;
    while (j < first + 8 && at.spaced(j) && !(party(j) && at.text(j - 1) === 'of')) {
      if (!at.capitalised(j) && at.text(j) !== 'of' && !(at.text(j) === 'the' && at.text(j - 1) === 'of'))
        break;
      j++;
    }
    return j > first + 1 && at.text(j - 1) === 'of' && party(j) ? j : i;
  };
  if (!party(k) && at.spaced(k)) k = bodyOfParty(k);
  while (party(k) && (parties > 0 || at.spaced(k))) {
    if (at.text(k) === 'the') k++;
    if (at.text(k) === 'Countries') {
      k = chunkEnd(ctx, k + 2);
    } else {
      const claim = claimedBy[k];
      k++;
      while (claimedBy[k] === claim && at.spaced(k)) k++; // "South | Sudan"
    }
    parties++;
    end = k;
    if (at.gap(k) === ', ') continue;
    if (at.text(k) !== 'and' || !at.spaced(k) || !at.spaced(k + 1)) break;
    k++;
    if (!party(k)) k = bodyOfParty(k);
  }
  return parties >= 2 ? end : to;
}

/** "of the Andean | – Nordic Joint Council on ...": a second party after a spaced dash, up to a body's head. */
function partiesDashEnd({ ctx, to }: EventSpan): number {
  const { at } = ctx.unit;
  if (!DASHES.has(at.gap(to)) || !isPhraseWord(ctx, to - 1) || !isPhraseWord(ctx, to)) return to;
  const end = chunkEnd(ctx, to);
  const last = at.text(end - 1);
  return ORG_HEADS.has(last) || EVENT_HEADS.has(last) ? end : to;
}

/** "TourExpo | Berlin 2022": one capitalised word (the edition's city or country) and the year. */
function placeYearEnd(ctx: PhraseContext, to: number): number {
  const { at } = ctx.unit;
  // "Berlin 2022", "Agro Bogotá 2026": up to three name words, then the year.
  let k = to;
  while (k < to + 3) {
    const word = at.text(k);
    if (!at.spaced(k) || !isPhraseWord(ctx, k) || isEditionNumber(word) || NON_NAME_WORDS.has(word)) break;
    if (EVENT_HEADS.has(word) || ORG_HEADS.has(word)) break;
    k++;
  }
  if (k === to) return to;
  return at.spaced(k) && isYear(at.text(k)) && !/^[-/–]/.test(at.gap(k + 1)) ? k + 1 : to;
}

/** "Trade Expo | Indonesia", "Integration Committee | Chile–Bolivia": the host or the parties right after the head. */
function hostCountryEnd(ctx: PhraseContext, to: number): number {
  const { at, claimedBy } = ctx.unit;
  let end = to;
  while (end < to + 3 && at.spaced(end) && claimedBy[end] === 'country') end++;
  if (end > to) return end;
  // "Web Summit | Lisbon": a host city, when the name ends with it.
  while (end < to + 2 && at.spaced(end) && claimedBy[end] === 'place') end++;
  return end > to && !(at.spaced(end) && at.capitalised(end)) ? end : to;
}

/**
 * "Annual Meetings of the Asian Fund | and the Pacific Bank": the second of two bodies whose sitting it is,
 * after a name that ends in the first body's head.
 */
function secondHostEnd({ ctx, h, to }: EventSpan): number {
  const { at } = ctx.unit;
  if (!at.in(to - 1, ORG_HEADS) || at.text(h + 1) !== 'of') return to;
  if (at.text(to) !== 'and' || at.text(to + 1) !== 'the' || !at.spaced(to) || !at.spaced(to + 2)) return to;
  const end = chunkEnd(ctx, to + 2);
  for (let i = end - 1; i > to + 2; i--) if (at.in(i, ORG_HEADS)) return i + 1;
  return to;
}

/** "Days of Chilean Culture | in Oslo 2026": a venue that the edition's year closes belongs to the name. */
function venueYearEnd({ ctx, to }: EventSpan): number {
  const { at } = ctx.unit;
  if (at.text(to) !== 'in' || !at.spaced(to)) return to;
  let end = to + 1;
  while (end < to + 4 && at.spaced(end) && isPhraseWord(ctx, end) && !isEditionNumber(at.text(end))) end++;
  return end > to + 1 && at.spaced(end) && isYear(at.text(end)) ? end + 1 : to;
}

/**
 * "the Third Greek Film Week | in Buenos Aires", "the 2026 Korean Film Festival | in Kenya": a numbered
 * culture season of a country held abroad is named with where it is held.
 */
function cultureAbroadEnd({ ctx, h, from, to }: EventSpan): number {
  const { at, claimedBy } = ctx.unit;
  if (to !== h + 1 || !at.in(h, CULTURE_SEASON_HEADS) || at.text(to) !== 'in' || !at.spaced(to)) return to;
  // Numbered: the editions of a series held in one place ("a Mexican Film Week in Rabat, ..." is a venue).
  if (!isEditionNumber(at.text(from)) || !claimedBy.slice(from, h).includes('country')) return to;
  const claim = claimedBy[to + 1];
  if ((claim !== 'country' && claim !== 'place') || !at.spaced(to + 1)) return to;
  let end = to + 2;
  while (end < to + 4 && claimedBy[end] === claim && at.spaced(end)) end++;
  return end;
}

/** "Expo 2027 | Belgrade": the host city named after the edition's year (a country there is a sentence's subject). */
function yearPlaceEnd({ ctx, to }: EventSpan): number {
  const { at, claimedBy } = ctx.unit;
  if (!isYear(at.text(to - 1)) || !at.spaced(to) || claimedBy[to] !== 'place') return to;
  let end = to + 1;
  while (end < to + 3 && claimedBy[end] === 'place' && at.spaced(end)) end++;
  return end;
}

/** Words that end a lower-case name: what follows it in the sentence ("... on trade | was held"). */
const LOWER_NAME_STOPS = new Set(
  `was were is are will would shall has have had be been being held took met opened closed which that who
  in at to with from by on for of the a an this its their last next and or as under during since ended
  began concluded started continued agreed adopted reviewed discussed approved noted convened resumed`.split(
    /\s+/,
  ),
);
const isLowerNameWord = (at: TextUnit['at'], i: number) =>
  at.spaced(i) && /^\p{Ll}[\p{Ll}-]*$/u.test(at.text(i)) && !LOWER_NAME_STOPS.has(at.text(i));

/**
 * "the third meeting | of the joint working group on trade and investment": a lower-case standing body
 * after a numbered sitting, and the subject it is "on" or "for".
 */
function lowerBodyEnd({ ctx, h, to }: EventSpan): number {
  const { at } = ctx.unit;
  let k = to;
  if (at.text(to) === 'of' && at.spaced(to) && LOWER_EVENT_HEADS.has(at.text(to - 1))) {
    k = to + 1;
    if (at.text(k) === 'the' && at.spaced(k)) k++;
    // "the 5th meeting of the Norway–Sweden | technical committee on ...": capitals, then the lower-case body.
  } else if (!(LOWER_EVENT_HEADS.has(at.text(h)) && at.text(h + 1) === 'of' && to > h + 2)) return to;
  let head = -1;
  for (let i = k; i < k + 4 && isLowerNameWord(at, i); i++) if (LOWER_BODY_HEADS.has(at.text(i))) head = i;
  if (head < 0) return to;
  let end = head + 1;
  // "the first meeting of the intergovernmental commission": a lower-case body with no subject and no
  // parties names none.
  const subject = (at.text(end) === 'on' || at.text(end) === 'for') && at.spaced(end);
  if (k > to && !subject) return to;
  if ((at.text(end) === 'on' || at.text(end) === 'for') && at.spaced(end)) {
    let j = end + 1;
    // "on the Ghana–Togo | power interconnection": the parties in capitals, then the subject in lower case.
    if (at.text(j) === 'the' && at.spaced(j)) {
      const parties = chunkEnd(ctx, j + 1);
      if (parties > j + 1 && isLowerNameWord(at, parties)) j = parties;
    }
    const first = j;
    while (j < first + 4 && isLowerNameWord(at, j)) {
      j++;
      if (at.text(j) === 'and' && at.spaced(j) && isLowerNameWord(at, j + 1)) j++;
    }
    if (j > first) end = j;
  }
  return end;
}

/** Rules that extend an event's name to the right, past where connectors stop; each returns the new end. */
export const EVENT_RIGHT_EXTENSIONS: ReadonlyArray<Rule<EventSpan, number>> = [
  {
    id: 'event.edition-year',
    kind: 'event',
    effect: 'keep',
    matches: ({ ctx, to }) =>
      ctx.unit.at.spaced(to) && isYear(ctx.unit.at.text(to)) && !/^[-/–]/.test(ctx.unit.at.gap(to + 1))
        ? to + 1
        : to,
    example: {
      text: 'Visit\n\nThe Abidjan Investment Forum 2022 drew 3,000 visitors.',
      yields: 'Abidjan Investment Forum 2022',
    },
    why: 'Editions are named by their year after the name; the year belongs to the name and tells editions apart.',
  },
  {
    id: 'event.edition-suffix',
    kind: 'event',
    effect: 'keep',
    matches: ({ ctx, to }) => {
      const { at } = ctx.unit;
      if (!DASHES.has(at.gap(to)) || !isYear(at.text(to - 1))) return to;
      const end = chunkEnd(ctx, to);
      return end - to <= 3 && at.text(end - 1) === 'Edition' ? end : to;
    },
    example: {
      text: 'Visit\n\nThe Andes Diaspora Meet 2027 – Pacific Edition opened in Lima.',
      yields: 'Andes Diaspora Meet 2027 – Pacific Edition',
    },
    why: 'An edition held away from home is named after its year and a dash ("... 2027 – Pacific Edition"); the part after the dash belongs to the name.',
  },
  {
    id: 'event.lower-body',
    kind: 'event',
    effect: 'keep',
    matches: lowerBodyEnd,
    example: {
      text: 'Visit\n\nThe third meeting of the joint working group on trade and investment was held in Montevideo.',
      yields: 'third meeting of the joint working group on trade and investment',
    },
    why: 'A numbered sitting "of" a body written in lower case ("the joint working group on trade") is named as written.',
  },
  {
    id: 'event.edition-place-year',
    kind: 'event',
    effect: 'keep',
    matches: ({ ctx, to }) => placeYearEnd(ctx, to),
    example: {
      text: 'Visit\n\nCompanies were invited to ExpoCafé Perú 2019 in September.',
      yields: 'ExpoCafé Perú 2019',
    },
    why: 'An edition named by its city or country and year ("TourExpo Berlin 2022") holds both.',
  },
  {
    id: 'event.second-host',
    kind: 'event',
    effect: 'keep',
    matches: secondHostEnd,
    example: {
      text: 'Visit\n\nShe attended the Annual Meetings of the Asian Fund and the Pacific Bank Group in Manila.',
      yields: 'Annual Meetings of the Asian Fund and the Pacific Bank Group',
    },
    why: 'Two bodies may sit together ("Meetings of the X Fund and the Y Bank"): the second one belongs to the name as much as the first.',
  },
  {
    id: 'event.venue-year',
    kind: 'event',
    effect: 'keep',
    matches: venueYearEnd,
    example: {
      text: 'Visit\n\nThe Days of Chilean Culture in Oslo 2026 opened with a concert.',
      yields: 'Days of Chilean Culture in Oslo 2026',
    },
    why: 'A cultural season named for its venue and year ("... in Oslo 2026") holds both; a venue with no year after it is only where the event is.',
  },
  {
    id: 'event.host-country',
    kind: 'event',
    effect: 'keep',
    matches: ({ ctx, h, to }) => (to === h + 1 ? hostCountryEnd(ctx, to) : to),
    example: {
      text: 'Visit\n\nMore than 900 firms joined the 12th Trade Expo Ghana in Accra.',
      yields: '12th Trade Expo Ghana',
    },
    why: 'Fairs and joint bodies are named with their host or their parties right after the head ("Trade Expo Ghana", "Border Committee Chile–Peru", "Web Summit Lisbon").',
  },
  {
    id: 'event.culture-abroad',
    kind: 'event',
    effect: 'keep',
    matches: cultureAbroadEnd,
    example: {
      text: 'Visit\n\nThe Third Greek Film Week in Buenos Aires opened with a comedy.',
      yields: 'Third Greek Film Week in Buenos Aires',
    },
    why: 'A numbered film week, festival or days of a country\'s culture held abroad count their editions in that place and are named with it ("the 2026 Korean Film Festival in Kenya"); an unnumbered one ("a Mexican Film Week in Rabat, Casablanca and Tangier") and other events are only held at a venue after "in".',
  },
  {
    id: 'event.year-place',
    kind: 'event',
    effect: 'keep',
    matches: yearPlaceEnd,
    example: {
      text: 'Visit\n\nThe ministry confirmed its pavilion at Expo 2030 Riyadh this week.',
      yields: 'Expo 2030 Riyadh',
    },
    why: 'Some editions are named by their year and then their host city ("Expo 2030 Riyadh"); the city is part of the name.',
  },
  {
    id: 'event.joined-heads',
    kind: 'event',
    effect: 'keep',
    matches: ({ ctx, to }) => {
      const { at } = ctx.unit;
      const joined = at.gap(to) === ' & ' && EVENT_HEADS.has(at.text(to)) && EVENT_HEADS.has(at.text(to - 1));
      return joined ? to + 1 : to;
    },
    example: {
      text: 'Visit\n\nThey welcomed the opening of the Trilateral Business Forum & Expo in Batumi.',
      yields: 'Trilateral Business Forum & Expo',
    },
    why: 'Two heads joined by "&" ("Forum & Expo", "Conference & Exhibition") are one event held as both.',
  },
  {
    id: 'event.short-name',
    kind: 'event',
    effect: 'keep',
    matches: shortNameEnd,
    example: {
      text: 'Visit\n\nThe Malaysia Nano & Quantum Expo 2026 (MyNQX 2026) was launched today.',
      yields: 'Malaysia Nano & Quantum Expo 2026 (MyNQX 2026)',
    },
    why: 'A short name in parentheses right after the event ("(AMMSTI-4)", "(STC-ARDWE)", "(MyNQX 2026)") is part of how the release names it.',
  },
  {
    id: 'event.level-suffix',
    kind: 'event',
    effect: 'keep',
    matches: levelSuffixEnd,
    example: {
      text: 'Visit\n\nShe chaired the Extraordinary Session of the ECOWAS Mediation and Security Council at Ministerial Level in Accra.',
      yields: 'Extraordinary Session of the ECOWAS Mediation and Security Council at Ministerial Level',
    },
    why: 'The level a body sits at ("at Ministerial Level") tells its sittings apart and is part of the name.',
  },
  {
    id: 'event.between-parties',
    kind: 'event',
    effect: 'keep',
    matches: betweenPartiesEnd,
    example: {
      text: 'Visit\n\nThe two will co-chair the First Round of Political Consultations between Colombia and Kenya.',
      yields: 'First Round of Political Consultations between Colombia and Kenya',
    },
    why: 'An event held between named countries, blocs or a region\'s states in capitals is named with them: "Joint Commission between Kenya, Uganda and South Sudan", "Strategic Dialogue between the GCC and the Countries of Central Asia".',
  },
  {
    id: 'event.parties-dash-after',
    kind: 'event',
    effect: 'keep',
    matches: partiesDashEnd,
    example: {
      text: 'Visit\n\nThe Second Session of the Andean – Nordic Joint Council on Mining was held in Quito.',
      yields: 'Second Session of the Andean – Nordic Joint Council on Mining',
    },
    why: 'A spaced dash between two parties inside a body\'s name ("Andean – Nordic Joint Council") does not end the event\'s name.',
  },
];

/** "in" before a world region stays in an event's name: "Forum on Security in Africa", "Week in the Americas". */
export const EVENT_IN_REGION: Rule<{ unit: TextUnit; k: number }> = {
  id: 'event.in-region',
  kind: 'event',
  effect: 'keep',
  matches: ({ unit, k }) => WORLD_REGION_WORDS.has(unit.at.text(k)),
  example: {
    text: 'Visit\n\nThey discussed the 11th Lake Tana Forum on Security in Africa, to be held in Bahir Dar.',
    yields: '11th Lake Tana Forum on Security in Africa',
  },
  why: 'Events are named for the region they serve ("in Africa", "in the Americas"); a city after "in" is only the venue.',
};

const PART_QUALIFIERS = new Set(['Opening', 'Closing', 'Plenary', 'opening', 'closing', 'plenary']);

/**
 * "Opening Ceremony of | the Andean Summit 2022", "the 2027 edition of | the Halal Showcase": a part or an
 * edition of an event, named after it. Returns where the event's own name starts, or `from`.
 */
function partOfEventStart({ ctx, h, from, to }: EventSpan): number {
  const { at } = ctx.unit;
  const of = h + 1;
  if (at.text(of) !== 'of' || of >= to) return from;
  const part = EVENT_PARTS.has(at.text(h));
  for (let i = from; i < h; i++) {
    const word = at.text(i);
    // "Third Plenary Session of the Forum" is a numbered sitting; "2027 edition of" is an edition.
    if (isEditionNumber(word) ? !part : !PART_QUALIFIERS.has(word) && !EVENT_QUALIFIERS.has(word))
      return from;
  }
  if (!part && !at.words(from, h).some((w) => PART_QUALIFIERS.has(w))) return from;
  const start = at.text(of + 1) === 'the' ? of + 2 : of + 1;
  for (let i = start; i < to; i++)
    if (EVENT_HEADS.has(at.text(i)) || EDITION_ONLY_HEADS.has(at.text(i))) return start;
  return from;
}

export const EVENT_PART_OF_EVENT: Rule<EventSpan, number> = {
  id: 'event.part-of-event',
  kind: 'event',
  effect: 'keep',
  matches: partOfEventStart,
  example: {
    text: 'Visit\n\nFollowing the Opening Ceremony of the Andean Electrical Interconnection Summit 2022, the minister spoke.',
    yields: 'Andean Electrical Interconnection Summit 2022',
  },
  why: 'An opening ceremony, a plenary or an edition "of" an event is a part of that event: the event is what the reader looks for.',
};

/** An event found in the title, and the events (and bare mentions) of the body. */
export interface TitleEvent {
  title: TextUnit;
  from: number;
  to: number;
  name: string;
  /** Names the body gave, kept or dropped as bare ("its Third Ordinary Session"). */
  mentions: readonly string[];
}

const wordsOf = (name: string) => name.split(/\s+/);

/** The body's mentions that the title's event completes: they start the same, and the title says more. */
export function completedMentions({ name, mentions }: TitleEvent): string[] {
  const full = wordsOf(name);
  return mentions.filter((m) => {
    const short = wordsOf(m);
    if (short.length >= full.length) return false;
    const of = short.indexOf('of');
    const prefix = of < 0 ? short : short.slice(0, of);
    if (!prefix.every((w, i) => full[i] === w) || full[prefix.length] !== 'of') return false;
    // A title that only adds words after the whole mention adds its own verbs ("... Council Opens").
    if (of >= 0 && short.every((w, i) => full[i] === w)) return false;
    // "Fourth Ordinary Session of the Committee" in the title's "... of the Specialised Technical Committee on ...".
    const rest = new Set(full.slice(prefix.length));
    return short.slice(prefix.length).every((w) => rest.has(w));
  });
}

/** "... at the 7th Lakeside Energy Dialogue": a numbered edition that ends the title, after "at (the)". */
function titleAtEdition({ title, from, to }: TitleEvent): boolean {
  const { at } = title;
  const first = at.text(from);
  if (!isEditionNumber(first) || isYear(first) || at.exists(to)) return false;
  let before = at.text(from - 1) === 'the' ? from - 2 : from - 1;
  // "... at the Opening of the Second X Meeting": a part of the edition before it.
  if (at.text(before) === 'of' && at.in(before - 1, TITLE_PARTS)) {
    before -= 2;
    if (at.text(before) === 'the') before--;
  }
  return (at.text(before) === 'at' || at.text(before) === 'At') && at.spaced(from) && at.spaced(before + 1);
}

/** Parts of a sitting a speech's title may name before the edition: "at the Opening of the 3rd X". */
const TITLE_PARTS = new Set([
  'Opening',
  'Closing',
  'Launch',
  'Inauguration',
  'Session',
  'Ceremony',
  'Segment',
]);

export const EVENT_TITLE_RULES: ReadonlyArray<Rule<TitleEvent>> = [
  {
    id: 'event.title-completes-mention',
    kind: 'event',
    effect: 'keep',
    matches: (input) => completedMentions(input).length > 0,
    example: {
      text: 'Ministers Review Security at 44th Ordinary Session of the Mediation and Security Council\n\nThe Council ended its 44th Ordinary Session on Tuesday in Abuja.',
      yields: '44th Ordinary Session of the Mediation and Security Council',
    },
    why: 'A short mention in the text ("its 44th Ordinary Session") whose full name the title gives is that event, by its full name.',
  },
  {
    id: 'event.title-document',
    kind: 'event',
    effect: 'keep',
    matches: ({ title, from }) => {
      const { at } = title;
      if (from === 0) return false;
      const before = at.words(0, from);
      const gapsOk = before.every((_, i) => i === 0 || /^(?: |: | – | - )$/.test(at.gap(i)));
      return (
        gapsOk &&
        /^(?: |: | – | - )$/.test(at.gap(from)) &&
        before.some((w) => DOCUMENT_NOUNS.has(w)) &&
        before.every((w) => DOCUMENT_NOUNS.has(w) || DOCUMENT_FILLERS.has(w))
      );
    },
    example: {
      text: 'Communiqué of the 1150th Meeting of the Peace and Security Council\n\nThe Council, at its 1150th meeting held on 12 April 2023, adopted this communiqué.',
      yields: '1150th Meeting of the Peace and Security Council',
    },
    why: 'A communiqué, statement or declaration "of" an event is titled with that event\'s full name.',
  },
  {
    id: 'event.title-at-edition',
    kind: 'event',
    effect: 'keep',
    matches: titleAtEdition,
    example: {
      text: 'Remarks by the Minister of Energy at the 4th Lakeside Energy Dialogue\n\nThank you, Chair. It is an honour to speak here.',
      yields: '4th Lakeside Energy Dialogue',
    },
    why: 'A speech\'s or a statement\'s title ends with where it was given; a numbered edition there ("... at the 4th X Dialogue", "... at the Opening of the 4th X Dialogue") is an event even when the text never names it again.',
  },
  {
    id: 'event.title-is-event',
    kind: 'event',
    effect: 'keep',
    matches: ({ title, from, to }) => {
      const { at } = title;
      if (from !== 0 || at.exists(to)) return false;
      // "LXXXV Reunión Ordinaria del Consejo ...": Romance titles are in sentence case, and a numbered
      // name whose head opens it is all the title.
      if (isEditionNumber(at.text(0)) && at.in(1, HEAD_FIRST_EVENT_HEADS)) return true;
      if (!EVENT_HEADS.has(at.text(to - 1))) return false;
      // Title case hides verbs ("... Committee Holds Annual Meeting"); a members' possessive before the head
      // ("Foreign Ministers' Meeting") leaves no room for one.
      return (
        membersPossessiveStart({
          ctx: { unit: title, personWords: new Set() },
          h: to - 1,
          from: to - 1,
          to,
        }) <
        to - 1
      );
    },
    example: {
      text: "Japan-Palau Foreign Ministers' Meeting\n\nOn March 6, the Minister for Foreign Affairs held a meeting with his Palauan counterpart.",
      yields: "Japan-Palau Foreign Ministers' Meeting",
    },
    why: 'A title that is a numbered Romance sitting ("LXXXV Reunión Ordinaria del Consejo ...": such titles are in sentence case) or a meeting\'s name and nothing else, the meeting named by whose it is ("Japan-Palau Foreign Ministers\' Meeting"), is about that event, though the text may only call it "a meeting"; title case hides verbs, a members\' possessive before the head leaves no room for one.',
  },
];

const isEditionSlug = (part: string) => isEditionNumber(part) || isEditionNumber(part.toUpperCase());

/**
 * Whether the event of id `short` is `full` named with fewer words: its start ("Trilateral Business Forum"
 * of "... Forum & Expo"), or without the parties or place before its head, after the same edition number
 * ("12th Joint Committee on Trade" of "12th Kenya–Chile Joint Committee on Trade", "Summit on Rail" of
 * "Lisbon Summit on Rail").
 */
function isShorterName(short: string, full: string): boolean {
  if (full.startsWith(`${short}-`)) return true;
  const parts = short.split('-');
  // One word after the edition number is a bare head ("Summit"), never a name of its own to merge.
  const edition = parts.length > 1 && isEditionSlug(parts[0] ?? '') ? `${parts[0]}-` : '';
  const rest = edition ? parts.slice(1).join('-') : short;
  if (!rest.includes('-') || !full.startsWith(edition)) return false;
  return full.endsWith(`-${rest}`) && full.length > edition.length + rest.length + 1;
}

/** A mention of an event that another mention of the announcement names in full: "the Trilateral Business Forum". */
export const EVENT_SHORT_MENTION: Rule<{ id: string; ids: readonly string[] }> = {
  id: 'event.short-mention',
  kind: 'event',
  effect: 'drop',
  matches: ({ id, ids }) => ids.some((other) => other !== id && isShorterName(id, other)),
  example: {
    text: 'Visit\n\nThe Trilateral Business Forum & Expo opened in Batumi. The Trilateral Business Forum drew 300 firms.',
    yields: 'Trilateral Business Forum',
  },
  why: 'A short and a full mention of one event are one event, by its fullest name: the short one is its start, or the full one without its parties or place ("the 3rd Joint Commission" after "the 3rd Chile–Kenya Joint Commission").',
};

const foldedWords = (text: string) => slugify(text, Number.MAX_SAFE_INTEGER).split('-').filter(Boolean);

/**
 * Whether `short` is `full` with a body's name given only by its short name: "X of SICA" for "X of the
 * Central American Integration System (SICA)".
 */
function isShortNamed(short: string, full: string): boolean {
  for (const match of full.matchAll(/\((\p{Lu}[\p{Lu}\p{N}-]+)\)/gu)) {
    const acronym = match[1] ?? '';
    const before = foldedWords(full.slice(0, match.index));
    const after = foldedWords(full.slice(match.index + match[0].length));
    const words = foldedWords(short);
    const at = words.indexOf(slugify(acronym));
    if (at < 0 || words.length - at - 1 !== after.length) continue;
    // The words before the short name start the full name, which spells it out before the brackets.
    const prefix = words.slice(0, at);
    const spelt = before.length - prefix.length;
    if (spelt < 1 || !prefix.every((w, i) => before[i] === w)) continue;
    if (after.every((w, i) => words[at + 1 + i] === w)) return true;
  }
  return false;
}

/** An event's name that another mention gives with the body spelt out: the title's "... of SICA". */
export const EVENT_SHORT_NAMED: Rule<{ name: string; names: readonly string[] }> = {
  id: 'event.short-named',
  kind: 'event',
  effect: 'drop',
  matches: ({ name, names }) => names.some((full) => full !== name && isShortNamed(name, full)),
  example: {
    text: 'Final Communiqué of the 9th Summit of the CRB\n\nThe 9th Summit of the Coral Reef Board (CRB) was held in Suva.',
    yields: '9th Summit of the CRB',
  },
  why: 'A name with a body\'s short name ("of the CRB") and one that spells the body out ("of the Coral Reef Board (CRB)") are one event, by the fuller name.',
};

/**
 * Whether `full` ("27th Ministerial Meeting of the ... Growth Area (BIMP-EAGA)") is `named` ("27th BIMP-EAGA
 * Ministerial Meeting") said the long way: the same edition and heads, the body spelt out with its short name.
 */
function isSpeltOutName(full: string, named: string): boolean {
  const acronym = /\((\p{Lu}[\p{Lu}\p{N}-]+)\)$/u.exec(full)?.[1];
  if (!acronym) return false;
  const long = foldedWords(full);
  const short = foldedWords(named);
  const acr = foldedWords(acronym);
  const of = long.indexOf('of');
  if (of < 2 || short[0] !== long[0]) return false;
  const heads = long.slice(1, of);
  const expected = [long[0], ...acr, ...heads];
  return expected.length === short.length && expected.every((w, i) => short[i] === w);
}

/** A sitting "of" a body spelt out with its short name, which another mention names by that short name. */
export const EVENT_SPELT_OUT: Rule<{ name: string; names: readonly string[] }> = {
  id: 'event.spelt-out',
  kind: 'event',
  effect: 'drop',
  matches: ({ name, names }) => names.some((other) => other !== name && isSpeltOutName(name, other)),
  example: {
    text: 'Joint Statement of the 9th CRB Ministerial Meeting\n\nThe 9th Ministerial Meeting of the Coral Reef Board (CRB) was held in Suva.',
    yields: '9th Ministerial Meeting of the Coral Reef Board (CRB)',
  },
  why: 'A series named by a body\'s short name before its heads ("the 9th CRB Ministerial Meeting", as its next edition is named) is one event with its sitting "of" the body spelt out: the short name is the series\' own.',
};
