import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACT_OPTIONS, extractEntities } from '../pipeline';
import { ALL_RULES } from './all-rules';
import type { RuleExample, TraceEntry } from './rule';

/** Runs a rule's example the way the ingest runs an announcement: first line the title, then paragraphs. */
function traceOf({ text, home, knownPeople }: RuleExample): TraceEntry[] {
  const [title = '', ...rest] = text.split('\n');
  const paragraphs = rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const trace: TraceEntry[] = [];
  extractEntities(
    title,
    paragraphs,
    { ...DEFAULT_EXTRACT_OPTIONS, homeCountry: home ?? null, knownNames: new Set(knownPeople) },
    trace,
  );
  return trace;
}

describe('extraction rules', () => {
  it('have unique ids', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // One test per rule: its example must be decided by that very rule, with the value it promises.
  for (const rule of ALL_RULES) {
    it(`${rule.id}: ${rule.example.yields}`, () => {
      const decisions = traceOf(rule.example).filter((e) => e.rule === rule.id);
      expect(decisions).toContainEqual(
        expect.objectContaining({ value: rule.example.yields, kept: rule.effect === 'keep' }),
      );
    });
  }
});
