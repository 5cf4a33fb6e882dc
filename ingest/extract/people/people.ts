import { withoutMarks } from '../../../src/lib/text';
import { PERSON_VERBS } from '../lexicon/person-context';
import { MULTI_LETTER_INITIALS, NAME_PARTICLES } from '../lexicon/traditions/all';
import type { Trace } from '../rules/rule';
import type { TextUnit } from '../tagging/tag-unit';
import { findRuns, shapesOf, type Run } from './candidates';
import { withDocumentBodies } from './document-bodies';
import {
  affiliationAfter,
  lowerAppositionEnd,
  occupationWord,
  possessorBody,
  postNominalAfter,
  tablePost,
  representedBody,
  verbAfter,
} from './context';
import {
  COURTESY_COUNTRY_RULE,
  FALLBACK_COUNTRY_RULES,
  FOREIGN_NAME_RULE,
  NAME_LETTERS_RULE,
  HOME_OFFICIAL_RULE,
  REMAINING_SIDE_RULE,
  JOURNALIST_RULE,
  LEADER_ROW_COUNTRY_RULE,
  MENTION_COUNTRY_RULES,
  delegationCountries,
  predicateRole,
  roleBeforeComma,
  roleBeforeName,
  rankBeforeName,
  SPELLING_COUNTRY_RULE,
  PREDICATE_COUNTRY_RULE,
  TITLE_COUNTRY_RULES,
  type Attributed,
  type CountryInput,
  type PeopleOptions,
  type PersonFacts,
} from './country-rules';
import {
  PERSON_DROP_RULES,
  PERSON_HEADLINE_RULE,
  PERSON_EVIDENCE_RULES,
  PERSON_RESOLUTION_RULES,
  PERSON_TABLE_COUNTRY_RULE,
  type Candidate,
  type Mention,
  type Resolution,
} from './person-rules';
import {
  cleanTitle,
  isSubsequenceOf,
  mergeTitle,
  splitTitle,
  titleBefore,
  titleBeforeComma,
  titleEndsAtName,
  titlesAfter,
} from './titles';

export type { PeopleOptions };

const BRACKET_COUNTRY = 'country.bracket-after';
/** Country rules that beat the titles: a bracket after the name, a table's row, a list line's label. */
const ROW_COUNTRY_RULES = new Set([
  BRACKET_COUNTRY,
  PERSON_TABLE_COUNTRY_RULE.id,
  LEADER_ROW_COUNTRY_RULE.id,
]);

/** The evidence of a table's cell, whose row may name the person's country. */
const PERSON_TABLE_COUNTRY_RULE_EVIDENCE = 'person.table-cell';

const LIST_ITEM_EVIDENCE = new Set(['person.list-item-with-country', 'person.list-item-with-body']);

/** A title in the plural heads a list: "Deputy Ministers", "MPs", "Senators". */
const MEMBERS_TITLE = /(?:ers|ors|ents|ives|ies|MPs|MEPs|MLAs|Senators|Congresswomen|Congressmen)$/;

/** The trace's name for a person no country rule gave a country to. */
export const NO_COUNTRY = 'country.none';
export { mergeTitle, splitTitle };

export interface ExtractedPerson {
  name: string;
  titles: string[];
  country: string | null;
}

interface PersonMention extends Mention {
  role: string | null;
  /** A post in the predicate after the name ("X is the Deputy Minister of ..."), read for the country only. */
  predicate: string | null;
  context: Attributed | null;
  courtesyCountry: Attributed | null;
  affiliation: string | null;
}

interface Person extends PersonFacts {
  name: string;
  titles: string[];
  words: string[];
  affiliations: string[];
  roles: string[];
  predicates: string[];
}

const cleanTitles = (raw: readonly string[]) =>
  raw
    .flatMap(splitTitle)
    .map(cleanTitle)
    .filter((t): t is string => t !== null);

const firstCountry = <I>(
  rules: ReadonlyArray<{ id: string; matches: (input: I) => string | null }>,
  input: I,
): Attributed | null => {
  for (const rule of rules) {
    const code = rule.matches(input);
    if (code) return { code, rule: rule.id };
  }
  return null;
};

const nameKey = (name: string) =>
  withoutMarks(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Evidence that names a journalist in a briefing transcript, not an official. */
const JOURNALIST_EVIDENCE = new Set(['person.question-label', 'person.speaker-line']);

/** Evidence that, with a courtesy form before it, makes one word a name ("Pak Harjono, a rattan craftsman"). */
const COURTESY_MONONYM_EVIDENCE = new Set([
  'person.title-before',
  'person.title-after',
  'person.title-before-comma',
  'person.lower-apposition',
  'person.verb-after',
]);

/**
 * One word, not an adverb, followed by a title with its body ("Handoko, Head of the ... Agency, said"),
 * after a title with its body and before a verb ("Minister of Trade Sutrisno closed"), or after a courtesy form with evidence ("Pak Harjono, a craftsman").
 */
function isMononym(
  run: Run,
  after: readonly string[],
  before: readonly string[],
  evidence: string | null,
): boolean {
  const word = run.words[0] ?? '';
  if (run.words.length !== 1 || word.length <= 2 || /ly$/.test(word)) return false;
  if (after[0]?.includes(' of ')) return true;
  // The verb right after, with no comma: ", told" after "... and Public Diplomacy" ends a title, not a name.
  const verbNext = run.unit.at.gap(run.to) === ' ' && verbAfter(run.unit, run);
  if (before.some((t) => t.includes(' of ')) && verbNext) return true;
  if (run.courtesy !== null && evidence !== null && COURTESY_MONONYM_EVIDENCE.has(evidence)) return true;
  if (run.courtesy !== null) {
    // "Indonesia: Bu Lestari;", "master craftsman Pak Sutrisno": a country's label in a list, or a person's
    // occupation, before the courtesy form.
    const { at, claimedBy } = run.unit;
    const form = run.from - run.courtesy.split(' ').length;
    if (at.gap(form) === ': ' && claimedBy[form - 1] === 'country') return true;
    if (at.spaced(form) && occupationWord(at.text(form - 1))) return true;
  }
  // "Wahyudi, head of the centre's monitoring division, said": a lower-case apposition, then a verb.
  const end = lowerAppositionEnd(run.unit, run.to);
  const verb = run.unit.at.at(end);
  return end > 0 && verb?.gap === ', ' && PERSON_VERBS.has(verb.text);
}

/**
 * Evidence that is enough in a header or sign-off line ("By X, Press Attaché", "Enquiries: Mr X,
 * Spokesperson", "Signed / X / Spokesperson"), which has no sentence to read: a title, a courtesy form, a
 * by-line or a signature.
 */
const HEADER_EVIDENCE = new Set([
  'person.title-before',
  'person.title-after',
  'person.title-before-comma',
  'person.courtesy-before',
  'person.courtesy-form',
  'person.sign-off',
  'person.credit-label',
  'person.contact-email',
]);

/**
 * "D. Khulan" after "Dorjsuren Khulan", "Ts. Oyunchimeg" after "Tsendsuren Oyunchimeg": a name's first word shortened to its initial, the rest the same
 * (Mongolian and other writings give the father's or the given name so, once the full name is known).
 */
function initialedForm(short: readonly string[], full: readonly string[]): boolean {
  const first = short[0] ?? '';
  const initial = MULTI_LETTER_INITIALS.has(first) ? first : /^(\p{Lu})\.?$/u.exec(first)?.[1];
  return (
    initial !== undefined &&
    short.length === full.length &&
    full[0]?.startsWith(initial) === true &&
    full[0].length > 2 &&
    short.slice(1).every((w, i) => w === full[i + 1])
  );
}

/** Candidates → mentions: the drop rules, then the first evidence rule that matches. */
function mentionsOf(
  units: readonly TextUnit[],
  options: PeopleOptions,
  trace: Trace,
  header: ReadonlySet<TextUnit>,
): PersonMention[] {
  const mentions: PersonMention[] = [];
  const delegations = delegationCountries(units);
  const countryDelegation = delegations !== null;
  const delegationCountry = delegations?.size === 1 ? ([...delegations][0] ?? null) : null;
  for (const unit of units) {
    // "attended by Minister of X of Chile A, Minister of X of Peru B, ...": once an item opens with its
    // title (not after another name's comma), the titles that run into names belong to the names after.
    let titleNameList = false;
    // "MPs A (Labour), B (Greens) and C (ACT)": a plural title before a list of bracketed items is each's.
    let sharedTitle: string | null = null;
    for (const run of findRuns(unit)) {
      const handedOn: string[] = [];
      const found = titleBefore(unit, run.from);
      const opensItem = found.start !== undefined && unit.at.gap(found.start) !== ', ';
      const after = titlesAfter(unit, run.to, handedOn, titleNameList || opensItem);
      titleNameList = (titleNameList || opensItem) && handedOn.length > 0;
      // "Name, Title" lines: a name with its own title after it takes none from the line before.
      const before =
        found.title && after.length > 0 && !titleEndsAtName(unit, run.from)
          ? { ...found, title: null }
          : found;
      const commaTitle = before.title ? null : titleBeforeComma(unit, run.from, run.to);
      const candidate: Candidate = {
        run,
        before,
        titlesBefore: before.title ? cleanTitles([before.title]) : [],
        titlesBeforeComma: commaTitle ? cleanTitles([commaTitle]) : [],
        titlesAfter: cleanTitles([...after, ...handedOn]),
        knownNames: options.knownNames,
      };
      const drop = PERSON_DROP_RULES.find((rule) => rule.matches(candidate));
      if (drop) {
        trace?.push({ kind: 'person', rule: drop.id, value: run.name, kept: false, paragraph: unit.index });
        continue;
      }
      const input = { unit, run, options, countryDelegation, delegationCountry };
      const evidence = PERSON_EVIDENCE_RULES.find((rule) => rule.matches(candidate))?.id ?? null;
      if (header.has(unit) && (evidence === null || !HEADER_EVIDENCE.has(evidence))) continue;
      if (unit.index < 0) {
        if (!PERSON_HEADLINE_RULE.matches({ units, run, evidence })) continue;
        trace?.push({
          kind: 'person',
          rule: PERSON_HEADLINE_RULE.id,
          value: run.name,
          kept: true,
          paragraph: -1,
        });
      }
      const plural = candidate.titlesBefore.find((t) => MEMBERS_TITLE.test(t));
      if (plural) sharedTitle = plural;
      const item = evidence !== null && LIST_ITEM_EVIDENCE.has(evidence);
      // (a run in the brackets, "(Greens)", is an item's label and ends no list)
      if (!plural && !item && unit.at.gap(run.from) !== ' (') sharedTitle = null;
      const shared = !plural && item && sharedTitle ? [sharedTitle] : [];
      mentions.push({
        ...run,
        titles: [
          ...shared,
          ...candidate.titlesBefore,
          ...candidate.titlesBeforeComma,
          ...cleanTitles(after),
          // "Aroha Ruiz MP": the letters are the member's title (of the publisher's parliament, unless told).
          ...(postNominalAfter(unit, run) ? [unit.at.text(run.to)] : []),
          // "Ana Ruiz | Director of Trade |": the post's cell of a table.
          ...(evidence === PERSON_TABLE_COUNTRY_RULE_EVIDENCE
            ? cleanTitles([tablePost(unit, run) ?? ''])
            : []),
        ],
        evidence,
        mononym: isMononym(run, after, candidate.titlesBefore, evidence),
        // (after one role word only, "..., Senator X", the words before the comma are still read)
        role:
          candidate.titlesBeforeComma.length > 0 || candidate.titlesBefore.some((t) => t.includes(' '))
            ? null
            : (roleBeforeComma(unit, run) ?? roleBeforeName(unit, run) ?? rankBeforeName(unit, run)),
        predicate: predicateRole(unit, run),
        // ("Angola | Jorge Neto | Minister of Energy": a table's row names its country in a cell of its own)
        // (a name in a table's row however it was found: "Fiji | Hon. Josaia Nainoca |", "Belize .... Hon. X")
        context:
          firstCountry([PERSON_TABLE_COUNTRY_RULE, LEADER_ROW_COUNTRY_RULE], run) ??
          firstCountry(MENTION_COUNTRY_RULES, input),
        courtesyCountry: firstCountry([COURTESY_COUNTRY_RULE], input),
        affiliation:
          affiliationAfter(unit, run.to, run.from) ??
          representedBody(unit, run.from) ??
          possessorBody(unit, run.from) ??
          // "By X, Communications Officer, Pacific Islands Forum Secretariat": the rest of a header line.
          (header.has(unit) ? unit.text.slice(unit.at.at(run.to - 1)?.end) : null),
      });
    }
  }
  return mentions;
}

/**
 * Stage 5 for people: mentions → people with their titles and country, in order of first mention. A
 * person needs evidence (PERSON_EVIDENCE_RULES) or a resolution rule; later short mentions ("Secretary
 * Wang Zhigang", "Wang") are linked to the person already found; the country comes from the first country
 * rule that gives one (title, then mention, spelling, courtesy form, home official, fallbacks).
 */
export function extractPeople(
  units: readonly TextUnit[],
  options: PeopleOptions,
  trace?: Trace,
  headerUnits: readonly TextUnit[] = [],
  headline?: TextUnit,
): ExtractedPerson[] {
  const header = new Set(headerUnits);
  // Bodies the item defines with their country ("Thailand's ... Agency (GISTDA)") tell their officials' country.
  options = {
    ...options,
    organizationCountries: withDocumentBodies(units, options.organizationCountries),
  };
  // The headline last: the body's fuller names come first, and a headline's shorter one joins them.
  const all = headline ? [...units, ...headerUnits, headline] : [...units, ...headerUnits];
  const candidates = mentionsOf(all, options, trace, header);
  // A person of the headline the body names in full, with evidence, is the body's (its titles and country
  // come from there); a body's bare "Name:" speaker label leaves the headline's mention as the evidence.
  const inBody = candidates.filter((m) => m.unit !== headline && m.words.length > 1 && m.evidence !== null);
  const mentions = candidates.filter(
    (m) =>
      m.unit !== headline ||
      !inBody.some((b) => isSubsequenceOf(b.words, m.words) || isSubsequenceOf(m.words, b.words)),
  );
  const people = new Map<string, Person>();
  const record = (m: Mention, rule: string) =>
    trace?.push({ kind: 'person', rule, value: m.name, kept: true, paragraph: m.unit.index });
  const accept = (m: PersonMention, rule: string) => {
    const key = nameKey(m.name);
    // "Andrei Volkov" after "Andrei Sergeyevich Volkov": the same person, named shorter.
    let person =
      people.get(key) ??
      [...people.values()].find(
        (p) => p.words.length > m.words.length && isSubsequenceOf(m.words, p.words),
      ) ??
      ((m.words[0]?.length ?? 0) <= 2
        ? [...people.values()].find((p) => initialedForm(m.words, p.words))
        : undefined);
    if (!person) {
      const journalist = m.evidence !== null && JOURNALIST_EVIDENCE.has(m.evidence);
      person = {
        name: m.name,
        titles: [],
        words: m.words,
        context: null,
        courtesy: null,
        affiliations: [],
        roles: [],
        predicates: [],
        journalist,
      };
      people.set(key, person);
      record(m, rule);
      if (trace) for (const shape of shapesOf(m)) record(m, shape);
    }
    for (const t of m.titles) mergeTitle(person.titles, t);
    if (m.titles.length > 0) person.journalist = false;
    person.context ??= m.context;
    person.courtesy ??= m.courtesyCountry;
    if (m.affiliation) person.affiliations.push(m.affiliation);
    if (m.role) person.roles.push(m.role);
    if (m.predicate) person.predicates.push(m.predicate);
  };
  const fullNames = mentions.filter((m) => m.words.filter((w) => !NAME_PARTICLES.has(w)).length >= 2);
  for (const m of fullNames) if (m.evidence) accept(m, m.evidence);
  const resolution = (m: PersonMention, containedIn: number): Resolution => ({
    mention: m,
    fullNames,
    isPerson: (o) => people.has(nameKey(o.name)),
    containedIn,
  });
  const { coordinated, listItem, commaChain, mononym, noEvidence } = PERSON_RESOLUTION_RULES;
  for (const m of fullNames) {
    if (!people.has(nameKey(m.name)) && coordinated.matches(resolution(m, 0))) accept(m, coordinated.id);
  }
  // A list's structure: items taken here count for the next pass, until no more are found.
  for (let changed = true; changed;) {
    changed = false;
    for (const m of fullNames) {
      if (people.has(nameKey(m.name))) continue;
      const rule = [listItem, commaChain].find((r) => r.matches(resolution(m, 0)));
      if (rule) {
        accept(m, rule.id);
        changed = true;
      }
    }
  }
  // Short or repeated mentions: link to the one known person whose name contains them.
  for (const m of mentions) {
    if (people.has(nameKey(m.name))) {
      accept(m, 'person.repeated');
      continue;
    }
    const matches = [...people.values()].filter((p) => m.words.every((w) => p.words.includes(w)));
    const only = matches[0];
    const r = resolution(m, matches.length);
    if (matches.length === 1 && only) {
      for (const t of m.titles) mergeTitle(only.titles, t);
      // ("Mr X is the First Deputy Minister of ...": a short mention's post tells the person's country too)
      if (m.predicate) only.predicates.push(m.predicate);
    } else if (mononym.matches(r)) accept(m, mononym.id);
    else if (noEvidence.matches(r))
      trace?.push({
        kind: 'person',
        rule: noEvidence.id,
        value: m.name,
        kept: false,
        paragraph: m.unit.index,
      });
  }
  const onlyForeign = onlyForeignCountry(units, options);
  const named = new Set(units.flatMap((u) => u.countries.flatMap((m) => m.values)));
  const found = [...people.values()].map((p) => {
    if (JOURNALIST_RULE.matches(p)) {
      trace?.push({
        kind: 'person-country',
        rule: JOURNALIST_RULE.id,
        value: `${p.name}: none`,
        kept: false,
        paragraph: -1,
      });
      return { name: p.name, titles: p.titles, country: null };
    }
    const country = countryOf(p, { person: p, options, onlyForeign, named });
    // No rule gave a country: recorded too, so the evaluation can tell "none" that was right from one that was not.
    trace?.push({
      kind: 'person-country',
      rule: country?.rule ?? NO_COUNTRY,
      value: `${p.name}: ${country?.code ?? 'none'}`,
      kept: country !== null,
      paragraph: -1,
    });
    return { name: p.name, titles: p.titles, country: country?.code ?? null };
  });
  return withRemainingSide(found, [...people.values()], named, trace);
}

/**
 * `REMAINING_SIDE_RULE` on the people no rule gave a country, once people of two countries or more have
 * theirs (with one side only, the other country named may be a topic: "bookings from Germany").
 */
function withRemainingSide(
  found: ExtractedPerson[],
  people: readonly Person[],
  named: ReadonlySet<string>,
  trace: Trace,
): ExtractedPerson[] {
  const given = new Set(found.flatMap((p) => (p.country ? [p.country] : [])));
  const left = [...named].filter((c) => !given.has(c));
  const remaining = given.size > 1 && left.length === 1 ? (left[0] ?? null) : null;
  if (!remaining) return found;
  return found.map((p, i) => {
    const facts = people[i];
    const code =
      p.country || !facts || facts.journalist
        ? null
        : REMAINING_SIDE_RULE.matches({ person: facts, remaining });
    if (!code) return p;
    trace?.push({
      kind: 'person-country',
      rule: REMAINING_SIDE_RULE.id,
      value: `${p.name}: ${code}`,
      kept: true,
      paragraph: -1,
    });
    return { ...p, country: code };
  });
}

/** The first country rule that gives one: no country is better than a wrong one. */
function countryOf(p: Person, input: CountryInput): Attributed | null {
  // "Deputy Ministers A (Peru) and B (Chile)": the bracket right after the name beats a title shared by a list.
  // A table's row says more than titles, which its joined cells may carry over from the next row.
  if (p.context && ROW_COUNTRY_RULES.has(p.context.rule)) return p.context;
  for (const title of [...p.titles, ...p.roles]) {
    const found = firstCountry(TITLE_COUNTRY_RULES, { title, options: input.options, named: input.named });
    if (found) return found;
  }
  // A courtesy form of one country ("Bu", "Daw", "Tan Sri") says more than the publisher's home.
  return (
    firstCountry([PREDICATE_COUNTRY_RULE], input) ??
    p.context ??
    firstCountry([SPELLING_COUNTRY_RULE], input) ??
    p.courtesy ??
    firstCountry([FOREIGN_NAME_RULE, NAME_LETTERS_RULE, HOME_OFFICIAL_RULE, ...FALLBACK_COUNTRY_RULES], input)
  );
}

/**
 * A bilateral item: the one country named besides the home country. A visitor whose country nothing else
 * tells, and whose name does not look local, is from there.
 */
function onlyForeignCountry(units: readonly TextUnit[], options: PeopleOptions): string | null {
  if (!options.homeCountry) return null;
  const foreign = new Set(units.flatMap((u) => u.countries.flatMap((m) => m.values)));
  foreign.delete(options.homeCountry);
  return foreign.size === 1 ? ([...foreign][0] ?? null) : null;
}
