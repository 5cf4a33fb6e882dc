import type { ReactNode } from 'react';
import { highlightRanges, type MarkTerm, type TextRange } from '../lib/highlight';

const markClass = 'rounded-sm bg-amber-200 px-px text-slate-950 dark:bg-amber-300 dark:text-slate-950';

/**
 * `text[start, end)` as React nodes with the parts inside `ranges` wrapped in <mark>: text stays text,
 * never parsed as HTML.
 */
export function markedNodes(
  text: string,
  ranges: readonly TextRange[],
  start = 0,
  end = text.length,
): ReactNode[] {
  const nodes: ReactNode[] = [];
  let at = start;
  for (const [from, to] of ranges) {
    const a = Math.max(from, at);
    const b = Math.min(to, end);
    if (b <= a) continue;
    if (a > at) nodes.push(text.slice(at, a));
    nodes.push(
      <mark key={a} className={markClass}>
        {text.slice(a, b)}
      </mark>,
    );
    at = b;
  }
  if (at < end) nodes.push(text.slice(at, end));
  return nodes;
}

/** Text with a search's `terms` (see markTerms) marked wherever the search would find them. */
export function Highlighted({ text, terms }: { text: string; terms: readonly MarkTerm[] }) {
  return terms.length ? markedNodes(text, highlightRanges(text, terms)) : text;
}
