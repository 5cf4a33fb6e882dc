import type { NameTradition } from './tradition';

/**
 * Courtesy forms of West African usage before a name: Yoruba chieftaincy titles ("Otunba", "Oloye", "Oba"),
 * Hausa "Mallam"/"Malam" and "Hajiya", and the lawyer's "Barr." of Nigerian official writing. Each is used
 * across borders (Nigeria, Benin, Niger, Ghana), so none tells a country.
 */
export const WEST_AFRICAN: NameTradition = {
  id: 'west-african',
  honorifics: [
    ['Otunba', null],
    ['Oloye', null],
    ['Oba', null],
    ['Mallam', null],
    ['Malam', null],
    ['Hajiya', null],
    ['Barr', null],
  ],
};

/**
 * East African forms: Swahili "Mhe."/"Mheshimiwa" (the Honourable) and "Ndugu", Amharic and Tigrinya "Ato"
 * (Mr) and "Weizero" (Mrs). Shared by neighbours (Kenya and Tanzania, Ethiopia and Eritrea): no country.
 */
export const EAST_AFRICAN: NameTradition = {
  id: 'east-african',
  honorifics: [
    ['Mhe', null],
    ['Mheshimiwa', null],
    ['Ndugu', null],
    ['Ato', null],
    ['Weizero', null],
    ['Woizero', null],
    ['Weyzero', null],
  ],
};
