import type { NameTradition } from './tradition';

/** Arabic names: "bin"/"bint"/"ibn" (son/daughter of) and the article "al-" joined to a name. */
export const ARABIC: NameTradition = {
  id: 'arabic',
  honorifics: [
    ['Sheikha', null],
    // Bahrain's and the Gulf's spelling of the same titles.
    ['Shaikh', null],
    ['Shaikha', null],
    ['Ustaz', null],
    // Oman's and the Gulf's title of descent from the Prophet's family.
    ['Sayyid', null],
    ['Sayyida', null],
  ],
  particles: ['bin', 'bint', 'ibn', 'al', 'el', 'ad'],
};

/** "al-Sisi", "el-Baz", "ash-Shami": the article with its assimilated forms, joined to a capitalised name. */
export const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|at|ar|an|az)-\p{Lu}/u;
