import { HONORIFICS } from '../lexicon/honorifics';
import { LEADING_FORMS } from '../lexicon/traditions/all';
import type { Run } from './candidates';

/*
 * The structure of a list: items of one shape in one paragraph (lines joined by the reader, a table's
 * cells, a participants' list). When most of its items open with a person the rules found, an item of the
 * same shape opens with a person too, even where nothing beside the name says so.
 */

const FORM_WORDS = new Set(LEADING_FORMS.flat());

/** The index where a run's item opens: back over the courtesy forms before the name ("H.E. Dr. X"). */
function itemStart(run: Run): number {
  const { at } = run.unit;
  let k = run.from;
  while (k > 0 && (at.in(k - 1, HONORIFICS) || at.in(k - 1, FORM_WORDS)) && /^[.\s']*$/.test(at.gap(k))) k--;
  if (at.text(k - 1) === 'the' && at.spaced(k) && k < run.from) k--;
  // "the ministers of Angola, A; of Brazil, B; ...": an item may open with its country's label.
  const label = at.gap(k) === ', ' ? run.unit.countries.find((m) => m.to === k) : undefined;
  if (label) k = at.text(label.from - 1) === 'of' && at.spaced(label.from) ? label.from - 1 : label.from;
  return k;
}

/** The mark that separates items: a semicolon, a table's bar, a bullet, a line's dash. */
function separatorBefore(run: Run): string | null {
  const { at } = run.unit;
  let k = itemStart(run);
  // "...; and X": the list's last item.
  if (at.text(k - 1) === 'and' && at.spaced(k)) k--;
  const gap = at.gap(k);
  // (":" opens a list's first item: "Present: A, ...; B, ...")
  const mark = /^\s*([;|•·▪:])\s*$/.exec(gap) ?? /^\s+([–—-])\s+$/.exec(gap);
  return mark?.[1] ?? null;
}

/** What follows the name in its item: a comma ("Name, Title"), a bracket ("Name (Body)"), or the item's end. */
function shapeAfter(run: Run, mark: string): string {
  const { at } = run.unit;
  if (!at.exists(run.to)) return 'end';
  const gap = at.gap(run.to);
  if (gap.trim() === mark) return 'end';
  if (gap.startsWith(',')) return 'comma';
  if (gap.includes('(')) return 'bracket';
  return gap.trim() === '' ? 'word' : `gap:${gap.trim()}`;
}

/**
 * Whether `run` opens an item of a list whose other items (two at least, and at least half of those
 * opening with a name) open with people, in the same shape ("Name, Title" or "Name (Body)").
 */
export function listSibling<R extends Run>(
  run: R,
  others: readonly R[],
  isPerson: (r: R) => boolean,
): boolean {
  const mark = separatorBefore(run);
  if (!mark || mark === ':') return false;
  const shape = shapeAfter(run, mark);
  // (a name followed straight by another word is no item of its own: "X Street", "X Foundation")
  if (shape === 'word') return false;
  const items = others.filter((o) => {
    if (o === run || o.unit !== run.unit) return false;
    const its = separatorBefore(o);
    return its === mark || (its === ':' && o.from < run.from);
  });
  const people = items.filter(isPerson);
  return (
    people.length >= 2 &&
    people.length * 2 >= items.length &&
    people.some((p) => shapeAfter(p, mark) === shape)
  );
}

/**
 * "A, B and C" with the names alone: a chain of runs joined only by commas and "and", of three names or
 * more, two of them people the rules found.
 */
export function commaChainSibling<R extends Run>(
  run: R,
  others: readonly R[],
  isPerson: (r: R) => boolean,
): boolean {
  const { at } = run.unit;
  const start = itemStart(run);
  // (a name joined to nothing by a comma or "and" is in no chain: most are, so this is asked first)
  if (
    at.gap(start) !== ', ' &&
    at.text(start - 1) !== 'and' &&
    at.gap(run.to) !== ', ' &&
    at.text(run.to) !== 'and'
  )
    return false;
  const inUnit = others.filter((o) => o.unit === run.unit).sort((a, b) => a.from - b.from);
  const joined = (a: R, b: R) => {
    const { at } = a.unit;
    const k = itemStart(b);
    if (k === a.to) return at.gap(k) === ', ';
    return k === a.to + 1 && at.text(a.to) === 'and' && at.spaced(k) && /^,? $/.test(at.gap(a.to));
  };
  let i = inUnit.indexOf(run);
  if (i < 0) return false;
  let first = i;
  while (first > 0 && joined(inUnit[first - 1] as R, inUnit[first] as R)) first--;
  for (; i + 1 < inUnit.length && joined(inUnit[i] as R, inUnit[i + 1] as R);) i++;
  const chain = inUnit.slice(first, i + 1);
  const people = chain.filter((r) => r !== run && isPerson(r));
  return chain.length >= 3 && people.length >= 2 && people.length * 2 >= chain.length - 1;
}
