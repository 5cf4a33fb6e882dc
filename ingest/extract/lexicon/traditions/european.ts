import type { NameTradition } from './tradition';

/** Dutch, German, French and Italian particles ("van der", "von der", "du", "di", "della", "ter"). */
export const EUROPEAN: NameTradition = {
  id: 'european',
  particles: ['van', 'von', 'der', 'den', 'ter', 'ten', 'di', 'della', 'du', 'le', 'la'],
};
