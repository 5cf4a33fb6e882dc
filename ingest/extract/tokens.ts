/** A word of the text and the characters that separate it from the previous word. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Characters between the previous token and this one ('' for the first token). */
  gap: string;
}

/** Words, with hyphen- or apostrophe-joined parts kept together ("China-ASEAN", "People's", "al-Sisi"). */
const PART = String.raw`(?:\p{Lu}\.){2,}(?!\p{L})|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*`;
/** Dotted acronyms ("U.S.") are one word, with their dots. */
const WORD = new RegExp(`(?:${PART})(?:[-‐‑–](?:${PART}))*`, 'gu');

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    // A trailing possessive belongs to the word's grammar, not to the name: "China’s" → "China".
    let word = match[0].replace(/’/g, "'");
    if (/'s$/.test(word) && word.length > 2) word = word.slice(0, -2);
    else if (word.endsWith("'")) word = word.slice(0, -1);
    tokens.push({ text: word, start, end: start + word.length, gap: text.slice(last, start) });
    last = start + match[0].length;
  }
  return tokens;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'St',
  'Jr',
  'Ma', // Filipino "Ma." for Maria
  'Sr',
  'Hon',
  'Rev',
  'Gen',
  'Col',
  'Lt',
  'Maj',
  'Capt',
  'Sen',
  'Gov',
  'No',
  'Md',
  'Mohd',
  'Hj',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'H',
  'E',
  'Co',
  'Ltd',
  'Inc',
  'Corp',
  'vs',
  'etc',
  'Messrs',
]);

function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word);
}

/**
 * True when the gap before `tokens[i]` breaks a phrase: punctuation other than a space, a hyphen,
 * parentheses around an acronym, or the full stop of an abbreviation.
 */
export function isBreak(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return true;
  const gap = token.gap;
  if (gap === ' ' || gap === '') return i === 0;
  const prev = tokens[i - 1];
  if (gap === '. ' && prev && isAbbreviation(prev.text)) return false;
  if (gap === '.' && prev && /^\p{Lu}$/u.test(prev.text)) return false; // "U.S", "H.E"
  return true;
}

export function isCapitalized(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}

export function isAcronym(word: string): boolean {
  return /^[\p{Lu}\p{N}&]{2,}$/u.test(word) && /\p{Lu}/u.test(word);
}
