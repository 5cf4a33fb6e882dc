import { FOREIGN_MONTHS, MONTHS, SIGN_OFF_WORDS } from '../lexicon/calendar';
import type { Rule } from '../rules/rule';

/**
 * Month names and abbreviations from the lexicon, capitalised or in capitals ("12 FEB 2027" in by-lines),
 * longest first ("September" before "Sept").
 */
const MONTH = `(${[...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .flatMap((m) => [m.charAt(0).toUpperCase() + m.slice(1), m.toUpperCase()])
  .join('|')})\\.?`;
const FOREIGN_MONTH = `(${[...FOREIGN_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const RANGE = String.raw`(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?`;

/** A date pattern: `matches` picks [year (if written), month, day] out of the regular expression's match. */
export interface DateRule extends Rule<RegExpExecArray, [string | undefined, string, string]> {
  regex: RegExp;
  /** Numbers only, both 12 or less: how a text that writes its dates month first reads the match. */
  monthFirst?: (m: RegExpExecArray) => [string | undefined, string, string];
}

const monthThenDay = (m: RegExpExecArray): [string | undefined, string, string] => [
  m[3],
  m[1] ?? '',
  m[2] ?? '',
];

/** Day first, as everywhere but the US; a first number above 12 can only be a day, a second one only in US order. */
function dayFirst(m: RegExpExecArray): [string | undefined, string, string] {
  const [a = '', b = ''] = [m[1], m[2]];
  return Number(b) > 12 && Number(a) <= 12 ? [m[3], a, b] : [m[3], b, a];
}

/** Tried on each paragraph; the earliest match in reading order wins. */
export const DATE_RULES: readonly DateRule[] = [
  {
    id: 'date.day-month-year-numeric',
    kind: 'date',
    effect: 'keep',
    regex: /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b/g,
    matches: dayFirst,
    monthFirst: monthThenDay,
    example: {
      text: 'Visit\n\nBrasília, 21/06/2024\n\nThe minister received the envoy.',
      yields: '2024-06-21',
    },
    why: 'Datelines and headers write DD/MM/YYYY or DD.MM.YYYY ("Tuesday, 04/03/2019 10:15 GMT+7").',
  },
  {
    id: 'date.day-month-year-hyphen',
    kind: 'date',
    effect: 'keep',
    regex: /\b(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)\b/g,
    matches: dayFirst,
    monthFirst: monthThenDay,
    example: {
      text: 'Notice\n\nPune, Dated: 07-11-2025\n\nThe office will stay closed.',
      yields: '2025-11-07',
    },
    why: 'Notes of Indian and other Commonwealth offices write the day first with hyphens ("Date: 07-11-2025").',
  },
  {
    id: 'date.year-first-dotted',
    kind: 'date',
    effect: 'keep',
    regex: /\b((?:19|20)\d\d)\.\s?(\d{1,2})\.\s?(\d{1,2})\b\.?/g,
    matches: (m) => [m[1], m[2] ?? '', m[3] ?? ''],
    example: { text: 'Talks\n\n2025. 11. 04.\n\nThe delegations met in Seoul.', yields: '2025-11-04' },
    why: 'Hungarian, Korean and Chinese pages write year, month and day with dots ("2025. 11. 04.", "2025.11.04").',
  },
  {
    id: 'date.foreign-month',
    kind: 'date',
    effect: 'keep',
    regex: new RegExp(
      String.raw`\b(\d{1,2})(?:er)?\.?\s+(?:de\s+)?${FOREIGN_MONTH}\s+(?:de\s+)?((?:19|20)\d\d)\b`,
      'giu',
    ),
    matches: (m) => [m[3], m[2] ?? '', m[1] ?? ''],
    example: {
      text: 'Visit\n\nJakarta, 15 Februari 2022\n\nThe embassy opened the fair.',
      yields: '2022-02-15',
    },
    why: 'By-lines in the publisher\'s language: "9 de noviembre de 2021", "le 11 juin 2021", "4 Maret 2019".',
  },
  {
    id: 'date.year-first-foreign',
    kind: 'date',
    effect: 'keep',
    regex: new RegExp(String.raw`\b((?:19|20)\d\d)\.\s+${FOREIGN_MONTH}\s+(\d{1,2})\.`, 'giu'),
    matches: (m) => [m[1], m[2] ?? '', m[3] ?? ''],
    example: { text: 'Visit\n\nBudapest, 2024. május 14.\n\nThe ministers met.', yields: '2024-05-14' },
    why: 'Hungarian order: year, month, day ("2024. május 14.").',
  },
  {
    id: 'date.iso',
    kind: 'date',
    effect: 'keep',
    regex: new RegExp(String.raw`\b${YEAR}[-/](\d{1,2})[-/](\d{1,2})(?:\b|(?=T\d))`, 'g'),
    matches: (m) => [m[1], m[2] ?? '', m[3] ?? ''],
    example: { text: 'Visit\n\nThe board met on 2017-09-12 in Beijing.', yields: '2017-09-12' },
    why: 'Year first, with hyphens or slashes: 2017-09-12, 2017/09/12, and with its time (2017-09-12T10:30).',
  },
  {
    id: 'date.month-day-year',
    kind: 'date',
    effect: 'keep',
    regex: new RegExp(String.raw`\b${MONTH}\s+${DAY}${RANGE}\b(?:,?\s+${YEAR}\b)?`, 'g'),
    matches: (m) => [m[3], m[1] ?? '', m[2] ?? ''],
    example: { text: 'Visit\n\nOn Sept. 12-14, 2017, the fair was held.', yields: '2017-09-12' },
    why: 'US order, ranges to their first day; without a year the first year written in the text is taken.',
  },
  {
    id: 'date.day-month-year',
    kind: 'date',
    effect: 'keep',
    regex: new RegExp(
      String.raw`\b${DAY}${RANGE}(?:\s+(?:of\s+)?|-)${MONTH}(?:,?\s+${YEAR}|-${YEAR})?\b`,
      'g',
    ),
    matches: (m) => [m[3], m[2] ?? '', m[1] ?? ''],
    example: { text: 'Visit\n\nPosted on: 12 FEB 2027\n\nThe expo opened.', yields: '2027-02-12' },
    why: 'Day first: 12 September 2017, 12-14 September 2017, 12th of September, 12 FEB 2027, 12-Sep-2017.',
  },
];

/**
 * A title that is a masthead: its name and its issue's date set apart by a bar or a bullet. `matches` gives
 * the parts after the separator that hold a year, where the pipeline reads the publication date.
 */
export const DATE_MASTHEAD: Rule<string, string[]> = {
  id: 'date.masthead',
  kind: 'date',
  effect: 'keep',
  matches: (title) => {
    // "No: 47, 9 April 2026, Press Release Regarding ...": a numbered release's title opens with its date.
    const numbered = /^(?:No|Ref|Nº|N°)\.?\s*:?\s*[\w/-]*\d[\w/-]*,\s*(.+)$/iu.exec(title);
    if (numbered?.[1] && /^\S+\s+\S+\s+(?:19|20)\d\d\b|^[\d./-]+\b/.test(numbered[1])) return [numbered[1]];
    // "Release date: R8.11.05 (5 November 2026)": a page whose first line is its date line.
    if (/^(?:(?:release|publication)\s+date|date|posted(?:\s+on)?|published(?:\s+on)?)\s*:/iu.test(title))
      return [title];
    const parts = title.split(/\s[|•·]\s/);
    return parts.length < 2 ? [] : parts.slice(1).filter((p) => /\b(?:19|20)\d\d\b/.test(p));
  },
  example: {
    text: 'WEEKLY BULLETIN | Monday, 2 March 2026\n\nThe trade fair opens on 14 May 2026 in the capital.',
    yields: '2026-03-02',
  },
  why: 'A bulletin or digest dates its issue in its masthead, a numbered release in its title ("No: 12, 3 May 2026, Press Release ..."); the dates in the text are of what they report.',
};

/**
 * A line of the sign-off block that ends with a full date and names only who issued it, where: "Issued by
 * the Embassy of X in Y, 14 July 2026", "Ministry of Foreign Affairs, Putrajaya 10 September 2023" (not
 * "Applications close on 30 June 2026", whose verb says what the date is of).
 */
export const DATE_SIGN_OFF: Rule<string> = {
  id: 'date.sign-off',
  kind: 'date',
  effect: 'keep',
  matches: (line) => {
    if (line.includes(':') || !/\b(?:19|20)\d\d\.?$/.test(line) || line.split(/\s+/).length > 14)
      return false;
    const lower = line.match(/(?<![\p{L}\d])\p{Ll}[\p{L}'’-]*/gu) ?? [];
    return lower.every((w) => SIGN_OFF_WORDS.has(w) || FOREIGN_MONTHS.has(w) || /^(?:st|nd|rd|th)$/.test(w));
  },
  example: {
    text: 'Visit\n\nThe ambassador opened the fair on 3 May, as in 2024.\n\nIssued by the Embassy of Chile in Oslo, 5 May 2026',
    yields: '2026-05-05',
  },
  why: "Embassies and ministries date a release at its foot, under the issuer's name; the dates in the text are of what it reports.",
};

const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](?:19|20)\d\d\b/g;

/**
 * A text that writes a date month first where only that order reads ("closes on 05/14/2027") reads its other
 * numeric dates month first too ("La Paz, 11/04/2026" is 4 November); a day-first one says the opposite.
 */
export const DATE_MONTH_FIRST: Rule<string> = {
  id: 'date.month-first',
  kind: 'date',
  effect: 'keep',
  matches: (text) => {
    let monthFirst = false;
    for (const [, a = '', b = ''] of text.matchAll(NUMERIC_DATE)) {
      if (Number(a) > 12 && Number(b) <= 12) return false;
      if (Number(a) <= 12 && Number(b) > 12) monthFirst = true;
    }
    return monthFirst;
  },
  example: {
    text: 'Call\n\nWashington, 03/04/2026\n\nApplications open on 03/20/2026 and close on 05/14/2026.',
    yields: '2026-03-04',
  },
  why: "US publishers write numeric dates month first; where one of the text's dates can only be read that way, so are its others.",
};
