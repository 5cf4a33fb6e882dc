import type { NameTradition } from './tradition';

/** Vietnamese surnames, with and without diacritics (about nine in ten Vietnamese bear one of these). */
export const VIETNAMESE_SURNAMES = new Set(
  `Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Hoang Hoàng Huynh Huỳnh Phan Vu Vũ Vo Võ Dang Đặng Bui Bùi Do Đỗ Ho Hồ
  Ngo Ngô Duong Dương Ly Lý Trinh Trịnh Dinh Đinh Truong Trương Luong Lương Doan Đoàn Ha Hà Ta Tạ`.split(
    /\s+/,
  ),
);

/** "Nguyễn Hoàng Minh Châu", "Tran Thi Mai": a surname, then two or three one-syllable words. */
export function isVietnameseName(words: readonly string[]): boolean {
  const [surname, ...given] = words;
  return (
    !!surname &&
    VIETNAMESE_SURNAMES.has(surname) &&
    given.length >= 1 &&
    given.length <= 3 &&
    given.every((g) => /^\p{Lu}[\p{Ll}\p{M}]{0,6}$/u.test(g))
  );
}

/**
 * Letters of Vietnamese alone within a Vietnamese name's shape: the horned vowels, tone marks over a
 * circumflex, breve or hook ("ư", "ơ", "ầ", "ả"), "đ". Dots below (ẹ, ọ) and plain tildes are left out:
 * Yoruba, Igbo and Guarani write them too.
 */
const VIETNAMESE_ONLY = /[ơưƠƯăĂảẢấẤầẦẩẨẫẪậẬắẮằẰẳẲẵẴặẶẻẺếẾềỀểỂễỄệỆỉỈỏỎốỐồỒổỔỗỖộỘớỚờỜởỞỡỠợỢủỦứỨừỪửỬữỮựỰỷỶđĐ]/u;

/** "Trần Quốc Bảo": a Vietnamese name shape spelt with Vietnamese letters. */
export const isSpeltVietnamese = (words: readonly string[]) =>
  isVietnameseName(words) && words.some((w) => VIETNAMESE_ONLY.test(w));

export const VIETNAMESE: NameTradition = {
  id: 'vietnamese',
  isName: isVietnameseName,
  spelledOnlyHere: isSpeltVietnamese,
  hasSurname: (word) => VIETNAMESE_SURNAMES.has(word),
  country: 'VN',
};
