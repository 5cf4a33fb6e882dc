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
    ['Pengiran', 'BN'],
    // the further words of Brunei's and Malaysia's honours: "Dato Seri Setia", "Dato Paduka"
    ['Setia', null],
    ['Paduka', null],
    // Malaysia's styles of office: Yang Berhormat, Yang Amat Berhormat, Yang Berbahagia.
    ['YB', 'MY'],
    ['YAB', 'MY'],
    ['YBhg', 'MY'],
  ],
  leadingForms: [
    ['Tan Sri', 'MY'],
    ['Puan Sri', 'MY'],
    ['Toh Puan', 'MY'],
  ],
  particles: ['bin', 'binti', 'bte'],
  // "Mohd Hazwan bin Haji Ismail": the father's pilgrim's title stays in the name, after the particle.
  innerForms: ['Haji', 'Hj', 'Hajjah', 'Hjh'],
};

/**
 * Iban and other Dayak names of Sarawak and Borneo: "anak" (child of) before the father's name, inside the
 * name ("Alfred Gimbang anak Jelani"). Written in Malaysia, Brunei and Indonesian Kalimantan alike.
 */
export const BORNEAN: NameTradition = {
  id: 'bornean',
  particles: ['anak'],
};

/** The second word of an honour after its first ("Dato' Sri", "Datuk Seri"): not the holder's name. */
export const HONOUR_SECOND_WORDS = new Set(['Sri', 'Seri']);
export const HONOUR_FIRST_WORDS = new Set(["Dato'", 'Dato', 'Datuk', 'Datin', 'Tan', 'Puan', 'Toh']);
