import { describe, expect, it } from 'vitest';
import { BODY_FOR_REGION, INTERNATIONAL, REGIONAL_BODY } from './international';

describe('bodies whose officials serve no one country', () => {
  it('reads a regional body whose name joins its words with "and"', () => {
    expect(
      REGIONAL_BODY.test('Deputy Executive Director of the European Border and Coast Guard Agency'),
    ).toBe(true);
    expect(REGIONAL_BODY.test('Director of Asian Affairs')).toBe(false);
  });

  it("reads a union for a sea's region", () => {
    expect(BODY_FOR_REGION.test('Deputy Secretary General of the Union for the Mediterranean')).toBe(true);
    expect(BODY_FOR_REGION.test('Secretary of State for the European Union')).toBe(false);
  });

  it('knows the EU agencies that go by one word', () => {
    expect(INTERNATIONAL.test('Executive Director of Frontex')).toBe(true);
    expect(INTERNATIONAL.test('a liaison officer of Europol')).toBe(true);
  });
});
