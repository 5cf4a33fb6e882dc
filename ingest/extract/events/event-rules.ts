import { isOrdinal, isYear } from '../lexicon/calendar';
import { EVENT_HEADS, LOWER_EVENT_HEADS, SESSION_BODIES } from '../lexicon/heads';
import { extendLeft, isPhraseWord, type PhraseContext } from '../phrases';
import type { Rule } from '../rules/rule';

/** A head word at `h` and what stands around it. */
export interface EventHead {
  ctx: PhraseContext;
  h: number;
}

/** A rule for one kind of head word: the first rule whose `head` takes the word decides whether it is an event. */
export interface EventRule extends Rule<EventHead> {
  head: (word: string) => boolean;
  /** The name starts at the ordinal before a lower-case head ("the 5th session of ..."). */
  lowerHead?: boolean;
}

const followedByOf = ({ ctx, h }: EventHead) => ctx.unit.at.text(h + 1) === 'of' && ctx.unit.at.spaced(h + 1);
const ordinalBefore = ({ ctx, h }: EventHead) => isOrdinal(ctx.unit.at.text(h - 1)) && ctx.unit.at.spaced(h);

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
      const from = extendLeft(ctx, h, (i) => isPhraseWord(ctx, i) || isOrdinal(at.text(i)));
      return isOrdinal(at.text(from)) && !isYear(at.text(from));
    },
    example: {
      text: 'Visit\n\nThe 14th China-ROK Joint Committee on Science and Technology Cooperation met in Seoul.',
      yields: '14th China-ROK Joint Committee on Science and Technology Cooperation',
    },
    why: 'A standing body (Committee, Commission, Council, Assembly) with an ordinal is one of its sessions.',
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
    matches: (input) => ordinalBefore(input) && followedByOf(input),
    lowerHead: true,
    example: {
      text: 'Visit\n\nThey attended the 5th session of the China-Indonesia Joint Commission on Cooperation.',
      yields: '5th session of the China-Indonesia Joint Commission on Cooperation',
    },
    why: 'An ordinal, a lower-case head (session, meeting, round) and "of" a body: a numbered session.',
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

/** A head alone, or with only an ordinal or connectors, names no one event: "the Forum", "the 2nd Meeting". */
export const EVENT_NO_MODIFIER: Rule<{ words: readonly string[]; head: number }> = {
  id: 'event.no-modifier',
  kind: 'event',
  effect: 'drop',
  matches: ({ words, head }) =>
    !words.some((w, i) => i !== head && !isOrdinal(w) && !['of', 'the', 'on', 'for', 'and'].includes(w)),
  example: { text: 'Visit\n\nThe second Workshop was held on 3 May 2019.', yields: 'second Workshop' },
  why: 'A head word with nothing that names it is a generic mention of some event, not a name.',
};

/** "TechAsia 2031", "Abidjan Investment Forum 2022": a year right after the name is the edition's. */
export const EVENT_EDITION_YEAR: Rule<EventHead> = {
  id: 'event.edition-year',
  kind: 'event',
  effect: 'keep',
  matches: ({ ctx, h }) =>
    ctx.unit.at.spaced(h) && isYear(ctx.unit.at.text(h)) && !/^[-/–]/.test(ctx.unit.at.gap(h + 1)),
  example: {
    text: 'Visit\n\nThe Abidjan Investment Forum 2022 drew 3,000 visitors.',
    yields: 'Abidjan Investment Forum 2022',
  },
  why: 'Editions are named by their year after the name; the year belongs to the name and tells editions apart.',
};
