import type { Trace } from '../rules/rule';
import { HEADER_LINE_RULE } from './layout-rules';

/** A paragraph is prose when it reads as sentences: long enough, or ending like one. */
const isProse = (p: string) => p.split(/\s+/).length > 10 || /[.!?"”:;,]$/.test(p);

/**
 * Stage 1, segment: which paragraphs are the header and sign-off blocks of a release (not prose), by index.
 * Only paragraphs before the first one of prose or after the last one can be header lines, except those
 * a header pattern names anywhere (PRESS RELEASE, "Ref: ...").
 */
export function headerLines(paragraphs: readonly string[], trace?: Trace): Set<number> {
  const first = paragraphs.findIndex(isProse);
  let last = paragraphs.length - 1;
  while (last >= 0 && !isProse(paragraphs[last] ?? '')) last--;
  const header = new Set<number>();
  paragraphs.forEach((line, index) => {
    const outsideProse = first < 0 || index < first ? 'before' : index > last ? 'after' : false;
    if (!HEADER_LINE_RULE.matches({ line, outsideProse })) return;
    header.add(index);
    trace?.push({ kind: 'layout', rule: HEADER_LINE_RULE.id, value: line, kept: false, paragraph: index });
  });
  return header;
}

/**
 * The indices of a release's closing lines, last first: the short paragraphs at its end that are no
 * sentences ("Issued by the Embassy of X in Y, 14 July 2026", "Putrajaya", "10 September 2023").
 */
export function closingLines(paragraphs: readonly string[]): number[] {
  const lines: number[] = [];
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const p = paragraphs[i] ?? '';
    if (/[.!?"”]$/.test(p) || p.split(/\s+/).length > 14) break;
    lines.push(i);
  }
  return lines;
}
