import { describe, expect, it } from 'vitest';
import { analyzeText } from '../tagging/tag-unit';
import { withDocumentBodies } from './document-bodies';

const bodies = (text: string, known: ReadonlyMap<string, string> = new Map()) =>
  Object.fromEntries(withDocumentBodies([analyzeText(text, new Map(), 0)], known));

describe('withDocumentBodies', () => {
  it("takes a defined acronym's country from the body's name or its possessive owner", () => {
    expect(
      bodies(
        "Thailand's Geo-Informatics and Space Technology Development Agency (GISTDA) and the Japan Aerospace Exploration Agency (JAXA) signed a memorandum.",
      ),
    ).toEqual({ GISTDA: 'TH', JAXA: 'JP' });
  });

  it('leaves out international bodies, places after "in", and names without a body\'s head word', () => {
    expect(
      bodies(
        'The Deputy Head of the United Nations Mission in South Sudan (UNMISS), the Pan American Health Organization (PAHO) and Yacimientos de Litio Bolivianos (YLB) attended.',
      ),
    ).toEqual({});
  });

  it('keeps a known country of an acronym over the text', () => {
    const known = new Map([['KDCA', 'KR']]);
    expect(bodies('The Viet Nam Disease Control Agency (KDCA) met.', known)).toEqual({ KDCA: 'KR' });
  });
});
