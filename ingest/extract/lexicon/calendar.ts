import { words } from './words';

export const MONTHS = new Map<string, number>([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** "the Forum on Friday": a day of the week ends a name. */
export const WEEKDAYS = words(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`);

/** Weekdays in the languages of datelines the sets hold in translation (Spanish, Portuguese, French), lower case. */
export const FOREIGN_WEEKDAYS = words(`
  lunes martes miércoles jueves viernes sábado domingo segunda-feira terça-feira quarta-feira quinta-feira
  sexta-feira lundi mardi mercredi jeudi vendredi samedi dimanche
`);

/** Years that are periods, not themed years of events: "Fiscal Year 2024", "Academic Year 2025". */
export const PERIOD_YEAR_WORDS = words(`
  Fiscal Financial Academic School Budget Calendar Crop Marketing Tax Base Reference Model Lunar New Chinese
  Current Previous Last Next Planning Reporting Programme Program Award
`);

/** Counts written as words, capitalised in names: "the Two Holy Mosques", "Three Gorges". */
export const COUNT_WORDS = words(`Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve`);

export const ORDINAL_WORDS = words(`
  First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Thirteenth Fourteenth
  Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth Twentieth Inaugural Annual
  first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
`);

export function isYear(word: string): boolean {
  return /^(?:19|20)\d\d$/.test(word);
}

export function isOrdinal(word: string): boolean {
  return ORDINAL_WORDS.has(word) || /^\d+(?:st|nd|rd|th)$/i.test(word) || isYear(word);
}

const TENS = 'Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety';
const UNITS = 'First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth';
/** "Forty-Sixth", "twenty-first": an ordinal of two words joined by a hyphen. */
const COMPOUND_ORDINAL = new RegExp(`^(?:${TENS})-(?:${UNITS})$`, 'i');
/** Roman numerals of editions, II to LXXXIX ("XIV Summit", "XLI Ordinary Assembly"); one letter is an initial. */
const ROMAN_EDITION = /^(?=[IVXL]{2,})(?:L?X{0,3}|XL)(?:IX|IV|V?I{0,3})$/;

/**
 * The number of an event's edition: an ordinal, a compound ordinal or a Roman numeral. Events only: a
 * Roman numeral is also a capitalised surname ("XI Jinping") or a generation ("Mercado III") for people.
 */
export function isEditionNumber(word: string): boolean {
  return isOrdinal(word) || COMPOUND_ORDINAL.test(word) || ROMAN_EDITION.test(word);
}

/**
 * Month names of other languages that by-lines and datelines use: Spanish, Portuguese, French, Indonesian,
 * German, Italian, Hungarian, Malay, Dutch, Turkish, the Nordic languages, Romanian, Polish and Czech (their
 * genitive forms, as dates write them).
 */
export const FOREIGN_MONTHS = new Map<string, number>(
  `enero:1 febrero:2 marzo:3 abril:4 mayo:5 junio:6 julio:7 agosto:8 septiembre:9 setiembre:9 octubre:10
  noviembre:11 diciembre:12 janeiro:1 fevereiro:2 março:3 maio:5 junho:6 julho:7 setembro:9 outubro:10
  novembro:11 dezembro:12 janvier:1 février:2 mars:3 avril:4 mai:5 juin:6 juillet:7 août:8 septembre:9
  octobre:10 novembre:11 décembre:12 januari:1 februari:2 maret:3 mei:5 juni:6 juli:7 agustus:8
  oktober:10 desember:12 januar:1 februar:2 märz:3 oktober:10 dezember:12 gennaio:1 febbraio:2 aprile:4
  maggio:5 giugno:6 luglio:7 settembre:9 ottobre:10 dicembre:12 január:1 február:2 március:3 április:4
  május:5 június:6 július:7 augusztus:8 szeptember:9 október:10 november:11 december:12 mac:3 julai:7
  ogos:8 disember:12 maart:3 augustus:8 ocak:1 şubat:2 mart:3 nisan:4 mayıs:5 haziran:6 temmuz:7
  ağustos:8 eylül:9 ekim:10 kasım:11 aralık:12 maj:5 augusti:8 marts:3 ianuarie:1 februarie:2 martie:3
  aprilie:4 iunie:6 iulie:7 septembrie:9 octombrie:10 noiembrie:11 decembrie:12 stycznia:1 lutego:2
  marca:3 kwietnia:4 maja:5 czerwca:6 lipca:7 sierpnia:8 września:9 października:10 listopada:11
  grudnia:12 ledna:1 února:2 března:3 dubna:4 května:5 června:6 července:7 srpna:8 září:9 října:10
  listopadu:11 prosince:12`
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [name = '', month = ''] = pair.split(':');
      return [name, Number(month)] as [string, number];
    }),
);

/** The lower-case words of a sign-off line that dates a release: "Issued by the Embassy of X in Y, 14 July 2026". */
export const SIGN_OFF_WORDS = words(`issued by of the and in for at on de del le`);
