import { ByteReader, ByteWriter, CorruptDataError, varintSize } from './bytes';
import { DocSet, popcount } from './doc-set';

/**
 * Posting-list chunks (decision 0009): `AIX1`, flags, the number of docs N, the number of entries, then
 * per entry its key, document frequency, container (sorted doc numbers as delta varints, or a bitset of
 * N bits, whichever is smaller), the payload's length and payload, and with the impacts flag one BM25
 * impact byte per doc. Positions chunks (`AIP1`) hold per key the word positions of each of its docs.
 */
const POSTINGS_MAGIC = [0x41, 0x49, 0x58, 0x31]; // AIX1
const POSITIONS_MAGIC = [0x41, 0x49, 0x50, 0x31]; // AIP1
const FLAG_IMPACTS = 1;
export const LIST = 0;
export const BITSET = 1;

export interface PostingInput {
  key: string;
  /** Ascending, no duplicates, each below N. */
  docs: ArrayLike<number>;
  /** One byte per doc (1…255), text terms only. */
  impacts?: Uint8Array;
}

export interface PostingEntry {
  key: string;
  df: number;
  container: typeof LIST | typeof BITSET;
  payload: Uint8Array;
  impacts: Uint8Array | null;
}

function writeMagic(writer: ByteWriter, magic: readonly number[]): void {
  for (const byte of magic) writer.byte(byte);
}

function readMagic(reader: ByteReader, magic: readonly number[], what: string): void {
  for (const byte of magic)
    if (reader.byte() !== byte) throw new CorruptDataError(`not a ${what} chunk (bad magic)`);
}

/** The bytes one entry takes, to bound chunk sizes before writing. */
export function postingSize(input: PostingInput, universe: number): number {
  return input.key.length + 12 + Math.min(listSize(input.docs), Math.ceil(universe / 8)) + input.docs.length;
}

function listSize(docs: ArrayLike<number>): number {
  let size = 0;
  let previous = -1;
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] ?? 0;
    size += varintSize(doc - previous - 1);
    previous = doc;
  }
  return size;
}

export function encodePostingChunk(
  universe: number,
  entries: readonly PostingInput[],
  withImpacts: boolean,
): Uint8Array {
  const writer = new ByteWriter();
  writeMagic(writer, POSTINGS_MAGIC);
  writer.byte(withImpacts ? FLAG_IMPACTS : 0);
  writer.varint(universe);
  writer.varint(entries.length);
  const bitsetBytes = Math.ceil(universe / 8);
  for (const { key, docs, impacts } of entries) {
    if (withImpacts !== (impacts !== undefined))
      throw new Error(`${key}: impacts must be given for every entry or none`);
    if (impacts && impacts.length !== docs.length) throw new Error(`${key}: one impact per doc`);
    writer.string(key);
    writer.varint(docs.length);
    const asList = listSize(docs);
    if (bitsetBytes < asList) {
      writer.byte(BITSET);
      const bits = new Uint8Array(bitsetBytes);
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] ?? 0;
        bits[doc >>> 3] = (bits[doc >>> 3] ?? 0) | (1 << (doc & 7));
      }
      writer.varint(bitsetBytes);
      writer.bytes(bits);
    } else {
      writer.byte(LIST);
      writer.varint(asList);
      let previous = -1;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] ?? 0;
        if (doc <= previous || doc >= universe) throw new Error(`${key}: docs must ascend below ${universe}`);
        writer.varint(doc - previous - 1);
        previous = doc;
      }
    }
    if (impacts) writer.bytes(impacts);
  }
  return writer.finish();
}

/** A decoded posting chunk: entries in the order written, found by key. */
export class PostingChunk {
  private readonly byKey = new Map<string, PostingEntry>();

  constructor(
    readonly universe: number,
    readonly entries: readonly PostingEntry[],
  ) {
    for (const entry of entries) this.byKey.set(entry.key, entry);
  }

  get(key: string): PostingEntry | undefined {
    return this.byKey.get(key);
  }

  /** Entries whose key starts with `prefix`, in the order written. */
  withPrefix(prefix: string): PostingEntry[] {
    return this.entries.filter((entry) => entry.key.startsWith(prefix));
  }
}

export function decodePostingChunk(bytes: Uint8Array): PostingChunk {
  const reader = new ByteReader(bytes);
  readMagic(reader, POSTINGS_MAGIC, 'posting');
  const flags = reader.byte();
  const universe = reader.varint();
  const count = reader.varint();
  const entries: PostingEntry[] = [];
  for (let i = 0; i < count; i++) {
    const key = reader.string();
    const df = reader.varint();
    const container = reader.byte();
    if (container !== LIST && container !== BITSET) throw new CorruptDataError(`${key}: unknown container`);
    const payload = reader.take(reader.varint());
    if (container === BITSET && payload.length !== Math.ceil(universe / 8))
      throw new CorruptDataError(`${key}: bitset of the wrong size`);
    const impacts = flags & FLAG_IMPACTS ? reader.take(df) : null;
    entries.push({ key, df, container, payload, impacts });
  }
  if (!reader.done) throw new CorruptDataError('trailing bytes after the last entry');
  return new PostingChunk(universe, entries);
}

/** The entry's doc numbers, ascending; checks they fit the chunk's N and the entry's df. */
export function postingDocs(entry: PostingEntry, universe: number): Uint32Array {
  const docs = new Uint32Array(entry.df);
  if (entry.container === BITSET) {
    let n = 0;
    const { payload } = entry;
    for (let i = 0; i < payload.length; i++) {
      let byte = payload[i] ?? 0;
      while (byte !== 0) {
        const bit = 31 - Math.clz32(byte & -byte);
        if (n >= docs.length) throw new CorruptDataError(`${entry.key}: more docs than its df`);
        docs[n++] = i * 8 + bit;
        byte &= byte - 1;
      }
    }
    if (n !== docs.length || (n > 0 && (docs[n - 1] ?? 0) >= universe))
      throw new CorruptDataError(`${entry.key}: bitset disagrees with its df`);
    return docs;
  }
  const reader = new ByteReader(entry.payload);
  let doc = -1;
  for (let i = 0; i < docs.length; i++) {
    doc += reader.varint() + 1;
    docs[i] = doc;
  }
  if (!reader.done || doc >= universe) throw new CorruptDataError(`${entry.key}: list disagrees with its df`);
  return docs;
}

/** The entry as a DocSet. */
export function postingSet(entry: PostingEntry, universe: number): DocSet {
  if (entry.container === BITSET) {
    const words = new Uint32Array(Math.ceil(universe / 32));
    const { payload } = entry;
    for (let i = 0; i < payload.length; i++)
      words[i >>> 2] = (words[i >>> 2] ?? 0) | ((payload[i] ?? 0) << ((i & 3) * 8));
    return new DocSet(universe, words);
  }
  return DocSet.of(universe, postingDocs(entry, universe));
}

/** Appends one doc's word positions (ascending) to a key's positions payload. */
export function writeDocPositions(writer: ByteWriter, positions: readonly number[]): void {
  writer.varint(positions.length);
  let previous = -1;
  for (const position of positions) {
    writer.varint(position - previous - 1);
    previous = position;
  }
}

export interface PositionsInput {
  key: string;
  /** How many docs the payload holds: one per doc of the key's posting list, in its order. */
  docs: number;
  /** The docs' positions as `writeDocPositions` wrote them. */
  payload: Uint8Array;
}

export function encodePositionsChunk(entries: readonly PositionsInput[]): Uint8Array {
  const writer = new ByteWriter();
  writeMagic(writer, POSITIONS_MAGIC);
  writer.varint(entries.length);
  for (const { key, docs, payload } of entries) {
    writer.string(key);
    writer.varint(docs);
    writer.varint(payload.length);
    writer.bytes(payload);
  }
  return writer.finish();
}

export interface PositionsEntry {
  key: string;
  docs: number;
  payload: Uint8Array;
}

export function decodePositionsChunk(bytes: Uint8Array): Map<string, PositionsEntry> {
  const reader = new ByteReader(bytes);
  readMagic(reader, POSITIONS_MAGIC, 'positions');
  const count = reader.varint();
  const entries = new Map<string, PositionsEntry>();
  for (let i = 0; i < count; i++) {
    const key = reader.string();
    const docs = reader.varint();
    entries.set(key, { key, docs, payload: reader.take(reader.varint()) });
  }
  if (!reader.done) throw new CorruptDataError('trailing bytes after the last entry');
  return entries;
}

/** The positions of the docs of `docs` (the key's posting list) that `wanted` holds. */
export function positionsOf(
  entry: PositionsEntry,
  docs: Uint32Array,
  wanted: DocSet,
): Map<number, Uint32Array> {
  if (entry.docs !== docs.length)
    throw new CorruptDataError(`${entry.key}: positions disagree with its docs`);
  const reader = new ByteReader(entry.payload);
  const found = new Map<number, Uint32Array>();
  for (let i = 0; i < docs.length; i++) {
    const count = reader.varint();
    const doc = docs[i] ?? 0;
    if (!wanted.has(doc)) {
      for (let j = 0; j < count; j++) reader.varint();
      continue;
    }
    const list = new Uint32Array(count);
    let position = -1;
    for (let j = 0; j < count; j++) {
      position += reader.varint() + 1;
      list[j] = position;
    }
    found.set(doc, list);
  }
  return found;
}

/** |set ∩ entry| without decoding the entry into an array. */
export function countPosting(entry: PostingEntry, set: DocSet): number {
  if (entry.container === BITSET) {
    const { payload } = entry;
    const { words } = set;
    let total = 0;
    for (let i = 0; i < payload.length; i++) {
      const mine = payload[i] ?? 0;
      if (mine === 0) continue;
      const theirs = ((words[i >>> 2] ?? 0) >>> ((i & 3) * 8)) & 0xff;
      total += popcount(mine & theirs);
    }
    return total;
  }
  const reader = new ByteReader(entry.payload);
  let doc = -1;
  let total = 0;
  for (let i = 0; i < entry.df; i++) {
    doc += reader.varint() + 1;
    if (set.has(doc)) total++;
  }
  return total;
}

/**
 * One entry from the same key's entries in the segments of an index (decision 0024). Each part's docs are
 * numbered within its segment (`universe` docs); `globals` turns them, ascending, into their numbers among
 * all `universe` docs. The parts interleave: they are merged into one list (delta list or bitset, whichever
 * is smaller, as the chunks choose), the impacts in the merged order; `from` says which part each merged
 * doc came from, to merge the parts' positions alike (`joinPositions`).
 */
export function joinPostings(
  key: string,
  universe: number,
  parts: readonly { entry: PostingEntry; universe: number; globals: (docs: Uint32Array) => Uint32Array }[],
): { entry: PostingEntry; from: Uint8Array } {
  const lists = parts.map(({ entry, universe, globals }) => globals(postingDocs(entry, universe)));
  const df = lists.reduce((total, list) => total + list.length, 0);
  const withImpacts = parts.length > 0 && parts.every((part) => part.entry.impacts !== null);
  const impacts = withImpacts ? new Uint8Array(df) : null;
  const from = new Uint8Array(df);
  const at = new Array<number>(parts.length).fill(0);
  const merged = new Uint32Array(df);
  let previous = -1;
  for (let n = 0; n < df; n++) {
    let best = -1;
    let bestDoc = Infinity;
    for (let i = 0; i < lists.length; i++) {
      const doc = lists[i]?.[at[i] ?? 0];
      if (doc !== undefined && doc < bestDoc) {
        bestDoc = doc;
        best = i;
      }
    }
    if (bestDoc <= previous || bestDoc >= universe)
      throw new CorruptDataError(`${key}: segments share a doc`);
    merged[n] = bestDoc;
    previous = bestDoc;
    from[n] = best;
    if (impacts) impacts[n] = parts[best]?.entry.impacts?.[at[best] ?? 0] ?? 1;
    at[best] = (at[best] ?? 0) + 1;
  }
  const bitsetBytes = Math.ceil(universe / 8);
  if (bitsetBytes < listSize(merged)) {
    const bits = new Uint8Array(bitsetBytes);
    for (const doc of merged) bits[doc >>> 3] = (bits[doc >>> 3] ?? 0) | (1 << (doc & 7));
    return { entry: { key, df, container: BITSET, payload: bits, impacts }, from };
  }
  const writer = new ByteWriter();
  previous = -1;
  for (const doc of merged) {
    writer.varint(doc - previous - 1);
    previous = doc;
  }
  return { entry: { key, df, container: LIST, payload: writer.finish(), impacts }, from };
}

/** The positions of a joined entry: each part's docs' positions, taken in the order `from` merged them. */
export function joinPositions(
  key: string,
  parts: readonly PositionsEntry[],
  from: Uint8Array,
): PositionsEntry {
  const slices = parts.map((part) => {
    const reader = new ByteReader(part.payload);
    const ends: number[] = [];
    for (let i = 0; i < part.docs; i++) {
      const count = reader.varint();
      for (let j = 0; j < count; j++) reader.varint();
      ends.push(reader.offset);
    }
    if (!reader.done) throw new CorruptDataError(`${key}: positions disagree with its docs`);
    return ends;
  });
  const writer = new ByteWriter();
  const at = new Array<number>(parts.length).fill(0);
  for (const part of from) {
    const ends = slices[part];
    const payload = parts[part]?.payload;
    const i = at[part] ?? 0;
    if (!ends || !payload || i >= ends.length)
      throw new CorruptDataError(`${key}: positions disagree with its docs`);
    writer.bytes(payload.subarray(i === 0 ? 0 : (ends[i - 1] ?? 0), ends[i]));
    at[part] = i + 1;
  }
  return { key, docs: from.length, payload: writer.finish() };
}
