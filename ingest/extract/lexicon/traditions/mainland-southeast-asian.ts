import type { NameTradition } from './tradition';

/** Courtesy forms of Cambodia ("Samdech") and Thailand ("Khun"), which stand before a name. */
export const KHMER: NameTradition = { id: 'khmer', honorifics: [['Samdech', 'KH']] };
export const THAI: NameTradition = { id: 'thai', honorifics: [['Khun', null]] };
