import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import golden from './fixtures/seed-000.expected.json' with { type: 'json' };
import { main } from './cli';
import { currentDatasetDir } from './dataset-folder';
import { toAnnouncement } from './ingest';
import { EMPTY_OVERRIDES, applyOverrides, loadOverrides } from './overrides';
import { parseTextDocument } from './read-input';
import { writeDatasetAtomically } from './write-dataset';

const SEED = 'data/raw/000_85b3966733b2bf3b.txt';

/** The folder of the current dataset version in `out`. */
function datasetDir(out: string): string {
  const found = currentDatasetDir(out);
  if (!found) throw new Error(`no dataset in ${out}`);
  return found;
}

async function listFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length), await readFile(path, 'utf8'));
  }
  return files;
}

describe('ingest', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ingest-test-'));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('reproduces the golden announcement of the seed sample exactly', async () => {
    const overrides = await loadOverrides('data/overrides.json');
    const doc = parseTextDocument(await readFile(SEED, 'utf8'), '000_85b3966733b2bf3b.txt');
    expect(toAnnouncement(doc, overrides)).toEqual(golden);
  });

  it('gives byte-identical output when run twice', async () => {
    const raw = join(dir, 'raw');
    await cp('data/raw', raw, { recursive: true });
    await writeFile(
      join(raw, 'second.txt'),
      'Home > Announcement Board\nSecond Item\n\nOn 2 May 2019, Minister Li Meng met Tran Van Tung, Vice Minister of Science and Technology of Viet Nam.',
    );
    expect(await main([raw, '--out', join(dir, 'a')])).toBe(0);
    expect(await main([raw, '--out', join(dir, 'b')])).toBe(0);
    expect(await main([raw, '--out', join(dir, 'b')])).toBe(0);
    const a = await listFiles(join(dir, 'a'));
    expect(await listFiles(join(dir, 'b'))).toEqual(a);
    const files = await listFiles(datasetDir(join(dir, 'a')));
    expect([...files.keys()].filter((path) => path.startsWith('/announcements/'))).toHaveLength(2);
    expect(
      JSON.parse(
        files.get('/announcements/party-group-secretary-wang-zhigang-meets-with-chair-of-c358ae3d.json') ??
          '',
      ),
    ).toEqual(golden);
  });

  it('reports bad files by name, keeps the good ones and exits non-zero', async () => {
    const raw = join(dir, 'raw');
    await cp('data/raw', raw, { recursive: true });
    await writeFile(join(raw, 'empty.txt'), '');
    await writeFile(join(raw, 'binary.txt'), new Uint8Array([1, 2, 0, 3]));
    await writeFile(join(raw, 'latin1.txt'), new Uint8Array([0x54, 0xe9, 0x74, 0xe9]));
    await writeFile(join(raw, 'notes.md'), '# not an announcement');
    const errors: string[] = [];
    vi.mocked(console.error).mockImplementation((message: string) => void errors.push(message));
    expect(await main([raw, '--out', join(dir, 'out')])).toBe(1);
    expect(errors.join('\n')).toMatch(/FAILED .*empty\.txt: empty file/);
    expect(errors.join('\n')).toMatch(/FAILED .*binary\.txt: binary file/);
    expect(errors.join('\n')).toMatch(/FAILED .*latin1\.txt: not valid UTF-8/);
    expect(errors.join('\n')).toMatch(/skipped .*notes\.md/);
    const written = await readdir(join(datasetDir(join(dir, 'out')), 'announcements'));
    expect(written).toEqual(['party-group-secretary-wang-zhigang-meets-with-chair-of-c358ae3d.json']);
  });

  it('leaves the previous dataset untouched when a run fails', async () => {
    const out = join(dir, 'out');
    expect(await main(['data/raw', '--out', out])).toBe(0);
    const before = await listFiles(out);
    // Nothing readable: no dataset is written.
    await writeFile(join(dir, 'empty.txt'), '');
    expect(await main([join(dir, 'empty.txt'), '--out', out])).toBe(1);
    // A write that fails half way (a value JSON cannot encode) never replaces the dataset.
    const broken = new Map<string, unknown>([
      ['index.json', {}],
      ['announcements/x.json', { big: 1n }],
    ]);
    expect(() => writeDatasetAtomically(out, broken, { overrides: '0'.repeat(16) })).toThrow();
    expect(await listFiles(out)).toEqual(before);
  });

  it('marks generated announcements', () => {
    const doc = parseTextDocument(
      'Home > Announcement Board > Generated\nA Generated Item\n\nOn 1 June 2020, nothing.',
      'g.txt',
    );
    expect(toAnnouncement(doc, EMPTY_OVERRIDES).generated).toBe(true);
  });
});

describe('applyOverrides', () => {
  it('merges aliases, drops ignored values and applies corrections', async () => {
    const doc = parseTextDocument(await readFile(SEED, 'utf8'), '000_85b3966733b2bf3b.txt');
    const base = toAnnouncement(doc, await loadOverrides('data/overrides.json'));
    const overrides = {
      ...EMPTY_OVERRIDES,
      aliases: {
        ...EMPTY_OVERRIDES.aliases,
        people: { 'Ye Dongbai': 'Wang Zhigang' },
        places: { Nanning: 'Nanning City' },
      },
      ignore: { ...EMPTY_OVERRIDES.ignore, events: ['china-asean-year-of-innovation'], countries: ['KH'] },
      personCountries: { 'Tung Ciny': 'KH' },
      corrections: { '000_85b3966733b2bf3b.txt': { section: 'News' } },
    };
    const fixed = applyOverrides(base, overrides);
    expect(fixed.people.map((p) => p.id)).toEqual(['wang-zhigang', 'tung-ciny']);
    expect(fixed.people[0]?.titles).toContain('Director-General of International Cooperation of the MOST');
    expect(fixed.events.map((e) => e.id)).not.toContain('china-asean-year-of-innovation');
    expect(fixed.countries).toEqual(['CN']);
    expect(fixed.places[0]).toBe('Nanning City');
    expect(fixed.section).toBe('News');
  });
});
