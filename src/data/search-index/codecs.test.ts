import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter, CorruptDataError } from './bytes';
import { DocSet } from './doc-set';
import { decodeDates, encodeDates } from './index-files';
import {
  BITSET,
  countPosting,
  decodePositionsChunk,
  decodePostingChunk,
  encodePositionsChunk,
  encodePostingChunk,
  LIST,
  positionsOf,
  postingDocs,
  postingSet,
  writeDocPositions,
} from './posting-chunk';
import { parseTextQuery, tokenize } from './text';

const sortedDocs = (universe: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: universe - 1 }), { maxLength: universe })
    .map((docs) => docs.sort((a, b) => a - b));

describe('varints', () => {
  it('round-trip any safe non-negative integer and strings', () => {
    fc.assert(
      fc.property(fc.array(fc.maxSafeNat()), fc.string(), (values, text) => {
        const writer = new ByteWriter();
        for (const value of values) writer.varint(value);
        writer.string(text);
        const reader = new ByteReader(writer.finish());
        expect(values.map(() => reader.varint())).toEqual(values);
        expect(reader.string()).toBe(text);
        expect(reader.done).toBe(true);
      }),
    );
  });

  it('name a truncated value as corrupt instead of reading past the end', () => {
    const writer = new ByteWriter();
    writer.varint(300);
    expect(() => new ByteReader(writer.finish().subarray(0, 1)).varint()).toThrow(CorruptDataError);
    expect(() => {
      writer.varint(-1);
    }).toThrow(RangeError);
  });
});

describe('DocSet', () => {
  it('counts, pages and combines like plain arrays', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 300 })
          .chain((size) =>
            fc.tuple(
              fc.constant(size),
              sortedDocs(size),
              sortedDocs(size),
              fc.nat(size),
              fc.nat(size),
              fc.nat(40),
              fc.integer({ min: 1, max: 40 }),
            ),
          ),
        ([size, a, b, x, y, skip, limit]) => {
          const [from, to] = x < y ? [x, y] : [y, x];
          const set = DocSet.of(size, a);
          const inRange = a.filter((doc) => doc >= from && doc < to);
          expect(set.count()).toBe(a.length);
          expect(set.countRange(from, to)).toBe(inRange.length);
          expect(set.ascending(from, to, skip, limit)).toEqual(inRange.slice(skip, skip + limit));
          expect(set.descending(from, to, skip, limit)).toEqual(
            [...inRange].reverse().slice(skip, skip + limit),
          );
          expect([...set.clone().and(DocSet.of(size, b))]).toEqual(a.filter((doc) => b.includes(doc)));
          expect([...set.clone().andNot(DocSet.of(size, b))]).toEqual(a.filter((doc) => !b.includes(doc)));
          expect([...set.clone().or(DocSet.of(size, b))]).toEqual(
            [...new Set([...a, ...b])].sort((m, n) => m - n),
          );
          expect([...DocSet.range(size, from, to)]).toEqual(
            Array.from({ length: to - from }, (_, i) => from + i),
          );
        },
      ),
    );
  });
});

describe('posting chunks', () => {
  it('round-trip lists and bitsets, with impacts, and count against a set', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 500 })
          .chain((universe) =>
            fc.tuple(
              fc.constant(universe),
              fc.array(sortedDocs(universe), { minLength: 1, maxLength: 6 }),
              sortedDocs(universe),
            ),
          ),
        ([universe, lists, other]) => {
          const inputs = lists.map((docs, i) => ({
            key: `term${i}`,
            docs,
            impacts: Uint8Array.from(docs, (doc) => 1 + (doc % 255)),
          }));
          const chunk = decodePostingChunk(encodePostingChunk(universe, inputs, true));
          const against = DocSet.of(universe, other);
          inputs.forEach((input) => {
            const entry = chunk.get(input.key);
            expect(entry).toBeDefined();
            if (!entry) return;
            expect([...postingDocs(entry, universe)]).toEqual(input.docs);
            expect([...postingSet(entry, universe)]).toEqual(input.docs);
            expect([...(entry.impacts ?? [])]).toEqual([...input.impacts]);
            expect(countPosting(entry, against)).toBe(input.docs.filter((doc) => other.includes(doc)).length);
          });
        },
      ),
    );
  });

  it('picks the bitset for dense lists and the delta list for sparse ones', () => {
    const dense = Array.from({ length: 900 }, (_, i) => i);
    const chunk = decodePostingChunk(
      encodePostingChunk(
        1000,
        [
          { key: 'a', docs: dense },
          { key: 'b', docs: [3, 700] },
        ],
        false,
      ),
    );
    expect(chunk.get('a')?.container).toBe(BITSET);
    expect(chunk.get('b')?.container).toBe(LIST);
    expect(chunk.withPrefix('a').map((entry) => entry.key)).toEqual(['a']);
  });

  it('rejects a damaged chunk with a named reason', () => {
    const bytes = encodePostingChunk(100, [{ key: 'word', docs: [1, 5, 9] }], false);
    expect(() => decodePostingChunk(bytes.subarray(0, bytes.length - 1))).toThrow(CorruptDataError);
    const bad = bytes.slice();
    bad[0] = 0;
    expect(() => decodePostingChunk(bad)).toThrow(/magic/);
    expect(() => decodePostingChunk(Uint8Array.from([...bytes, 0]))).toThrow(/trailing/);
  });

  it('keeps positions per doc and reads only the wanted ones', () => {
    const payload = new ByteWriter();
    for (const list of [[0, 4], [2], [1, 3, 9]]) writeDocPositions(payload, list);
    const chunk = decodePositionsChunk(
      encodePositionsChunk([{ key: 'w', docs: 3, payload: payload.finish() }]),
    );
    const entry = chunk.get('w');
    expect(entry).toBeDefined();
    if (!entry) return;
    const found = positionsOf(entry, Uint32Array.from([2, 5, 7]), DocSet.of(10, [2, 7]));
    expect([...found.keys()]).toEqual([2, 7]);
    expect([...(found.get(7) ?? [])]).toEqual([1, 3, 9]);
  });
});

describe('the dates table', () => {
  it('round-trips', () => {
    const table = {
      dated: 9,
      days: Int32Array.from([19000, 18990, -3]),
      firstDocs: Uint32Array.from([0, 4, 8]),
    };
    expect(decodeDates(encodeDates(table))).toEqual(table);
  });
});

describe('text', () => {
  it('folds case and accents and splits at punctuation', () => {
    expect(tokenize('Zürich, CAFÉ-Crème 2024!')).toEqual(['zurich', 'cafe', 'creme', '2024']);
  });

  it('parses words, phrases and exclusions', () => {
    expect(parseTextQuery('Bang "Mekong  expo" -visit -"joint lab" china-asean "open')).toEqual([
      { words: ['bang'], prefix: true, exclude: false },
      { words: ['mekong', 'expo'], prefix: false, exclude: false },
      { words: ['visit'], prefix: false, exclude: true },
      { words: ['joint', 'lab'], prefix: false, exclude: true },
      { words: ['china', 'asean'], prefix: false, exclude: false },
      { words: ['open'], prefix: false, exclude: false },
    ]);
    expect(parseTextQuery(' - "" ')).toEqual([]);
  });
});
