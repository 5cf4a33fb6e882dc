import { MONTHS } from '../lexicon/calendar';
import type { Rule } from '../rules/rule';

/** Month names and abbreviations from the lexicon, capitalised, longest first ("September" before "Sept"). */
const MONTH = `(${[...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((m) => m.charAt(0).toUpperCase() + m.slice(1))
  .join('|')})\\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const RANGE = String.raw`(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?`;

/** A date pattern: `matches` picks [year (if written), month, day] out of the regular expression's match. */
export interface DateRule extends Rule<RegExpExecArray, [string | undefined, string, string]> {
  regex: RegExp;
}

/** Tried on each paragraph; the earliest match in reading order wins. */
export const DATE_RULES: readonly DateRule[] = [
  {
    id: 'date.iso',
    kind: 'date',
    effect: 'keep',
    regex: new RegExp(String.raw`\b${YEAR}[-/](\d{1,2})[-/](\d{1,2})\b`, 'g'),
    matches: (m) => [m[1], m[2] ?? '', m[3] ?? ''],
    example: { text: 'Visit\n\nThe board met on 2017-09-12 in Beijing.', yields: '2017-09-12' },
    why: 'Year first, with hyphens or slashes: 2017-09-12, 2017/09/12.',
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
    regex: new RegExp(String.raw`\b${DAY}${RANGE}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR})?\b`, 'g'),
    matches: (m) => [m[3], m[2] ?? '', m[1] ?? ''],
    example: { text: 'Visit\n\nOn the 12th of September 2017 the fair opened.', yields: '2017-09-12' },
    why: 'Day first: 12 September 2017, 12-14 September 2017, 12th of September.',
  },
];
