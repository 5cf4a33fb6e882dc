import { GAZETTEER_TEXT } from '../lexicon/gazetteer';
import { ORG_HEADS, PLACE_HEADS } from '../lexicon/heads';
import { NON_NAME_WORDS } from '../lexicon/non-name-words';
import {
  DIRECTIONS,
  LOCATING_VERBS,
  LOWER_PLACE_NOUNS,
  PLACE_PARTICLES,
  PLACE_PREPOSITIONS,
} from '../lexicon/places';
import { ROLE_WORDS, TITLE_STARTERS } from '../lexicon/roles';
import { TokenCursor } from '../cursor';
import { isBreak, isCapitalized, type Token } from '../tokens';
import { isCountryOrBlocWord, prefixesOf } from './countries';
import { worldPlace } from './world-places';

export const GAZETTEER = new Map<string, string>(
  GAZETTEER_TEXT.trim()
    .split(/\s+/)
    .map((pair) => {
      const at = pair.lastIndexOf(':');
      return [pair.slice(0, at).replace(/_/g, ' '), pair.slice(at + 1)] as [string, string];
    }),
);
const GAZETTEER_MAX_WORDS = Math.max(...[...GAZETTEER.keys()].map((k) => k.split(' ').length));
const GAZETTEER_PREFIXES = prefixesOf(GAZETTEER.keys());

export interface PlaceMatch {
  from: number;
  to: number;
  name: string;
}

function isPlaceWord(token: Token | undefined): boolean {
  if (!token || !isCapitalized(token.text) || /^\d/.test(token.text)) return false;
  return !NON_NAME_WORDS.has(token.text) && !isCountryOrBlocWord(token.text);
}

/**
 * Places: "<Name> Province|Autonomous Region|City|...", and names from the gazetteer.
 * Longer matches win: "Guangxi Zhuang Autonomous Region" hides the gazetteer's "Guangxi".
 */
export function matchPlaces(
  text: string,
  tokens: readonly Token[],
  extra: ReadonlyMap<string, string>,
  taken: ReadonlySet<number> = new Set(),
): PlaceMatch[] {
  const at = new TokenCursor(tokens);
  const found: PlaceMatch[] = [];
  const claimed = new Set<number>(taken);
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    if (!head || !PLACE_HEADS.has(head.text) || isBreak(tokens, i) || claimed.has(i)) continue;
    // "King Abdulaziz City for Science and Technology" is an institution, not a city.
    if (at.text(i + 1) === 'for' && at.spaced(i + 1)) continue;
    // "Moscow State University", "Parliamentary State Secretary": the head is inside another name.
    const following = at.spaced(i + 1) ? at.text(i + 1) : '';
    if (ORG_HEADS.has(following) || ROLE_WORDS.has(following) || TITLE_STARTERS.has(following)) continue;
    const end = i + 1;
    let from = i;
    if (head.text === 'Region' && at.text(i - 1) === 'Autonomous') from = i - 1;
    if (head.text === 'Region' && at.text(i - 1) === 'Administrative' && at.text(i - 2) === 'Special')
      from = i - 2;
    let start = from;
    while (
      start > 0 &&
      from - start < 3 &&
      (isPlaceWord(tokens[start - 1]) || DIRECTIONS.has(at.text(start - 1))) &&
      !isBreak(tokens, start)
    )
      start--;
    if (start === from) continue;
    // "State" and "Region" after a role are too vague: "Member State"; "Sagaing Region" is a place.
    if (
      (head.text === 'State' || head.text === 'Region') &&
      from === i &&
      !GAZETTEER.has(at.text(start)) &&
      !(at.text(start - 1) === 'in' && at.spaced(start)) &&
      (ROLE_WORDS.has(at.text(start)) || TITLE_STARTERS.has(at.text(start)))
    )
      continue;
    const first = tokens[start];
    const last = tokens[end - 1];
    if (!first || !last) continue;
    found.push({ from: start, to: end, name: text.slice(first.start, last.end) });
    for (let k = start; k < end; k++) claimed.add(k);
  }
  for (const best of matchGazetteer(tokens, extra, claimed)) {
    // "Inner Mongolia | Autonomous Region": a known name with its head after it.
    let to = best.to;
    if (at.text(to) === 'Autonomous' && at.text(to + 1) === 'Region') to += 2;
    else if (
      PLACE_HEADS.has(at.text(to)) &&
      at.spaced(to) &&
      !claimed.has(to) &&
      !(at.spaced(to + 1) && isCapitalized(at.text(to + 1))) // "Moscow State University"
    )
      to++;
    found.push({ ...best, to, name: text.slice(tokens[best.from]?.start, tokens[to - 1]?.end) });
    for (let k = best.from; k < to; k++) claimed.add(k);
  }
  for (const place of placesByContext(text, tokens, claimed)) {
    found.push({ ...place, name: text.slice(tokens[place.from]?.start, tokens[place.to - 1]?.end) });
  }
  return found.sort((a, b) => a.from - b.from);
}

/** The capitalised place words from `i` (with inner particles: "São José dos Campos"), at most four. */
function placeChunkEnd(tokens: readonly Token[], i: number, claimed: ReadonlySet<number>): number {
  const at = new TokenCursor(tokens);
  let end = i;
  while (end < tokens.length && end < i + 4 && (end === i || at.spaced(end))) {
    const word = at.text(end);
    if (end > i && PLACE_PARTICLES.has(word) && isPlaceWord(tokens[end + 1]) && at.spaced(end + 1)) {
      end++;
      continue;
    }
    if (claimed.has(end) || !isPlaceWord(tokens[end])) break;
    end++;
  }
  return end;
}

/**
 * Places outside the gazetteer, from how the text uses them: "in Pu'er, Yunnan Province" (a known place or
 * country right after a comma), "the conference opened in Dubrovnik" (after a verb of holding or meeting),
 * "near Nadi" (a world city after a preposition of place), "Battambang and Takeo provinces", "Tehran or
 * Isfahan" (joined to a known place), and world cities of several words anywhere ("São José dos Campos").
 */
function placesByContext(
  text: string,
  tokens: readonly Token[],
  taken: ReadonlySet<number>,
): Array<Omit<PlaceMatch, 'name'>> {
  const at = new TokenCursor(tokens);
  const claimed = new Set(taken);
  const found: Array<Omit<PlaceMatch, 'name'>> = [];
  const name = (from: number, to: number) => text.slice(tokens[from]?.start, tokens[to - 1]?.end);
  for (let i = 0; i < tokens.length; i++) {
    if (claimed.has(i) || !isPlaceWord(tokens[i])) continue;
    // Only whole capitalised phrases: "in Tsinghua University" is not a place, nor is "Li" in "Li Meng".
    if (i > 0 && at.spaced(i) && isCapitalized(at.text(i - 1))) continue;
    const end = placeChunkEnd(tokens, i, claimed);
    const next = tokens[end];
    if (end === i) continue;
    if (next?.gap === ' ' && isCapitalized(next.text)) {
      // "Guilin University of ...", "Kazan Federal University": a large city opening a body's name.
      if (
        (worldPlace(at.text(i))?.population ?? 0) >= 300_000 &&
        ORG_HEADS.has(nextCapitalisedHead(tokens, i))
      ) {
        found.push({ from: i, to: i + 1 });
        claimed.add(i);
      }
      continue;
    }
    const phrase = name(i, end);
    const prev = at.text(i - 1);
    const world = worldPlace(phrase);
    const knownCity = world !== null;
    const afterPreposition = PLACE_PREPOSITIONS.has(prev) && at.spaced(i);
    const beforeKnown = next?.gap === ', ' && claimed.has(end);
    const verb = at.text(i - 2);
    const afterVerb =
      prev === 'in' &&
      (LOCATING_VERBS.has(verb) || (verb === 'place' && at.text(i - 3) === 'took')) &&
      (!next || isBreak(tokens, end) || next.gap === ', ' || next.text === 'on' || next.text === 'from');
    const joinedToKnown = (prev === 'and' || prev === 'or') && claimed.has(i - 2);
    const beforeNoun = LOWER_PLACE_NOUNS.has(next?.text ?? '') && next?.gap === ' ';
    // "Battambang and Takeo provinces": the noun after the second name makes the first one a place too.
    const listNoun =
      next?.text === 'and' &&
      (() => {
        const second = placeChunkEnd(tokens, end + 1, claimed);
        return second > end + 1 && LOWER_PLACE_NOUNS.has(at.text(second));
      })();
    const severalWords = end - i > 1 && world !== null && (world.population >= 50_000 || world.region);
    // A city of a million people, standing alone ("... of Guilin", "Kazan Federal University").
    const bigCity = (world?.population ?? 0) >= 1_000_000;
    if (
      (afterPreposition && (knownCity || beforeKnown || afterVerb)) ||
      (prev === 'in' && beforeKnown) ||
      afterVerb ||
      (joinedToKnown && (knownCity || beforeNoun)) ||
      beforeNoun ||
      listNoun ||
      severalWords ||
      bigCity
    ) {
      found.push({ from: i, to: end });
      for (let k = i; k < end; k++) claimed.add(k);
    }
    i = end - 1;
  }
  return found;
}

/** Names from the gazetteer (and the overrides' places), longest first at each position. */
function matchGazetteer(
  tokens: readonly Token[],
  extra: ReadonlyMap<string, string>,
  claimed: ReadonlySet<number>,
): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const c = tokens[i]?.text.charCodeAt(0) ?? 0;
    if (claimed.has(i) || (c >= 97 && c <= 122)) continue;
    let phrase = '';
    let best: PlaceMatch | null = null;
    for (let n = 1; n <= GAZETTEER_MAX_WORDS && i + n <= tokens.length; n++) {
      const t = tokens[i + n - 1];
      if (!t || claimed.has(i + n - 1) || (n > 1 && t.gap !== ' ')) break;
      phrase = n === 1 ? t.text : `${phrase} ${t.text}`;
      if (n > 1 && !GAZETTEER_PREFIXES.has(phrase) && extra.size === 0) break;
      if (GAZETTEER.has(phrase) || extra.has(phrase)) best = { from: i, to: i + n, name: phrase };
    }
    if (best) {
      found.push(best);
      i = best.to - 1;
    }
  }
  return found;
}

/** Gazetteer names of several words, before countries claim their words ("Inner Mongolia", "Lao Cai"). */
export function matchGazetteerOnly(
  tokens: readonly Token[],
  extra: ReadonlyMap<string, string>,
): PlaceMatch[] {
  return matchGazetteer(tokens, extra, new Set()).filter((m) => m.to - m.from > 1);
}

/** The last word of the capitalised phrase starting at `i` (at most five words). */
function nextCapitalisedHead(tokens: readonly Token[], i: number): string {
  const at = new TokenCursor(tokens);
  let k = i + 1;
  while (k < i + 5 && at.spaced(k) && isCapitalized(at.text(k))) k++;
  return at.text(k - 1);
}

/** Country of a place name, when known ("Gansu Province" → CN through "Gansu"). */
export function placeCountry(name: string, extra: ReadonlyMap<string, string>): string | null {
  const direct = GAZETTEER.get(name) ?? extra.get(name);
  if (direct) return direct;
  for (const word of name.split(' ')) {
    const code = GAZETTEER.get(word) ?? extra.get(word);
    if (code) return code;
  }
  return null;
}
