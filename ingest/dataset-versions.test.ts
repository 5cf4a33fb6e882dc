import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cp, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './cli';
import { DatasetFolderError, readPointer } from './dataset-folder';
import { writeCorpus } from './gen-corpus';
import { datasetDir, listFiles, useTempDir } from './testing/temp-dataset';
import { VersionWriter, cleanDataset, writeDatasetAtomically } from './write-dataset';

const FINGERPRINT = 'ab'.repeat(8);

const readdirSyncSorted = (folder: string) => readdirSync(folder).sort();

/** A dataset's files reduced to an index and one announcement, `a`. */
const oneAnnouncement = (n: number, text: string) =>
  new Map<string, unknown>([
    ['index.json', { n }],
    ['announcements/a.json', { id: 'a', text }],
  ]);

describe('dataset versions', () => {
  const temp = useTempDir('ingest-versions-');

  it('gives the same files with one worker and with two', { timeout: 120_000 }, async () => {
    const raw = join(temp.path, 'raw');
    await writeCorpus(raw, 150, 7);
    await cp('data/raw', raw, { recursive: true });
    await writeFile(join(raw, 'empty.txt'), '');
    expect(await main([raw, '--out', join(temp.path, 'one'), '--workers', '1'])).toBe(1);
    expect(await main([raw, '--out', join(temp.path, 'two'), '--workers', '2'])).toBe(1);
    // The refused file is named by each run, the others are all in.
    expect(temp.errors.filter((line) => /FAILED .*empty\.txt: empty file/.test(line))).toHaveLength(2);
    const one = await listFiles(join(temp.path, 'one'));
    expect([...one.keys()].filter((path) => /\/announcements\//.test(path))).toHaveLength(151);
    expect(await listFiles(join(temp.path, 'two'))).toEqual(one);
  });

  it('switches versions by one pointer, keeps the previous one, links unchanged files and cleans up', () => {
    const out = join(temp.path, 'out');
    const first = writeDatasetAtomically(
      out,
      new Map<string, unknown>([
        ['index.json', { n: 1 }],
        ['announcements/a.json', { id: 'a' }],
        ['search/chunk.bin', new Uint8Array([1, 2, 3])],
      ]),
      { overrides: FINGERPRINT },
    );
    expect(first).toMatchObject({ written: 3, kept: 0 });
    expect(readPointer(out)).toEqual({
      schemaVersion: 1,
      version: first.version,
      previous: null,
      overrides: FINGERPRINT,
    });
    const unchanged = statSync(join(out, 'v', first.version, 'announcements', 'a.json'));

    const second = writeDatasetAtomically(
      out,
      new Map<string, unknown>([
        ['index.json', { n: 2 }],
        ['announcements/a.json', { id: 'a' }],
        ['search/chunk.bin', new Uint8Array([1, 2, 3])],
      ]),
      { overrides: FINGERPRINT },
    );
    expect(second).toMatchObject({ written: 1, kept: 2 });
    expect(readPointer(out)).toMatchObject({ version: second.version, previous: first.version });
    const linked = statSync(join(out, 'v', second.version, 'announcements', 'a.json'));
    expect([linked.ino, linked.mtimeMs]).toEqual([unchanged.ino, unchanged.mtimeMs]);

    // What killed runs leave behind, and a flat dataset from before versions.
    mkdirSync(join(out, 'v', '.staging-999999-1', 'announcements'), { recursive: true });
    mkdirSync(join(out, 'v', '.trash-999999-0-1'));
    mkdirSync(join(out, 'v', '0123456789abcdef'));
    writeFileSync(join(out, 'current.json.tmp-999999'), '{');
    writeFileSync(join(out, 'index.json'), '{}');
    const third = writeDatasetAtomically(out, new Map([['index.json', { n: 3 }]]), {
      overrides: FINGERPRINT,
    });
    expect(third.removed.sort()).toEqual(
      [
        'current.json.tmp-999999',
        'index.json',
        'v/.staging-999999-1',
        'v/.trash-999999-0-1',
        'v/0123456789abcdef',
        `v/${first.version}`,
        `.ingest/${first.version}`,
      ].sort(),
    );
    expect(readdirSyncSorted(join(out, 'v'))).toEqual([second.version, third.version].sort());
    // Each kept version has its file list beside it, out of v/ (never served).
    expect(readdirSyncSorted(join(out, '.ingest'))).toEqual([second.version, third.version].sort());
    expect(readdirSyncSorted(out)).toEqual(['.ingest', 'current.json', 'v']);
  });

  it('refuses a path that would leave the dataset folder, and leaves the dataset as it was', async () => {
    const out = join(temp.path, 'out');
    writeDatasetAtomically(out, new Map([['index.json', { n: 1 }]]), { overrides: FINGERPRINT });
    const before = await listFiles(out);
    expect(() =>
      writeDatasetAtomically(out, new Map([['../escape.json', {}]]), { overrides: FINGERPRINT }),
    ).toThrow(/not a dataset path/);
    expect(await listFiles(out)).toEqual(before);
    expect(readdirSyncSorted(join(out, 'v'))).toHaveLength(1);
  });

  it('refuses to write while another live run holds the folder', () => {
    const out = join(temp.path, 'out');
    mkdirSync(out);
    writeFileSync(join(out, '.lock'), `${process.ppid}\n`);
    expect(() =>
      writeDatasetAtomically(out, new Map([['index.json', {}]]), { overrides: FINGERPRINT }),
    ).toThrow(/another ingest \(pid \d+\) is writing/);
    // A lock whose process is gone (a killed run) is taken over.
    writeFileSync(join(out, '.lock'), '999999\n');
    expect(() =>
      writeDatasetAtomically(out, new Map([['index.json', {}]]), { overrides: FINGERPRINT }),
    ).not.toThrow();
  });
});

describe('--append', () => {
  const temp = useTempDir('ingest-append-');

  it(
    'gives what a full rebuild from all raw files gives, rewriting only what changed',
    { timeout: 120_000 },
    async () => {
      const old = join(temp.path, 'a-old');
      const fresh = join(temp.path, 'b-new');
      await writeCorpus(old, 60, 11);
      await cp('data/raw', old, { recursive: true });
      await writeCorpus(fresh, 8, 12);
      const out = join(temp.path, 'out');
      expect(await main([old, '--out', out])).toBe(0);
      const before = datasetDir(out);
      const oldFiles = await listFiles(before);
      const stats = new Map([...oldFiles.keys()].map((path) => [path, statSync(join(before, path))]));

      // The raw files of the first run are gone: an append reads the dataset, never them.
      await rm(old, { recursive: true });
      expect(await main([fresh, '--out', out, '--append'])).toBe(0);
      await writeCorpus(old, 60, 11);
      await cp('data/raw', old, { recursive: true });
      const full = join(temp.path, 'full');
      expect(await main([old, fresh, '--out', full])).toBe(0);

      const appended = await listFiles(datasetDir(out));
      expect(appended).toEqual(await listFiles(datasetDir(full)));
      expect(readPointer(out)?.version).toBe(readPointer(full)?.version);
      expect(readPointer(out)?.previous).toBe(basename(before));
      // Files whose bytes did not change are the very same files (inode and mtime); the others are new.
      let same = 0;
      for (const [path, text] of appended) {
        const was = stats.get(path);
        const now = statSync(join(datasetDir(out), path));
        if (oldFiles.get(path) === text) {
          expect([now.ino, now.mtimeMs], path).toEqual([was?.ino, was?.mtimeMs]);
          same++;
        } else expect(now.ino, path).not.toBe(was?.ino);
      }
      expect(same).toBeGreaterThan(60);
    },
  );

  it(
    'appends to a version written without a doc store or file list (read from its files) alike',
    { timeout: 120_000 },
    async () => {
      const old = join(temp.path, 'a-old');
      const fresh = join(temp.path, 'b-new');
      await writeCorpus(old, 40, 21);
      await writeCorpus(fresh, 5, 22);
      const out = join(temp.path, 'out');
      const full = join(temp.path, 'full');
      expect(await main([old, '--out', out])).toBe(0);
      // As a dataset written before the sidecar existed.
      await rm(join(out, '.ingest'), { recursive: true });
      expect(await main([fresh, '--out', out, '--append'])).toBe(0);
      expect(await main([old, fresh, '--out', full])).toBe(0);
      expect(await listFiles(datasetDir(out))).toEqual(await listFiles(datasetDir(full)));
      expect(readPointer(out)?.version).toBe(readPointer(full)?.version);
      // The appended version has its store now; a second append reads that and adds a segment (decision
      // 0024); compacting then gives what a full build gives, store included.
      const more = join(temp.path, 'c-more');
      await writeCorpus(more, 3, 23);
      expect(await main([more, '--out', out, '--append'])).toBe(0);
      expect(await main([old, fresh, more, '--out', full])).toBe(0);
      expect(readPointer(out)?.version).not.toBe(readPointer(full)?.version);
      expect(await main(['--out', out, '--compact'])).toBe(0);
      expect(await listFiles(datasetDir(out))).toEqual(await listFiles(datasetDir(full)));
      expect(await listFiles(join(out, '.ingest', readPointer(out)?.version ?? ''))).toEqual(
        await listFiles(join(full, '.ingest', readPointer(full)?.version ?? '')),
      );
    },
  );

  it(
    'shares the announcements folder along appends instead of linking each file, until a full build (decision 0029)',
    { timeout: 180_000 },
    async () => {
      const base = join(temp.path, 'a-base');
      await writeCorpus(base, 30, 31);
      const out = join(temp.path, 'out');
      expect(await main([base, '--out', out])).toBe(0);
      const v0 = readPointer(out)?.version ?? '';
      const own = join(out, 'v', v0, 'announcements');
      const names = readdirSyncSorted(own);
      const links = new Map(names.map((name) => [name, statSync(join(own, name))]));

      const more = join(temp.path, 'b-more');
      await writeCorpus(more, 5, 32);
      expect(await main([more, '--out', out, '--append'])).toBe(0);
      const v1 = readPointer(out)?.version ?? '';
      const link = join(out, 'v', v1, 'announcements');
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readlinkSync(link)).toBe(`../${v0}/announcements`);
      // The base's files are neither rewritten nor linked again; the folder gains the five new ones.
      for (const [name, was] of links) {
        const now = statSync(join(own, name));
        expect([now.ino, now.nlink, now.mtimeMs], name).toEqual([was.ino, was.nlink, was.mtimeMs]);
      }
      expect(readdirSyncSorted(own)).toHaveLength(names.length + 5);
      const full = join(temp.path, 'full');
      expect(await main([base, more, '--out', full])).toBe(0);
      expect(await listFiles(datasetDir(out))).toEqual(await listFiles(datasetDir(full)));

      // A second append links the same folder; the first appended version goes, the base's folder stays
      // (without its doc store, which only the current and previous versions keep).
      const last = join(temp.path, 'c-last');
      await writeCorpus(last, 3, 33);
      expect(await main([last, '--out', out, '--append'])).toBe(0);
      const v2 = readPointer(out)?.version ?? '';
      expect(readlinkSync(join(out, 'v', v2, 'announcements'))).toBe(`../${v0}/announcements`);
      expect(readdirSyncSorted(join(out, 'v'))).toEqual([v0, v1, v2].sort());
      expect(readdirSyncSorted(join(out, '.ingest'))).toEqual([v1, v2].sort());
      expect(readdirSyncSorted(own)).toHaveLength(names.length + 8);

      // --compact gives the version its own folder again; the base's stays while the previous version
      // reads it, and goes with the next switch.
      expect(await main(['--out', out, '--compact'])).toBe(0);
      const v3 = readPointer(out)?.version ?? '';
      expect(lstatSync(join(out, 'v', v3, 'announcements')).isDirectory()).toBe(true);
      expect(readdirSyncSorted(join(out, 'v'))).toEqual([v0, v2, v3].sort());
      const after = join(temp.path, 'd-after');
      await writeCorpus(after, 2, 34);
      expect(await main([after, '--out', out, '--append'])).toBe(0);
      const v4 = readPointer(out)?.version ?? '';
      expect(readlinkSync(join(out, 'v', v4, 'announcements'))).toBe(`../${v3}/announcements`);
      expect(readdirSyncSorted(join(out, 'v'))).toEqual([v3, v4].sort());
      expect(existsSync(own)).toBe(false);
      // A segment's other files are not a full build's (decision 0024); its announcements are.
      expect(await main([base, more, last, after, '--out', full])).toBe(0);
      const announcements = async (dir: string) =>
        [...(await listFiles(dir))].filter(([path]) => path.startsWith('announcements/'));
      const appended = await announcements(datasetDir(out));
      expect(appended).toHaveLength(names.length + 10);
      expect(appended).toEqual(await announcements(datasetDir(full)));
    },
  );

  it('refuses to change an announcement that the versions share, and leaves the dataset as it was', () => {
    const out = join(temp.path, 'out');
    const first = writeDatasetAtomically(out, oneAnnouncement(1, 'one'), { overrides: FINGERPRINT });
    const writer = VersionWriter.open(out, { overrides: FINGERPRINT, shareAnnouncements: true });
    expect(() => {
      writer.put('announcements/a.json', new TextEncoder().encode('{"id":"a","text":"two"}\n'));
    }).toThrow(DatasetFolderError);
    writer.abort();
    expect(readPointer(out)?.version).toBe(first.version);
    expect(readdirSyncSorted(join(out, 'v'))).toEqual([first.version]);
    expect(statSync(join(out, 'v', first.version, 'announcements', 'a.json')).size).toBe(
      `${JSON.stringify({ id: 'a', text: 'one' }, null, 2)}\n`.length,
    );
  });

  it('removes by its journal what a killed append renamed into the shared folder, and only that', () => {
    const out = join(temp.path, 'out');
    const first = writeDatasetAtomically(out, oneAnnouncement(1, 'one'), { overrides: FINGERPRINT });
    const shared = join(out, 'v', first.version, 'announcements');
    // What an append killed between its renames and its switch leaves: its scratch folder with the journal
    // (a.json listed by the current version, b.json placed, c.json's line cut short before its rename), and
    // the placed file; d.json is in the folder but in no journal.
    const scratch = join(out, 'v', '.staging-999999-1-scratch');
    mkdirSync(scratch);
    const journal = [`${first.version}/a.json`, `${first.version}/b.json`, `${first.version}/c.json`];
    writeFileSync(join(scratch, 'placing'), journal.join('\n'));
    for (const name of ['b.json', 'c.json', 'd.json']) writeFileSync(join(shared, name), '{}\n');
    expect(cleanDataset(out)).toEqual([
      `v/${first.version}/announcements/b.json`,
      'v/.staging-999999-1-scratch',
    ]);
    expect(readdirSyncSorted(shared)).toEqual(['a.json', 'c.json', 'd.json']);
    expect(readPointer(out)?.version).toBe(first.version);
  });

  it(
    'keeps the announcement already in the dataset when a new file has its id, and warns',
    { timeout: 60_000 },
    async () => {
      const out = join(temp.path, 'out');
      expect(await main(['data/raw', '--out', out])).toBe(0);
      const before = await listFiles(datasetDir(out));
      const again = join(temp.path, 'again');
      await cp('data/raw', again, { recursive: true });
      expect(await main([again, '--out', out, '--append'])).toBe(0);
      expect(temp.errors.join('\n')).toMatch(/same title and date as 000_85b3966733b2bf3b\.txt; kept/);
      expect(temp.errors.join('\n')).toMatch(/nothing new to add/);
      expect(await listFiles(datasetDir(out))).toEqual(before);
    },
  );

  it(
    'refuses to append to a folder without a dataset, or with other overrides',
    { timeout: 60_000 },
    async () => {
      const out = join(temp.path, 'out');
      await expect(main(['data/raw', '--out', out, '--append'])).rejects.toThrow(/no versioned dataset/);
      expect(await main(['data/raw', '--out', out])).toBe(0);
      const overrides = join(temp.path, 'overrides.json');
      await writeFile(overrides, JSON.stringify({ homeCountry: 'FR' }));
      expect(await main(['data/raw', '--out', out, '--append', '--overrides', overrides])).toBe(1);
      expect(temp.errors.join('\n')).toMatch(/differs from the overrides the dataset .* was built with/);
    },
  );
});
