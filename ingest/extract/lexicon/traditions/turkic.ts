import type { NameTradition } from './tradition';

/**
 * Central Asian and Caucasus patronymics written as a separate word after the father's name: Azerbaijani
 * "oglu"/"qizi", Uzbek "o'g'li"/"qizi", Kyrgyz "uulu"/"kyzy", Kazakh "uly"/"qyzy", Turkmen "ogly"/"gyzy"
 * ("Elnur Rafael oglu Mammadli", "Aizada Talantbek kyzy"). They stand inside a name or end it.
 */
export const TURKIC: NameTradition = {
  id: 'turkic',
  patronymics: ['oglu', 'ogly', 'ogli', "o'g'li", 'uulu', 'uly', 'qizi', 'kizi', 'kyzy', 'qyzy', 'gyzy'],
};
