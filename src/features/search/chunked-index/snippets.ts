import { tokenize, type QueryPart } from '../../../data/search-index/text';
import { clip, splitSentences } from '../../../lib/sentences';

/** Where a result's body comes from (the worker reads `announcements/<id>.json`). */
export interface SnippetSource {
  fetchDocument: (id: string) => Promise<{ paragraphs: readonly string[] } | null>;
}

/** As long as the ingest's snippets (the card shows either). */
const MAX_SNIPPET = 160;

function matches(tokens: readonly string[], part: QueryPart): boolean {
  const [first, ...rest] = part.words;
  if (first === undefined) return false;
  if (part.prefix) return tokens.some((token) => token.startsWith(first));
  return tokens.some((token, i) => token === first && rest.every((word, j) => tokens[i + j + 1] === word));
}

/** The sentence of the body that matches the most query parts, or null. */
export function bestSentence(paragraphs: readonly string[], parts: readonly QueryPart[]): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      const tokens = tokenize(sentence);
      const score = parts.filter((part) => matches(tokens, part)).length;
      if (score > bestScore) {
        best = sentence;
        bestScore = score;
      }
    }
  }
  return best === null ? null : clip(best, MAX_SNIPPET);
}

/** The best sentence of announcement `id`; null when it cannot be read (a snippet is never a count). */
export async function findSnippet(
  source: SnippetSource,
  id: string,
  parts: readonly QueryPart[],
): Promise<string | null> {
  const doc = await source.fetchDocument(id).catch(() => null);
  return doc ? bestSentence(doc.paragraphs, parts) : null;
}
