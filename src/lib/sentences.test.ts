import { describe, expect, it } from 'vitest';
import { clip, leadSentences, splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits after full stops, question and exclamation marks before a capital or digit', () => {
    expect(splitSentences('The two sides met. They signed! Why? 2018 was named a year.')).toEqual([
      'The two sides met.',
      'They signed!',
      'Why?',
      '2018 was named a year.',
    ]);
  });

  it('does not split after titles, initials or abbreviations', () => {
    expect(
      splitSentences('H.E. Hun Sen met Mr. Wang and J. Smith in the U.S. Capitol. Talks followed.'),
    ).toEqual(['H.E. Hun Sen met Mr. Wang and J. Smith in the U.S. Capitol.', 'Talks followed.']);
  });

  it('keeps closing quotes with their sentence and a lower-case continuation in it', () => {
    expect(splitSentences('He said “we agree.” Then talks ended. at 5 p.m. they left')).toEqual([
      'He said “we agree.”',
      'Then talks ended. at 5 p.m. they left',
    ]);
  });

  it('gives nothing for blank text', () => {
    expect(splitSentences('  ')).toEqual([]);
  });
});

describe('clip', () => {
  it('cuts long text at a word boundary with an ellipsis, and leaves short text alone', () => {
    expect(clip('short', 10)).toBe('short');
    const clipped = clip('The delegation visited the science park, and then the laboratory', 40);
    expect(clipped).toBe('The delegation visited the science park…');
    expect(clipped.length).toBeLessThanOrEqual(40);
  });
});

describe('leadSentences', () => {
  it('takes the first sentences across paragraphs', () => {
    expect(leadSentences(['One. Two.', 'Three. Four.'], 3, 100)).toEqual(['One.', 'Two.', 'Three.']);
    expect(leadSentences([], 3, 100)).toEqual([]);
  });
});
