import type { NameTradition } from './tradition';

/** The father's name with a patronymic suffix: Russian "-ovich", "-evna", Kazakh "-uly", "-kyzy" joined. */
const PATRONYMIC_WORD = /^\p{Lu}\p{Ll}{2,}(?:ovich|evich|ovna|evna|ovitch|uly|ulu|kyzy|qyzy)$/u;

/**
 * Names with the father's name between the given name and the surname, written with a suffix: in Russia,
 * Belarus and Ukraine, and in the Central Asian and Caucasus writings that took the form ("Anvar
 * Tursunboyevich Khodjayev", "Nurlan Serikovich Baimukhanov", "Yerbol Kuanyshuly Sadyrov"). Shared by many
 * countries, so the shape tells none.
 */
export const PATRONYMIC_SUFFIXES: NameTradition = {
  id: 'patronymic-suffixes',
  isName: (words) => words.length === 3 && PATRONYMIC_WORD.test(words[1] ?? ''),
};
