import type { NameTradition } from './tradition';

/** Indonesian "Bapak"/"Pak" (Mr) and "Ibu"/"Bu" (Mrs) before a name; many Indonesians have a single name. */
export const INDONESIAN: NameTradition = {
  id: 'indonesian',
  // "Prof. Dr. Ir. Handoko": the engineer's degree, written before the name like "Dr".
  honorifics: [['Ir', 'ID']],
  leadingForms: [
    ['Ibu', 'ID'],
    ['Bapak', 'ID'],
    ['Pak', 'ID'],
    ['Bu', 'ID'],
  ],
};
