/**
 * Extraction rules are named data: what a rule yields, on which example, and why it exists. Stages run
 * their rules in order and record in a trace which rule produced (or dropped) each entity, so a miss in
 * the evaluation points at one rule (`npm run eval:extraction -- --explain <case>`). Every rule's example
 * runs as a unit test (`all-rules.test.ts`).
 */
export type RuleKind =
  'person' | 'person-country' | 'event' | 'organization' | 'date' | 'layout' | 'publisher';

export interface RuleExample {
  /** A short announcement in the text format: [breadcrumb line,] title line, paragraphs after blank lines. */
  text: string;
  /** What the rule yields on it: a name, "Name: CC" for a person's country, an ISO date. */
  yields: string;
  /** The publisher's home country for the example (as `homeCountry` in the overrides). */
  home?: string;
  /** The page's og:site_name for the example. */
  publisherName?: string;
  /** Names known to be people for the example (as `knownPeople` in the overrides). */
  knownPeople?: string[];
}

export interface Rule<Input, Output = boolean> {
  id: string;
  kind: RuleKind;
  /** 'keep' rules produce an entity (or a value of one); 'drop' rules reject a candidate. */
  effect: 'keep' | 'drop';
  matches: (input: Input) => Output;
  example: RuleExample;
  why: string;
}

/** One decision of one rule: the entity (or "Name: CC") it produced or dropped, in which paragraph. */
export interface TraceEntry {
  kind: RuleKind;
  rule: string;
  value: string;
  kept: boolean;
  /** Index of the paragraph (-1: the title or the whole announcement). */
  paragraph: number;
}

/** Where stages write their decisions; `undefined` when nobody asked, so ingesting pays nothing. */
export type Trace = TraceEntry[] | undefined;
