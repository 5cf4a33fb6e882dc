import { describe, expect, it } from 'vitest';
import { sampleBoard } from '../../src/testing/announcement-factory';
import { directorySchema, manifestSchema } from '../../src/data/search-index/index-files';
import { buildDataset } from '../build-dataset';
import { createHash } from 'node:crypto';

function searchFiles(announcements: Parameters<typeof buildDataset>[0]): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const [path, value] of buildDataset(announcements))
    if (value instanceof Uint8Array) files.set(path, value);
  return files;
}

describe('buildSearchIndex', () => {
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

  it('changes the build when an announcement changes', () => {
    const before = searchFiles(sampleBoard).get('search/manifest.json');
    const changed = sampleBoard.map((a, i) => (i === 0 ? { ...a, paragraphs: ['A different body.'] } : a));
    expect(searchFiles(changed).get('search/manifest.json')).not.toEqual(before);
  });
});
