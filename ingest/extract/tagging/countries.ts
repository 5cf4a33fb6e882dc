import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { BLOC_FORMS } from '../lexicon/blocs';
import { COMBINING_FORMS, EXTRA_FORMS, NOT_COUNTRIES } from '../lexicon/countries';
import { tokenize, type Token } from '../tokens';

countries.registerLocale(en);

const key = (phrase: string): string =>
  tokenize(phrase)
    .map((t) => t.text)
    .join(' ');

function buildLexicon(): Map<string, string | null> {
  const lexicon = new Map<string, string | null>();
  const names = countries.getNames('en', { select: 'all' });
  for (const [code, list] of Object.entries(names)) {
    for (const name of list) {
      if (name.includes(',')) continue; // "Korea, Republic of": the inverted forms never occur in prose
      lexicon.set(key(name), code);
    }
  }
  for (const pair of EXTRA_FORMS.trim().split(/\s+/)) {
    const [form, code] = pair.split(':');
    if (form && code) lexicon.set(key(form.replace(/_/g, ' ')), code);
  }
  for (const phrase of NOT_COUNTRIES.trim().split(/\s+/)) lexicon.set(key(phrase.replace(/_/g, ' ')), null);
  lexicon.delete('US'); // re-added below: only as written in capitals, never the pronoun
  lexicon.set('US', 'US');
  return lexicon;
}

export const COUNTRY_LEXICON = buildLexicon();
const MAX_WORDS = Math.max(...[...COUNTRY_LEXICON.keys()].map((k) => k.split(' ').length));

/** Every word-prefix of every key, so matching stops as soon as no key can continue. */
export function prefixesOf(keys: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const k of keys) {
    const words = k.split(' ');
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  return prefixes;
}
const PREFIXES = new WeakMap<ReadonlyMap<string, unknown>, Set<string>>();
function prefixSet(lexicon: ReadonlyMap<string, unknown>): Set<string> {
  let set = PREFIXES.get(lexicon);
  if (!set) PREFIXES.set(lexicon, (set = prefixesOf(lexicon.keys())));
  return set;
}

export const countryName = (code: string): string => countries.getName(code, 'en') ?? code;

const BLOC_LEXICON = new Map(BLOC_FORMS.map(([form, name]) => [key(form), name]));
const BLOC_MAX_WORDS = Math.max(...[...BLOC_LEXICON.keys()].map((k) => k.split(' ').length));

export interface Match {
  from: number;
  to: number;
  values: string[];
}

/** Gaps that may sit inside a multi-word form: a space, or the dot of "U.K.". */
function joinable(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev) return false;
  if (t.gap === ' ') return true;
  return t.gap === '.' && /^\p{Lu}$/u.test(prev.text) && /^\p{Lu}$/u.test(t.text);
}

/** A word and a lower-case suffix after its hyphen: "Union-led", "States-backed". */
const LOWER_SUFFIX =
  /^(\p{Lu}[\p{L}]*)[-‐‑](?:led|based|backed|funded|sponsored|brokered|chaired|hosted|wide|member)$/u;

/** Longest match of a phrase lexicon at each position; compound tokens are also split at their hyphens. */
function matchLexicon(
  tokens: readonly Token[],
  lexicon: ReadonlyMap<string, string | null>,
  maxWords: number,
  combining?: ReadonlyMap<string, string>,
): Match[] {
  const matches: Match[] = [];
  const prefixes = prefixSet(lexicon);
  let i = 0;
  while (i < tokens.length) {
    // Every form starts with a capital: lower-case words are skipped without a lookup.
    const c = tokens[i]?.text.charCodeAt(0) ?? 0;
    if (c >= 97 && c <= 122) {
      i++;
      continue;
    }
    let found: Match | null = null;
    let phrase = '';
    for (let n = 1; n <= maxWords && i + n <= tokens.length; n++) {
      const t = tokens[i + n - 1];
      if (!t || (n > 1 && !joinable(tokens, i + n - 1))) break;
      // "an African Union-led force": a form of several words whose last one carries a lower-case suffix.
      const suffixed = n > 1 ? LOWER_SUFFIX.exec(t.text)?.[1] : undefined;
      const suffixedValue = suffixed ? lexicon.get(`${phrase} ${suffixed}`) : undefined;
      if (suffixedValue) {
        found = { from: i, to: i + n, values: [suffixedValue] };
        break;
      }
      phrase = n === 1 ? t.text : `${phrase} ${t.text}`;
      if (!prefixes.has(phrase)) break;
      if (lexicon.has(phrase)) {
        const value = lexicon.get(phrase);
        found = { from: i, to: i + n, values: value ? [value] : [] };
      }
    }
    const token = tokens[i];
    if (!found && token && /[-‐‑–]/.test(token.text)) {
      const parts = token.text.split(/[-‐‑–]/);
      const values: string[] = [];
      parts.forEach((part, index) => {
        const value = lexicon.get(part) ?? (index < parts.length - 1 ? combining?.get(part) : undefined);
        if (value) values.push(value);
      });
      if (values.length > 0) found = { from: i, to: i + 1, values };
    }
    // "US$" is a currency, not a mention of the country.
    if (found && tokens[found.to]?.gap.startsWith('$')) found = null;
    if (found) {
      matches.push(found);
      i = found.to;
    } else i++;
  }
  return matches;
}

/**
 * Matches by tokens: a paragraph's tokens are shared by the stages that read it (tokenize keeps them), and
 * several stages ask for its countries; neither the tokens nor the matches are ever changed.
 */
const COUNTRY_MATCHES = new WeakMap<readonly Token[], Match[]>();
const BLOC_MATCHES = new WeakMap<readonly Token[], Match[]>();

function matchedOnce(
  cache: WeakMap<readonly Token[], Match[]>,
  tokens: readonly Token[],
  match: () => Match[],
): Match[] {
  let matches = cache.get(tokens);
  if (!matches) cache.set(tokens, (matches = match()));
  return matches;
}

export function matchCountries(tokens: readonly Token[]): Match[] {
  return matchedOnce(COUNTRY_MATCHES, tokens, () =>
    matchLexicon(tokens, COUNTRY_LEXICON, MAX_WORDS, COMBINING_FORMS),
  );
}

export function matchBlocs(tokens: readonly Token[]): Match[] {
  return matchedOnce(BLOC_MATCHES, tokens, () =>
    matchLexicon(tokens, BLOC_LEXICON, BLOC_MAX_WORDS).filter((m) => m.values.length > 0),
  );
}

/** Country codes named in a piece of text (names, short forms, demonyms, compounds). */
export function countriesIn(text: string): string[] {
  return matchCountries(tokenize(text)).flatMap((m) => m.values);
}

export function blocsIn(text: string): string[] {
  return matchBlocs(tokenize(text)).flatMap((m) => m.values);
}

/** True when a single word is a country name, demonym or bloc form. */
export function isCountryOrBlocWord(word: string): boolean {
  if (COUNTRY_LEXICON.has(word) || BLOC_LEXICON.has(word)) return true;
  if (/[-‐‑–]/.test(word)) {
    return word
      .split(/[-‐‑–]/)
      .some((p) => COUNTRY_LEXICON.has(p) || BLOC_LEXICON.has(p) || COMBINING_FORMS.has(p));
  }
  return false;
}
