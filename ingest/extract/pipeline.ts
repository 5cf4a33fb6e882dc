import type { Announcement } from '../../src/data/schema';
import { slugify } from '../ids';
import { extractDate } from './date/date';
import { DATE_MASTHEAD, DATE_SIGN_OFF } from './date/date-rules';
import { EVENT_SHORT_MENTION, EVENT_SHORT_NAMED, EVENT_SPELT_OUT } from './events/event-rules';
import { extractEvents, extractTitleEvents } from './events/events';
import { extractOrganizations } from './organizations/organizations';
import { extractPeople, type ExtractedPerson, type PeopleOptions } from './people/people';
import { closingLines, headerLines } from './layout/layout';
import {
  BODY_EVIDENCE_PUBLISHER_RULE,
  type BodyEvidenceInput,
  HEADLINE_PUBLISHER_RULE,
  type PublisherInput,
  missionHost,
  publisherCountry,
} from './layout/publisher';
import type { Trace } from './rules/rule';
import { isPlaceGivenName } from './people/candidates';
import { analyzeText, type TextUnit } from './tagging/tag-unit';

/** Organisations come out as names: their ids are given after extraction (ingest.ts). */
export type ExtractedEntities = Pick<
  Announcement,
  'date' | 'people' | 'countries' | 'blocs' | 'events' | 'places'
> & { organizations: string[] };

export interface ExtractOptions extends PeopleOptions {
  /** The publisher's country when the user says it (`--publisher`, overrides' `publisher`): beats any guess. */
  publisher: string | null;
}

/** What the reader found around the text: the breadcrumb and the page's own name of its publisher. */
export interface DocumentContext {
  breadcrumb: readonly string[];
  publisherName: string | null;
}

const NO_CONTEXT: DocumentContext = { breadcrumb: [], publisherName: null };

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = {
  publisher: null,
  homeCountry: null,
  organizationCountries: new Map(),
  extraPlaces: new Map(),
  knownNames: new Set(),
};

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/**
 * Entities of one announcement, stage by stage:
 *
 * 1. segment   the title and the paragraphs, each its own unit; header and sign-off lines apart
 *              (`layout/layout.ts`), and whose release it is (`layout/publisher.ts`);
 * 2. tokens    words with the gaps between them (`tokens.ts`), read through a cursor (`cursor.ts`);
 * 3. tagging   every gazetteer in one pass per unit: countries, blocs, places (`tagging/`);
 * 4. candidates  runs of name words, event and organisation heads (`people/candidates.ts`, `events/`,
 *              `organizations/`), each accepted or dropped by named rules (`*-rules.ts`);
 * 5. resolution  mentions merged into people with titles and a country; events by id (`people/people.ts`);
 * 6. output    in order of first mention; countries and blocs sorted.
 *
 * People, events, organisations and places come from the body (headlines are in title case, which hides
 * where names end); countries and blocs come from headline and body. Every rule's decision goes to `trace`
 * when one is given (the evaluation's `--explain`).
 */
export function extractEntities(
  title: string,
  paragraphs: readonly string[],
  options: ExtractOptions,
  trace?: Trace,
  context: DocumentContext = NO_CONTEXT,
): ExtractedEntities {
  // 1. segment: the header block is not prose; the publisher's country is the home of untitled officials
  const header = headerLines(paragraphs, trace);
  const publisherInput = { title, paragraphs, header, ...context };
  const found = options.publisher ?? publisherCountry(publisherInput, trace);

  // 2–3. tokens, tagging
  const units = paragraphs.map((p, index) => analyzeText(p, options.extraPlaces, index));
  const headline = analyzeText(title, options.extraPlaces);
  const prose = units.filter((u) => !header.has(u.index));

  // The headline's subject, else the body's own places and institutions, are weaker than a configured
  // home: a second home for names not written its way.
  const subject = found
    ? null
    : weakPublisher(
        publisherInput,
        { publisher: publisherInput, headline, units, header, extraPlaces: options.extraPlaces },
        trace,
      );
  const home = found ?? options.homeCountry ?? subject;
  const peopleOptions = {
    ...options,
    homeCountry: home,
    secondHome: subject === home ? null : subject,
    hostCountry: missionHost(publisherInput, found),
  };

  // 4–5. candidates and resolution: people first, so phrases never run into a person's name
  // Header and sign-off lines give people only with a title, a courtesy form, a by-line or a signature.
  const headerUnits = units.filter((u) => header.has(u.index));
  // The headline gives people only with a title or courtesy form before the name, who the body names too.
  const people = extractPeople(prose, peopleOptions, trace, headerUnits, headline);
  const personWords = new Set(people.flatMap((p) => p.name.split(/\s+/)));
  const { events, organizations } = extractPhrases(prose, headline, personWords, trace);

  // 6. output
  const all = [headline, ...units];
  return {
    // The publication date: a dated header or sign-off line (the dateline) or a masthead's date in the title
    // first, then the first full date.
    date:
      datelineDate(paragraphs, header, trace) ??
      signOffDate(paragraphs, trace) ??
      mastheadDate(title, trace) ??
      extractDate(paragraphs, trace) ??
      extractDate([title], trace, -1),
    people: withUniqueIds(people),
    countries: unique(all.flatMap((u) => u.countries.flatMap((m) => m.values))).sort(),
    blocs: unique(all.flatMap((u) => u.blocs.flatMap((m) => m.values))).sort(),
    events,
    organizations: unique(organizations),
    places: unique(units.flatMap((u) => placesOf(u, people))),
  };
}

/** `publisher.headline-subject`, else `publisher.body-evidence`: the publisher when nothing stronger names it. */
function weakPublisher(input: PublisherInput, body: BodyEvidenceInput, trace: Trace): string | null {
  const headlineCode = HEADLINE_PUBLISHER_RULE.matches(input);
  const [rule, code] = headlineCode
    ? [HEADLINE_PUBLISHER_RULE, headlineCode]
    : [BODY_EVIDENCE_PUBLISHER_RULE, BODY_EVIDENCE_PUBLISHER_RULE.matches(body)];
  if (code) trace?.push({ kind: 'publisher', rule: rule.id, value: code, kept: true, paragraph: -1 });
  return code;
}

/**
 * Events (the first of each id) and organisations, paragraph by paragraph; then the title's events: the
 * full name of a short mention ("its 44th Ordinary Session") takes that mention's place.
 */
function extractPhrases(
  units: readonly TextUnit[],
  headline: TextUnit,
  personWords: ReadonlySet<string>,
  trace: Trace,
): { events: Announcement['events']; organizations: string[] } {
  const names: string[] = [];
  const mentions: string[] = [];
  const organizations: string[] = [];
  for (const unit of units) {
    const ctx = { unit, personWords };
    const { events, bare } = extractEvents(ctx, trace);
    for (const e of events) names.push(e.name);
    mentions.push(...events.map((e) => e.name), ...bare);
    for (const o of extractOrganizations(ctx, trace)) organizations.push(o.name);
  }
  const fromTitle: string[] = [];
  for (const t of extractTitleEvents(headline, personWords, mentions, trace)) {
    const at = names.findIndex((n) => t.completes.includes(n));
    if (at >= 0) names[at] = t.name;
    else fromTitle.push(t.name);
    for (let i = names.length - 1; i > at; i--) if (t.completes.includes(names[i] ?? '')) names.splice(i, 1);
  }
  const events = new Map<string, { id: string; name: string }>();
  for (const name of [...fromTitle, ...names]) {
    const id = slugify(name);
    if (id && !events.has(id)) events.set(id, { id, name });
  }
  const ids = [...events.keys()];
  const all = [...events.values()].map((e) => e.name);
  for (const [id, event] of events) {
    const rule = EVENT_SHORT_MENTION.matches({ id, ids })
      ? EVENT_SHORT_MENTION
      : EVENT_SHORT_NAMED.matches({ name: event.name, names: all })
        ? EVENT_SHORT_NAMED
        : EVENT_SPELT_OUT.matches({ name: event.name, names: all })
          ? EVENT_SPELT_OUT
          : null;
    if (!rule) continue;
    events.delete(id);
    trace?.push({ kind: 'event', rule: rule.id, value: event.name, kept: false, paragraph: -1 });
  }
  return { events: [...events.values()], organizations };
}

function datelineDate(
  paragraphs: readonly string[],
  header: ReadonlySet<number>,
  trace: Trace,
): string | null {
  for (const index of [...header].sort((a, b) => a - b)) {
    const line = paragraphs[index] ?? '';
    // Only a full date with its year: a header's "11 to 13 September" is not a publication date.
    if (!/\b(?:19|20)\d\d\b/.test(line)) continue;
    const date = extractDate([line], trace, index, paragraphs);
    if (date) return date;
  }
  return null;
}

/** The date of the sign-off block's line that names the issuer (`date.sign-off`). */
function signOffDate(paragraphs: readonly string[], trace: Trace): string | null {
  for (const index of closingLines(paragraphs)) {
    const line = paragraphs[index] ?? '';
    if (!DATE_SIGN_OFF.matches(line)) continue;
    const date = extractDate([line], undefined, index, paragraphs);
    if (!date) continue;
    trace?.push({ kind: 'date', rule: DATE_SIGN_OFF.id, value: date, kept: true, paragraph: index });
    return date;
  }
  return null;
}

/** The masthead's date of a title such as "DAILY DIGEST | Friday, 6 March 2026" (`date.masthead`). */
function mastheadDate(title: string, trace: Trace): string | null {
  for (const part of DATE_MASTHEAD.matches(title)) {
    const date = extractDate([part], trace, -1);
    if (!date) continue;
    trace?.push({ kind: 'date', rule: DATE_MASTHEAD.id, value: date, kept: true, paragraph: -1 });
    return date;
  }
  return null;
}

/** A unit's places, without a city's name that opens a person's ("Santiago" in "Minister Santiago Berisso"). */
function placesOf(unit: TextUnit, people: readonly ExtractedPerson[]): string[] {
  const { at } = unit;
  return unit.places
    .filter((p) => {
      if (p.to - p.from !== 1 || !isPlaceGivenName(unit, p.from)) return true;
      const opening = `${at.text(p.from)} ${at.text(p.to)}`;
      return !people.some((person) => person.name.startsWith(opening));
    })
    .map((p) => p.name);
}

function withUniqueIds(people: readonly ExtractedPerson[]): Announcement['people'] {
  const seen = new Set<string>();
  const result: Announcement['people'] = [];
  for (const p of people) {
    const id = slugify(p.name) || 'person';
    if (seen.has(id)) continue;
    seen.add(id);
    result.push({ id, name: p.name, titles: p.titles, country: p.country });
  }
  return result;
}
