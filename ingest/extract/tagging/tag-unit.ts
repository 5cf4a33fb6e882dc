import { matchBlocs, matchCountries, type Match } from './countries';
import { matchGazetteerOnly, matchPlaces, type PlaceMatch } from './places';
import { tokenize, type Token } from '../tokens';

/** One paragraph, tokenised once, with the lexicon matches every extractor needs. */
export interface TextUnit {
  text: string;
  tokens: Token[];
  countries: Match[];
  blocs: Match[];
  places: PlaceMatch[];
  /** Per token: 'country', 'bloc' or 'place' when a lexicon claimed it. */
  claimedBy: Array<'country' | 'bloc' | 'place' | undefined>;
}

export function analyzeText(text: string, extraPlaces: ReadonlyMap<string, string>): TextUnit {
  const tokens = tokenize(text);
  // A curated place whose name holds a country's ("Inner Mongolia", "Kuwait City") is the place.
  const countries = withoutPlaceParts(matchCountries(tokens), matchGazetteerOnly(tokens, extraPlaces));
  const blocs = matchBlocs(tokens);
  const taken = new Set<number>();
  for (const m of [...countries, ...blocs]) for (let i = m.from; i < m.to; i++) taken.add(i);
  const places = matchPlaces(text, tokens, extraPlaces, taken);
  const claimedBy: TextUnit['claimedBy'] = Array.from({ length: tokens.length }, () => undefined);
  for (const m of places) for (let i = m.from; i < m.to; i++) claimedBy[i] = 'place';
  for (const m of blocs) for (let i = m.from; i < m.to; i++) claimedBy[i] = 'bloc';
  for (const m of countries) for (let i = m.from; i < m.to; i++) claimedBy[i] = 'country';
  return { text, tokens, countries, blocs, places, claimedBy };
}

function withoutPlaceParts(countries: Match[], places: readonly PlaceMatch[]): Match[] {
  return countries.filter(
    (c) => !places.some((p) => p.from <= c.from && c.to <= p.to && p.to - p.from > c.to - c.from),
  );
}
