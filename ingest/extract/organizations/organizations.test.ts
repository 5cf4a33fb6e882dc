import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACT_OPTIONS, extractEntities } from '../pipeline';

const bodiesOf = (paragraphs: string[]) =>
  extractEntities('Visit', paragraphs, DEFAULT_EXTRACT_OPTIONS).organizations;

describe('organisations', () => {
  it('keep the name of the person a body is named after, also a word a person of the text bears', () => {
    expect(
      bodiesOf(['Dr. Omar bin Rashid Al-Farsi, Dean of Rashid Bin Saeed University, welcomed the visitors.']),
    ).toContain('Rashid Bin Saeed University');
    expect(bodiesOf(['Students of King Faisal University presented a rover.'])).toEqual([
      'King Faisal University',
    ]);
  });

  it('take no person named right before a body into its name', () => {
    expect(
      bodiesOf(['The delegation met Minister Ana Ruiz. Dr. Ana Ruiz Institute staff attended.']),
    ).not.toContain('Ana Ruiz Institute');
  });

  it('split a unit from the ministry or chamber it belongs to, and name no bare parent', () => {
    expect(
      bodiesOf([
        'The Committee on Health of the National Assembly met the Department of Trade of the Ministry.',
      ]),
    ).toEqual(['Committee on Health', 'National Assembly', 'Department of Trade']);
  });

  it('keep a body of another body that is no ministry or chamber whole', () => {
    expect(bodiesOf(['The Council of the Organization of Coastal States met.'])).toEqual([
      'Council of the Organization of Coastal States',
    ]);
  });

  it('drop a press service named by its function, also as the part of a ministry', () => {
    expect(
      bodiesOf(['The Press Service of the Ministry of Energy of Chile said the Media Centre will open.']),
    ).toEqual(['Ministry of Energy of Chile']);
  });

  it('keep "Permanent" or "Executive" that names the kind of a named body, not a kind with no name', () => {
    expect(
      bodiesOf(['The Permanent Mission of Peru hosted the talk; the Executive Board approved it.']),
    ).toEqual(['Permanent Mission of Peru']);
  });
});
