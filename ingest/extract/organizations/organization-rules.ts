import {
  PROMOTION_PREFIXES,
  PROMOTION_WORDS,
  EVENT_HEADS,
  HEAD_FIRST,
  HEAD_FIRST_ORG_HEADS,
  TRADE_WORDS,
  MECHANISM_HEADS,
  MECHANISM_MARKS,
  GENERIC_UNIT_HEADS,
  GENERIC_UNIT_WORDS,
  ORG_HEADS,
  PARENT_BODY_HEADS,
  SESSION_BODIES,
  STATE_OFFICE_HEADS,
  STATE_OFFICE_QUALIFIERS,
} from '../lexicon/heads';
import { BODY_ROLE_MODIFIERS, MILITARY_SERVICES, ROLE_WORDS, ROYAL_TITLES } from '../lexicon/roles';
import { MONTHS, isEditionNumber, isOrdinal } from '../lexicon/calendar';
import { chunkEnd, extendLeft, headFirstNameEnd, isBackerAt, type PhraseContext } from '../phrases';
import { INTERNATIONAL } from '../lexicon/international';
import { DIRECTIONS } from '../lexicon/places';
import { QUESTION_LABELS } from '../lexicon/person-context';
import { isRoleish } from '../people/titles';
import { countriesIn } from '../tagging/countries';
import { capitalCountry } from '../tagging/world-places';
import type { Rule } from '../rules/rule';

/** Where a body's name, as extended so far, ends: the rules that extend it further read it. */
export interface OrganizationSpan {
  ctx: PhraseContext;
  from: number;
  to: number;
}

const MISSION =
  /\b(?:Embassy|Consulate|Consulate-General|High Commission|Permanent Mission|Mission|Promotion (?:Centre|Center|Office))$/;

/**
 * "Embassy of Ghana | in Seoul", "Embassy of the Philippines | to the Holy See": a diplomatic mission's
 * name holds its seat. Returns the end of the seat, or `to`.
 */
function missionSeatEnd({ ctx, from, to }: OrganizationSpan): number {
  const { at, claimedBy } = ctx.unit;
  const words = at.words(from, to);
  const headAt = words.findIndex((_, i) => MISSION.test(words.slice(0, i + 1).join(' ')));
  // The mission's head, then only "of <country>": "Embassy of the Republic of Kenya | in ...".
  if (headAt < 0 || !words.slice(headAt + 1).every((w, i) => (i === 0 ? w === 'of' : true))) return to;
  if (!at.in(to, SEAT_CONNECTORS) || !at.spaced(to)) return to;
  let k = to + 1;
  if (at.text(k) === 'the' && at.spaced(k)) k++;
  if (!at.spaced(k)) return to;
  let end = chunkEnd(ctx, k);
  // "... in the Republic | of Kenya"
  while (at.text(end) === 'of' && at.spaced(end) && at.spaced(end + 1) && claimedBy[end + 1] === 'country')
    end = chunkEnd(ctx, end + 1);
  let seat = false;
  for (let i = k; i < end; i++)
    if (claimedBy[i] === 'country' || claimedBy[i] === 'place' || capitalCountry(at.text(i))) seat = true;
  return seat && end - k <= 5 ? end : to;
}

const SEAT_CONNECTORS = new Set(['in', 'to']);

/** "... Bank (Eximbank)", "... Development Agency (AUDA-NEPAD)": one word in parentheses right after the name. */
function shortNameEnd({ ctx, to }: OrganizationSpan): number {
  const { at, claimedBy } = ctx.unit;
  const word = at.text(to);
  if (at.gap(to) !== ' (' || !(at.gap(to + 1).startsWith(')') || !at.exists(to + 1))) return to;
  if (!/^\p{Lu}[\p{L}\d&]*(?:-[\p{L}\d&]+)*$/u.test(word) || word.length < 2) return to;
  // "(Chair)", "(Peru)", "(May)": a role, a place or a date in parentheses is no short name.
  if (isRoleish(word) || claimedBy[to] || MONTHS.has(word.toLowerCase())) return to;
  return to + 1;
}

/** A word that opens another body's or an event's name: the name before it ends there. */
export function startsNewBody(ctx: PhraseContext, i: number): boolean {
  const word = ctx.unit.tokens[i]?.text ?? '';
  return (
    (HEAD_FIRST.has(word) && ctx.unit.tokens[i + 1]?.text === 'of') ||
    EVENT_HEADS.has(word) ||
    HEAD_FIRST_ORG_HEADS.has(word)
  );
}

/**
 * "Universitas | Gadjah Mada", "Instituto | Nacional de Salud": after a head-first head, its name's
 * capitalised words and the Romance connectors between them. Returns the end, or `to`.
 */
function headFirstEnd({ ctx, from, to }: OrganizationSpan): number {
  if (!ctx.unit.at.in(from, HEAD_FIRST_ORG_HEADS) || to !== from + 1) return to;
  return headFirstNameEnd(ctx, to, (i) => startsNewBody(ctx, i));
}

/**
 * "Sultan Qaboos | University", "Hamad | Bin Khalifa University": a body named after a person, with the
 * royal title before the name, or a word that a person of the text also bears. Such a word is the person
 * instead when a capitalised word (a courtesy form, a given name) stands before it. Returns the new start.
 */
function namedAfterPersonStart({ ctx, from }: OrganizationSpan): number {
  const { at, text, tokens } = ctx.unit;
  let start = from;
  const possessive = (i: number) => /^['’]/.test(text.slice(tokens[i]?.end, (tokens[i]?.end ?? 0) + 1));
  while (
    at.spaced(start) &&
    ctx.personWords.has(at.text(start - 1)) &&
    !possessive(start - 1) &&
    !/^\p{Lu}/u.test(at.text(start - 2))
  )
    start--;
  if (at.in(start - 1, ROYAL_TITLES) && at.spaced(start) && !possessive(start - 1)) start--;
  return start;
}

/** "the Permanent | Mission of X", "the Executive | Council of Y": a role word that names the body's kind. */
function roleModifierStart({ ctx, from, to }: OrganizationSpan): number {
  const { at } = ctx.unit;
  return from === to - 1 && at.spaced(from) && at.in(from - 1, BODY_ROLE_MODIFIERS)
    ? extendLeft(ctx, from - 1)
    : from;
}

/** Rules that extend a body's name to the left, past where name words stop; each returns the new start. */
export const ORGANIZATION_LEFT_EXTENSIONS: ReadonlyArray<Rule<OrganizationSpan, number>> = [
  {
    id: 'org.role-modifier',
    kind: 'organization',
    effect: 'keep',
    matches: roleModifierStart,
    example: {
      text: 'Visit\n\nThe Permanent Mission of Chile to the United Nations hosted the talk.',
      yields: 'Permanent Mission of Chile',
    },
    why: '"Permanent" and "Executive" are roles before a person\'s title but a kind of body right before its head ("Permanent Mission", "Executive Council").',
  },
  {
    id: 'org.named-after-person',
    kind: 'organization',
    effect: 'keep',
    matches: namedAfterPersonStart,
    example: {
      text: 'Visit\n\nThe students of Sultan Idris University presented their rover.',
      yields: 'Sultan Idris University',
    },
    why: 'Universities, hospitals and foundations are named after a ruler or a founder ("Sultan Idris University"); the title and the person\'s name belong to the body\'s name.',
  },
];

export const ORGANIZATION_EXTENSIONS: ReadonlyArray<Rule<OrganizationSpan, number>> = [
  {
    id: 'org.head-first',
    kind: 'organization',
    effect: 'keep',
    matches: headFirstEnd,
    example: {
      text: 'Visit\n\nThe samples went to the Instituto Nacional de Pesca and to a private lab.',
      yields: 'Instituto Nacional de Pesca',
    },
    why: 'In languages that put the head first, the name follows it ("Universitas Gadjah Mada", "Dirección General de Aguas"), with de, del, da ... between its words.',
  },
  {
    id: 'org.mission-seat',
    kind: 'organization',
    effect: 'keep',
    matches: missionSeatEnd,
    example: {
      text: 'Visit\n\nThe Embassy of Ghana in Seoul opened a cultural week.',
      yields: 'Embassy of Ghana in Seoul',
    },
    why: 'An embassy, consulate or high commission is named with its seat: "Embassy of X in Y" is one of many embassies of X.',
  },
  {
    id: 'org.short-name',
    kind: 'organization',
    effect: 'keep',
    matches: shortNameEnd,
    example: {
      text: 'Visit\n\nThe credit line of the Hungarian Export-Import Bank (Eximbank) was signed.',
      yields: 'Hungarian Export-Import Bank (Eximbank)',
    },
    why: 'A short name in parentheses after a body ("(Eximbank)", "(AfDB)", "(E-JUST)") is part of how the release names it.',
  },
];

/**
 * "the United Nations", "UNICEF": an international body the lexicon knows, standing alone (not before or
 * after another capitalised word of a longer name). Returns its end, or `h`.
 */
export function internationalBodyEnd(ctx: PhraseContext, h: number): number {
  const { at, claimedBy } = ctx.unit;
  const word = at.text(h);
  // (asked of every word: only a capital letter of the Latin alphabet opens these names)
  const first = word.charCodeAt(0);
  if (first < 65 || first > 90) return h;
  const end = word === 'United' && at.text(h + 1) === 'Nations' && at.spaced(h + 1) ? h + 2 : h + 1;
  if (end === h + 1 && !/^\p{Lu}{3,}$/u.test(word)) return h;
  // "... Programme (WFP)": an acronym in brackets is the short name of the words before it.
  if (at.gap(h).endsWith('(')) return h;
  if (claimedBy[h] || (at.spaced(end) && at.capitalised(end)) || (at.spaced(h) && at.capitalised(h - 1)))
    return h;
  const name = at.words(h, end).join(' ');
  const match = INTERNATIONAL.exec(name);
  return match?.[0] === name ? end : h;
}

/**
 * "Invest Lithuania", "Business Sweden", "Kazakh Invest", "CzechInvest", "ProColombia": a country's
 * promotion agency, named by the country (or its people) and a word of promotion, alone in its phrase.
 * Returns the end, or `h`.
 */
export function promotionAgencyEnd(ctx: PhraseContext, h: number): number {
  const { at, claimedBy } = ctx.unit;
  const word = at.text(h);
  // (asked of every word: most are ruled out before any pattern is tried)
  const country = claimedBy[h] === 'country';
  if (
    !country &&
    !PROMOTION_WORDS.has(word) &&
    !word.startsWith('Pro') &&
    !word.startsWith('PRO') &&
    !word.endsWith('Invest')
  )
    return h;
  // A word of its own: "ProChile", "CzechInvest" (the country's part is read apart).
  const glued = /^(Pro|PRO)(\p{Lu}\p{L}+)$/u.exec(word) ?? /^(\p{Lu}\p{Ll}+)(Invest)$/u.exec(word);
  if (glued) {
    const name = glued[1] === 'Invest' || PROMOTION_PREFIXES.has(glued[1] ?? '') ? glued[2] : glued[1];
    return countriesIn(name ?? '').length > 0 ? h + 1 : h;
  }
  const next = h + 1;
  if (!at.spaced(next) || (at.spaced(next + 1) && at.capitalised(next + 1))) return h;
  if (at.spaced(h) && at.capitalised(h - 1)) return h;
  const pair =
    (at.in(h, PROMOTION_WORDS) && claimedBy[next] === 'country') || (country && at.text(next) === 'Invest');
  return pair ? next + 1 : h;
}

export interface OrganizationHead {
  ctx: PhraseContext;
  h: number;
  /** Where the name starts, once extended to the left. */
  from: number;
}

type OrganizationRule = Rule<OrganizationHead>;

export const ORGANIZATION_RULES = {
  headWord: {
    id: 'org.head-word',
    kind: 'organization',
    effect: 'keep',
    // "Party Group Secretary": a head right before a role is part of a title.
    // "the Coast Guard Agency": a head right before another is that body's word; the last head names it.
    matches: ({ ctx, h }) =>
      ctx.unit.at.in(h, ORG_HEADS) &&
      ctx.unit.claimedBy[h] !== 'bloc' &&
      !(ctx.unit.at.spaced(h + 1) && ctx.unit.at.in(h + 1, ROLE_WORDS)) &&
      !(
        ctx.unit.at.spaced(h + 1) &&
        ctx.unit.at.in(h + 1, ORG_HEADS) &&
        !ctx.unit.at.in(h + 1, HEAD_FIRST_ORG_HEADS)
      ),
    example: {
      text: 'Visit\n\nThe Ministry of Science and Technology (MOST) hosted the talks.',
      yields: 'Ministry of Science and Technology (MOST)',
    },
    why: 'A head word (Ministry, University, Institute ...) with the capitalised words, connectors and acronym around it.',
  },
  backer: {
    id: 'org.backer',
    kind: 'organization',
    effect: 'keep',
    matches: ({ ctx, h }) => {
      const { at } = ctx.unit;
      if (!at.in(h, EVENT_HEADS) || (at.spaced(h + 1) && at.capitalised(h + 1))) return false;
      const from = extendLeft(ctx, h);
      return isBackerAt(ctx, from) && !at.words(from, h + 1).some((w) => isEditionNumber(w));
    },
    example: {
      text: 'Visit\n\nThe event was organised with the support of the Namibia Trade Forum.',
      yields: 'Namibia Trade Forum',
    },
    why: "A forum or a council that supports, organises or sponsors a gathering is a body (`event.backer` drops it as an event), though its head is a gathering's.",
  },
  tradeName: {
    id: 'org.trade-name',
    kind: 'organization',
    effect: 'keep',
    // "Hanbit Electronics", "Moana Wines": a company named by its trade, at the end of the name.
    matches: ({ ctx, h }) =>
      ctx.unit.at.in(h, TRADE_WORDS) &&
      // "China Electronics Technology Group", "the Seed Systems Conference": the name goes on.
      !(ctx.unit.at.spaced(h + 1) && /^(?:of|and|&|\p{Lu}.*)$/u.test(ctx.unit.at.text(h + 1))),
    example: {
      text: 'Visit\n\nThe delegation toured a yard where Lindqvist Shipbuilding builds ferries.',
      yields: 'Lindqvist Shipbuilding',
    },
    why: 'A company is often named by its founder or brand and its trade ("X Electronics", "Y Logistics") with no head word; a trade word in a complement ("Faculty of Civil Engineering") is not one.',
  },
  armedService: {
    id: 'org.armed-service',
    kind: 'organization',
    effect: 'keep',
    // "the Hellenic Navy", "the Sri Lanka Navy": a country's name or adjective before the service.
    matches: ({ ctx, h }) => {
      const { at, claimedBy } = ctx.unit;
      if (!at.in(h, MILITARY_SERVICES) || !at.spaced(h) || (at.spaced(h + 1) && at.capitalised(h + 1)))
        return false;
      const from = extendLeft(ctx, h);
      for (let i = from; i < h; i++) if (claimedBy[i] === 'country') return true;
      return false;
    },
    example: {
      text: 'Visit\n\nTwo frigates of the Portuguese Navy joined the drill.',
      yields: 'Portuguese Navy',
    },
    why: 'An armed service is named by its country and Navy, Army, Marines or Corps ("the Sri Lanka Navy", "the US Army"); without a country the word is a title\'s ("Secretary of the Army").',
  },
  internationalBody: {
    id: 'org.international-body',
    kind: 'organization',
    effect: 'keep',
    matches: ({ ctx, h }) => internationalBodyEnd(ctx, h) > h,
    example: {
      text: 'Visit\n\nBoth ministers pledged to work together at the United Nations and with UNICEF.',
      yields: 'United Nations',
    },
    why: 'The United Nations and its agencies are named without a head word ("UNICEF", "FAO"); inside a longer name ("United Nations Office ...") the head word names the body.',
  },
  promotionAgency: {
    id: 'org.promotion-agency',
    kind: 'organization',
    effect: 'keep',
    matches: ({ ctx, h }) => promotionAgencyEnd(ctx, h) > h,
    example: {
      text: 'Visit\n\nThe seminar was organised with Invest Estonia and ProBolivia.',
      yields: 'Invest Estonia',
    },
    why: 'National trade and investment promotion agencies are named by their country and "Invest", "Business", "Enterprise" or "Pro", with no head word.',
  },
  numberedSession: {
    id: 'org.numbered-session',
    kind: 'organization',
    effect: 'drop',
    matches: ({ ctx, h, from }) => isOrdinal(ctx.unit.at.text(from)) && ctx.unit.at.in(h, SESSION_BODIES),
    example: {
      text: 'Visit\n\nThe 14th China-ROK Joint Committee on Energy met in Seoul.',
      yields: '14th China-ROK Joint Committee on Energy',
    },
    why: 'A numbered Committee or Commission is one of its sessions, an event; "Second Institute of Oceanography" stays a body.',
  },
  lowerCompound: {
    id: 'org.lower-compound',
    kind: 'organization',
    effect: 'keep',
    matches: ({ ctx, h }) => !!ctx.unit.claimedBy[h] && ctx.unit.at.text(h).includes('-'),
    example: {
      text: 'Visit\n\nThey toured the China-Cambodia technology transfer center in Phnom Penh.',
      yields: 'China-Cambodia technology transfer center',
    },
    why: 'A compound of countries before a lower-case body ("joint laboratory", "transfer center") names that body.',
  },
} satisfies Record<string, OrganizationRule>;

/**
 * "the Kenya–Ethiopia Joint Ministerial Commission", "the Hungarian-Azerbaijani Joint Economic Commission":
 * two countries joined by a dash, a word saying both run it (Joint, Binational, Intergovernmental ...) and
 * a committee's head. Such a mechanism meets in sessions (events); it is no body of its own.
 */
function bilateralMechanism({ ctx, from, to }: OrganizationSpan): boolean {
  const { at, text } = ctx.unit;
  const words = at.words(from, to);
  const head = words.findIndex(
    (w, i) => MECHANISM_HEADS.has(w) && (w !== 'Group' || words[i - 1] === 'Working'),
  );
  // A working group of two countries is theirs by its name alone; a commission says "Joint", "Binational" ...
  const mark = words[head] === 'Group' ? head - 1 : words.findIndex((w) => MECHANISM_MARKS.has(w));
  if (head < 0 || mark <= 0 || mark > head) return false;
  // "Burkina Faso-Côte d'Ivoire", "Viet Nam–Korea": each side of the first dash names a country.
  const parties = /^(.+?)\s?[-‐‑–]\s?(.+)$/su.exec(text.slice(at.at(from)?.start, at.at(from + mark)?.start));
  return !!parties && countriesIn(parties[1] ?? '').length > 0 && countriesIn(parties[2] ?? '').length > 0;
}

/**
 * "the Icelandic Presidency", "the Pro Tempore Presidency of Chile", "the Government of Malawi", "the
 * Japanese Government": a country's turn in a chair, or the state itself (a country, not a body). Only
 * countries, "the", "of" and qualifiers around the head; a province's or a city's government stays a body.
 */
function stateOffice({ ctx, from, to }: OrganizationSpan): boolean {
  const { at, claimedBy } = ctx.unit;
  let head = -1;
  for (let i = from; i < to; i++) if (at.in(i, STATE_OFFICE_HEADS)) head = head < 0 ? i : head;
  if (head < 0) return false;
  for (let i = from; i < to; i++) {
    if (i === head || claimedBy[i] === 'country' || at.in(i, STATE_OFFICE_QUALIFIERS)) continue;
    const word = at.text(i);
    // "Government of the Republic": the state's form without its name is still the state.
    if (i > head && (word === 'of' || word === 'the' || word === 'Republic' || word === 'Kingdom')) continue;
    return false;
  }
  return true;
}

/**
 * "the Department of X | of the | Ministry of Y": where a body's name names the body it is part of, a
 * ministry or a chamber. Returns the index of that "of", or -1.
 */
function parentBodyAt({ ctx, from, to }: OrganizationSpan): number {
  const { at } = ctx.unit;
  for (let k = from + 2; k < to - 2; k++) {
    if (at.text(k) !== 'of' || at.text(k + 1) !== 'the' || !at.spaced(k) || !at.spaced(k + 2)) continue;
    // The part has a head of its own before the "of": "Committee on Trade | of the National Assembly".
    if (!at.words(from, k).some((w) => ORG_HEADS.has(w))) continue;
    const parent = chunkEnd(ctx, k + 2);
    for (let i = k + 2; i < parent && i < k + 5; i++) if (at.in(i, PARENT_BODY_HEADS)) return k;
  }
  return -1;
}

export const ORGANIZATION_PART_OF: Rule<OrganizationSpan, number> = {
  id: 'org.part-of-body',
  kind: 'organization',
  effect: 'keep',
  matches: parentBodyAt,
  example: {
    text: 'Visit\n\nThe Department of Andean Affairs of the Ministry of Foreign Relations drafted the note.',
    yields: 'Department of Andean Affairs',
  },
  why: 'A department, office or committee named with the ministry or chamber it belongs to is two bodies: the part and the whole, each followed on its own page ("the Ministry" alone is no name).',
};

/** Names a head gave that are no organisation, tried once the name is extended. */
/** "the Northern Division": a country's region named by its direction and "Division" (Fiji's, Bangladesh's). */
function regionDivision({ ctx, from, to }: OrganizationSpan): boolean {
  const words = ctx.unit.at.words(from, to);
  return words.at(-1) === 'Division' && words.slice(0, -1).every((w) => DIRECTIONS.has(w));
}

/** "the Press Office", "Media and Information Centre": only a unit's function words and its head. */
function genericUnit({ ctx, from, to }: OrganizationSpan): boolean {
  const words = ctx.unit.at.words(from, to);
  const last = words.length - 1;
  return (
    last >= 1 &&
    GENERIC_UNIT_HEADS.has(words[last] ?? '') &&
    words.slice(0, last).every((w) => GENERIC_UNIT_WORDS.has(w) || w === 'and' || w === '&')
  );
}

export const ORGANIZATION_DROPS: ReadonlyArray<Rule<OrganizationSpan>> = [
  {
    id: 'org.region-division',
    kind: 'organization',
    effect: 'drop',
    matches: regionDivision,
    example: {
      text: 'Visit\n\nThe team trained teachers in the Western Division and in Suva.',
      yields: 'Western Division',
    },
    why: 'Some countries call their regions divisions; a direction and "Division" is such a region, not a body\'s division.',
  },
  {
    id: 'org.generic-unit',
    kind: 'organization',
    effect: 'drop',
    matches: genericUnit,
    example: {
      text: 'Visit\n\nJournalists may write to the Press Office for accreditation.',
      yields: 'Press Office',
    },
    why: "A press office or media centre named by its function alone is some body's unit, and says nothing of which one.",
  },
  {
    id: 'org.bilateral-mechanism',
    kind: 'organization',
    effect: 'drop',
    matches: bilateralMechanism,
    example: {
      text: 'Visit\n\nThe ministers prepared the next sitting of the Chile–Norway Joint Economic Commission.',
      yields: 'Chile–Norway Joint Economic Commission',
    },
    why: 'A joint or binational commission of two countries is how their governments meet (its sessions are events), not an organisation of its own.',
  },
  {
    id: 'org.state-office',
    kind: 'organization',
    effect: 'drop',
    matches: stateOffice,
    example: {
      text: 'Visit\n\nThe grant was signed with the Government of Malawi under the Icelandic Presidency.',
      yields: 'Government of Malawi',
    },
    why: "A country's government or its turn in a bloc's chair is the country, which the countries facet already holds; a province's government is a body.",
  },
];

/** Where an outlet's name sits in a transcript's label: tokens [from, to) of the paragraph. */
export interface OutletSpan {
  from: number;
  to: number;
}

/** Tokens from `k` while each is capitalised, up to `limit` of them: an outlet's name. */
function capitalisedUntil(ctx: PhraseContext, k: number, limit: number): number {
  const { at } = ctx.unit;
  let end = k;
  while (
    end < k + limit &&
    at.capitalised(end) &&
    !ctx.personWords.has(at.text(end)) &&
    (end === k || at.spaced(end))
  )
    end++;
  return end;
}

/**
 * A briefing transcript says who asks: "Q (Name, Outlet[, City]):", "QUESTION (Outlet):", "Name, Outlet: ...",
 * or "Outlet: ...?" opening the paragraph. The outlet is an organisation; a person's words or a place are not.
 */
function transcriptOutlet(ctx: PhraseContext): OutletSpan | null {
  const { at, claimedBy } = ctx.unit;
  const isOutlet = (from: number, to: number) =>
    to > from &&
    // "Czech Radio" is an outlet, "Lagos" after it its city.
    (!claimedBy[from] || to - from > 1) &&
    !isRoleish(at.text(from)) &&
    !at.in(from, QUESTION_LABELS);
  // "NAKAMURA Yui": a surname in capitals is the person's name written "Nakamura".
  const person = (k: number) => {
    const word = at.text(k);
    return ctx.personWords.has(word) || ctx.personWords.has(word.charAt(0) + word.slice(1).toLowerCase());
  };
  if (at.in(0, QUESTION_LABELS) && at.gap(1) === ' (') {
    let k = 1;
    while (person(k) && k < 6) k++;
    if (k > 1 && at.gap(k) !== ', ') return null;
    const end = capitalisedUntil(ctx, k, 4);
    return (at.gap(end).startsWith(')') || at.gap(end) === ', ') && isOutlet(k, end)
      ? { from: k, to: end }
      : null;
  }
  let k = 0;
  while (person(k) && k < 5) k++;
  if (k > 0 && at.gap(k) !== ', ') return null;
  const end = capitalisedUntil(ctx, k, 4);
  if (!at.gap(end).startsWith(': ') || !isOutlet(k, end)) return null;
  // Without the asker's name, only a question says the label is who asks ("Reuters: ... confirm?").
  return k > 0 || ctx.unit.text.trimEnd().endsWith('?') ? { from: k, to: end } : null;
}

export const ORGANIZATION_OUTLET: Rule<PhraseContext, OutletSpan | null> = {
  id: 'org.transcript-outlet',
  kind: 'organization',
  effect: 'keep',
  matches: transcriptOutlet,
  example: {
    text: 'Briefing\n\nQ (Zorvath Quimbly, Harbour Radio): Is there a date for the visit?',
    yields: 'Harbour Radio',
  },
  why: "A briefing transcript labels each question with the journalist's outlet; the outlet is a body even with no head word.",
};
