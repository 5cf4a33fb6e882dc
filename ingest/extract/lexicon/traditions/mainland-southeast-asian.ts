import type { NameTradition } from './tradition';

/**
 * Courtesy forms of Cambodia ("Samdech", "Oknha"; "Lok Chumteav" for a woman; "Moha Bovor Thipadei", the
 * head of government's style after "Samdech") and Thailand ("Khun"; "Khunying", "Thanpuying" for titled
 * women), which stand before a name.
 */
export const KHMER: NameTradition = {
  id: 'khmer',
  honorifics: [
    ['Samdech', 'KH'],
    ['Oknha', 'KH'],
  ],
  leadingForms: [
    ['Lok Chumteav', 'KH'],
    ['Moha Bovor Thipadei', 'KH'],
  ],
};
export const THAI: NameTradition = {
  id: 'thai',
  honorifics: [
    ['Khun', null],
    ['Khunying', 'TH'],
    ['Thanpuying', 'TH'],
  ],
};
