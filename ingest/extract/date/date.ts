import { MONTHS } from '../lexicon/calendar';

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const RANGE = String.raw`(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?`;

/** Each pattern yields [year?, month, day] through named positions; first match in reading order wins. */
const PATTERNS: Array<{ regex: RegExp; pick: (m: RegExpExecArray) => [string | undefined, string, string] }> =
  [
    // 2017-09-12, 2017/09/12
    {
      regex: new RegExp(String.raw`\b${YEAR}[-/](\d{1,2})[-/](\d{1,2})\b`, 'g'),
      pick: (m) => [m[1], m[2] ?? '', m[3] ?? ''],
    },
    // September 12, 2017 · Sept. 12-14, 2017 · Sept. 12 (year from context)
    {
      regex: new RegExp(String.raw`\b${MONTH}\s+${DAY}${RANGE}\b(?:,?\s+${YEAR}\b)?`, 'g'),
      pick: (m) => [m[3], m[1] ?? '', m[2] ?? ''],
    },
    // 12 September 2017 · 12-14 September 2017 · 12th of September
    {
      regex: new RegExp(String.raw`\b${DAY}${RANGE}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR})?\b`, 'g'),
      pick: (m) => [m[3], m[2] ?? '', m[1] ?? ''],
    },
  ];

const pad = (n: number) => String(n).padStart(2, '0');

function toIsoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return MONTHS.get(text.toLowerCase().replace(/\.$/, '')) ?? null;
}

/**
 * The announcement's date: the first full date in reading order ("On September 12, 2017", "12 September 2017",
 * "2017-09-12"). A date without a year ("Sept. 12") takes the first year written in the text; none → null.
 */
export function extractDate(texts: readonly string[]): string | null {
  const all = texts.join('\n');
  const contextYear = /\b((?:19|20)\d\d)\b/.exec(all)?.[1];
  for (const text of texts) {
    let best: { index: number; iso: string } | null = null;
    for (const { regex, pick } of PATTERNS) {
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        if (best && m.index >= best.index) break;
        const [year, month, day] = pick(m);
        const y = year ?? contextYear;
        const monthNo = monthNumber(month);
        if (!y || monthNo === null) continue;
        // "May 5" alone is a month; "may 5" in prose is a verb, so the month must be capitalised.
        if (!/^\d/.test(month) && !/^\p{Lu}/u.test(month)) continue;
        const iso = toIsoDate(Number(y), monthNo, Number(day));
        if (iso) {
          best = { index: m.index, iso };
          break;
        }
      }
    }
    if (best) return best.iso;
  }
  return null;
}
