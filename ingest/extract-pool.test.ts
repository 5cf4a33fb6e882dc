import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractPool, workersFor } from './extract-pool';
import { writeCorpus } from './gen-corpus';
import { collectInputFiles, extractFile, type InputFile } from './ingest';
import { loadOverrides, type Overrides } from './overrides';

describe('workersFor', () => {
  it('counts this thread as one of the threads', () => {
    expect(workersFor(1000, 2)).toBe(1);
    expect(workersFor(1000, 4)).toBe(3);
    expect(workersFor(1000, 1)).toBe(0);
  });

  it('starts no worker for one batch, and never more workers than the batches beside this thread', () => {
    expect(workersFor(32, 8)).toBe(0);
    expect(workersFor(0, 8)).toBe(0);
    expect(workersFor(33, 8)).toBe(1);
    expect(workersFor(100, 8, 10)).toBe(7);
  });

  it('refuses a thread count that is not a positive whole number', () => {
    expect(() => workersFor(100, 0)).toThrow(RangeError);
    expect(() => workersFor(100, 1.5)).toThrow(RangeError);
  });
});

describe('ExtractPool', () => {
  let dir = '';
  let files: InputFile[] = [];
  let overrides: Overrides;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'extract-pool-'));
    await writeCorpus(dir, 60, 11);
    await writeFile(join(dir, 'gen-000030.txt'), '');
    files = (await collectInputFiles([dir])).files;
    overrides = await loadOverrides('data/overrides.json');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'gives the results of extracting each file here, in the order of the files',
    { timeout: 60_000 },
    async () => {
      const expected = files.map((file) => extractFile(file, overrides));
      const pool = new ExtractPool(overrides, 1);
      const progress: number[] = [];
      try {
        // Small batches, so that both this thread and the worker take several.
        const results = await pool.extract(files, {
          batchSize: 3,
          onProgress: (done) => progress.push(done),
        });
        expect(results).toEqual(expected);
        // The empty file is a result with its reason, in its place.
        expect(results[29]).toEqual({
          file: files[29]?.path,
          reason: expect.stringMatching(/empty/) as string,
        });
        // A second call on the same pool works as the first.
        expect(await pool.extract(files.slice(0, 7), { batchSize: 2 })).toEqual(expected.slice(0, 7));
      } finally {
        await pool.close();
      }
      expect(progress.at(-1)).toBe(files.length);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
    },
  );

  it('extracts in this thread alone when it has no workers', async () => {
    const pool = new ExtractPool(overrides, 0);
    try {
      expect(await pool.extract(files.slice(0, 5), { batchSize: 2 })).toEqual(
        files.slice(0, 5).map((file) => extractFile(file, overrides)),
      );
      expect(await pool.extract([])).toEqual([]);
    } finally {
      await pool.close();
    }
  });
});
