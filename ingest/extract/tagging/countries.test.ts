import { describe, expect, it } from 'vitest';
import { blocsIn, countriesIn } from './countries';

describe('countriesIn', () => {
  it.each([
    ['the Cambodian delegation', ['KH']],
    ['the Lao side and the Lao PDR', ['LA', 'LA']],
    ['a Philippine institute and Filipino researchers', ['PH', 'PH']],
    ['experts from the UK, the U.S. and the United States of America', ['GB', 'US', 'US']],
    ['Emirati and Ivorian guests in Côte d’Ivoire', ['AE', 'CI', 'CI']],
    ['Nigerian and Nigerien agronomists', ['NG', 'NE']],
    ["the Republic of China and the People's Republic of China", ['TW', 'CN']],
    ['Papua New Guinea, Guinea-Bissau and Guinea', ['PG', 'GW', 'GN']],
    ['South African and South Sudanese delegates', ['ZA', 'SS']],
    ['Viet Nam and Vietnamese partners', ['VN', 'VN']],
  ])('finds demonyms and short forms in %j', (text, codes) => {
    expect(countriesIn(text)).toEqual(codes);
  });

  it('finds countries inside compounds', () => {
    expect(countriesIn('China-ASEAN cooperation')).toEqual(['CN']);
    expect(countriesIn('Sino-French and Franco-German ties')).toEqual(['CN', 'FR', 'FR', 'DE']);
    expect(countriesIn('the China-U.S. symposium')).toEqual(['CN', 'US']);
  });

  it('ignores phrases that only contain a country word', () => {
    expect(countriesIn('buoys in the Indian Ocean, the Indo-Pacific and Latin American ports')).toEqual([]);
    expect(countriesIn('a grant of US$ 5 million; let us meet')).toEqual([]);
    expect(countriesIn('the Premier of British Columbia and the Governor of New Mexico')).toEqual([]);
  });
});

describe('blocsIn', () => {
  it('keeps blocs as blocs, not members', () => {
    expect(
      blocsIn('China-ASEAN Expo, the African Union, BRICS and the Shanghai Cooperation Organisation'),
    ).toEqual(['ASEAN', 'African Union', 'BRICS', 'SCO']);
    expect(countriesIn('the African Union and ASEAN')).toEqual([]);
  });

  it('reads a bloc whose last word carries a suffix, and regional groupings by acronym or full name', () => {
    expect(blocsIn('a ceasefire under an African Union-led mission')).toEqual(['African Union']);
    expect(countriesIn('a United States-backed plan')).toEqual(['US']);
    expect(blocsIn('the OECS and the Group of 77 and China met the Council of Europe')).toEqual([
      'OECS',
      'G77',
      'Council of Europe',
    ]);
    expect(blocsIn('a loan of the Council of Europe Development Bank')).toEqual([]);
  });
});
