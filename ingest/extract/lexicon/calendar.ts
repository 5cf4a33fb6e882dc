import { words } from './words';

export const MONTHS = new Map<string, number>([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

export const ORDINAL_WORDS = words(`
  First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Thirteenth Fourteenth
  Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth Twentieth Inaugural Annual
  first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
`);

export function isYear(word: string): boolean {
  return /^(?:19|20)\d\d$/.test(word);
}

export function isOrdinal(word: string): boolean {
  return ORDINAL_WORDS.has(word) || /^\d+(?:st|nd|rd|th)$/i.test(word) || isYear(word);
}
