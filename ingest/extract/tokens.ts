import { ABBREVIATIONS } from './lexicon/abbreviations';
import { remembered } from './memo';

/** A word of the text and the characters that separate it from the previous word. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Characters between the previous token and this one ('' for the first token). */
  gap: string;
}

/**
 * Words, with hyphen- or apostrophe-joined parts kept together ("China-ASEAN", "People's", "al-Sisi"); a
 * grouping of parties by their numbers is one word too ("the 5+5 Dialogue", "a 2+2 meeting").
 */
const PART = String.raw`(?:\p{Lu}\.){2,}(?!\p{L})|\p{N}+(?:\+\p{N}+)+(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*`;
/** Dotted acronyms ("U.S.") are one word, with their dots. */
const WORD = new RegExp(`(?:${PART})(?:[-‐‑–](?:${PART}))*`, 'gu');

/**
 * Texts tokenised lately are remembered: the stages ask again for the same paragraph (the mentions of the
 * finished announcement, a headline's countries), and a text's tokens never change. Callers never write
 * to the tokens.
 */
export const tokenize = remembered(tokensOf, 256);

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const start = match.index;
    const raw = match[0];
    // A trailing possessive belongs to the word's grammar, not to the name: "China’s" → "China".
    let word = raw.includes('’') ? raw.replaceAll('’', "'") : raw;
    if (word.length > 2 && word.endsWith("'s")) word = word.slice(0, -2);
    else if (word.endsWith("'")) word = word.slice(0, -1);
    tokens.push({ text: word, start, end: start + word.length, gap: text.slice(last, start) });
    last = start + raw.length;
  }
  return tokens;
}

export function isAbbreviation(word: string): boolean {
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

/** Text of tokens[from..to) as written in the source. */
export function sliceText(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return '';
  return text.slice(first.start, last.end);
}
