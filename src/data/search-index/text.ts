import { foldText, PLAIN_ASCII } from '../../lib/text';

/** Index and query words: folded (case, accents), split at anything but letters and digits. */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  // In folded ASCII the only letters and digits are a–z and 0–9: the same split without Unicode classes.
  return folded.split(PLAIN_ASCII.test(folded) ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** One positive or negative part of a text query. */
export interface QueryPart {
  /** One word, or the words of a phrase. */
  words: string[];
  /** A single word not in quotes: matches every term it is a prefix of. */
  prefix: boolean;
  exclude: boolean;
}

/**
 * Parses the search box's text: words match as prefixes, `"quoted phrases"` word for word, `-word` and
 * `-"phrase"` exclude; a word with inner punctuation (`china-asean`) is a phrase. Unbalanced quotes close
 * at the end.
 */
export function parseTextQuery(query: string): QueryPart[] {
  const parts: QueryPart[] = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const match of query.matchAll(pattern)) {
    const [, minus, quoted, bare] = match;
    if (quoted !== undefined) {
      const words = tokenize(quoted);
      if (words.length) parts.push({ words, prefix: false, exclude: minus === '-' });
      continue;
    }
    let text = bare ?? '';
    const exclude = text.startsWith('-') && text.length > 1;
    if (exclude) text = text.slice(1);
    const words = tokenize(text);
    if (words.length === 0) continue;
    parts.push({ words, prefix: !exclude && words.length === 1, exclude });
  }
  return parts;
}

/** BM25 parameters (decision 0009). */
export const K1 = 1.2;
export const B = 0.75;

/** A term's BM25 term-frequency part for one doc, quantised to a byte (1…255), as stored in postings. */
export function impactOf(tf: number, length: number, averageLength: number): number {
  const norm = tf + K1 * (1 - B + (B * length) / averageLength);
  const weight = (tf * (K1 + 1)) / norm / (K1 + 1);
  return Math.min(255, Math.max(1, Math.round(weight * 255)));
}

export function idfOf(df: number, count: number): number {
  return Math.log(1 + (count - df + 0.5) / (df + 0.5));
}

/** A term's score in one doc from its stored impact. */
export function termScore(impact: number, df: number, count: number): number {
  return idfOf(df, count) * (impact / 255) * (K1 + 1);
}
