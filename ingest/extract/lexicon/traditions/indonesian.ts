import type { NameTradition } from './tradition';

/** Indonesian "Bapak"/"Pak" (Mr) and "Ibu"/"Bu" (Mrs) before a name; many Indonesians have a single name. */
export const INDONESIAN: NameTradition = {
  id: 'indonesian',
  leadingForms: [
    ['Ibu', null],
    ['Bapak', null],
    ['Pak', null],
    ['Bu', null],
  ],
};
