/** Lowercase, diacritics folded, runs of space collapsed: the form both the query and the text are matched in. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a search, folded and de-duplicated: each must occur in what it matches. */
export function queryWords(q: string): string[] {
  return [...new Set(foldText(q).split(' ').filter(Boolean))];
}
