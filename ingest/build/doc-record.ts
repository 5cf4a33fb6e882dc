import type { Announcement, Organization, Person, Summary } from '../../src/data/schema';
import { ByteReader, ByteWriter, varintSize } from '../../src/data/search-index/bytes';
import { leadSentences } from '../../src/lib/sentences';
import { firstSentence, searchWords, TITLE_WEIGHT } from '../index/build-search-index';
import { toJsonText } from '../write-dataset';

/**
 * What the dataset's build needs of one announcement, made in the extraction thread that extracted it
 * (decision 0022), so the thread that builds the dataset only merges: the announcement's file, its summary,
 * the facts its dictionaries, profiles, facets and index rows are made from, and its search terms with their
 * term frequencies and word positions, encoded as the posting chunks want them.
 */
export interface DocFacts {
  title: string;
  date: string | null;
  generated: boolean;
  people: Person[];
  events: { id: string; name: string }[];
  organizations: Organization[];
  countries: string[];
  blocs: string[];
  places: string[];
  snippet?: string;
}

/** How many of the body's first sentences a summary carries, and at most how long each is. */
export const SUMMARY_SENTENCES = 2;
export const SENTENCE_LENGTH = 160;

export function toSummary(a: Announcement): Summary {
  const [snippet, ...sentences] = leadSentences(a.paragraphs, SUMMARY_SENTENCES, SENTENCE_LENGTH);
  return {
    id: a.id,
    title: a.title,
    date: a.date,
    people: a.people.map((p) => p.id),
    countries: a.countries,
    events: a.events.map((e) => e.id),
    organizations: a.organizations.map((o) => o.id),
    places: a.places,
    ...(snippet ? { snippet } : {}),
    ...(sentences.length ? { sentences } : {}),
    ...(a.generated ? { generated: true as const } : {}),
  };
}

const encoder = new TextEncoder();

/** The bytes of `announcements/<id>.json`. */
export function announcementBytes(a: Announcement): Uint8Array {
  return encoder.encode(toJsonText(a, 'announcements/'));
}

/**
 * One announcement's record: its summary's JSON text, its facts' JSON text, its length in words and its
 * terms (each: the term's UTF-8 bytes, its term frequency, its positions as `writeDocPositions` writes them).
 */
export function encodeDocRecord(a: Announcement): Uint8Array {
  const writer = new ByteWriter(4096);
  writer.string(JSON.stringify(toSummary(a)));
  const facts: DocFacts = {
    title: a.title,
    date: a.date,
    generated: a.generated === true,
    people: a.people,
    events: a.events,
    organizations: a.organizations,
    countries: a.countries,
    blocs: a.blocs,
    places: a.places,
    ...firstSentence(a),
  };
  writer.string(JSON.stringify(facts));
  const positions = new Map<string, number[]>();
  let position = 0;
  const fields = searchWords(a);
  const inTitle = new Map<string, number>();
  for (const word of fields[0] ?? []) inTitle.set(word, (inTitle.get(word) ?? 0) + 1);
  for (const words of fields) {
    for (const word of words) {
      let list = positions.get(word);
      if (!list) positions.set(word, (list = []));
      list.push(position++);
    }
    position++;
  }
  writer.varint(Math.max(1, position));
  writer.varint(positions.size);
  for (const [word, list] of positions) {
    writer.string(word);
    writer.varint(Math.min(list.length + (TITLE_WEIGHT - 1) * (inTitle.get(word) ?? 0), 0xffff));
    let size = varintSize(list.length);
    let previous = -1;
    for (const at of list) {
      size += varintSize(at - previous - 1);
      previous = at;
    }
    writer.varint(size);
    writer.varint(list.length);
    previous = -1;
    for (const at of list) {
      writer.varint(at - previous - 1);
      previous = at;
    }
  }
  return writer.finish();
}

/** A record read back: the texts as bytes or strings, and where its terms start. */
export interface DocRecord {
  summary: Uint8Array;
  facts: DocFacts;
  length: number;
  termCount: number;
  /** The record's bytes and the offset of its first term entry. */
  bytes: Uint8Array;
  termsAt: number;
}

export function decodeDocRecord(bytes: Uint8Array): DocRecord {
  const reader = new ByteReader(bytes);
  const summary = reader.take(reader.varint());
  const facts = JSON.parse(reader.string()) as DocFacts;
  const length = reader.varint();
  const termCount = reader.varint();
  return { summary, facts, length, termCount, bytes, termsAt: reader.offset };
}
