import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../ingest/cli';
import { readPointer } from '../../../../ingest/dataset-folder';
import { writeCorpus } from '../../../../ingest/gen-corpus';
import { datasetDir, useTempDir } from '../../../../ingest/testing/temp-dataset';
import { ChunkedIndex, type IndexQuery } from './chunked-index';

/** `npm run ingest -- new/ --append` on disk, read back as the worker reads it (decision 0024). */
describe('an appended dataset on disk', () => {
  const temp = useTempDir('ingest-segment-');

  it(
    "adds a segment, carrying the base's files, and answers every query as a full build does",
    { timeout: 180_000 },
    async () => {
      const old = join(temp.path, 'a-old');
      const fresh = join(temp.path, 'b-new');
      await writeCorpus(old, 150, 31);
      await writeCorpus(fresh, 6, 32);
      const out = join(temp.path, 'out');
      const full = join(temp.path, 'full');
      expect(await main([old, '--out', out])).toBe(0);
      const before = datasetDir(out);
      const copy = join(temp.path, 'copy');
      await cp(out, copy, { recursive: true });
      expect(await main([fresh, '--out', out, '--append'])).toBe(0);
      expect(await main([fresh, '--out', copy, '--append'])).toBe(0);
      // The same append to the same dataset: the same version, byte for byte.
      expect(readPointer(copy)?.version).toBe(readPointer(out)?.version);
      expect(await main([old, fresh, '--out', full])).toBe(0);
      const after = datasetDir(out);
      const carried = readdirSync(join(before, 'search/chunks')).filter((name) =>
        /^(terms|positions|rows|ids)\./.test(name),
      );
      expect(carried.length).toBeGreaterThan(3);
      for (const name of carried)
        expect(statSync(join(after, 'search/chunks', name)).ino, name).toBe(
          statSync(join(before, 'search/chunks', name)).ino,
        );
      const open = (dir: string) =>
        ChunkedIndex.open({
          fetchManifest: () =>
            Promise.resolve(JSON.parse(readFileSync(join(dir, 'search/manifest.json'), 'utf8'))),
          fetchChunk: (name) =>
            Promise.resolve(new Uint8Array(readFileSync(join(dir, 'search/chunks', name)))),
        });
      const [mine, theirs] = await Promise.all([open(after), open(datasetDir(full))]);
      const queries: IndexQuery[] = [
        {},
        { sort: 'oldest' },
        { q: 'minister' },
        { q: 'cooperation -forum', sort: 'oldest' },
        { facets: { country: { values: ['CN'] } }, from: '2016-01-01' },
      ];
      for (const query of queries) {
        const [a, b] = await Promise.all([
          mine.search(query, { limit: 200 }),
          theirs.search(query, { limit: 200 }),
        ]);
        expect({ ...a, docs: null }, JSON.stringify(query)).toEqual({ ...b, docs: null });
        expect(await mine.resultIds(query)).toEqual(await theirs.resultIds(query));
      }
      expect((await mine.directory()).segments?.map((segment) => segment.count)).toEqual([6]);
    },
  );
});
