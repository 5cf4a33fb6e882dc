import type { Announcement, Mention } from '../../src/data/schema';
import { matchCountries } from './countries';
import { tokenize } from './tokens';

type Span = Omit<Mention, 'paragraph'>;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** The code point that ends right before `at` (a surrogate pair counts as one). */
function charBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return at > 0 ? String.fromCodePoint(text.codePointAt(start) ?? 0) : '';
}

/** Every whole-word occurrence of `name` in `text` (plain indexOf: a regular expression per name cost too much of an ingest). */
function occurrences(text: string, name: string): [number, number][] {
  const found: [number, number][] = [];
  if (!name) return found;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    const after = end < text.length ? String.fromCodePoint(text.codePointAt(end) ?? 0) : '';
    if (!WORD_CHAR.test(charBefore(text, at)) && !WORD_CHAR.test(after)) found.push([at, end]);
  }
  return found;
}

/** Country names, short forms and demonyms, with each part of a compound ("China-Cambodia") its own span. */
function countrySpans(text: string, codes: ReadonlySet<string>): Span[] {
  const tokens = tokenize(text);
  const spans: Span[] = [];
  for (const match of matchCountries(tokens)) {
    const first = tokens[match.from];
    const last = tokens[match.to - 1];
    if (!first || !last) continue;
    const [only] = match.values;
    if (match.values.length === 1 && only && !/[-‐‑–]/.test(first.text)) {
      if (codes.has(only)) spans.push({ start: first.start, end: last.end, kind: 'country', id: only });
      continue;
    }
    // A compound token: find each part that names one of the announcement's countries.
    let offset = first.start;
    for (const part of first.text.split(/([-‐‑–])/)) {
      const [code] = part.length > 1 ? matchCountries(tokenize(part)).flatMap((m) => m.values) : [];
      if (code && codes.has(code))
        spans.push({ start: offset, end: offset + part.length, kind: 'country', id: code });
      offset += part.length;
    }
  }
  return spans;
}

/**
 * Where the announcement's people (full names), events (names) and countries (names and demonyms) are
 * named in its paragraphs. Overlaps keep the longest span: "14th China-ASEAN Expo" is the event, not China.
 */
export function findMentions(announcement: Announcement): Mention[] {
  const codes = new Set(announcement.countries);
  const mentions: Mention[] = [];
  announcement.paragraphs.forEach((text, paragraph) => {
    const spans: Span[] = [
      ...announcement.people.flatMap((p) =>
        occurrences(text, p.name).map(([start, end]) => ({ start, end, kind: 'person' as const, id: p.id })),
      ),
      ...announcement.events.flatMap((e) =>
        occurrences(text, e.name).map(([start, end]) => ({ start, end, kind: 'event' as const, id: e.id })),
      ),
      ...countrySpans(text, codes),
    ];
    spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: Span[] = [];
    for (const span of spans) {
      if (taken.every((t) => span.end <= t.start || span.start >= t.end)) taken.push(span);
    }
    taken.sort((a, b) => a.start - b.start);
    for (const span of taken) mentions.push({ paragraph, ...span });
  });
  return mentions;
}
