import type { NameTradition } from './tradition';

/**
 * Indian, Nepali, Bangladeshi and Pakistani courtesy forms before a name: "Shri"/"Smt." (Mr/Mrs, in official
 * Indian writing), "Sushri", "Begum" (a married woman, in Bangladesh and Pakistan). Used in more than one
 * country each, so they tell none.
 */
export const SOUTH_ASIAN: NameTradition = {
  id: 'south-asian',
  honorifics: [
    ['Shri', null],
    ['Shree', null],
    ['Shrimati', null],
    ['Smt', null],
    ['Sushri', null],
    ['Begum', null],
  ],
  // Telugu writing shortens a house name of two letters so: "Ch. Srinivasa Reddy".
  initials: ['Ch'],
};
