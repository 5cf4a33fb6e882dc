import { MULTI_LETTER_INITIALS } from './traditions/all';
import { words } from './words';

/** Abbreviations whose full stop does not end a sentence ("Ma." is Filipino for Maria; initials "Ts."). */
export const ABBREVIATIONS = new Set([
  ...MULTI_LETTER_INITIALS,
  ...words(`
  Mr Mrs Ms Dr Prof St Jr Ma Sr Hon Rev Gen Col Lt Maj Capt Sen Gov No Md Mohd Hj Jan Feb Mar Apr Jun Jul Aug
  Sep Sept Oct Nov Dec H E Co Ltd Inc Corp vs etc Messrs Ing Lic Arq Ir Eng Engr Smt Amb Fr Mgr Dra Mtro Mtra
  Lcdo Lcda Excmo Excma Atty Adv
`),
]);

/** Generation suffixes after a name: "Jose Antonio Mercado III". */
export const GENERATION_SUFFIXES = words(`II III IV`);
