import type { Trace } from '../rules/rule';
import { extendLeft, extendRight, isPhraseWord, phraseText, type PhraseContext } from '../phrases';
import { isOrdinal } from '../lexicon/calendar';
import { EVENT_HEADS } from '../lexicon/heads';
import { EVENT_EDITION_YEAR, EVENT_NO_MODIFIER, EVENT_RULES, type EventRule } from './event-rules';

export interface EventMatch {
  name: string;
  from: number;
  to: number;
}

const HEAD_RULES = new Map<string, EventRule | null>();

/** The first rule whose head takes the word (memoised: it is asked for every token). */
function ruleForHead(word: string): EventRule | null {
  let rule = HEAD_RULES.get(word);
  if (rule === undefined) {
    rule = EVENT_RULES.find((r) => r.head(word)) ?? null;
    if (HEAD_RULES.size < 50_000) HEAD_RULES.set(word, rule);
  }
  return rule;
}

/**
 * Named events: "14th China-ASEAN Expo", "Fifth Forum on ...", "China-ASEAN Year of Innovation",
 * "the 5th session of the China-Indonesia Joint Commission". Ordinals are kept, so two editions are two events.
 */
export function extractEvents(phraseContext: PhraseContext, trace?: Trace): EventMatch[] {
  const ctx = { ...phraseContext, roleWords: true };
  const { unit } = ctx;
  const { tokens, at } = unit;
  const found: EventMatch[] = [];
  let covered = 0;
  const isEventHead = (i: number) => EVENT_HEADS.has(at.text(i)) || /^Years?$/.test(at.text(i));
  for (let h = 0; h < tokens.length; h++) {
    if (h < covered) continue;
    const head = tokens[h];
    if (!head || unit.claimedBy[h] === 'bloc') continue;
    const rule = ruleForHead(head.text);
    if (!rule?.matches({ ctx, h })) continue;
    const from = rule.lowerHead
      ? h - 1
      : extendLeft(ctx, h, (i) => isPhraseWord(ctx, i) || isOrdinal(at.text(i)));
    let to = extendRight(ctx, h, (i) => isEventHead(i));
    const withYear = EVENT_EDITION_YEAR.matches({ ctx, h: to });
    if (withYear) to++;
    const name = phraseText(ctx, from, to);
    if (EVENT_NO_MODIFIER.matches({ words: at.words(from, to), head: h - from })) {
      trace?.push({
        kind: 'event',
        rule: EVENT_NO_MODIFIER.id,
        value: name,
        kept: false,
        paragraph: unit.index,
      });
      continue;
    }
    trace?.push({ kind: 'event', rule: rule.id, value: name, kept: true, paragraph: unit.index });
    if (withYear)
      trace?.push({
        kind: 'event',
        rule: EVENT_EDITION_YEAR.id,
        value: name,
        kept: true,
        paragraph: unit.index,
      });
    found.push({ name, from, to });
    covered = to;
  }
  return found;
}
