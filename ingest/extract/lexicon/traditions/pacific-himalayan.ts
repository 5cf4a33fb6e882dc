import type { NameTradition } from './tradition';

/** Fiji's chiefly "Ratu" and Bhutan's "Dasho": titles of one country each, standing before the name. */
export const FIJIAN: NameTradition = { id: 'fijian', honorifics: [['Ratu', 'FJ']] };
export const BHUTANESE: NameTradition = { id: 'bhutanese', honorifics: [['Dasho', 'BT']] };
