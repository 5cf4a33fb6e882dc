import type { ResultRow } from './engine/types';

/** Rows whose matching sentences are asked for together as the list shows them. */
export const SNIPPET_BATCH = 20;

/**
 * The batches of result ids whose matching sentences the page still needs: rows from `matched` (those the
 * first answer held) up to the last one shown, in aligned batches so that the same rows give the same batch.
 */
export function snippetBatches(
  rows: readonly ResultRow[],
  matched: number,
  lastShown: number,
  size = SNIPPET_BATCH,
): string[][] {
  const batches: string[][] = [];
  const end = Math.min(rows.length, lastShown + 1);
  for (let start = Math.floor(matched / size) * size; start < end; start += size) {
    const ids = rows.slice(Math.max(start, matched), start + size).map((row) => row.id);
    if (ids.length) batches.push(ids);
  }
  return batches;
}

/**
 * The rows with the matching sentences found so far in place of their first sentence; the same array when
 * none were found, so that the memoised list skips a re-render.
 */
export function withSnippets(
  rows: readonly ResultRow[],
  found: ReadonlyMap<string, string | null>,
): readonly ResultRow[] {
  if (found.size === 0) return rows;
  return rows.map((row) => {
    const snippet = found.get(row.id);
    return snippet ? { ...row, snippet } : row;
  });
}
