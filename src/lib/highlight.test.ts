import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../data/search-index/text';
import { highlightRanges, markTerms } from './highlight';

const marked = (text: string, q: string) =>
  highlightRanges(text, markTerms(q)).map(([start, end]) => text.slice(start, end));

describe('highlightRanges', () => {
  it('finds the words case- and accent-insensitively, as the search does', () => {
    expect(marked('Nguyễn Văn An met NGUYEN in Hà Nội', 'nguyen ha')).toEqual(['Nguyễn', 'NGUYEN', 'Hà']);
    expect(marked('Bangkok and Phnom Penh', 'BANG penh')).toEqual(['Bang', 'Penh']);
  });

  it('marks a word only at word starts, as the search matches prefixes of words', () => {
    expect(marked('ASEAN, an Anniversary', 'an')).toEqual(['an', 'An']);
    expect(marked('expo expos', 'expo xpos')).toEqual(['expo', 'expo']);
  });

  it('follows the search syntax: phrases as phrases, excluded words unmarked', () => {
    expect(marked('The China-ASEAN Expo opened; China and ASEAN met', '"china asean" expo')).toEqual([
      'China-ASEAN',
      'Expo',
    ]);
    expect(marked('Thailand and Cambodia', 'cambodia -thailand')).toEqual(['Cambodia']);
    expect(marked('Thailand and Cambodia', '-"thailand"')).toEqual([]);
    // A quoted word is a whole word, not a prefix; inner punctuation makes a phrase.
    expect(marked('Expo and Expos', '"expo"')).toEqual(['Expo']);
    expect(marked('the China ASEAN centre', 'china-asean')).toEqual(['China ASEAN']);
  });

  it('merges overlapping matches and finds every occurrence', () => {
    expect(marked('Mekong expo, mekong', 'mek "mekong expo"')).toEqual(['Mekong expo', 'mek']);
  });

  it('maps back through characters whose folded form is longer or shorter', () => {
    expect(marked('the ﬁnal office', 'fin')).toEqual(['ﬁn']);
    expect(marked('😀 Café crème', 'cafe creme')).toEqual(['Café', 'crème']);
  });

  it('marks nothing without terms or text', () => {
    expect(highlightRanges('text', [])).toEqual([]);
    expect(highlightRanges('', markTerms('a'))).toEqual([]);
    expect(marked('text', '-text ""')).toEqual([]);
  });

  it('every marked piece starts a word and folds to a term, in order and apart', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ minLength: 1, maxLength: 4 }), (text, q) => {
        const terms = markTerms(q);
        const ranges = highlightRanges(text, terms);
        let previous = -1;
        for (const [start, end] of ranges) {
          expect(start).toBeGreaterThan(previous);
          expect(end).toBeGreaterThan(start);
          previous = end;
          const [firstWord = ''] = tokenize(text.slice(start, end));
          expect(terms.some((term) => firstWord.startsWith(term.words[0] ?? '\u0000'))).toBe(true);
        }
        // A word of the text that a prefix term begins is marked somewhere.
        const words = tokenize(text);
        if (terms.some((t) => t.prefix && words.some((w) => w.startsWith(t.words[0] ?? ''))))
          expect(ranges.length).toBeGreaterThan(0);
      }),
    );
  });
});
