import type { NameTradition } from './tradition';

/** The commonest Korean surnames in their usual romanisations (they cover most of the population). */
export const KOREAN_SURNAMES = new Set(
  `Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin
  Sin Kwon Hwang Ahn An Song Yoo Yu Hong Jeon Jun Ko Go Moon Mun Yang Son Bae Baek Paik Heo Hur Nam Noh Roh Ha
  Kwak Sung Seong Cha Joo Ju Woo Min Ryu Na Jin Ji Eom Um Chae Won Cheon Bang Gong Hyun Ham Byun Yeom`.split(
    /\s+/,
  ),
);

/** "Kim Ha-eun", "Oh Seung-hwan", "Park Ji Hoon": a surname, then a given name of two syllables. */
export function isKoreanName(words: readonly string[]): boolean {
  const [surname, ...given] = words;
  if (!surname || !KOREAN_SURNAMES.has(surname)) return false;
  if (given.length === 1) return /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(given[0] ?? '');
  return given.length === 2 && given.every((g) => /^\p{Lu}\p{Ll}{1,4}$/u.test(g));
}

export const KOREAN: NameTradition = {
  id: 'korean',
  isName: isKoreanName,
  hasSurname: (word) => KOREAN_SURNAMES.has(word),
  country: 'KR',
};
