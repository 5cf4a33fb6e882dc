import { FOREIGN_MONTHS, MONTHS } from '../lexicon/calendar';
import type { Trace } from '../rules/rule';
import { DATE_MONTH_FIRST, DATE_RULES } from './date-rules';

const pad = (n: number) => String(n).padStart(2, '0');

function toIsoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const name = text.toLowerCase().replace(/\.$/, '');
  return MONTHS.get(name) ?? FOREIGN_MONTHS.get(name) ?? null;
}

/**
 * The announcement's date: the first full date in reading order ("On September 12, 2017", "12 September 2017",
 * "2017-09-12"). A date without a year ("Sept. 12") takes the first year written in the text; none → null.
 */
export function extractDate(
  texts: readonly string[],
  trace?: Trace,
  firstParagraph = 0,
  /** The whole text, whose numeric dates tell their order (`date.month-first`) when `texts` is one line of it. */
  whole: readonly string[] = texts,
): string | null {
  const all = texts.join('\n');
  const contextYear = /\b((?:19|20)\d\d)\b/.exec(all)?.[1];
  const wholeText = whole === texts ? all : whole.join('\n');
  const monthFirst =
    /\d[/.-]\d{1,2}[/.-](?:19|20)\d\d/.test(wholeText) && DATE_MONTH_FIRST.matches(wholeText);
  for (const [paragraph, text] of texts.entries()) {
    let best: { index: number; iso: string; rule: string } | null = null;
    for (const rule of DATE_RULES) {
      const { regex } = rule;
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        if (best && m.index >= best.index) break;
        const read = monthFirst && rule.monthFirst ? rule.monthFirst : rule.matches;
        const [year, month, day] = read(m);
        const y = year ?? contextYear;
        const monthNo = monthNumber(month);
        if (!y || monthNo === null) continue;
        const iso = toIsoDate(Number(y), monthNo, Number(day));
        if (iso) {
          best = { index: m.index, iso, rule: read === rule.matches ? rule.id : DATE_MONTH_FIRST.id };
          break;
        }
      }
    }
    if (best) {
      trace?.push({
        kind: 'date',
        rule: best.rule,
        value: best.iso,
        kept: true,
        paragraph: firstParagraph + paragraph,
      });
      return best.iso;
    }
  }
  return null;
}
