import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataIndexSchema } from '../src/data/schema';
import { makeAnnouncement } from '../src/testing/announcement-factory';
import { buildDataset } from './build-dataset';
import {
  DEMO_COUNT,
  demoKey,
  ensureDemoDataset,
  isBundledSample,
  localSources,
  parseDemoArgs,
} from './demo-dataset';
import { currentDatasetDir } from './dataset-folder';
import { writeDatasetAtomically } from './write-dataset';

/** A copy of the checkout's inputs, so that a test can change them. */
let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'demo-dataset-test-'));
  for (const path of ['ingest', 'src', 'data', 'public/data', 'package-lock.json'])
    await cp(path, join(root, path), { recursive: true });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the demo archive', () => {
  it('knows the source files that shape it by following the ingest’s imports', () => {
    const sources = localSources(root, ['ingest/demo-dataset.ts']);
    expect(sources).toContain('ingest/gen-corpus.ts');
    expect(sources).toContain('ingest/extract/date.ts');
    expect(sources).toContain('src/data/schema.ts');
    expect(sources.filter((file) => file.endsWith('.test.ts'))).toEqual([]);
  });

  it('is keyed by its inputs: the key changes with the extraction or the sample, not with a test', async () => {
    const before = demoKey(root);
    expect(demoKey(root)).toBe(before);
    await writeFile(join(root, 'ingest/ingest.test.ts'), '// changed\n', { flag: 'a' });
    expect(demoKey(root)).toBe(before);

    await writeFile(join(root, 'ingest/extract/date.ts'), '// changed\n', { flag: 'a' });
    const afterCode = demoKey(root);
    expect(afterCode).not.toBe(before);
    await writeFile(join(root, 'data/raw/extra.txt'), 'Home > Board\nA Title\n\nOn 1 May 2020, text.');
    expect(demoKey(root)).not.toBe(afterCode);
  });

  it('is built once, through the ingest, and then read from the cache', async () => {
    const built = await ensureDemoDataset(root);
    expect(built).toMatchObject({ generated: DEMO_COUNT, real: 2 });
    const index = dataIndexSchema.parse(
      JSON.parse(await readFile(join(currentDatasetDir(built.dir) ?? built.dir, 'index.json'), 'utf8')),
    );
    expect(index).toMatchObject({ count: DEMO_COUNT + 2, demo: { generated: DEMO_COUNT, real: 2 } });
    const logged: string[] = [];
    expect(await ensureDemoDataset(root, (message) => void logged.push(message))).toEqual(built);
    expect(logged).toEqual([]);
  }, 60_000);
});

describe('isBundledSample', () => {
  it('is true for the bundled dataset and for none at all', () => {
    expect(isBundledSample(root, join(root, 'public/data'))).toBe(true);
    expect(isBundledSample(root, join(root, 'nothing-here'))).toBe(true);
  });

  it('is false once the user has ingested something of theirs, or when the dataset cannot be read', async () => {
    const mine = join(root, 'mine');
    writeDatasetAtomically(
      mine,
      buildDataset([makeAnnouncement({ title: 'My Visit', source: 'my-notes/visit.txt' })]),
      { overrides: '0000000000000000' },
    );
    expect(isBundledSample(root, mine)).toBe(false);

    const broken = join(root, 'broken');
    await cp(join(root, 'public/data'), broken, { recursive: true });
    await writeFile(join(broken, 'current.json'), '{ not json');
    expect(isBundledSample(root, broken)).toBe(false);
  });
});

describe('parseDemoArgs', () => {
  it('reads --for and --always and refuses anything else', () => {
    expect(parseDemoArgs(['--for', 'public/data'])).toEqual({ dataDir: 'public/data', always: false });
    expect(parseDemoArgs(['--always'])).toEqual({ dataDir: null, always: true });
    expect(() => parseDemoArgs(['--for'])).toThrow(/--for needs a folder/);
    expect(() => parseDemoArgs(['public/data'])).toThrow(/unknown argument public\/data/);
  });
});
