import { EVENT_HEADS } from '../lexicon/heads';
import { INTERNATIONAL } from '../lexicon/international';
import { FOREIGN_WEEKDAYS } from '../lexicon/calendar';
import { US_STATE_ABBREVIATIONS } from '../lexicon/places';
import { FUNCTION_WORDS } from '../lexicon/non-name-words';
import { GAZETTEER, placeCountry } from '../tagging/places';
import type { TextUnit } from '../tagging/tag-unit';
import { blocsIn, countriesIn, countryName, matchCountries } from '../tagging/countries';
import { capitalCountry, isRegionOf, worldPlace } from '../tagging/world-places';
import type { Rule, Trace } from '../rules/rule';
import { tokenize } from '../tokens';

/**
 * Whose release this is: the country of the publisher, for officials whose titles name no country ("the
 * Minister of Foreign Affairs, X" on Peru's site is Peru's). Tried in order; the first that tells wins.
 * `--publisher <CC>` (or the overrides' `publisher`) overrides them all; the overrides' `homeCountry` is
 * the last resort. A regional body's release (a bloc in its breadcrumb, sender or title) has no home.
 */
export interface PublisherInput {
  title: string;
  breadcrumb: readonly string[];
  publisherName: string | null;
  paragraphs: readonly string[];
  header: ReadonlySet<number>;
}

const onlyCountry = (texts: readonly string[]): string | null => {
  const codes = new Set(texts.flatMap(countriesIn));
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
};

const DATE_START = String.raw`(?:le\s+|a\s+|on\s+)?(?:\d{1,4}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*|(?:${[...FOREIGN_WEEKDAYS].join('|')})\s+\d)`;
/** "Lima, 14 March 2023 –", "ARUSHA, Tanzania, 3rd March 2021:", "Doha – 21 November 2023", "AUSTIN, Texas (May 2, 2024)". */
const DATELINE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’. ]{1,40}?(?:,\s*\p{Lu}[\p{L}'’. ]{1,30}?)*)(?:,|\s[–—-]|\.)\s*\(?${DATE_START}`,
  'u',
);

/** "March 10, 2026 - Ottawa, Ontario - Global Affairs Canada": a dateline that gives the date first, then the place between dashes. */
const DATE_FIRST_DATELINE = new RegExp(
  String.raw`^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.? \d{1,2}, \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}* \d{4})\s+[–—-]\s+(\p{Lu}[\p{L}'’. ]{1,40}?(?:,\s*\p{Lu}[\p{L}'’. ]{1,30}?)*)\s+[–—-]\s`,
  'u',
);

/** The country of a dateline's place: a gazetteer place, a capital, or a large city. */
/** Which countries the item names, asked only when a dateline's place is both a capital and another country's city. */
type NamedCountries = () => ReadonlySet<string>;

const NONE_NAMED: NamedCountries = () => new Set();

function datelinePlaceCountry(part: string, named: NamedCountries): string | null {
  const name = part.trim();
  const titleCase = name.charAt(0) + name.slice(1).toLowerCase();
  const known = GAZETTEER.get(name) ?? GAZETTEER.get(titleCase);
  if (known) return known;
  // A dateline names the capital more often than a larger city of the same name elsewhere, unless the item
  // names that city's country and never the capital's ("Victoria –" on British Columbia's site).
  const capital = capitalCountry(titleCase) ?? capitalCountry(name);
  // "Cebu City", "Davao City": the gazetteer names the city without the word.
  const city = worldPlace(name) ?? worldPlace(name.replace(/\s+City$/i, ''));
  if (capital && !(city && city.country !== capital && named().has(city.country) && !named().has(capital)))
    return capital;
  return city && city.population >= 100_000 ? city.country : null;
}

/** The country of the place a dateline opens with (the last part naming one: "Arusha, Tanzania" → TZ). */
export function datelineCountry(paragraph: string, named: NamedCountries = NONE_NAMED): string | null {
  // Most paragraphs open with a sentence ("On 3 May ...", "The Minister ..."), not a place: skip the regex.
  const first = /^[\p{L}'’.]+/u.exec(paragraph)?.[0] ?? '';
  // ("Accra, Monday": a dateline may give the day's name only)
  const head = paragraph.slice(0, 90);
  if (!first || FUNCTION_WORDS.has(first) || !(/\d/.test(head) || /\p{Lu}\p{Ll}+day\b/u.test(head)))
    return null;
  const dateFirst = DATELINE.test(paragraph) ? null : DATE_FIRST_DATELINE.exec(paragraph);
  const match = dateFirst ?? DATELINE.exec(paragraph);
  if (!match?.[1]) return null;
  // (after the date, "Ottawa, Ontario": the city, whose province may share a name with a town elsewhere)
  const parts = dateFirst ? match[1].split(/,\s*/).slice(0, 1) : match[1].split(/,\s*/);
  // "Santa Fe, N.M.": a US state's abbreviation after the city (the regex may stop at its last dot).
  const last = parts[parts.length - 1]?.trim() ?? '';
  if (parts.length > 1 && (US_STATE_ABBREVIATIONS.has(last) || US_STATE_ABBREVIATIONS.has(`${last}.`)))
    return 'US';
  const cityCountry = (part: string) => datelinePlaceCountry(part, named);
  const opening = parts[0] ?? '';
  for (const part of [...parts].reverse()) {
    const code = countriesIn(part)[0];
    if (!code) continue;
    // "Atlanta, Georgia": a state of the first part's country named like another country.
    const city = part === opening || countriesIn(opening).length > 0 ? null : cityCountry(opening);
    return city && city !== code && isRegionOf(part.trim(), city) ? city : code;
  }
  for (const part of parts.reverse()) {
    const code = cityCountry(part);
    // A city that is no capital, in a country the item never names, is where the event was, not who
    // publishes ("Geneva" for a delegation at an assembly there).
    if (code) return capitalCountry(part.trim()) === code || named().has(code) ? code : null;
  }
  return null;
}

/** "Council of Ministers > Prime Minister": a government's cabinet, no regional body (a bloc's council names its bloc). */
const withoutGovernmentCouncils = (text: string) => text.replace(/\bCouncil of (?:Ministers|State)\b/g, '');

/** "World Wine Tourism Conference 2027": an event of the world in a headline is no international body's. */
const withoutWorldEvents = (text: string) =>
  text.replace(/\bWorld(?: \p{Lu}[\p{L}-]*)*/gu, (phrase) =>
    phrase.split(' ').some((w) => EVENT_HEADS.has(w)) ? '' : phrase,
  );

/** A bloc's, a secretariat's or an international body's name. */
function isBlocName(text: string): boolean {
  const t = withoutGovernmentCouncils(text);
  return (
    blocsIn(t).length > 0 ||
    (INTERNATIONAL.test(withoutWorldEvents(t)) && countriesIn(t).length === 0) ||
    /\b(?:Secretariat|Community|Union|Council|Alliance|Integration System)\b/.test(t)
  );
}

/** A headline's verb with an object after it: a bloc after it is whom the publisher met, not who publishes. */
const HEADLINE_VERB =
  /\b(?:[Mm]eets?|[Rr]eceives?|[Ww]elcomes?|[Hh]osts?|[Vv]isits?|[Aa]ddresses|[Aa]ttends?|[Cc]alls on|[Hh]olds talks with)\b/;

const blocCache = new WeakMap<PublisherInput, boolean>();
/** A bloc or a secretariat in the breadcrumb, the sender or the title: a regional body's release. */
const hasBloc = (input: PublisherInput): boolean => {
  let known = blocCache.get(input);
  if (known === undefined) {
    const isBloc = isBlocName;
    // "Ghana hosts the ECOWAS Council", "... ahead of the Hungarian Presidency of the Council of the EU": a
    // headline naming a country beside the bloc is a country's release about it.
    // So does a header line written as a headline ("Peru hosts Andean talks ..."), unlike a sender's name.
    // (a bloc as the headline's subject, "EAC Health Ministers Adopt ...", not its object: "State Minister
    // Meets AU Commissioner" is a country's release)
    const headline = (t: string) => isBloc(t.split(HEADLINE_VERB)[0] ?? t) && countriesIn(t).length === 0;
    known =
      [...input.breadcrumb, input.publisherName ?? ''].some(isBloc) ||
      headerOf(input).some((t) => (isSentence(t) ? headline(t) : isBloc(t))) ||
      headline(input.title);
    blocCache.set(input, known);
  }
  return known;
};

/** A header line in capitals ("MINISTRY OF TRADE – PERU") as the gazetteers read names; acronyms kept. */
const readable = (line: string) =>
  /\p{Ll}/u.test(line) ? line : line.replace(/\p{Lu}{4,}/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());

/** A province's, a state's or a city's government as a site names itself: the place's name. */
const LOCAL_GOVERNMENT =
  /^(?:(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}) (?:County|State|Provincial|Regional|City|Municipal) Government|(?:Government|Premier|Governor|Chief Minister) of (?:the )?(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}))$/u;

/**
 * A first line that is only a publisher's name: parts between dashes, bars or commas, each a government's
 * body opening with its word ("Ministry of ...", "Government of India") or a country's name alone, one
 * country in all.
 */
function mastheadTitleCountry(title: string): string | null {
  const line = readable(title);
  if (line.length > 140 || isSentence(line)) return null;
  const parts = line.split(/\s+[|–—-]\s+|,\s+/);
  const body = (part: string) => OPENS_WITH_BODY.test(part);
  const country = (part: string) =>
    countriesIn(part).length > 0 && !/(?:^|\s)\p{Ll}/u.test(part.replace(/\b(?:of|the|and)\b/g, ''));
  if (!parts.some(body) || !parts.every((p) => body(p) || country(p))) return null;
  return onlyCountry([line]);
}

/** A government's own body, as a publisher names itself. */
const GOVERNMENT_BODY =
  /\b(?:Ministry|Department|Government|Presidency|Parliament|Office of the (?:President|Prime Minister))\b/;
const OPENS_WITH_BODY = new RegExp(String.raw`^(?:[Tt]he )?(?:Federal |Royal )?${GOVERNMENT_BODY.source}`);

/** The first paragraphs of the text, after the header lines. */
const leadOf = (input: PublisherInput, count: number) =>
  input.paragraphs.filter((_, i) => !input.header.has(i)).slice(0, count);

/** The first country `read` finds in the paragraphs, in order. */
function firstIn(paragraphs: readonly string[], read: (p: string) => string | null): string | null {
  for (const p of paragraphs) {
    const code = read(p);
    if (code) return code;
  }
  return null;
}

const headerOf = (input: PublisherInput) =>
  input.paragraphs.filter((_, i) => input.header.has(i)).map(readable);

/** A line written as a sentence ("Peru hosts Andean talks on trade"), not as a name: two lower-case words that join no name. */
const isSentence = (line: string) =>
  (line.match(/(?:^|\s)\p{Ll}+\b/gu) ?? []).filter((w) => !NAME_JOINERS.has(w.trim())).length >= 2;
const NAME_JOINERS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'de', 'du', 'des', 'la', 'del']);

const MISSION = String.raw`(?:Embassy|Consulate(?:[- ]General)?|High Commission|Permanent Mission)`;
/** "Embassy of the Republic of Rwanda in Germany", "Consulate General of Peru in Atlanta" → the sender's name. */
const MISSION_OF = new RegExp(String.raw`\b${MISSION} of (.+?)(?: (?:in|to) |[,.;]|$)`, 'u');
/** "the Philippine Embassy in Beirut", "the Indonesian Consulate General in Davao" → the demonym. */
const DEMONYM_MISSION = new RegExp(
  String.raw`\b(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) ${MISSION} (?:in|to) \p{Lu}`,
  'u',
);

/** "Embassy of Denmark in Jakarta", "the Philippine Embassy in Beirut": the place the mission is in. */
const MISSION_IN = new RegExp(
  String.raw`\b${MISSION}(?: of [^,.;]+?)?(?: in| to|,) (?:the )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})`,
  'u',
);

/** The country of the place a mission is in: a country ("to Indonesia") or a city ("in Jakarta"). */
function hostOf(line: string): string | null {
  const place = MISSION_IN.exec(line)?.[1];
  if (!place) return null;
  const code = countriesIn(place)[0] ?? GAZETTEER.get(place) ?? capitalCountry(place);
  if (code) return code;
  const city = worldPlace(place);
  return city && city.population >= 100_000 ? city.country : null;
}

/**
 * An embassy's or a consulate's release: the country it is posted in, when the publisher is that mission's
 * ("Embassy of Denmark in Jakarta" as the breadcrumb, the sender or the lead's doer). Officials of the host's
 * government appear in it without their country; the mission's own are named as its.
 */
export function missionHost(input: PublisherInput, publisher: string | null): string | null {
  if (!publisher) return null;
  const lead = leadOf(input, 2);
  const lines = [
    ...input.breadcrumb,
    input.publisherName ?? '',
    input.title,
    ...headerOf(input),
    ...lead.flatMap((p) => {
      const match = MISSION_DOER.exec(p);
      return match ? [p.slice(match.index)] : p.length <= 200 && !isSentence(p) ? [p] : [];
    }),
  ];
  for (const line of lines) {
    if (missionCountry(line) !== publisher) continue;
    const host = hostOf(line);
    if (host && host !== publisher) return host;
  }
  return null;
}

/** The country of the first diplomatic mission a line names as "X's mission in Y". */
function missionCountry(line: string): string | null {
  const of = MISSION_OF.exec(line)?.[1];
  const code = (of ? countriesIn(of)[0] : undefined) ?? countriesIn(DEMONYM_MISSION.exec(line)?.[1] ?? '')[0];
  return code ?? null;
}

/**
 * A mission as the sender or the doer of the lead: a line opening with "Embassy of X in Y", "The Embassy
 * of X in Y hosted ...", "On 6 March, the Embassy ...", "... organised by the Embassy of X". Named elsewhere ("arranged by the Embassy of Jordan") it is a guest.
 */
const MISSION_DOER = new RegExp(
  String.raw`(?:^(?:[^–—:]{0,80}[–—:] )?(?:On [^,]{3,40}, )?[Tt]he |^|(?:organi[sz]ed|hosted|held|convened) by the )(?:Royal )?(?:${MISSION} of|\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)? ${MISSION} (?:in|to)) `,
  'u',
);

function leadMissionCountry(paragraph: string): string | null {
  const match = MISSION_DOER.exec(paragraph);
  if (match) return missionCountry(paragraph.slice(match.index));
  // "Press Release No. 22/2018 Embassy of Paraguay in Lisbon – Public Diplomacy Section": a sender's block.
  return paragraph.length <= 200 && !isSentence(paragraph) ? missionCountry(paragraph) : null;
}

export const PUBLISHER_RULES: ReadonlyArray<Rule<PublisherInput, string | null>> = [
  {
    id: 'publisher.site-name',
    kind: 'publisher',
    effect: 'keep',
    matches: (input) => (input.publisherName ? onlyCountry([input.publisherName]) : null),
    example: {
      text: 'Visit\n\nThe Minister of Foreign Affairs, Ana Ruiz, met the envoy of Chile in Lima.',
      yields: 'PE',
      publisherName: 'Ministry of Foreign Affairs of Peru',
    },
    why: 'A saved page\'s og:site_name is the publisher: a ministry "of Peru" publishes Peru\'s officials.',
  },
  {
    id: 'publisher.breadcrumb',
    kind: 'publisher',
    effect: 'keep',
    // (a bloc in the headline only, "PSA hosts ASEAN workshop", does not outweigh a national body's breadcrumb)
    matches: (input) =>
      input.breadcrumb.some(isBlocName) || (hasBloc(input) && headerOf(input).some(isBlocName))
        ? null
        : onlyCountry(input.breadcrumb),
    example: {
      text: 'Home > Peru in the World > Press Releases\nVisit\n\nThe Minister of Foreign Affairs, Ana Ruiz, met the envoy.',
      yields: 'PE',
    },
    why: 'A breadcrumb naming one country ("Peru in the World") is the site of that country.',
  },
  {
    id: 'publisher.local-government',
    kind: 'publisher',
    effect: 'keep',
    // Read even when a bloc is named: a province's or a city's own site is no regional body's.
    matches: (input) => {
      for (const item of input.breadcrumb) {
        const place = LOCAL_GOVERNMENT.exec(item.trim());
        const name = place?.[1] ?? place?.[2];
        // ("Government of Georgia": a country's name is the breadcrumb rule's, never a region's)
        const found = name && countriesIn(name).length === 0 ? worldPlace(name) : null;
        if (found && (found.region || found.population >= 100_000)) return found.country;
      }
      return null;
    },
    example: {
      text: 'Premier of Queensland > Media statements\nFlood recovery\n\nThe Minister for Housing, Ana Ruiz, opened the centre.',
      yields: 'AU',
    },
    why: 'A breadcrumb naming a province\'s or a city\'s government ("Premier of X", "Government of X", "X County Government") is a site of that place\'s country.',
  },
  {
    id: 'publisher.masthead-title',
    kind: 'publisher',
    effect: 'keep',
    // (before the sender: a header's "translated from French" names a language, the masthead its country)
    matches: (input) => (hasBloc(input) ? null : mastheadTitleCountry(input.title)),
    example: {
      text: 'Ministry of Youth and Sports – Uruguay\n\nRowing team heads to the regatta\n\nThe Minister, Ana Ruiz, saw the crew off.',
      yields: 'UY',
    },
    why: 'A page whose first line is its publisher\'s name, a ministry and its country ("Ministry of Education, Government of India", "Republic of Chad – Ministry of Health"), the headline below it, names its publisher there.',
  },
  {
    id: 'publisher.sender',
    kind: 'publisher',
    effect: 'keep',
    matches: (input) => {
      if (hasBloc(input)) return null;
      const header = headerOf(input);
      // (a saved page's first line may be the sender's name itself: "Embassy of Nepal, Tokyo")
      for (const line of [input.title, ...header]) {
        const code = missionCountry(line);
        if (code) return code;
      }
      // (a headline among the header lines, "Minister X meets Chilean counterpart", is no sender)
      return onlyCountry(header.filter((line) => !DATELINE.test(line) && !isSentence(line)));
    },
    example: {
      text: 'Visit\n\nPRESS RELEASE\n\nEmbassy of the Republic of Rwanda in Germany\n\nBerlin, 11 March 2022 – Ambassador Clarisse Uwimana opened the pavilion.',
      yields: 'RW',
    },
    why: 'The sender in the header or sign-off ("Embassy of X in Y" is X\'s; "Ministry of Foreign Affairs, Malaysia").',
  },
  {
    id: 'publisher.masthead',
    kind: 'publisher',
    effect: 'keep',
    matches: (input) => {
      if (hasBloc(input)) return null;
      const first = input.paragraphs.findIndex((_, i) => !input.header.has(i));
      const line = readable(input.paragraphs[first] ?? '').split(/\s+[|–—]\s+/)[0] ?? '';
      return line.length <= 120 && GOVERNMENT_BODY.test(line) && !isSentence(line)
        ? onlyCountry([line])
        : null;
    },
    example: {
      text: 'Farm Notes – No. 9\n\nMinistry of Livestock and Fisheries of Uruguay | Weekly bulletin | 3 May 2024\n\nMinister Ana Ruiz opened the wool fair.',
      yields: 'UY',
    },
    why: 'A bulletin\'s masthead line names its publisher ("Ministry of ... of Uruguay | Weekly bulletin") before any text.',
  },
  {
    id: 'publisher.mission-in-lead',
    kind: 'publisher',
    effect: 'keep',
    matches: (input) => {
      if (hasBloc(input)) return null;
      return firstIn(leadOf(input, 2), leadMissionCountry);
    },
    example: {
      text: 'Visit\n\nLima, 4 March 2019 – The Embassy of Indonesia in Lima hosted a coffee forum. Ambassador Budi Santoso opened it.',
      yields: 'ID',
    },
    why: 'An embassy\'s release names it in its lead ("The Embassy of X in Y hosted ..."): the dateline is then the host\'s city, the publisher X.',
  },
  {
    id: 'publisher.dateline',
    kind: 'publisher',
    effect: 'keep',
    matches: (input) => {
      if (hasBloc(input)) return null;
      let countries: Set<string> | null = null;
      const named = () => (countries ??= new Set([input.title, ...input.paragraphs].flatMap(countriesIn)));
      const first = input.paragraphs.slice(0, 4);
      // (then "Budapest – Minister X held talks ...", a digest's "Dar es Salaam – The President ...": a
      // dateline's place and a dash opening a line, without the date)
      return (
        firstIn(first, (p) => datelineCountry(p, named)) ??
        firstIn(
          first.flatMap((p) => p.split('\n')),
          (line) => {
            const place = CAPITAL_DASH.exec(line.replace(DIGEST_HEADING, ''))?.[1];
            return place ? datelinePlaceCountry(place, named) : null;
          },
        )
      );
    },
    example: {
      text: 'Visit\n\nLima, 14 March 2023 – The Minister of Foreign Affairs, Ana Ruiz, received the envoy.',
      yields: 'PE',
    },
    why: "A release's dateline names where its publisher sits, most often its capital.",
  },
  {
    id: 'publisher.here-in-capital',
    kind: 'publisher',
    effect: 'keep',
    matches: (input) => {
      if (hasBloc(input)) return null;
      return firstIn(leadOf(input, 3), (p) => {
        const place = HERE_IN.exec(p)?.[1];
        return place ? capitalCountry(place) : null;
      });
    },
    example: {
      text: 'Weekly briefing\n\nSpokesperson (Ambassador Sadia Qureshi): Welcome to the weekly briefing here in Islamabad.\n\nThe Foreign Minister will travel to Baku.',
      yields: 'PK',
    },
    why: 'A briefing or a release that says where it is given ("here in Islamabad") names its publisher\'s capital.',
  },
  {
    id: 'publisher.government-domain',
    kind: 'publisher',
    effect: 'keep',
    // Last, and read even when a bloc is named: a government's own address is no regional body's.
    matches: (input) => {
      for (const line of headerOf(input)) {
        const code = GOVERNMENT_DOMAIN.exec(line)?.[1]?.toUpperCase();
        const country = code === 'UK' ? 'GB' : code;
        if (country && countryName(country) !== country) return country;
      }
      return null;
    },
    example: {
      text: 'Summit outcome\n\nThe ministers of the ASEAN states met in Hanoi.\n\nEnquiries: press@mofa.example.gov.za',
      yields: 'ZA',
    },
    why: 'An e-mail or web address of a government domain in the header or sign-off (".gov.za", ".go.ke", ".gob.pe") names the publisher\'s country.',
  },
];

/** A line opening with a place's name and a dash: "Dar es Salaam – The President ...". */
const CAPITAL_DASH = /^(\p{Lu}[\p{L}'’.-]+(?: (?:\p{Lu}[\p{L}'’.-]+|es|de|al|el))*) [–—] /u;

/** A digest item's heading in capitals before its text: "1. PRESIDENT RECEIVES CREDENTIALS ". */
const DIGEST_HEADING = /^(?:\d+\.\s+)?(?:[\p{Lu}\d][\p{Lu}\d:,'’–-]*\s+){2,}(?=\p{Lu}\p{Ll})/u;

/** "here in Islamabad", "here at Lima": the speaker's own city. */
const HERE_IN = /\bhere (?:in|at) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/u;

/** A government's domain and its country code: "@dirco.gov.za", "www.mfa.go.th", "prensa@rree.gob.pe". */
const GOVERNMENT_DOMAIN = /[@.](?:gov|go|gob|gouv|govt|gv)\.([a-z]{2})\b/i;

/** The country (or demonym) a headline opens with, "The" allowed before it. */
function headlineSubject(title: string): string | null {
  const tokens = tokenize(title);
  const start = tokens[0]?.text === 'The' ? 1 : 0;
  // "Thailand–UAE Business Forum ...": the first of two joined countries.
  const first = tokens[start]?.text.split(/[–—-]/);
  if (first && first.length > 1) return countriesIn(first[0] ?? '')[0] ?? null;
  const match = matchCountries(tokens).find((m) => m.from === start);
  return match?.values.length === 1 ? (match.values[0] ?? null) : null;
}

/**
 * Weaker than the rules above and than a configured home (the overrides' `homeCountry`): a second home,
 * for officials whose names are not written the first home's way.
 */
export const HEADLINE_PUBLISHER_RULE: Rule<PublisherInput, string | null> = {
  id: 'publisher.headline-subject',
  kind: 'publisher',
  effect: 'keep',
  matches: (input) => (hasBloc(input) ? null : headlineSubject(input.title)),
  example: {
    text: 'Uruguay hosts Nordic trade ministers\n\nThe Minister of Foreign Affairs, Ana Ruiz, welcomed the ministers.',
    yields: 'UY',
  },
  why: "A ministry's headline names its own country first, as the subject: 'Uruguay hosts ...', 'Philippines and Japan sign ...', 'Chilean exporters head to ...'.",
};

/** The publisher's country, with the rule that told it; recorded in the trace. */
export function publisherCountry(input: PublisherInput, trace?: Trace): string | null {
  for (const rule of PUBLISHER_RULES) {
    const code = rule.matches(input);
    if (code) {
      trace?.push({ kind: 'publisher', rule: rule.id, value: code, kept: true, paragraph: -1 });
      return code;
    }
  }
  return null;
}

/** What the body-evidence rule reads: the analysed headline and paragraphs, the header lines apart. */
export interface BodyEvidenceInput {
  publisher: PublisherInput;
  headline: TextUnit;
  units: readonly TextUnit[];
  header: ReadonlySet<number>;
  extraPlaces: ReadonlyMap<string, string>;
}

/** Words before a country that make it the origin or the destination of someone, not where the item is. */
const ELSEWHERE_BEFORE = new Set(['from', 'From']);
const TRIP_NOUNS = /^(?:visits?|trip|tour|mission|journey|travel)$/i;

/** A place the tagging stage found: its country, when a gazetteer or a city of some size tells it. */
function placeMatchCountry(name: string, extraPlaces: ReadonlyMap<string, string>): string | null {
  const known = placeCountry(name, extraPlaces);
  if (known) return known;
  const city = worldPlace(name);
  return city && (city.region || city.population >= 15_000) ? city.country : null;
}

/**
 * The country the item's own places and institutions belong to, weighed: every country named (its name or
 * its adjective, "the Greek pavilion") and every city or province of it is a vote, except a country that
 * people come from or travel to ("bookings from Germany", "a visit to Japan"). Only a clear winner with a
 * place of its own counts.
 */
function bodyEvidenceCountry(input: BodyEvidenceInput): string | null {
  // (a regional body's release has no home; nor has one whose headline names a bloc)
  if (hasBloc(input.publisher) || input.headline.blocs.length > 0) return null;
  const votes = new Map<string, number>();
  const vote = (code: string) => votes.set(code, (votes.get(code) ?? 0) + 1);
  // (each place once: many cities and provinces of one country, not one city named often)
  const places = new Map<string, string>();
  for (const unit of [input.headline, ...input.units]) {
    if (input.header.has(unit.index)) continue;
    const { at } = unit;
    for (const m of unit.countries) {
      const code = m.values.length === 1 ? m.values[0] : undefined;
      if (!code) continue;
      const before = at.text(m.from - 1);
      if (ELSEWHERE_BEFORE.has(before)) continue;
      if (before === 'to' && TRIP_NOUNS.test(at.text(m.from - 2))) continue;
      vote(code);
    }
    for (const p of unit.places) {
      const code = placeMatchCountry(p.name, input.extraPlaces);
      if (code && !ELSEWHERE_BEFORE.has(at.text(p.from - 1))) places.set(p.name, code);
    }
  }
  for (const code of places.values()) vote(code);
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || ![...places.values()].includes(first[0])) return null;
  return first[1] >= 3 && first[1] >= 1.5 * (second?.[1] ?? 0) ? first[0] : null;
}

/**
 * After the headline's subject, as weak: a second home for a release whose publisher nothing names (a
 * sport, film or education ministry's page with no breadcrumb, no dateline, no sender).
 */
export const BODY_EVIDENCE_PUBLISHER_RULE: Rule<BodyEvidenceInput, string | null> = {
  id: 'publisher.body-evidence',
  kind: 'publisher',
  effect: 'keep',
  matches: bodyEvidenceCountry,
  example: {
    text: 'Harvest fair opens\n\nThe Secretary for Farming, Ana Ruiz, opened the Chilean wine fair in Talca. Growers from Maule and Curicó showed their wines to buyers from Japan.',
    yields: 'CL',
  },
  why: 'A page that names no publisher still says whose it is: the country its cities, provinces and institutions belong to ("the Chilean wine fair in Talca"), when that country clearly outweighs every other named; a country that people come from or travel to does not count.',
};
