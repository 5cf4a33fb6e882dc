import type { NameTradition } from './tradition';

/** Indonesian "Bapak" (Mr) and "Ibu" (Mrs) before a name; many Indonesians have a single name. */
export const INDONESIAN: NameTradition = {
  id: 'indonesian',
  leadingForms: [
    ['Ibu', null],
    ['Bapak', null],
  ],
};
