import type { Trace } from '../rules/rule';
import {
  extendLeft,
  extendRight,
  headFirstNameEnd,
  isPhraseWord,
  phraseText,
  type PhraseContext,
} from '../phrases';
import { isEditionNumber } from '../lexicon/calendar';
import { EVENT_HEADS } from '../lexicon/heads';
import type { TextUnit } from '../tagging/tag-unit';
import {
  EVENT_HEAD_INSIDE_NAME,
  EVENT_IN_REGION,
  EVENT_LEFT_EXTENSIONS,
  EVENT_NAMED_HEADS,
  EVENT_NO_MODIFIER,
  EVENT_PART_OF_EVENT,
  EVENT_RIGHT_EXTENSIONS,
  EVENT_BACKER,
  EVENT_ENTITLED,
  EVENT_RULES,
  EVENT_STANDING_BODY,
  EVENT_TITLE_RULES,
  completedMentions,
  lowerHeadStart,
  type EventRule,
} from './event-rules';

export interface EventMatch {
  name: string;
  from: number;
  to: number;
}

/** A paragraph's events, and its bare mentions ("its Third Ordinary Session") that a title may complete. */
export interface UnitEvents {
  events: EventMatch[];
  bare: string[];
}

/** The rules a word may be the head of: those that name an event by themselves, then the first head rule. */
interface HeadRules {
  named: readonly EventRule[];
  rule: EventRule | null;
}

const NO_RULES: HeadRules = { named: [], rule: null };
const HEAD_RULES = new Map<string, HeadRules>();

/** Memoised: it is asked for every token. */
function rulesForHead(word: string): HeadRules {
  let rules = HEAD_RULES.get(word);
  if (rules === undefined) {
    const named = EVENT_NAMED_HEADS.filter((r) => r.head(word));
    const rule = EVENT_RULES.find((r) => r.head(word)) ?? null;
    rules = named.length === 0 && rule === null ? NO_RULES : { named, rule };
    if (HEAD_RULES.size < 50_000) HEAD_RULES.set(word, rules);
  }
  return rules;
}

/**
 * Named events: "14th China-ASEAN Expo", "Fifth Forum on ...", "China-ASEAN Year of Innovation",
 * "the 5th session of the China-Indonesia Joint Commission". Ordinals are kept, so two editions are two events.
 */
export function extractEvents(phraseContext: PhraseContext, trace?: Trace): UnitEvents {
  // How often "in" took a region into the current name (asked by extendRight, counted here).
  const seen = { regions: 0 };
  const ctx: PhraseContext = {
    ...phraseContext,
    roleWords: true,
    inName: (k) => (EVENT_IN_REGION.matches({ unit: phraseContext.unit, k }) ? ++seen.regions > 0 : false),
  };
  const { unit } = ctx;
  const { tokens, at } = unit;
  const record = (rule: string, value: string, kept: boolean) =>
    trace?.push({ kind: 'event', rule, value, kept, paragraph: unit.index });
  const found: EventMatch[] = [];
  const bare: string[] = [];
  const accept = (i: number) => isPhraseWord(ctx, i) || isEditionNumber(at.text(i));
  const isEventHead = (i: number) => EVENT_HEADS.has(at.text(i)) || /^Years?$/.test(at.text(i));
  let covered = 0;
  for (let h = 0; h < tokens.length; h++) {
    if (h < covered) continue;
    const head = tokens[h];
    if (!head || unit.claimedBy[h] === 'bloc') continue;
    const entitled = EVENT_ENTITLED.matches({ ctx, h });
    if (entitled > h) {
      const name = phraseText(ctx, h, entitled);
      record(EVENT_ENTITLED.id, name, true);
      found.push({ name, from: h, to: entitled });
      covered = entitled;
      continue;
    }
    const candidates = rulesForHead(head.text);
    if (candidates === NO_RULES) continue;
    const named = candidates.named.find((r) => r.matches({ ctx, h }));
    const rule = named ?? candidates.rule;
    if (!rule || (!named && !rule.matches({ ctx, h }))) continue;
    if (!named && EVENT_STANDING_BODY.matches({ ctx, h })) {
      const to = extendRight(ctx, h, isEventHead);
      record(EVENT_STANDING_BODY.id, phraseText(ctx, extendLeft(ctx, h, accept), to), false);
      covered = to;
      continue;
    }
    if (!rule.headFirst && EVENT_HEAD_INSIDE_NAME.matches({ ctx, h })) {
      record(EVENT_HEAD_INSIDE_NAME.id, phraseText(ctx, extendLeft(ctx, h, accept), h + 2), false);
      continue;
    }
    const fired: string[] = [];
    seen.regions = 0;
    let from = rule.start
      ? rule.start({ ctx, h })
      : rule.lowerHead
        ? lowerHeadStart({ ctx, h })
        : extendLeft(ctx, h, accept);
    for (let changed = !rule.lowerHead; changed;) {
      changed = false;
      for (const left of EVENT_LEFT_EXTENSIONS) {
        const start = left.matches({ ctx, h, from, to: h + 1 });
        if (start < from) {
          from = extendLeft(ctx, start, accept);
          fired.push(left.id);
          changed = true;
        }
      }
    }
    const nameEnd = rule.headFirst ? headFirstNameEnd(ctx, h + 1, isEventHead) : h + 1;
    let to = extendRight(ctx, h, isEventHead, nameEnd);
    for (let changed = true; changed;) {
      changed = false;
      for (const right of EVENT_RIGHT_EXTENSIONS) {
        const end = right.matches({ ctx, h, from, to });
        if (end > to) {
          to = extendRight(ctx, h, isEventHead, end);
          fired.push(right.id);
          changed = true;
        }
      }
    }
    if (seen.regions > 0) fired.push(EVENT_IN_REGION.id);
    // A part of an event ("the Opening Ceremony of the X Summit") is judged by the event it belongs to.
    let judged = { from, head: h };
    const own = EVENT_PART_OF_EVENT.matches({ ctx, h, from, to });
    if (own > from) {
      judged = { from: own, head: own };
      for (let i = own; i < to; i++) if (EVENT_HEADS.has(at.text(i))) judged.head = i;
    }
    const bareHead =
      !rule.named &&
      EVENT_NO_MODIFIER.matches({ words: at.words(judged.from, to), head: judged.head - judged.from });
    if (own > from && !bareHead) {
      from = own;
      fired.push(EVENT_PART_OF_EVENT.id);
    }
    const name = phraseText(ctx, from, to);
    if (!rule.named && EVENT_BACKER.matches({ ctx, h, from, to })) {
      record(EVENT_BACKER.id, name, false);
      covered = to;
      continue;
    }
    if (bareHead) {
      record(EVENT_NO_MODIFIER.id, name, false);
      bare.push(name);
      continue;
    }
    covered = to;
    record(rule.id, name, true);
    for (const id of fired) record(id, name, true);
    found.push({ name, from, to });
  }
  return { events: found, bare };
}

/** An event of the title that a title rule accepts, and the body's mentions it stands for. */
export interface TitleEventMatch {
  name: string;
  completes: string[];
}

/**
 * Events named in the title. Titles capitalise every word, which hides where names end, so a title's event
 * counts only where a rule says the title is about it: it completes a short mention of the body, follows
 * "Communiqué of the ...", or is the whole title.
 */
export function extractTitleEvents(
  title: TextUnit,
  personWords: ReadonlySet<string>,
  mentions: readonly string[],
  trace?: Trace,
): TitleEventMatch[] {
  const result: TitleEventMatch[] = [];
  for (const match of extractEvents({ unit: title, personWords }).events) {
    const input = { title, ...match, mentions };
    const rule = EVENT_TITLE_RULES.find((r) => r.matches(input));
    if (!rule) continue;
    trace?.push({ kind: 'event', rule: rule.id, value: match.name, kept: true, paragraph: -1 });
    result.push({ name: match.name, completes: completedMentions(input) });
  }
  return result;
}
