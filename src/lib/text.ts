/** Lowercase, diacritics folded, runs of space collapsed: the form both the query and the text are matched in. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
