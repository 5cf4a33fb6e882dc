import { describe, expect, it } from 'vitest';
import { parseTextQuery } from '../../../data/search-index/text';
import { bestSentence } from './snippets';

describe('bestSentence', () => {
  it('keeps abbreviations inside their sentence, as the ingest splits it', () => {
    const paragraphs = ['H.E. Mr. Wang Zhigang met the delegation in Beijing. The talks went well.'];
    expect(bestSentence(paragraphs, parseTextQuery('wang'))).toBe(
      'H.E. Mr. Wang Zhigang met the delegation in Beijing.',
    );
  });

  it('clips a long sentence at a word boundary to 160 characters', () => {
    const sentence = `${'The delegation discussed cooperation in research '.repeat(6)}and vaccines.`;
    const found = bestSentence([sentence], parseTextQuery('delegation')) ?? '';
    expect(found.length).toBeLessThanOrEqual(160);
    expect(found).toMatch(/…$/);
    expect(sentence).toContain(found.slice(0, -1));
    expect(found.slice(0, -1)).toMatch(/\p{L}$/u);
  });

  it('picks the sentence with the most query parts, or none', () => {
    const paragraphs = ['Ministers met.', 'The vaccine research centre opened in Phnom Penh.'];
    expect(bestSentence(paragraphs, parseTextQuery('vaccine phnom'))).toBe(
      'The vaccine research centre opened in Phnom Penh.',
    );
    expect(bestSentence(paragraphs, parseTextQuery('satellite'))).toBeNull();
  });
});
