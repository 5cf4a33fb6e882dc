import { blocsIn, countriesIn, isCountryOrBlocWord } from './countries';
import {
  ADVERBS,
  EVENT_HEADS,
  HONORIFICS,
  MONTHS,
  NAME_PARTICLES,
  NON_NAME_WORDS,
  NOT_AT_START,
  ORG_HEADS,
  PERSON_PRECEDERS,
  PERSON_VERBS,
  PLACE_HEADS,
  ROLE_WORDS,
  TITLE_STARTERS,
  isOrdinal,
} from './lexicon';
import { isPinyinName } from './pinyin';
import { placeCountry } from './places';
import { worldPlace } from './world-places';
import type { TextUnit } from './text-unit';
import { isAcronym, isBreak } from './tokens';

export interface ExtractedPerson {
  name: string;
  titles: string[];
  country: string | null;
}

export interface PeopleOptions {
  /** Country of officials whose titles name no country (the publisher's own government). */
  homeCountry: string | null;
  /** Organisation name or acronym → country, for titles such as "Director-General of ... of the MOST". */
  organizationCountries: ReadonlyMap<string, string>;
  extraPlaces: ReadonlyMap<string, string>;
  /** Names known to be people (from overrides), accepted without further evidence. */
  knownNames: ReadonlySet<string>;
}

interface Run {
  unit: TextUnit;
  from: number;
  to: number;
  name: string;
  words: string[];
  /** The courtesy form stripped from the run's start, such as "Tan Sri" or "U". */
  courtesy: string | null;
}

interface Mention extends Run {
  titles: string[];
  courtesyCountry: string | null;
  evidence: boolean;
  /** A one-word name introduced by a full title: "Handoko, Head of the National Research Agency". */
  mononym: boolean;
  contextCountry: string | null;
}

const SOFT_GAPS = new Set([' ', ' (', ') ', '(', ')']);
const TITLE_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', '&', 'in']);
/** Connectors after which a capitalised pair continues a title rather than naming its holder ("and" may join two people). */
const INSIDE_TITLE = new Set(['of', 'for', 'on', 'in']);
const INTERNATIONAL =
  /\b(?:European Commission(?:er)?|European Parliament|United Nations|UN|UNESCO|UNDP|UNIDO|UNEP|WHO|WTO|FAO|IAEA|ITU|WIPO|World|Asian Development Bank|AIIB|International (?:Atomic|Telecommunication|Organization|Organisation|Science Council))\b/;

function isStopWord(word: string): boolean {
  return (
    NON_NAME_WORDS.has(word) ||
    ROLE_WORDS.has(word) ||
    HONORIFICS.has(word) ||
    ORG_HEADS.has(word) ||
    EVENT_HEADS.has(word) ||
    PLACE_HEADS.has(word) ||
    TITLE_STARTERS.has(word) ||
    isOrdinal(word)
  );
}

function isNameWord(unit: TextUnit, i: number): boolean {
  const token = unit.tokens[i];
  if (!token || unit.claimedBy[i]) return false;
  const word = token.text;
  if (/^(?:al|el|ad|as|ash|at|ar|an|az)-\p{Lu}/u.test(word)) return true; // "al-Sisi"
  if (!/^\p{Lu}/u.test(word) || /\d/.test(word)) return false;
  if (isAcronym(word)) return false;
  // The surname He (何) is also the pronoun: a name only before a pinyin given name ("He Yanling").
  if (word === 'He')
    return unit.tokens[i + 1]?.gap === ' ' && isPinyinName(['He', unit.tokens[i + 1]?.text ?? '']);
  if (isStopWord(word) || isCountryOrBlocWord(word)) return false;
  if (word.includes('-'))
    return !word.split('-').some((part) => isStopWord(part) || isCountryOrBlocWord(part));
  return true;
}

/** "bin", "van", "de la": only inside a name, so a name word must follow (possibly after more particles). */
function isParticle(unit: TextUnit, i: number): boolean {
  const token = unit.tokens[i];
  if (!token || !NAME_PARTICLES.has(token.text) || unit.tokens[i + 1]?.gap !== ' ') return false;
  return isNameWord(unit, i + 1) || isParticle(unit, i + 1);
}

const LOWER_ROLES = new Set([...ROLE_WORDS].map((w) => w.toLowerCase()));

/** Two name words in a row not followed by a head word: a person inside a phrase ("..., and Minister Wang Zhigang"). */
function startsPerson(unit: TextUnit, i: number): boolean {
  const after = unit.tokens[i + 2]?.text ?? '';
  return (
    isNameWord(unit, i) &&
    unit.tokens[i + 1]?.gap === ' ' &&
    isNameWord(unit, i + 1) &&
    !(ORG_HEADS.has(after) || PLACE_HEADS.has(after) || EVENT_HEADS.has(after))
  );
}

/** "Ma Jun", "Li May": a month's name inside a name, never first and never before a number. */
function isMonthInName(unit: TextUnit, i: number): boolean {
  const token = unit.tokens[i];
  if (!token || token.gap !== ' ' || !MONTHS.has(token.text.toLowerCase())) return false;
  if (!/^\p{Lu}/u.test(token.text) || /^\d/.test(unit.tokens[i + 1]?.text ?? '')) return false;
  return unit.tokens[i + 1]?.gap !== '.' && unit.tokens[i + 1]?.gap !== '. ';
}

/** "Jose Antonio Mercado III": a generation number after a name. */
function isGenerationSuffix(unit: TextUnit, i: number): boolean {
  const token = unit.tokens[i];
  return token?.gap === ' ' && /^(?:II|III|IV)$/.test(token.text);
}

/** Courtesy forms of two words or of one letter, which single-word lists cannot hold: "Tan Sri", Burmese "U". */
const LEADING_HONORIFICS = [
  ['Tan', 'Sri'],
  ['Puan', 'Sri'],
  ['Toh', 'Puan'],
  ['U'],
  ['Daw'],
  ['Ibu'],
  ['Bapak'],
];

function honorificPrefix(words: readonly string[]): number {
  for (const form of LEADING_HONORIFICS) {
    const rest = words.slice(form.length).filter((w) => !NAME_PARTICLES.has(w));
    if (rest.length >= 2 && form.every((w, k) => words[k] === w)) return form.length;
  }
  return 0;
}

/** A head word right after a run makes the run part of a body's, event's or place's name. */
function isHeadWord(unit: TextUnit, i: number): boolean {
  const token = unit.tokens[i];
  return (
    token?.gap === ' ' &&
    (ORG_HEADS.has(token.text) || EVENT_HEADS.has(token.text) || PLACE_HEADS.has(token.text))
  );
}

/** Maximal runs of name words (with particles inside) in one paragraph. */
function findRuns(unit: TextUnit): Run[] {
  const runs: Run[] = [];
  const { tokens } = unit;
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(unit, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < tokens.length &&
      !isBreak(tokens, j) &&
      (isNameWord(unit, j) || isParticle(unit, j) || isMonthInName(unit, j) || isGenerationSuffix(unit, j))
    )
      j++;
    let from = i;
    while (from < j && NOT_AT_START.has(tokens[from]?.text ?? '')) from++;
    const all = tokens.slice(from, j).map((t) => t.text);
    const courtesy = honorificPrefix(all);
    from += courtesy;
    if (from < j) {
      const first = tokens[from];
      const last = tokens[j - 1];
      if (first && last) {
        runs.push({
          unit,
          from,
          to: j,
          name: unit.text.slice(first.start, last.end),
          words: all.slice(courtesy),
          courtesy: courtesy > 0 ? all.slice(0, courtesy).join(' ') : null,
        });
      }
    }
    i = j;
  }
  return runs;
}

const ROLE_ALTERNATION = [
  ...ROLE_WORDS,
  'Vice',
  'Deputy',
  'Executive',
  'Assistant',
  'Permanent',
  'Acting',
  'Party',
  'Senior',
  'Chief',
  'Honorary',
]
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const COORDINATED_ROLE = new RegExp(String.raw` and (?=(?:${ROLE_ALTERNATION})\b)`);

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

function cleanTitle(raw: string): string | null {
  let title = raw.replace(/\s+/g, ' ').trim();
  title = title.replace(/^(?:the|and|of)\s+/i, '').replace(/[\s,;:(]+$/, '');
  // Leading courtesy forms are not titles: "H.E. Minister" → "Minister".
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

const isRoleish = (word: string | undefined) =>
  !!word &&
  (ROLE_WORDS.has(word) || TITLE_STARTERS.has(word) || word.split('-').some((p) => ROLE_WORDS.has(p)));

/** The capitalised title phrase right before a name: "Vice Minister of the Ministry of ... (MOST) | Wang Zhigang". */
function titleBefore(
  unit: TextUnit,
  from: number,
): { title: string | null; honorific: boolean; insideTitle: boolean } {
  const { tokens, text } = unit;
  let k = from;
  while (k > 0) {
    const gap = tokens[k]?.gap ?? '';
    const prev = tokens[k - 1];
    if (!prev) break;
    const softGap = SOFT_GAPS.has(gap) || (gap === '. ' && !isBreak(tokens, k)) || gap === '.' || gap === '&';
    if (!softGap) break;
    const word = prev.text;
    if (!(
      /^[\p{Lu}\d]/u.test(word) ||
      TITLE_CONNECTORS.has(word) ||
      (word === 'to' && unit.claimedBy[k] === 'country')
    ))
      break;
    k--;
  }
  // The title starts at its first role-like word; what comes before ("Cambodian", "the") may qualify it.
  let start = k;
  while (start < from && TITLE_CONNECTORS.has(tokens[start]?.text ?? '')) start++;
  const words = tokens.slice(start, from).map((t) => t.text);
  const honorific = words.some((w) => HONORIFICS.has(w));
  const hasRole =
    words.some((w) => isRoleish(w) && !TITLE_STARTERS.has(w)) ||
    words.some((w) => w.split('-').some((p) => ROLE_WORDS.has(p)));
  // "Deputy Minister of | Emergency Situations": a title never ends in a connector, so this is its middle.
  const connectorAt = tokens[from - 1]?.text === 'the' ? from - 2 : from - 1;
  const afterConnector =
    connectorAt >= 0 && tokens[from]?.gap === ' ' && INSIDE_TITLE.has(tokens[connectorAt]?.text ?? '');
  // ... and after a capitalised name ("Seminar on Cold Chain Logistics for | Tropical Fruit"), too.
  const afterName = afterConnector && /^[\p{Lu}\d]/u.test(tokens[connectorAt - 1]?.text ?? '');
  if (!hasRole || afterConnector)
    return { title: null, honorific, insideTitle: (hasRole && afterConnector) || afterName };
  const startToken = tokens[start];
  const nameToken = tokens[from];
  if (!startToken || !nameToken) return { title: null, honorific, insideTitle: false };
  return { title: text.slice(startToken.start, nameToken.start), honorific, insideTitle: false };
}

/** Titles in apposition after a name: "Tung Ciny, Chair of ..., Chair of ..., and Deputy Secretary of ...". */
function titlesAfter(unit: TextUnit, to: number): string[] {
  const { tokens, text } = unit;
  const titles: string[] = [];
  let i = to;
  while (i < tokens.length) {
    const gap = tokens[i]?.gap ?? '';
    // "Rodrigo Bautista Jr., Governor of ...": the full stop belongs to the abbreviation.
    const abbreviated = /^\.,\s*$/.test(gap) && /^(?:Jr|Sr)$/.test(tokens[i - 1]?.text ?? '');
    if (!/^,\s*$/.test(gap) && !abbreviated) break;
    let start = i;
    if (tokens[start]?.text === 'and') start++;
    if (tokens[start]?.text === 'the') start++;
    // A role word within the first words, everything before it capitalised ("Cambodian Minister of ...",
    // "former U.S. Secretary of Energy").
    let role = -1;
    for (let k = start; k < Math.min(start + 4, tokens.length); k++) {
      const word = tokens[k]?.text ?? '';
      if (k > start && isBreak(tokens, k)) break;
      if (isRoleish(word)) {
        role = k;
        break;
      }
      if (!/^\p{Lu}/u.test(word) && !(k === start && word === 'former')) break;
    }
    if (role < 0) break;
    let end = role + 1;
    while (end < tokens.length) {
      const t = tokens[end];
      if (!t) break;
      // "Minister of Higher Education, Science, Research and Innovation of Thailand": a list inside the title.
      const listComma =
        t.gap === ', ' &&
        /^\p{Lu}/u.test(t.text) &&
        !isRoleish(t.text) &&
        !startsPerson(unit, end) &&
        end > role + 1;
      const softGap =
        SOFT_GAPS.has(t.gap) || t.gap === '&' || (t.gap === '. ' && !isBreak(tokens, end)) || listComma;
      if (!softGap) break;
      const capital = /^[\p{Lu}\d]/u.test(t.text) || unit.claimedBy[end] === 'country';
      const connector =
        TITLE_CONNECTORS.has(t.text) ||
        (t.text === 'to' && unit.claimedBy[end + 1] === 'country') ||
        (t.text === 'at' &&
          /^\p{Lu}/u.test(tokens[tokens[end + 1]?.text === 'the' ? end + 2 : end + 1]?.text ?? ''));
      if (!capital && !connector) break;
      if (t.text === 'and' && !/^\p{Lu}/u.test(tokens[end + 1]?.text ?? '')) break;
      if (startsPerson(unit, end) && !INSIDE_TITLE.has(tokens[end - 1]?.text ?? '')) break;
      end++;
    }
    while (end > role && TITLE_CONNECTORS.has(tokens[end - 1]?.text ?? '')) end--;
    const first = tokens[start];
    const last = tokens[end - 1];
    if (!first || !last) break;
    let raw = text.slice(first.start, last.end);
    if (tokens[end]?.gap.startsWith(')')) raw += ')';
    titles.push(raw);
    i = end;
  }
  return titles;
}

const WITH_VERBS = new Set(
  'met meet meets meeting talks talked spoke speaking together along accompanied held co-chaired'.split(' '),
);

/** Verbs or preceding words that show a run is a person. */
function hasContextEvidence(unit: TextUnit, run: Run): boolean {
  const { tokens } = unit;
  let next = run.to;
  while (ADVERBS.has(tokens[next]?.text ?? '') && tokens[next]?.gap === ' ') next++;
  const after = tokens[next];
  if (after && (after.gap === ' ' || after.gap === ', ') && PERSON_VERBS.has(after.text)) return true;
  const before = tokens[run.from - 1];
  const gapBefore = tokens[run.from]?.gap ?? '';
  if (
    before &&
    SOFT_GAPS.has(gapBefore) &&
    (PERSON_PRECEDERS.has(before.text) || LOWER_ROLES.has(before.text)) &&
    // "met with X" is a person; "signed an agreement with X" may be a company.
    (before.text !== 'with' || WITH_VERBS.has(tokens[run.from - 2]?.text ?? ''))
  )
    return true;
  return lowerApposition(unit, run.to) !== null || affiliationAfter(unit, run.to) !== null;
}

/** Lower-case nouns for people: "oceanographer", "hydrologist", "farmer"; not "center", "developer". */
const PERSON_NOUN =
  /^(?:\p{Ll}+(?:ist|ian|er|or|eer|man|woman|person)|nurse|midwife|surgeon|expert|scholar|official|student|doctor|diplomat|graduate|alumnus|alumna|native|citizen|member|veteran|participant|resident|consultant|assistant|representative|envoy|delegate|teacher|chef|head)$/u;
const NOT_PERSON_NOUN = new Set(
  `center sector corridor cluster order water power computer reactor monitor number border river layer paper
  letter chapter partner provider manufacturer developer producer supplier operator exporter importer carrier
  retailer maker leader player user owner buyer seller lender donor sponsor investor contractor vendor
  competitor pioneer frontier barrier container charger converter transformer meter register semester
  quarter corner factor vector indicator accelerator incubator calculator generator simulator`.split(/\s+/),
);

/** ", chief scientist of the course", ", a Sri Lankan adviser": an apposition in lower case, to the clause's end. */
function lowerApposition(unit: TextUnit, to: number): string | null {
  const end = lowerAppositionEnd(unit, to);
  const first = unit.tokens[to];
  const last = unit.tokens[end - 1];
  return end > 0 && first && last ? unit.text.slice(first.start, last.end) : null;
}

/** Index after the apposition's last token, or -1 when the name has none. */
function lowerAppositionEnd(unit: TextUnit, to: number): number {
  const { tokens } = unit;
  const first = tokens[to];
  if (first?.gap !== ', ') return -1;
  const article = first.text === 'a' || first.text === 'an';
  for (let k = to; k < Math.min(to + 4, tokens.length); k++) {
    if (k > to && isBreak(tokens, k)) return -1;
    const word = tokens[k]?.text ?? '';
    const role = LOWER_ROLES.has(word) && /^\p{Ll}/u.test(word);
    const noun = article && k > to && PERSON_NOUN.test(word) && !NOT_PERSON_NOUN.has(word);
    if (role || noun) {
      let end = k + 1;
      while (
        end < tokens.length &&
        end < k + 10 &&
        tokens[end]?.gap === ' ' &&
        !/^(?:who|which|that|whose)$/.test(tokens[end]?.text ?? '')
      )
        end++;
      return end;
    }
  }
  return -1;
}

/** "Peter Mwangi of the Kenya Agricultural Research Institute": a body right after a name, as text. */
function affiliationAfter(unit: TextUnit, to: number): string | null {
  const { tokens, text } = unit;
  const of = tokens[to];
  if (of?.text !== 'of' || of.gap !== ' ') return null;
  let k = to + 1;
  if (tokens[k]?.text === 'the' && tokens[k]?.gap === ' ') k++;
  const start = k;
  let head = -1;
  while (k < tokens.length && k < start + 10 && tokens[k]?.gap === ' ') {
    const word = tokens[k]?.text ?? '';
    if (!/^[\p{Lu}\d]/u.test(word) && !TITLE_CONNECTORS.has(word)) break;
    if (ORG_HEADS.has(word)) head = k;
    k++;
  }
  while (k > head && TITLE_CONNECTORS.has(tokens[k - 1]?.text ?? '')) k--;
  const first = tokens[start];
  const last = tokens[k - 1];
  return head >= start && first && last ? text.slice(first.start, last.end) : null;
}

/**
 * "the Cambodian delegation led by Tung Ciny" → KH: a country shortly before "led by" / "headed by";
 * or one in a lower-case apposition (", a Sri Lankan adviser").
 */
function delegationCountry(unit: TextUnit, from: number, to: number, options: PeopleOptions): string | null {
  const apposition = lowerApposition(unit, to) ?? affiliationAfter(unit, to);
  if (apposition) {
    const code = countriesIn(apposition)[0] ?? countryOfNamesIn(apposition, options);
    if (code) return code;
  }
  const { tokens } = unit;
  // "led by Tung Ciny", "led by its secretary, Tung Ciny", "headed by the deputy director Tung Ciny"
  let at = from - 1;
  while (at > from - 4 && /^\p{Ll}/u.test(tokens[at]?.text ?? '') && tokens[at]?.text !== 'by') at--;
  const by = tokens[at]?.text;
  const verb = tokens[at - 1]?.text;
  if (by !== 'by' || !(verb === 'led' || verb === 'headed')) return null;
  for (let k = at - 2; k >= Math.max(0, at - 9); k--) {
    if (isBreak(tokens, k + 1)) break;
    const match = unit.countries.find((m) => m.from <= k && k < m.to);
    if (match?.values[0]) return match.values[0];
  }
  return null;
}

/** Country of a known organisation or place named in a phrase: "... of the MOST", "from Can Tho". */
function countryOfNamesIn(phrase: string, options: PeopleOptions): string | null {
  for (const [org, orgCode] of options.organizationCountries) if (phrase.includes(org)) return orgCode;
  for (const word of phrase.match(/\p{Lu}[\p{L}']+(?: \p{Lu}[\p{L}']+)*/gu) ?? []) {
    const placeCode = placeCountry(word, options.extraPlaces);
    if (placeCode) return placeCode;
  }
  // "Kazan Federal University": a large city's name inside a body's name.
  for (const word of phrase.match(/\p{Lu}[\p{L}']+/gu) ?? []) {
    const city = isStopWord(word) ? null : worldPlace(word);
    if (city && city.population >= 100_000) return city.country;
  }
  return null;
}

function countryFromTitles(titles: readonly string[], options: PeopleOptions): string | null {
  for (const title of titles) {
    // "Ambassador to China" says where the post is, not whose it is.
    const code = countriesIn(title.replace(/\bto (?:the )?[\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}]*)*/gu, ''))[0];
    if (code) return code;
    const named = countryOfNamesIn(title, options);
    if (named) return named;
  }
  return null;
}

/**
 * Officials whose titles name no country, bloc or international body serve the publisher's own government,
 * when their names are written the way that country's names are (pinyin, for China); otherwise the text
 * does not say, and no country is better than a wrong one.
 */
function homeCountryFor(
  titles: readonly string[],
  words: readonly string[],
  options: PeopleOptions,
): string | null {
  if (!options.homeCountry || titles.length === 0) return null;
  return isInternational(titles) || !looksHome(words, options) ? null : options.homeCountry;
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

const isInternational = (titles: readonly string[]) =>
  titles.some((t) => blocsIn(t).length > 0 || INTERNATIONAL.test(t));

/** Only pinyin is known: for other home countries every name is taken to look local, as before. */
const looksHome = (words: readonly string[], options: PeopleOptions) =>
  options.homeCountry !== 'CN' || isPinyinName(words);

/** The country a courtesy form before or at the start of a name points to. */
function courtesyCountry(unit: TextUnit, run: Run): string | null {
  if (run.courtesy) return COURTESY_COUNTRIES.get(run.courtesy) ?? null;
  for (let k = run.from - 1; k >= Math.max(0, run.from - 3); k--) {
    const word = unit.tokens[k]?.text ?? '';
    if (!HONORIFICS.has(word)) break;
    const code = COURTESY_COUNTRIES.get(word);
    if (code) return code;
  }
  return null;
}

/** Courtesy forms used in one country only: Burmese "U"/"Daw", Malaysian "Tan Sri", Fijian "Ratu". */
const COURTESY_COUNTRIES = new Map([
  ['U', 'MM'],
  ['Daw', 'MM'],
  ['Tan Sri', 'MY'],
  ['Puan Sri', 'MY'],
  ['Toh Puan', 'MY'],
  ['Datuk', 'MY'],
  ['Datin', 'MY'],
  ['Ratu', 'FJ'],
  ['Samdech', 'KH'],
  ['Dasho', 'BT'],
  ['Pehin', 'BN'],
]);

/** Whether `small`'s words appear in `big` in the same order, others between them allowed. */
function isSubsequenceOf(small: readonly string[], big: readonly string[]): boolean {
  let k = 0;
  for (const w of big) if (k < small.length && w === small[k]) k++;
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

const nameKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** One word, not an adverb, followed by a title with its body: "Handoko, Head of the ... Agency, said". */
function isMononym(run: Run, after: readonly string[]): boolean {
  const word = run.words[0] ?? '';
  if (run.words.length !== 1 || word.length <= 2 || /ly$/.test(word)) return false;
  if (after[0]?.includes(' of ')) return true;
  // "Wahyudi, head of the centre's monitoring division, said": a lower-case apposition, then a verb.
  const end = lowerAppositionEnd(run.unit, run.to);
  const verb = run.unit.tokens[end];
  return end > 0 && verb?.gap === ', ' && PERSON_VERBS.has(verb.text);
}

/**
 * People with their titles and country, in order of first mention. A person needs evidence: a title,
 * an apposition, a courtesy form, "led by"/"with", or a verb such as "said"; later short mentions
 * ("Secretary Wang Zhigang", "Wang") are linked to the person already found.
 */
export function extractPeople(units: readonly TextUnit[], options: PeopleOptions): ExtractedPerson[] {
  const mentions: Mention[] = [];
  for (const unit of units) {
    for (const run of findRuns(unit)) {
      const before = titleBefore(unit, run.from);
      // "Director of the Malaysian | Palm Oil | Board": words of a title or of a body's name.
      if (before.insideTitle || isHeadWord(unit, run.to)) continue;
      const after = titlesAfter(unit, run.to);
      const titles = [...(before.title ? [before.title] : []), ...after]
        .flatMap(splitTitle)
        .map(cleanTitle)
        .filter((t): t is string => t !== null);
      const evidence =
        titles.length > 0 ||
        before.honorific ||
        run.courtesy !== null ||
        hasContextEvidence(unit, run) ||
        options.knownNames.has(run.name);
      mentions.push({
        ...run,
        titles,
        evidence,
        mononym: isMononym(run, after),
        courtesyCountry: courtesyCountry(unit, run),
        contextCountry: delegationCountry(unit, run.from, run.to, options),
      });
    }
  }

  const people = new Map<
    string,
    ExtractedPerson & { words: string[]; contextCountry: string | null; courtesyCountry: string | null }
  >();
  const accept = (m: Mention) => {
    const key = nameKey(m.name);
    // "Andrei Volkov" after "Andrei Sergeyevich Volkov": the same person, named shorter.
    let person =
      people.get(key) ??
      [...people.values()].find((p) => p.words.length > m.words.length && isSubsequenceOf(m.words, p.words));
    if (!person) {
      person = {
        name: m.name,
        titles: [],
        country: null,
        words: m.words,
        contextCountry: null,
        courtesyCountry: null,
      };
      people.set(key, person);
    }
    for (const t of m.titles) mergeTitle(person.titles, t);
    person.contextCountry ??= m.contextCountry;
    person.courtesyCountry ??= m.courtesyCountry;
  };
  const fullNames = mentions.filter((m) => m.words.filter((w) => !NAME_PARTICLES.has(w)).length >= 2);
  for (const m of fullNames) if (m.evidence) accept(m);
  // "Nguyen Van A and Tran Thi B attended": a name coordinated with a person is a person.
  for (const m of fullNames) {
    if (people.has(nameKey(m.name))) continue;
    const next = m.unit.tokens[m.to];
    const neighbour = fullNames.find(
      (o) =>
        o.unit === m.unit &&
        people.has(nameKey(o.name)) &&
        ((next?.text === 'and' && o.from === m.to + 1) ||
          (m.unit.tokens[m.from - 1]?.text === 'and' && o.to === m.from - 1)),
    );
    if (neighbour) accept(m);
  }
  // Short or repeated mentions: link to the one known person whose name contains them.
  for (const m of mentions) {
    if (people.has(nameKey(m.name))) {
      accept(m);
      continue;
    }
    const matches = [...people.values()].filter((p) => m.words.every((w) => p.words.includes(w)));
    const only = matches[0];
    if (matches.length === 1 && only) for (const t of m.titles) mergeTitle(only.titles, t);
    else if (matches.length === 0 && m.mononym) accept(m);
  }
  const onlyForeign = onlyForeignCountry(units, options);
  return [...people.values()].map((p) => ({
    name: p.name,
    titles: p.titles,
    country:
      countryFromTitles(p.titles, options) ??
      p.contextCountry ??
      homeCountryFor(p.titles, p.words, options) ??
      p.courtesyCountry ??
      (options.homeCountry === 'CN' && isPinyinName(p.words) ? 'CN' : null) ??
      (isInternational(p.titles) || looksHome(p.words, options) ? null : onlyForeign),
  }));
}
