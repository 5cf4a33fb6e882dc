import type { TraceEntry } from '../extract/rules/rule';
import { slugify } from '../ids';
import type { EvalCase } from './eval-set';

/** Names are compared as slugs, so case, accents and punctuation do not count as errors. */
export const norm = (s: string) => slugify(s, 200);

export type Verdict = 'right' | 'wrong' | 'unjudged';

/**
 * Whether one decision of one rule agrees with the hand-written expectation: a kept entity is right when
 * expected; a dropped candidate is wrong when it is, or holds, an expected name; a person's country is
 * judged only for expected people.
 */
export function judge(entry: TraceEntry, expected: EvalCase['expected']): Verdict {
  const value = norm(entry.value);
  const names = (list: readonly string[]) => list.map(norm);
  const decide = (list: readonly string[]): Verdict => {
    const wanted = names(list);
    if (entry.kept) return wanted.includes(value) ? 'right' : 'wrong';
    return wanted.some(
      (w) => w === value || ` ${value.replace(/-/g, ' ')} `.includes(` ${w.replace(/-/g, ' ')} `),
    )
      ? 'wrong'
      : 'right';
  };
  switch (entry.kind) {
    case 'person':
      return decide(expected.people.map(([name]) => name));
    case 'event':
      return decide(expected.events);
    case 'organization':
      return decide(expected.organizations);
    case 'date':
      return entry.value === expected.date ? 'right' : 'wrong';
    case 'layout':
    case 'publisher':
      return 'unjudged';
    case 'person-country': {
      const at = entry.value.lastIndexOf(': ');
      const name = norm(entry.value.slice(0, at));
      const person = expected.people.find(([n]) => norm(n) === name);
      if (!person) return 'unjudged';
      const code = entry.value.slice(at + 2);
      return person[1] === (code === 'none' ? null : code) ? 'right' : 'wrong';
    }
  }
}

export interface RuleFigures {
  fired: number;
  right: number;
  wrong: number;
}

/** Per rule id: how often it decided, and how often it was right or wrong. */
export function ruleFigures(
  runs: ReadonlyArray<{ case: EvalCase; trace: readonly TraceEntry[] }>,
): Map<string, RuleFigures> {
  const figures = new Map<string, RuleFigures>();
  for (const run of runs)
    for (const entry of run.trace) {
      const f = figures.get(entry.rule) ?? { fired: 0, right: 0, wrong: 0 };
      f.fired++;
      const verdict = judge(entry, run.case.expected);
      if (verdict === 'right') f.right++;
      else if (verdict === 'wrong') f.wrong++;
      figures.set(entry.rule, f);
    }
  return figures;
}
