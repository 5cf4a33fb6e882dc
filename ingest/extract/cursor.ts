import type { Token } from './tokens';

/**
 * Reads a paragraph's tokens by index without the `tokens[i + 2]?.text ?? ''` arithmetic: out of range,
 * a token's text and gap are ''. `exists` tells a missing token from an empty one where that matters.
 */
export class TokenCursor {
  constructor(readonly tokens: readonly Token[]) {}

  get length(): number {
    return this.tokens.length;
  }

  at(i: number): Token | undefined {
    return this.tokens[i];
  }

  exists(i: number): boolean {
    return i >= 0 && i < this.tokens.length;
  }

  /** The word at `i`, or '' outside the paragraph. */
  text(i: number): string {
    return this.tokens[i]?.text ?? '';
  }

  /** The characters between token `i - 1` and token `i`, or '' outside the paragraph. */
  gap(i: number): string {
    return this.tokens[i]?.gap ?? '';
  }

  /** Whether the word at `i` is one of `words`. */
  in(i: number, words: ReadonlySet<string>): boolean {
    const token = this.tokens[i];
    return token !== undefined && words.has(token.text);
  }

  /** Whether token `i` follows the previous one after a single space. */
  spaced(i: number): boolean {
    return this.tokens[i]?.gap === ' ';
  }

  /** Whether the word at `i` starts with a capital letter. */
  capitalised(i: number): boolean {
    return /^\p{Lu}/u.test(this.text(i));
  }

  /** The words of tokens [from, to). */
  words(from: number, to: number): string[] {
    return this.tokens.slice(Math.max(0, from), to).map((t) => t.text);
  }
}
