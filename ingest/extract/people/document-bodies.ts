import { INTERNATIONAL, INTERNATIONAL_STAFF, REGIONAL_BODY } from '../lexicon/international';
import { ORG_HEADS } from '../lexicon/heads';
import { blocsIn, countriesIn } from '../tagging/countries';
import type { TextUnit } from '../tagging/tag-unit';

/**
 * "Thailand's Geo-Informatics and Space Technology Development Agency (GISTDA)", "the Korea Disease Control
 * and Prevention Agency (KDCA)": a body the text names in full once, with its country, and then by its
 * acronym. The acronym is of that country, so "Executive Director of GISTDA" is Thailand's official.
 */
const DEFINED_ACRONYM =
  /(?:\b(\p{Lu}[\p{L}-]+)['’]s )?((?:\p{Lu}[\p{L}'’-]*|of|and|for|on|the|de|del|des|la)(?: (?:\p{Lu}[\p{L}'’-]*|of|and|for|on|the|de|del|des|la)){1,10}) \((\p{Lu}[\p{Lu}\d&-]{2,9})\)/gu;

/** A bloc's, an international body's or a regional body's name serves no one country. */
const servesNoCountry = (name: string) =>
  blocsIn(name).length > 0 ||
  INTERNATIONAL.test(name) ||
  INTERNATIONAL_STAFF.test(name) ||
  REGIONAL_BODY.test(name) ||
  /\bPan[- ]American\b/.test(name);

/** A body's name holds a head word ("Agency", "Institute"); after "in" or "to" the words are a place's ("Mission in South Sudan"). */
const isBodyName = (name: string, before: string) =>
  name.split(' ').some((w) => ORG_HEADS.has(w)) && !/\b(?:in|to|at|from)\s$/.test(before);

/** The acronyms the item defines for bodies of one country, added to the known ones (a known one is kept). */
export function withDocumentBodies(
  units: readonly TextUnit[],
  known: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> {
  let found: Map<string, string> | null = null;
  for (const unit of units) {
    if (!unit.text.includes('(')) continue;
    for (const match of unit.text.matchAll(DEFINED_ACRONYM)) {
      const [, owner, name = '', acronym = ''] = match;
      const before = unit.text.slice(Math.max(0, match.index - 6), match.index);
      if (known.has(acronym) || servesNoCountry(name) || !isBodyName(name, owner ? '' : before)) continue;
      const codes = new Set([...countriesIn(name), ...(owner ? countriesIn(owner) : [])]);
      const code = codes.size === 1 ? [...codes][0] : undefined;
      if (!code) continue;
      found ??= new Map(known);
      if (!found.has(acronym)) found.set(acronym, code);
    }
  }
  return found ?? known;
}
