import { isOrdinal, isYear } from '../lexicon/calendar';
import { EVENT_HEADS, LOWER_EVENT_HEADS, SESSION_BODIES } from '../lexicon/heads';
import { extendLeft, extendRight, isPhraseWord, phraseText, type PhraseContext } from '../phrases';

export interface EventMatch {
  name: string;
  from: number;
  to: number;
}

/**
 * Named events: "14th China-ASEAN Expo", "Fifth Forum on ...", "China-ASEAN Year of Innovation",
 * "the 5th session of the China-Indonesia Joint Commission". Ordinals are kept, so two editions are two events.
 */
export function extractEvents(ctx: PhraseContext): EventMatch[] {
  const { unit } = ctx;
  const { tokens } = unit;
  const found: EventMatch[] = [];
  let covered = 0;
  const isEventHead = (i: number) =>
    EVENT_HEADS.has(tokens[i]?.text ?? '') || /^Years?$/.test(tokens[i]?.text ?? '');
  for (let h = 0; h < tokens.length; h++) {
    if (h < covered) continue;
    const head = tokens[h];
    if (!head || unit.claimedBy[h] === 'bloc') continue;
    const word = head.text;
    const followedByOf = tokens[h + 1]?.text === 'of' && tokens[h + 1]?.gap === ' ';
    const ordinalBefore = isOrdinal(tokens[h - 1]?.text ?? '') && head.gap === ' ';
    let lowerHead = false;
    if (word === 'Year' || word === 'Years') {
      if (!followedByOf) continue;
    } else if (SESSION_BODIES.has(word)) {
      // "the 14th China-ROK Joint Committee on ..." : a numbered session of a standing body.
      const from = extendLeft(ctx, h, (i) => isPhraseWord(ctx, i) || isOrdinal(tokens[i]?.text ?? ''));
      if (!isOrdinal(tokens[from]?.text ?? '') || isYear(tokens[from]?.text ?? '')) continue;
    } else if (word === 'Congress') {
      if (!ordinalBefore) continue;
    } else if (LOWER_EVENT_HEADS.has(word)) {
      if (!ordinalBefore || !followedByOf) continue;
      lowerHead = true;
    } else if (!EVENT_HEADS.has(word)) continue;

    const from = lowerHead
      ? h - 1
      : extendLeft(ctx, h, (i) => isPhraseWord(ctx, i) || isOrdinal(tokens[i]?.text ?? ''));
    const to = extendRight(ctx, h, (i) => isEventHead(i));
    const words = tokens.slice(from, to).map((t) => t.text);
    const modifiers = words.filter(
      (w, i) => from + i !== h && !isOrdinal(w) && !['of', 'the', 'on', 'for', 'and'].includes(w),
    );
    if (modifiers.length === 0) continue;
    found.push({ name: phraseText(ctx, from, to), from, to });
    covered = to;
  }
  return found;
}
