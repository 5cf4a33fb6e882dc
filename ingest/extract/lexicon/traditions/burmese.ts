import type { NameTradition } from './tradition';

/** Burmese names have no surname; "U" (men) and "Daw" (women) stand before them and are used only in Myanmar. */
export const BURMESE: NameTradition = {
  id: 'burmese',
  leadingForms: [
    ['U', 'MM'],
    ['Daw', 'MM'],
  ],
};
