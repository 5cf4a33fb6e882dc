import type { NameTradition } from './tradition';

/** Courtesy forms of the Philippine government's posts: "Usec." (Undersecretary), "Asec." (Assistant Secretary). */
export const PHILIPPINE: NameTradition = {
  id: 'philippine',
  honorifics: [
    ['Usec', 'PH'],
    ['Asec', 'PH'],
  ],
};
