import type { NameTradition } from './tradition';

/** A father's name in the genitive, as Mongolian writes it before the given name: "Tsogtbaataryn", "Ukhnaagiin". */
const GENITIVE_PATRONYMIC = /^\p{Lu}\p{Ll}{4,}(?:yn|iin)$/u;

/**
 * Mongolian names: the father's name before the given name, in the genitive when written in full
 * ("Tsogtbaataryn Oyunchimeg", "Khaltmaagiin Battulga"), or shortened to its initial, which may take two
 * Latin letters for one Cyrillic ("Ts. Altangerel", "Ch. Munkh-Erdene"). Most names are written with neither
 * ("Batbayar Ganzorig"), so the shape tells no country.
 */
export const MONGOLIAN: NameTradition = {
  id: 'mongolian',
  initials: ['Ts', 'Ch', 'Sh', 'Kh', 'Zh', 'Ya', 'Yu', 'Yo', 'Ye'],
  isName: (words) =>
    words.length === 2 &&
    GENITIVE_PATRONYMIC.test(words[0] ?? '') &&
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(words[1] ?? ''),
};
