import { matchBlocs, matchCountries, type Match } from './countries';
import { matchGazetteerOnly, matchPlaces, type PlaceMatch } from './places';
import { TokenCursor } from '../cursor';
import { tokenize, type Token } from '../tokens';

/** One paragraph, tokenised once, with the lexicon matches every extractor needs. */
export interface TextUnit {
  text: string;
  /** Index of the paragraph; -1 for the title. */
  index: number;
  tokens: Token[];
  /** The same tokens, read through a cursor (no index arithmetic in the stages). */
  at: TokenCursor;
  countries: Match[];
  blocs: Match[];
  places: PlaceMatch[];
  /** Per token: 'country', 'bloc' or 'place' when a lexicon claimed it. */
  claimedBy: Array<'country' | 'bloc' | 'place' | undefined>;
}

/** Stage 2 and 3 of the pipeline for one paragraph: its tokens, then every gazetteer's matches in one pass. */
export function analyzeText(text: string, extraPlaces: ReadonlyMap<string, string>, index = -1): TextUnit {
  const tokens = tokenize(text);
  // A curated place whose name holds a country's ("Inner Mongolia", "Kuwait City") is the place.
  const countries = withoutPlaceParts(matchCountries(tokens), matchGazetteerOnly(tokens, extraPlaces));
  const blocs = matchBlocs(tokens);
  const taken = new Set<number>();
  for (const m of [...countries, ...blocs]) for (let i = m.from; i < m.to; i++) taken.add(i);
  const places = matchPlaces(text, tokens, extraPlaces, taken);
  const claimedBy: TextUnit['claimedBy'] = new Array<TextUnit['claimedBy'][number]>(tokens.length).fill(
    undefined,
  );
  for (const m of places) for (let i = m.from; i < m.to; i++) claimedBy[i] = 'place';
  for (const m of blocs) for (let i = m.from; i < m.to; i++) claimedBy[i] = 'bloc';
  for (const m of countries) for (let i = m.from; i < m.to; i++) claimedBy[i] = 'country';
  return { text, index, tokens, at: new TokenCursor(tokens), countries, blocs, places, claimedBy };
}

function withoutPlaceParts(countries: Match[], places: readonly PlaceMatch[]): Match[] {
  return countries.filter(
    (c) => !places.some((p) => p.from <= c.from && c.to <= p.to && p.to - p.from > c.to - c.from),
  );
}
