/** `[start, end)` in UTF-16 code units of the text a range was found in. */
export type TextRange = readonly [start: number, end: number];

/**
 * Where the folded `words` occur in `text`, folded as the search folds (case and accents ignored), as
 * ranges of the original text, sorted and merged. Each character is folded on its own, so positions in
 * the folded text map back to the characters they came from.
 */
export function highlightRanges(text: string, words: readonly string[]): TextRange[] {
  if (words.length === 0 || !text) return [];
  let folded = '';
  /** For each folded code unit, the original code unit it came from. */
  const origin: number[] = [];
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(codePoint);
    const part = /\s/u.test(char)
      ? ' '
      : char
          .normalize('NFKD')
          .replace(/\p{M}+/gu, '')
          .toLowerCase();
    for (let k = 0; k < part.length; k++) origin.push(i);
    folded += part;
    i += char.length;
  }
  const found: [number, number][] = [];
  for (const word of words) {
    if (!word) continue;
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      const last = origin[at + word.length - 1] ?? 0;
      const start = origin[at] ?? 0;
      const end = last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
      found.push([start, end]);
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
