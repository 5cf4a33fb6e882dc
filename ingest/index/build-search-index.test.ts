import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeAnnouncement, makePerson, sampleBoard } from '../../src/testing/announcement-factory';
import { directorySchema, manifestSchema } from '../../src/data/search-index/index-files';
import { buildDataset } from '../build-dataset';
import type { SearchIndexOptions } from './build-search-index';

function searchFiles(
  announcements: Parameters<typeof buildDataset>[0],
  options: SearchIndexOptions = {},
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const [path, value] of buildDataset(announcements, undefined, undefined, options))
    if (value instanceof Uint8Array) files.set(path, value);
  return files;
}

/** Announcements whose words start with digits, every letter and letters beyond a–z: every term bucket. */
function manyWords(count: number) {
  const words = [
    '2024',
    'alpha',
    'bravo',
    'zulu',
    'mekong',
    'ökonomie',
    'Øresund',
    'ελλάδα',
    '東京',
    'summit',
  ];
  return Array.from({ length: count }, (_, i) =>
    makeAnnouncement({
      title: `Item ${i} ${words[i % words.length] ?? ''}`,
      date: `2024-0${1 + (i % 9)}-1${i % 10}`,
      paragraphs: [words.slice(0, 1 + (i % words.length)).join(' '), `Number ${i * 7} and ${i % 13}.`],
      people: [makePerson(`Person ${String.fromCharCode(65 + (i % 26))}`, null)],
    }),
  );
}

describe('the search index build', () => {
  it('writes byte-identical files for the same announcements in any order', () => {
    const first = searchFiles(sampleBoard);
    const second = searchFiles([...sampleBoard].reverse());
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [path, bytes] of first)
      expect(Buffer.from(second.get(path) ?? []).equals(Buffer.from(bytes)), path).toBe(true);
  });

  it('names every chunk by its content and the manifest names the build', () => {
    const files = searchFiles(sampleBoard);
    for (const [path, bytes] of files) {
      const match = /chunks\/[a-z-]+\.([0-9a-f]{16})\.(json|bin)$/.exec(path);
      if (!match) {
        expect(path).toBe('search/manifest.json');
        continue;
      }
      expect(createHash('sha256').update(bytes).digest('hex').slice(0, 16), path).toBe(match[1]);
    }
    const manifest = manifestSchema.parse(
      JSON.parse(new TextDecoder().decode(files.get('search/manifest.json'))),
    );
    const directory = directorySchema.parse(
      JSON.parse(new TextDecoder().decode(files.get(`search/chunks/${manifest.directory}`))),
    );
    expect(manifest.count).toBe(sampleBoard.length);
    expect(directory.rows.files.length).toBe(1);
    expect(Object.keys(directory.facets)).toEqual(['person', 'country', 'event', 'org']);
  });

  it('gives the same bytes when its text postings spill to disk as when they stay in memory', () => {
    const announcements = manyWords(300);
    const inMemory = searchFiles(announcements, { chunkBytes: 2048 });
    const scratchDir = mkdtempSync(join(tmpdir(), 'index-spill-'));
    try {
      // A bound this small spills after every few docs, so buckets are read back from many appends.
      const spilled = searchFiles(announcements, { chunkBytes: 2048, scratchDir, termMemoryBytes: 512 });
      expect([...spilled.keys()].sort()).toEqual([...inMemory.keys()].sort());
      for (const [path, bytes] of inMemory)
        expect(Buffer.from(spilled.get(path) ?? []).equals(Buffer.from(bytes)), path).toBe(true);
      // The scratch files are gone once their buckets are read.
      expect(readdirSync(scratchDir)).toEqual([]);
    } finally {
      rmSync(scratchDir, { recursive: true, force: true });
    }
    const directory = directorySchema.parse(
      JSON.parse(
        new TextDecoder().decode(
          inMemory.get(
            `search/chunks/${manifestSchema.parse(JSON.parse(new TextDecoder().decode(inMemory.get('search/manifest.json')))).directory}`,
          ),
        ),
      ),
    );
    // The term chunks, bucket after bucket, stay in sorted order.
    const firsts = directory.terms.map((t) => t.first);
    expect(firsts.length).toBeGreaterThan(3);
    expect(firsts).toEqual([...firsts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('changes the build when an announcement changes', () => {
    const before = searchFiles(sampleBoard).get('search/manifest.json');
    const changed = sampleBoard.map((a, i) => (i === 0 ? { ...a, paragraphs: ['A different body.'] } : a));
    expect(searchFiles(changed).get('search/manifest.json')).not.toEqual(before);
  });
});
