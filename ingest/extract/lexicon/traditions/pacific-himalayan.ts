import type { NameTradition } from './tradition';

/**
 * Fiji's chiefly "Ratu" and, for a woman, "Adi" (also an Indonesian given name, so only where Fiji is
 * named); Bhutan's "Dasho", "Lyonpo": titles of one country each, standing before the name.
 */
export const FIJIAN: NameTradition = {
  id: 'fijian',
  honorifics: [['Ratu', 'FJ']],
  localForms: [['Adi', 'FJ']],
};
/** Samoa's forms of address before a matai's name: "Afioga" (a high chief), "Susuga", "Tofa". */
export const SAMOAN: NameTradition = {
  id: 'samoan',
  honorifics: [
    ['Afioga', 'WS'],
    ['Susuga', 'WS'],
    ['Tofa', 'WS'],
  ],
};
export const BHUTANESE: NameTradition = {
  id: 'bhutanese',
  honorifics: [
    ['Dasho', 'BT'],
    // a minister's style ("Lyonpo"), the prime minister's ("Lyonchhen")
    ['Lyonpo', 'BT'],
    ['Lyonchhen', 'BT'],
  ],
};
