import type { NameTradition } from './tradition';

/** The commonest Japanese surnames, romanised (Hepburn, long vowels unmarked). */
export const JAPANESE_SURNAMES = new Set(
  `Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi
  Matsumoto Inoue Kimura Hayashi Shimizu Saito Yamazaki Mori Abe Ikeda Hashimoto Yamashita Ishikawa Nakajima
  Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota
  Miura Fujiwara Okamoto Matsuda Nakagawa Harada Ono Takeuchi Kaneko Wada Nakano Ueda Morita Hara Shibata Sakai
  Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Ohno Maruyama Imai Takada Fujimoto Takeda
  Murata Ueno Sugiyama Masuda Koyama Otsuka Hirano Sugawara Kubo Matsui Chiba Iwasaki Sakurai Kinoshita Noguchi
  Matsuo Kikuchi Nomura Arai Watanabe Kishida Hayashida Kono Motegi`.split(/\s+/),
);

/** "Sato Haruki", "Tanaka Kenji" (Japanese order, as many ministries now write it). */
export function isJapaneseName(words: readonly string[]): boolean {
  return (
    words.length === 2 && JAPANESE_SURNAMES.has(words[0] ?? '') && /^\p{Lu}\p{Ll}{2,}$/u.test(words[1] ?? '')
  );
}

export const JAPANESE: NameTradition = {
  id: 'japanese',
  isName: isJapaneseName,
  hasSurname: (word) => JAPANESE_SURNAMES.has(word),
  country: 'JP',
};
