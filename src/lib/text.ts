/** Printable ASCII and the usual white space: NFKD leaves it as it is, so it has no marks to drop. */
export const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;

/** `text` with its diacritics dropped (NFKD, then the marks); plain ASCII as it is, without the work. */
export function withoutMarks(text: string): string {
  return PLAIN_ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** Lowercase, diacritics folded, runs of space collapsed: the form both the query and the text are matched in. */
export function foldText(text: string): string {
  return withoutMarks(text).toLowerCase().replace(/\s+/g, ' ').trim();
}
