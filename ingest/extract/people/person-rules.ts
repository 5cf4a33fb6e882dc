import { isGivenName, isSurname } from '../lexicon/name-gazetteers';
import { NAME_PARTICLES, traditionsOfName } from '../lexicon/traditions/all';
import { MILITARY_RANKS, MILITARY_SERVICES, ROLE_WORDS } from '../lexicon/roles';
import { HONORIFICS } from '../lexicon/honorifics';

import type { Rule } from '../rules/rule';
import type { TextUnit } from '../tagging/tag-unit';
import { HEAD_FIRST_FOREIGN, LOWER_BODY_NOUNS } from '../lexicon/heads';
import { isHeadWord, type Run } from './candidates';
import { commaChainSibling, listSibling } from './lists';
import { isByline, roleBeforeComma } from './country-rules';
import { isRoleish } from './titles';
import {
  affiliationAfter,
  afterPostNominal,
  bracketRole,
  countryAfterOf,
  creditLabel,
  emailOfName,
  placeContext,
  tablePost,
  tableRowCountry,
  listItemWithBody,
  listItemWithCountry,
  lowerApposition,
  occupationBefore,
  postNominalAfter,
  precederBefore,
  questionLabel,
  signatoryForParty,
  speakerLine,
  verbAfter,
} from './context';
import type { TitleBefore } from './titles';

/** Prepositions that put a thing, not a person, after "the": "work on the X", "a cable across the X". */
const SUBJECT_PREPOSITIONS = new Set(['on', 'about', 'along', 'across', 'through', 'via', 'over', 'under']);

/** A candidate after the rules: where it stands, what it says, and which rule took it. */
export interface Mention extends Run {
  titles: string[];
  /** The evidence rule that matched, or null. */
  evidence: string | null;
  /** A one-word name introduced by a full title: "Handoko, Head of the National Research Agency". */
  mononym: boolean;
}

/** A run with what stands around it: the input of the person rules. */
export interface Candidate {
  run: Run;
  before: TitleBefore;
  /** Cleaned titles from before the name ... */
  titlesBefore: string[];
  /** ... before it across a comma ("The Minister of Foreign Affairs of Peru, María Quispe, said") ... */
  titlesBeforeComma: string[];
  /** ... and in apposition after it. */
  titlesAfter: string[];
  knownNames: ReadonlySet<string>;
}

type PersonRule = Rule<Candidate>;

/**
 * A by-line's words before the run ("By X", "Reported by X"), or a sign-off block whose lines the reader
 * joined ("Signed / X / Spokesperson" → "Signed X Spokesperson"): the run opens it and a role follows.
 */
function signOff(run: Run): boolean {
  if (!isByline(run.unit, run)) return false;
  return run.from > 0 || isRoleish(run.unit.at.text(run.to));
}

/** Candidates these rules match are no one's name, whatever else stands around them. Run first. */
export const PERSON_DROP_RULES: readonly PersonRule[] = [
  {
    id: 'person.inside-title',
    kind: 'person',
    effect: 'drop',
    matches: (c) => c.before.insideTitle,
    example: {
      text: 'Visit\n\nThe Deputy Minister of Emergency Situations said the drill went well.',
      yields: 'Emergency Situations',
    },
    why: 'Capitalised words after "of/for/on/in [the]" that follow a role or a name are the middle of a title or of a body\'s name.',
  },
  {
    id: 'person.before-head-word',
    kind: 'person',
    effect: 'drop',
    matches: (c) => isHeadWord(c.run.unit, c.run.to),
    example: {
      text: 'Visit\n\nThe Director of the Malaysian Palm Oil Board said yields rose.',
      yields: 'Palm Oil',
    },
    why: 'A run right before a head word ("Board", "Forum", "Province", "Room", "Wharf") is part of that body\'s, event\'s, place\'s or building\'s name.',
  },
  {
    id: 'person.party-after-post-nominal',
    kind: 'person',
    effect: 'drop',
    matches: (c) => afterPostNominal(c.run.unit, c.run),
    example: {
      text: 'Visit\n\nThe delegation includes Zorvath Quimbly MP (Kotahi Rua Tahi) and others.',
      yields: 'Kotahi Rua Tahi',
    },
    why: 'Parliaments write a member\'s party in brackets after "MP": a body, not a person the letters are a title of.',
  },
  {
    id: 'person.after-foreign-head',
    kind: 'person',
    effect: 'drop',
    matches: (c) => {
      const { at } = c.run.unit;
      // "the Salle des Pas Perdus": a particle may stand between the head and the name.
      const before = at.in(c.run.from - 1, NAME_PARTICLES) ? c.run.from - 2 : c.run.from - 1;
      return at.in(before, HEAD_FIRST_FOREIGN) || HEAD_FIRST_FOREIGN.has(c.run.words[0] ?? '');
    },
    example: {
      text: 'Visit\n\nThe envoy spoke at Universitas Kembang Jaya on Monday.',
      yields: 'Kembang Jaya',
    },
    why: 'Languages that put the head first name rooms and bodies "Sala X", "Universitas X": the words after the head are the name of the place, not of a person.',
  },
  {
    id: 'person.place-context',
    kind: 'person',
    effect: 'drop',
    matches: (c) => placeContext(c.run.unit, c.run),
    example: {
      text: 'Visit\n\nThe envoy flew from Lima and Kelpa Marinos will follow by road.',
      yields: 'Kelpa Marinos',
    },
    why: 'After a preposition of place, a name followed by its country ("to X, Chile,") or joined by "and" to a known place ("from La Paz and X") is a town, not a person.',
  },
  {
    id: 'person.body-noun-before',
    kind: 'person',
    effect: 'drop',
    matches: (c) => c.run.unit.at.spaced(c.run.from) && c.run.unit.at.in(c.run.from - 1, LOWER_BODY_NOUNS),
    example: {
      text: 'Visit\n\nThe Chilean firm Kelpa Marinos signed a supply deal.',
      yields: 'Kelpa Marinos',
    },
    why: 'A lower-case noun for a company before the name ("the Hungarian company X", "the firm X") says it is a body.',
  },
  {
    id: 'person.after-article',
    kind: 'person',
    effect: 'drop',
    matches: (c) => c.run.unit.at.text(c.run.from - 1) === 'the' && c.run.unit.at.spaced(c.run.from),
    example: {
      text: 'Launch\n\nThe new ferry, to be named the Hilda Marwick, enters service in May.',
      yields: 'Hilda Marwick',
    },
    why: 'English puts no article before a person\'s name: "the Hilda Marwick" is a ship, a building or a prize named after someone.',
  },
  {
    id: 'person.armed-service',
    kind: 'person',
    effect: 'drop',
    matches: ({ run: { unit, to } }) => unit.at.in(to - 1, MILITARY_SERVICES),
    example: {
      text: 'Visit\n\nLusitanian Navy divers took part in the drill.',
      yields: 'Lusitanian Navy',
    },
    why: 'A run ending in Navy, Army, Marines or Corps is an armed service ("the Lusitanian Navy"), not a person.',
  },
  {
    id: 'person.inside-article-phrase',
    kind: 'person',
    effect: 'drop',
    matches: ({ run: { unit, from }, titlesBefore }) => {
      const { at } = unit;
      if (titlesBefore.length > 0) return false;
      // Back over the capitalised words before the run, none a title's (the Kenyan Ambassador X is a person).
      let k = from - 1;
      // "the Bavarian Minister-President X": a title word may be one part of a hyphenated one.
      const titleWord = (i: number) =>
        at.in(i, HONORIFICS) ||
        at
          .text(i)
          .split('-')
          .some((part) => ROLE_WORDS.has(part) || MILITARY_RANKS.has(part));
      while (k > 0 && at.capitalised(k) && at.spaced(k + 1) && !titleWord(k)) k--;
      if (k === from - 1 || at.text(k) !== 'the' || !at.spaced(k + 1)) return false;
      // "work on the X Y Z": a thing's subject; never a title's "Minister ... of the Kyrgyz Republic X".
      return at.in(k - 1, SUBJECT_PREPOSITIONS);
    },
    example: {
      text: 'Visit\n\nThe first meeting on the Caspian Sea Fibre Optic Link was held today.',
      yields: 'Fibre Optic Link',
    },
    why: 'A run that ends a capitalised phrase opened by "on the", "across the", "along the" ("the Caspian Sea | Fibre Optic Link", a link, a corridor, a cable) is the end of that name; a title before the run ("the Kenyan Ambassador X") keeps the person, and "of the" is left alone (a title\'s post: "Minister of ... of the Kyrgyz Republic X").',
  },
];

/** Evidence that a run of two or more name words is a person; the first that matches is recorded. */
export const PERSON_EVIDENCE_RULES: readonly PersonRule[] = [
  {
    id: 'person.title-before',
    kind: 'person',
    effect: 'keep',
    matches: (c) => c.titlesBefore.length > 0,
    example: {
      text: 'Visit\n\nOn 3 May 2019, Vice Minister of Science and Technology Li Meng opened the fair.',
      yields: 'Li Meng',
    },
    why: 'A capitalised title holding a role word right before the name: the genre introduces officials this way.',
  },
  {
    id: 'person.title-after',
    kind: 'person',
    effect: 'keep',
    matches: (c) => c.titlesAfter.length > 0,
    example: {
      text: 'Visit\n\nThe delegation met Tung Ciny, Secretary of State of the Ministry of Commerce.',
      yields: 'Tung Ciny',
    },
    why: 'Titles in apposition after the name, one or several separated by commas and "and".',
  },
  {
    id: 'person.title-before-comma',
    kind: 'person',
    effect: 'keep',
    matches: (c) => c.titlesBeforeComma.length > 0,
    example: {
      text: 'Visit\n\nThe Minister of Foreign Affairs of Peru, María Fernanda Quispe Huamán, received the envoy.',
      yields: 'María Fernanda Quispe Huamán',
    },
    why: 'Readouts put the title first and the name in commas after it: "the Vice Minister of ..., LIU Wenjun, arrived".',
  },
  {
    id: 'person.courtesy-before',
    kind: 'person',
    effect: 'keep',
    matches: (c) => c.before.honorific,
    example: { text: 'Visit\n\nThe talks with H.E. Maria Lopes ended on time.', yields: 'Maria Lopes' },
    why: 'A courtesy form (Mr, Dr, H.E., Datuk ...) before the name: only people are addressed so.',
  },
  {
    id: 'person.courtesy-form',
    kind: 'person',
    effect: 'keep',
    matches: (c) => c.run.courtesy !== null,
    example: {
      text: 'Visit\n\nThe forum heard from Tan Sri Ahmad Zaki Yusof on funding.',
      yields: 'Ahmad Zaki Yusof',
    },
    why: 'A courtesy form of two words or one letter opens the run ("Tan Sri", Burmese "U"/"Daw"); it is dropped from the name.',
  },
  {
    id: 'person.verb-after',
    kind: 'person',
    effect: 'keep',
    matches: (c) => verbAfter(c.run.unit, c.run),
    example: {
      text: 'Visit\n\nThe fair was busy. Anucha Phromma said the orders doubled.',
      yields: 'Anucha Phromma',
    },
    why: 'A verb of speaking or acting after the name ("said", "noted", "visited"), adverbs allowed between.',
  },
  {
    id: 'person.preceder-before',
    kind: 'person',
    effect: 'keep',
    matches: (c) => precederBefore(c.run.unit, c.run),
    example: {
      text: 'Visit\n\nThe team was led by Ingrid Solberg from the start.',
      yields: 'Ingrid Solberg',
    },
    why: '"led by", "met with", "received", a lower-case role ("its vice president"), a relation ("her counterpart, X") or a country\'s possessive ("Norway\'s X Y") before the name.',
  },
  {
    id: 'person.lower-apposition',
    kind: 'person',
    effect: 'keep',
    matches: (c) => lowerApposition(c.run.unit, c.run.to) !== null,
    example: {
      text: 'Visit\n\nThe lecture of Tomasz Wojcik, a Polish hydrologist, drew a crowd.',
      yields: 'Tomasz Wojcik',
    },
    why: 'A lower-case apposition after the name: ", chief scientist of ...", ", a Spanish oceanographer".',
  },
  {
    id: 'person.affiliation-after',
    kind: 'person',
    effect: 'keep',
    matches: (c) => affiliationAfter(c.run.unit, c.run.to, c.run.from) !== null,
    example: {
      text: 'Visit\n\nThe prize went to Peter Mwangi of the Kenya Agricultural Research Institute this year.',
      yields: 'Peter Mwangi',
    },
    why: 'A body with a head word right after the name through "of": "Peter Mwangi of the ... Institute".',
  },
  {
    id: 'person.role-before-comma',
    kind: 'person',
    effect: 'keep',
    matches: (c) => {
      const { unit, to } = c.run;
      const closed = !unit.at.exists(to) || /^(?:, |\. |\.$|\)|;)/.test(unit.at.gap(to));
      return c.run.words.length > 1 && closed && roleBeforeComma(unit, c.run) !== null;
    },
    example: {
      text: 'Visit\n\nShe met the hokim of the Samarkand region, Zorvath Tursunboyevich Quimbly, on Friday.',
      yields: 'Zorvath Tursunboyevich Quimbly',
    },
    why: 'A local post in lower case after an article, then the name between commas ("the akim of Mangystau region, X,", "the Bupati of Belu, X."): the title rules read capitalised titles only.',
  },
  {
    id: 'person.contact-email',
    kind: 'person',
    effect: 'keep',
    matches: (c) => emailOfName(c.run.unit, c.run),
    example: {
      text: 'Visit\n\nThe minister toured the port.\n\nContacts\nZorvath Quimbly-Vask\nPress Secretary\nzorvath.quimbly-vask@example.gc.ca',
      yields: 'Zorvath Quimbly-Vask',
    },
    why: "A contact block gives a name and, after it, an e-mail address written from that name (given.surname@...): a person, even where the block's lines are joined and no comma or colon sets the name apart.",
  },
  {
    id: 'person.question-label',
    kind: 'person',
    effect: 'keep',
    matches: (c) => questionLabel(c.run.unit, c.run),
    example: {
      text: 'Briefing\n\nQ (Zorvath Quimbly, Harbour Radio): Is there a date for the visit?',
      yields: 'Zorvath Quimbly',
    },
    why: 'Briefing transcripts label a journalist\'s question "Q (Name, Outlet):"; the name in it is a person.',
  },
  {
    id: 'person.speaker-line',
    kind: 'person',
    effect: 'keep',
    matches: (c) => speakerLine(c.run.unit, c.run),
    example: {
      text: 'Briefing\n\nZorvath Quimbly, Harbour Radio: A question on the summit.',
      yields: 'Zorvath Quimbly',
    },
    why: "A transcript line opens with the speaker's name, the outlet in capitals after a comma, then a colon.",
  },
  {
    id: 'person.list-item-with-body',
    kind: 'person',
    effect: 'keep',
    matches: (c) => listItemWithBody(c.run.unit, c.run),
    example: {
      text: 'Mission\n\nThe delegation included Zorvath Quimbly (Harbour Seeds Ltd), Xelt Brannoch (Delta Wool Co.) and others.',
      yields: 'Xelt Brannoch',
    },
    why: 'Newsletters list delegates as "Name (Company)" items separated by commas and "and".',
  },
  {
    id: 'person.occupation-before',
    kind: 'person',
    effect: 'keep',
    matches: (c) => occupationBefore(c.run.unit, c.run),
    example: {
      text: 'Visit\n\nThe evening closed with a recital by the Peruvian guitarist Zorvath Quimbly.',
      yields: 'Zorvath Quimbly',
    },
    why: 'Features and cultural items name people by their trade in lower case: "the Chilean chef X", "sommelier X", "journalist X".',
  },
  {
    id: 'person.of-country',
    kind: 'person',
    effect: 'keep',
    matches: (c) => countryAfterOf(c.run.unit, c.run) !== null,
    example: {
      text: 'Visit\n\nAwards went to Zorvath Quimbly of Kenya and Xelt Brannoch of Peru.',
      yields: 'Zorvath Quimbly',
    },
    why: 'Lists of winners and delegates write "Name of Country"; a body is named with its head word ("Bank of Ghana"), which no run holds.',
  },
  {
    id: 'person.post-nominal',
    kind: 'person',
    effect: 'keep',
    matches: (c) => postNominalAfter(c.run.unit, c.run),
    example: {
      text: 'Visit\n\nThe delegation includes Zorvath Quimbly MP (Harbour Party) and others.',
      yields: 'Zorvath Quimbly',
    },
    why: 'Letters after a name (MP, MEP, QC, OBE) are held only by people: parliaments list their members so.',
  },
  {
    id: 'person.sign-off',
    kind: 'person',
    effect: 'keep',
    matches: (c) => signOff(c.run),
    example: {
      text: 'Visit\n\nThe minister met the envoy.\n\nSigned\nZorvath Quimbly\nSpokesperson',
      yields: 'Zorvath Quimbly',
    },
    why: 'A by-line ("By X", "Reported by X") or a signature block ("Signed / X / Spokesperson", a line of its own above a role) names the writer.',
  },
  {
    id: 'person.credit-label',
    kind: 'person',
    effect: 'keep',
    matches: (c) => creditLabel(c.run.unit, c.run) !== null,
    example: {
      text: 'Visit\n\nThe minister toured the port.\n\nWords: Zorvath Quimbly | Editor: Xelt Brannoch',
      yields: 'Xelt Brannoch',
    },
    why: 'Credit lines and programmes label people with a colon ("Editor: X", "Photo: X", "Moderator: X"); the name alone in its segment of the line, after a by-line, credit or role word, is a person.',
  },
  {
    id: 'person.bracket-role',
    kind: 'person',
    effect: 'keep',
    matches: (c) => bracketRole(c.run.unit, c.run),
    example: {
      text: 'Visit\n\nThe study was written by its team, Zorvath Quimbly (chief editor).',
      yields: 'Zorvath Quimbly',
    },
    why: 'Lists and captions give a person\'s post in brackets after the name ("X (Director, Y Authority)", "X (analyst)"); a role word opening the brackets says the name is a person\'s.',
  },
  {
    id: 'person.table-cell',
    kind: 'person',
    effect: 'keep',
    matches: (c) => tablePost(c.run.unit, c.run) !== null,
    example: {
      text: 'Visit\n\nName | Post | Country\nZorvath Quimbly | Director of Fisheries | Peru',
      yields: 'Zorvath Quimbly',
    },
    why: 'Tables of participants give a name its own cell and the post the next one: a name alone in a cell beside a cell that opens with a role word is a person, the cell its title.',
  },
  {
    id: 'person.signatory-for-party',
    kind: 'person',
    effect: 'keep',
    matches: (c) => signatoryForParty(c.run.unit, c.run),
    example: {
      text: 'Joint statement\n\nThe parties agreed to meet again.\n\nFor the Kingdom of Sweden\nZorvath Quimbly\nMinister of Trade',
      yields: 'Zorvath Quimbly',
    },
    why: 'A joint statement or an agreement ends with a signature block per party: "For <party>" on a line, the signatory\'s name on the next, the post below it.',
  },
  {
    id: 'person.list-item-with-country',
    kind: 'person',
    effect: 'keep',
    matches: (c) => listItemWithCountry(c.run.unit, c.run),
    example: {
      text: 'Visit\n\nThey were joined by Deputy Ministers Zorvath Quimbly (Peru), Xelt Brannoch (Chile) and Orin Vask (Ecuador).',
      yields: 'Xelt Brannoch',
    },
    why: 'Lists of delegates and members write "Name (Country)" or "Name (Party)" items one after another; an item after another such item is a person.',
  },
  {
    id: 'person.given-name',
    kind: 'person',
    effect: 'keep',
    matches: (c) => {
      const words = c.run.words.filter((w) => !NAME_PARTICLES.has(w));
      if (words.length < 2 || words.length > 5) return false;
      const [first = '', ...rest] = words;
      return isGivenName(first) && rest.some((w) => isSurname(w) || w.split('-').some(isSurname));
    },
    example: {
      text: 'Visit\n\nThe prize went to Kari Nyberg this year.',
      yields: 'Kari Nyberg',
    },
    why: "A known given name first and a known surname after it (@faker-js/faker's names of every locale): a person even without a title.",
  },
  {
    id: 'person.name-tradition',
    kind: 'person',
    effect: 'keep',
    matches: (c) => traditionsOfName(c.run.words).length > 0,
    example: {
      text: 'Visit\n\nThe scholarship went to Nguyễn Hoàng Minh Châu this year.',
      yields: 'Nguyễn Hoàng Minh Châu',
    },
    why: 'A name written the way a tradition writes names, surname first (pinyin, Korean, Vietnamese, Japanese).',
  },
  {
    id: 'person.known-name',
    kind: 'person',
    effect: 'keep',
    matches: (c) => c.knownNames.has(c.run.name),
    example: {
      text: 'Visit\n\nThe hall is named for Sukarno Hatta now.',
      yields: 'Sukarno Hatta',
      knownPeople: ['Sukarno Hatta'],
    },
    why: "Names listed in the overrides' knownPeople are people without further evidence.",
  },
];

/** A mention among the others of its announcement: the input of the resolution rules. */
export interface Resolution {
  mention: Mention;
  /** The mentions of two or more name words, in reading order. */
  fullNames: readonly Mention[];
  isPerson: (m: Mention) => boolean;
  /** How many people found so far hold all the mention's words ("Wang" → "Wang Zhigang"). */
  containedIn: number;
}

/** The index after a name's bracket ("X (Peru) and Y": the "and"), or the name's end without one. */
const afterBracket = (m: Mention) => {
  const { at } = m.unit;
  if (at.gap(m.to) !== ' (') return m.to;
  for (let k = m.to + 1; k < m.to + 5; k++) if (at.gap(k).startsWith(') ')) return k;
  return m.to;
};

const adjacentByAnd = (m: Mention, o: Mention) =>
  o.unit === m.unit &&
  ((m.unit.at.text(afterBracket(m)) === 'and' && o.from === afterBracket(m) + 1) ||
    (m.unit.at.text(o.from - 1) === 'and' && o.from - 1 === afterBracket(m)) ||
    (o.unit.at.text(afterBracket(o)) === 'and' && m.from === afterBracket(o) + 1));

/** Decisions taken over all mentions of an announcement, after the evidence rules, in this order. */
export const PERSON_RESOLUTION_RULES = {
  coordinated: {
    id: 'person.coordinated',
    kind: 'person',
    effect: 'keep',
    matches: (r) => r.fullNames.some((o) => r.isPerson(o) && adjacentByAnd(r.mention, o)),
    example: {
      text: 'Visit\n\nBoth Zorvath Quimbly and Xelt Brannoch were there. Zorvath Quimbly said the plan is ready.',
      yields: 'Xelt Brannoch',
    },
    why: 'A full name joined by "and" to a person found by evidence is a person too.',
  },
  listItem: {
    id: 'person.list-item',
    kind: 'person',
    effect: 'keep',
    matches: (r) => listSibling(r.mention, r.fullNames, r.isPerson),
    example: {
      text: 'Awards\n\nWinners: Dr. Zorvath Quimbly, for poetry; Ms. Xelt Brannoch, for fiction; Orin Vask, for drama.',
      yields: 'Orin Vask',
    },
    why: 'The items of a list (split by semicolons, bars, bullets or dashes) share one shape: when most items open with a person found by evidence, an item of the same shape opens with a person too.',
  },
  commaChain: {
    id: 'person.comma-chain',
    kind: 'person',
    effect: 'keep',
    matches: (r) => commaChainSibling(r.mention, r.fullNames, r.isPerson),
    example: {
      text: 'Visit\n\nThe jury heard Dr. Zorvath Quimbly, Orin Vask, Ms. Xelt Brannoch and Prof. Ilsa Varrow.',
      yields: 'Orin Vask',
    },
    why: 'Names joined only by commas and "and", three or more, two of them people found by evidence: the others are people too.',
  },
  mononym: {
    id: 'person.mononym',
    kind: 'person',
    effect: 'keep',
    matches: (r) => r.containedIn === 0 && r.mention.mononym,
    example: {
      text: 'Visit\n\nHandoko, Head of the National Research and Innovation Agency, said the study is done.',
      yields: 'Handoko',
    },
    why: 'A one-word name is taken only with a full title ("Head of ...") or a lower-case apposition then a verb.',
  },
  noEvidence: {
    id: 'person.no-evidence',
    kind: 'person',
    effect: 'drop',
    matches: (r) => r.containedIn !== 1 && !r.isPerson(r.mention) && r.fullNames.includes(r.mention),
    example: { text: 'Visit\n\nThe Closing Remarks were brief.', yields: 'Closing Remarks' },
    why: 'A run of two or more name words with no evidence of a person around it, and not part of one found, is dropped.',
  },
} satisfies Record<string, Rule<Resolution>>;

/**
 * Evidence enough in the headline, whose title case hides where names end: a title or a courtesy form
 * right before the name ("Press Conference by Press Secretary X Y"), and the body naming the person too.
 */
const HEADLINE_EVIDENCE = new Set(['person.title-before', 'person.courtesy-before']);

/**
 * Whether a run of the headline is a person the body names. With a given name the name lists know, its
 * other words are written in the body ("Saaremets"; a title-case verb after the name, "X Y Meets", is
 * not). Without one, the body calls one end of the name by a title ("Prime Minister Kameda", "PRIME
 * MINISTER KAMEDA:") and writes all its words but one.
 */
function namedInBody(units: readonly TextUnit[], run: { name: string }): boolean {
  const words = run.name.split(/\s+/);
  if (words.length < 2) return false;
  const body = units.filter((u) => u.index >= 0);
  const inBody = (w: string) => {
    const upper = w.toUpperCase();
    return body.some((u) => u.tokens.some((t) => t.text === w || t.text === upper));
  };
  const given = words.findIndex(isGivenName);
  if (given >= 0) return words.every((w, i) => i === given || inBody(w));
  const titled = (w: string | undefined) =>
    body.some((u) =>
      u.tokens.some((t, k) => {
        const prev = u.tokens[k - 1]?.text ?? '';
        return (
          (t.text === w || t.text === w?.toUpperCase()) &&
          ROLE_WORDS.has(prev.charAt(0) + prev.slice(1).toLowerCase())
        );
      }),
    );
  // (the word the body does not write is a name's, never one it writes in lower case: "Receives")
  const absent = words.filter((w) => !inBody(w));
  return (
    absent.length <= 1 &&
    absent.every((w) => !body.some((u) => u.tokens.some((t) => t.text === w.toLowerCase()))) &&
    (titled(words[0]) || titled(words.at(-1)))
  );
}

/** A run of the headline, the body's units and the evidence the rules found for the run. */
export interface HeadlineCandidate {
  units: readonly TextUnit[];
  run: Run;
  evidence: string | null;
}

export const PERSON_HEADLINE_RULE: Rule<HeadlineCandidate> = {
  id: 'person.headline',
  kind: 'person',
  effect: 'keep',
  matches: ({ units, run, evidence }) =>
    (evidence !== null && HEADLINE_EVIDENCE.has(evidence) && namedInBody(units, run)) ||
    // "Statement by the Minister for Foreign Affairs and Trade, Seán Ó Catháin TD, at ...": commas bound the name.
    evidence === 'person.title-before-comma',
  example: {
    text: 'Briefing by Press Secretary Ilsa Varrow\n\nPress Secretary Varrow: Good morning. The minister travels on Monday.',
    yields: 'Ilsa Varrow',
  },
  why: 'A transcript or readout may name a speaker in full only in its headline ("Press Conference by Press Secretary X Y") and call them by the surname below; title case hides where names end, so only a title before the name and the body writing the name count, or a name a title\'s comma and another comma bound ("Statement by the Minister for X, Name, at ...").',
};

/** A person a table gave (person.table-cell): the country its row names in a cell of its own. */
export const PERSON_TABLE_COUNTRY_RULE: Rule<Run, string | null> = {
  id: 'country.table-row',
  kind: 'person-country',
  effect: 'keep',
  matches: (run) => tableRowCountry(run.unit, run),
  example: {
    text: 'Visit\n\nCountry | Head of delegation | Post\nGhana | Zorvath Quimbly | Minister of Fisheries\nKenya | Xelt Brannoch | Adviser',
    yields: 'Xelt Brannoch: KE',
  },
  why: "A table of delegations gives each row's country a cell of its own, before the name or after the post; the reader joins the rows into one paragraph, so a row's country may follow the last row's last cell.",
};
