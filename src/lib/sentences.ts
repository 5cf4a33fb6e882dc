/** Words that end with a full stop without ending a sentence ("Mr. Wang", "H.E. Hun Sen", "No. 5"). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof h.e st no nos gen lt col capt sen rep gov amb hon jr sr inc ltd co corp dept est vs e.g i.e u.s u.k u.n jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** A sentence end: . ! or ? (and closing quotes or brackets), space, then what can open a sentence. */
const BOUNDARY = /([.!?])["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\p{N}])/gu;

/**
 * The sentences of a text, in order. Splits after . ! ? followed by a capital or digit, except after
 * common abbreviations and initials ("J. Smith"): good enough for showing one sentence, not a parser.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (match[1] === '.') {
      const word = /(\S+)\.$/u.exec(text.slice(start, match.index + 1))?.[1]?.toLowerCase() ?? '';
      const bare = word.replace(/^["“‘([]+/u, '');
      if (ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare)) continue;
    }
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // The cut ends a word when what follows it is a space or punctuation; else go back to the last space.
  const endsWord = /[\s,;:.!?)]/u.test(text.charAt(max - 1));
  const space = cut.lastIndexOf(' ');
  const kept = endsWord ? cut : space > max / 2 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** The first `count` sentences of some paragraphs, each clipped to `max` characters. */
export function leadSentences(paragraphs: readonly string[], count: number, max: number): string[] {
  const found: string[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      if (found.length >= count) return found;
      found.push(clip(sentence, max));
    }
  }
  return found;
}
