import { describe, expect, it } from 'vitest';
import { parseTextDocument } from '../../read-input';
import { DEFAULT_EXTRACT_OPTIONS, extractEntities } from '../pipeline';
import { ALL_RULES } from './all-rules';
import type { RuleExample, TraceEntry } from './rule';

/** Runs a rule's example the way the ingest runs an announcement: first line the title, then paragraphs. */
function traceOf({ text, home, knownPeople, publisherName }: RuleExample): TraceEntry[] {
  const doc = parseTextDocument(text, 'example.txt');
  const trace: TraceEntry[] = [];
  const options = { ...DEFAULT_EXTRACT_OPTIONS, homeCountry: home ?? null, knownNames: new Set(knownPeople) };
  extractEntities(doc.title, doc.paragraphs, options, trace, {
    breadcrumb: doc.breadcrumb,
    publisherName: publisherName ?? null,
  });
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
