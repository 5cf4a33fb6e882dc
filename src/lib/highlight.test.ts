import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightRanges } from './highlight';
import { foldText, queryWords } from './text';

const marked = (text: string, q: string) =>
  highlightRanges(text, queryWords(q)).map(([start, end]) => text.slice(start, end));

describe('highlightRanges', () => {
  it('finds the words case- and accent-insensitively, as the search does', () => {
    expect(marked('Nguyễn Văn An met NGUYEN in Hà Nội', 'nguyen ha')).toEqual(['Nguyễn', 'NGUYEN', 'Hà']);
    expect(marked('Bangkok and Phnom Penh', 'BANG penh')).toEqual(['Bang', 'Penh']);
  });

  it('merges overlapping matches and finds every occurrence', () => {
    expect(marked('expo expos', 'expo xpos')).toEqual(['expo', 'expos']);
    expect(highlightRanges('aaa', ['aa'])).toEqual([[0, 3]]);
  });

  it('maps back through characters whose folded form is longer or shorter', () => {
    expect(marked('the ﬁnal office', 'fin')).toEqual(['ﬁn']);
    expect(marked('😀 Café crème', 'cafe creme')).toEqual(['Café', 'crème']);
  });

  it('marks nothing without words or text', () => {
    expect(highlightRanges('text', [])).toEqual([]);
    expect(highlightRanges('', ['a'])).toEqual([]);
  });

  it('every marked piece folds to text containing a query word, in order and apart', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ minLength: 1, maxLength: 4 }), (text, q) => {
        const words = queryWords(q);
        const ranges = highlightRanges(text, words);
        let previous = -1;
        for (const [start, end] of ranges) {
          expect(start).toBeGreaterThan(previous);
          expect(end).toBeGreaterThan(start);
          previous = end;
          const piece = foldText(text.slice(start, end));
          expect(words.some((w) => piece.includes(w) || w.includes(piece))).toBe(true);
        }
        // A word found in the folded text is marked somewhere.
        if (words.some((w) => foldText(text).includes(w))) expect(ranges.length).toBeGreaterThan(0);
      }),
    );
  });
});
