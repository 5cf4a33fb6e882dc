import { parseTextQuery } from '../data/search-index/text';

/** `[start, end)` in UTF-16 code units of the text a range was found in. */
export type TextRange = readonly [start: number, end: number];

/** What to mark: one folded word, or a phrase's words; a `prefix` term marks the start of each word it begins. */
export interface MarkTerm {
  readonly words: readonly string[];
  readonly prefix: boolean;
}

/**
 * The terms a search found its results by: its positive parts, as the search parses them (phrases stay
 * phrases, `-excluded` words are left out, a bare word matches word starts).
 */
export function markTerms(query: string): MarkTerm[] {
  return parseTextQuery(query)
    .filter((part) => !part.exclude)
    .map(({ words, prefix }) => ({ words, prefix }));
}

/**
 * Where the `terms` occur in `text`, folded and split into words as the search folds and splits (case and
 * accents ignored, a prefix term only at a word's start, a phrase word for word), as ranges of the original
 * text, sorted and merged. Each character is folded on its own, so positions in the folded text map back
 * to the characters they came from.
 */
export function highlightRanges(text: string, terms: readonly MarkTerm[]): TextRange[] {
  if (terms.length === 0 || !text) return [];
  let folded = '';
  /** For each folded code unit, the original code unit it came from. */
  const origin: number[] = [];
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) ?? 0;
    // ASCII folds to itself lower-cased (no marks, no compatibility forms): the common case, without the
    // string and the normalisation per character.
    if (codePoint < 0x80) {
      origin.push(i);
      folded += text.charAt(i++).toLowerCase();
      continue;
    }
    const char = String.fromCodePoint(codePoint);
    const part = char
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    for (let k = 0; k < part.length; k++) origin.push(i);
    folded += part;
    i += char.length;
  }
  const tokens = [...folded.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0], start: m.index }));
  /** The original range of folded code units `[from, to)`. */
  const rangeOf = (from: number, to: number): [number, number] => {
    const last = origin[to - 1] ?? 0;
    return [origin[from] ?? 0, last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1)];
  };
  const found: [number, number][] = [];
  for (const { words, prefix } of terms) {
    const [first] = words;
    if (first === undefined) continue;
    if (prefix) {
      for (const token of tokens)
        if (token.text.startsWith(first)) found.push(rangeOf(token.start, token.start + first.length));
      continue;
    }
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (!words.every((word, k) => tokens[i + k]?.text === word)) continue;
      const last = tokens[i + words.length - 1];
      if (last) found.push(rangeOf(tokens[i]?.start ?? 0, last.start + last.text.length));
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const previous = merged.at(-1);
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
