import type { NameTradition } from './tradition';

/** Malaysian and Bruneian names: patronymic "bin"/"binti" and federal or royal honours before the name. */
export const MALAY: NameTradition = {
  id: 'malay',
  honorifics: [
    ['Datuk', 'MY'],
    ['Datin', 'MY'],
    ['Dato', null], // also Brunei's
    ["Dato'", null],
    ['Seri', null],
    ['Tun', null],
    ['Tan-Sri', null],
    ['Haji', null],
    ['Hj', null],
    ['Hjh', null],
    ['Hajjah', null],
    ['Encik', null],
    ['Pehin', 'BN'],
  ],
  leadingForms: [
    ['Tan Sri', 'MY'],
    ['Puan Sri', 'MY'],
    ['Toh Puan', 'MY'],
  ],
  particles: ['bin', 'binti', 'bte'],
};
