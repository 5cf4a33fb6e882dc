import { EAST_AFRICAN, WEST_AFRICAN } from './african';
import { ARABIC } from './arabic';
import { BURMESE } from './burmese';
import { CHINESE } from './chinese';
import { EUROPEAN } from './european';
import { IBERIAN } from './iberian';
import { IRISH } from './irish';
import { JAPANESE } from './japanese';
import { KOREAN } from './korean';
import { VIETNAMESE } from './vietnamese';
import { INDONESIAN } from './indonesian';
import { BORNEAN, MALAY } from './malay';
import { MONGOLIAN } from './mongolian';
import { KHMER, THAI } from './mainland-southeast-asian';
import { BHUTANESE, FIJIAN, SAMOAN } from './pacific-himalayan';
import { PHILIPPINE } from './philippine';
import { SOUTH_ASIAN } from './south-asian';
import { TURKIC } from './turkic';
import { PATRONYMIC_SUFFIXES } from './patronymic-suffixes';
import type { NameTradition } from './tradition';

export const TRADITIONS: readonly NameTradition[] = [
  CHINESE,
  KOREAN,
  VIETNAMESE,
  JAPANESE,
  MALAY,
  BORNEAN,
  BURMESE,
  INDONESIAN,
  ARABIC,
  IBERIAN,
  EUROPEAN,
  IRISH,
  KHMER,
  THAI,
  FIJIAN,
  SAMOAN,
  BHUTANESE,
  PHILIPPINE,
  SOUTH_ASIAN,
  TURKIC,
  PATRONYMIC_SUFFIXES,
  MONGOLIAN,
  WEST_AFRICAN,
  EAST_AFRICAN,
];

/** Every tradition's patronymic words: "oglu", "kyzy" follow the father's name and may end the name. */
export const PATRONYMICS = new Set(TRADITIONS.flatMap((t) => t.patronymics ?? []));

/** Every tradition's particles: "bin", "van", "de la" are name words only inside a name (patronymics too). */
export const NAME_PARTICLES = new Set(
  TRADITIONS.flatMap((t) => [...(t.particles ?? []), ...(t.patronymics ?? [])]),
);

/** Initials of two letters ("Ts. Altangerel", "Ch. Srinivasa Reddy"): their full stop ends no sentence. */
export const MULTI_LETTER_INITIALS = new Set(TRADITIONS.flatMap((t) => t.initials ?? []));

/** Courtesy forms a parent's name keeps after a particle: "bin Haji Ismail". */
export const INNER_FORMS = new Set(TRADITIONS.flatMap((t) => t.innerForms ?? []));

/** Every tradition's single-word courtesy forms (joined to the generic ones in lexicon/honorifics.ts). */
export const TRADITION_HONORIFICS = TRADITIONS.flatMap((t) => (t.honorifics ?? []).map(([form]) => form));

/** Courtesy forms of two words or one letter, split into words: [["Tan", "Sri"], ["U"], ...]. */
export const LEADING_FORMS: readonly string[][] = TRADITIONS.flatMap((t) =>
  (t.leadingForms ?? []).map(([form]) => form.split(' ')),
);

/** Courtesy forms of one country that are given names elsewhere → that country ("Adi" → FJ). */
export const LOCAL_FORMS = new Map(TRADITIONS.flatMap((t) => t.localForms ?? []));

/** A courtesy form used in one country only → that country ("U" → MM, "Tan Sri" → MY, "Ratu" → FJ). */
export const COURTESY_COUNTRIES = new Map(
  TRADITIONS.flatMap((t) => [
    ...(t.honorifics ?? []),
    ...(t.leadingForms ?? []),
    ...(t.localForms ?? []),
  ]).filter((entry): entry is readonly [string, string] => entry[1] !== null),
);

/** The tradition of names of a country, when one says a name is written its way (CN → pinyin). */
export function traditionOf(country: string | null): NameTradition | null {
  return TRADITIONS.find((t) => t.country === country && t.isName) ?? null;
}

/** The traditions that write a name this way, surname first ("Liu Wenjun", "Kim Ha-eun", "Nguyễn Văn An"). */
export function traditionsOfName(words: readonly string[]): NameTradition[] {
  return TRADITIONS.filter((t) => t.isName?.(words));
}

/** "LIU Wenjun", "SATO Haruki": whether a word in capitals is a surname of a tradition that writes it first. */
export function isCapitalisedSurname(word: string): boolean {
  if (!/^\p{Lu}{2,}$/u.test(word)) return false;
  const titleCase = word.charAt(0) + word.slice(1).toLowerCase();
  return TRADITIONS.some((t) => t.hasSurname?.(titleCase));
}

/** The country a name's spelling alone tells ("Trần Quốc Bảo" → VN), when a tradition says it can. */
export function spellingCountry(words: readonly string[]): string | null {
  return TRADITIONS.find((t) => t.country && t.spelledOnlyHere?.(words))?.country ?? null;
}
