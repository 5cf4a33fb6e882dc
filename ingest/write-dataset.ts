import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { datasetVersionSchema } from '../src/data/schema';
import {
  DatasetFolderError,
  POINTER_FILE,
  VERSIONS_DIR,
  readPointer,
  versionDir,
  type IngestPointer,
} from './dataset-folder';

/**
 * Stable JSON text with a final newline, so re-runs are byte-identical. Announcements are indented for
 * people who read them; the index and shards, read only by the app, are compact.
 */
export function toJsonText(value: unknown, path = ''): string {
  return `${path.startsWith('announcements/') ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`;
}

/** A file's bytes: binary values (the search index's chunks) as they are, anything else as JSON text. */
export function toFileBytes(value: unknown, path: string): Uint8Array {
  return value instanceof Uint8Array ? value : Buffer.from(toJsonText(value, path), 'utf8');
}

/** Paths inside a dataset: relative, forward slashes, no `..`, nothing hidden. */
const DATASET_PATH = /^[\w-][\w.-]*(?:\/[\w-][\w.-]*)*$/;

/** Dataset entries of the layout before versions (a flat folder), removed once a version replaces them. */
const FLAT_ENTRIES = ['index.json', 'summaries', 'announcements', 'people', 'search'];

export interface WriteReport {
  version: string;
  /** Files written anew. */
  written: number;
  /** Files whose bytes equal the current version's: hard-linked to it (same inode and mtime). */
  kept: number;
  /** Leftovers removed (old versions, stale staging folders, temporary pointers), relative to the folder. */
  removed: string[];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `fn` holding `<out>/.lock`, so two runs never write (or clean) one folder at once. A lock left by a
 * process that is gone (a killed run) is taken over. `fn` is synchronous, so the lock is held exactly while it runs.
 */
export function withDatasetLock<T>(outDir: string, fn: () => T): T {
  const target = resolve(outDir);
  mkdirSync(target, { recursive: true });
  const lock = join(target, '.lock');
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw error;
      const holder = Number.parseInt(readFileSync(lock, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder))
        throw new DatasetFolderError(`another ingest (pid ${holder}) is writing ${target} (${lock})`);
      rmSync(lock, { force: true });
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Removes a folder by first renaming it into the trash, so a killed removal never leaves a partial version. */
function discard(target: string, entry: string, removed: string[]): void {
  const from = join(target, entry);
  const trash = join(target, VERSIONS_DIR, `.trash-${process.pid}-${removed.length}-${Date.now()}`);
  renameSync(from, trash);
  rmSync(trash, { recursive: true, force: true });
  removed.push(entry);
}

/**
 * Removes what runs leave behind: staging folders and temporary pointers of runs that were killed, the
 * trash of an interrupted removal, versions the pointer names neither as current nor as previous, and the
 * flat files of the layout before versions. Call it holding the lock.
 */
export function cleanLeftovers(outDir: string, pointer = readPointer(resolve(outDir))): string[] {
  const target = resolve(outDir);
  const removed: string[] = [];
  for (const name of existsSync(target) ? readdirSync(target) : []) {
    if (name.startsWith(`${POINTER_FILE}.tmp-`)) {
      unlinkSync(join(target, name));
      removed.push(name);
    }
  }
  const versions = join(target, VERSIONS_DIR);
  const keep = new Set([pointer?.version, pointer?.previous].filter((v) => v != null));
  for (const name of existsSync(versions) ? readdirSync(versions) : []) {
    if (name.startsWith('.trash-')) {
      rmSync(join(versions, name), { recursive: true, force: true });
      removed.push(`${VERSIONS_DIR}/${name}`);
    } else if (
      name.startsWith('.staging-') ||
      (!keep.has(name) && datasetVersionSchema.safeParse(name).success)
    ) {
      discard(target, `${VERSIONS_DIR}/${name}`, removed);
    }
  }
  if (pointer) {
    for (const name of FLAT_ENTRIES) if (existsSync(join(target, name))) discard(target, name, removed);
  }
  return removed;
}

/** True when `file` exists and holds exactly `bytes`. */
function holds(file: string, bytes: Uint8Array): boolean {
  let old: Buffer;
  try {
    old = readFileSync(file);
  } catch {
    return false;
  }
  return old.length === bytes.length && old.equals(bytes);
}

function writePointer(target: string, pointer: IngestPointer): void {
  const temp = join(target, `${POINTER_FILE}.tmp-${process.pid}`);
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, `${JSON.stringify(pointer)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // The switch: one rename, atomic on POSIX file systems. Before it the old version is current, after it the new.
  renameSync(temp, join(target, POINTER_FILE));
}

/**
 * Writes `files` (dataset path → JSON value or bytes) as a new version of the dataset in `outDir` and
 * switches to it in one atomic step (docs/decisions/0009-atomic-dataset-switch.md): the files go into a
 * staging folder, which is renamed to `v/<version>` (the hash of all files), then the pointer
 * `current.json` is replaced by rename. Killed at any moment, `outDir` holds the old dataset or the new
 * one. A file whose bytes equal the current version's is hard-linked, not rewritten, so it keeps its
 * inode and mtime. Old versions (all but the current and the previous) and leftovers of killed runs are
 * removed.
 */
export function writeDatasetAtomically(
  outDir: string,
  files: ReadonlyMap<string, unknown>,
  options: {
    /** overridesFingerprint of the overrides the files were made with. */
    overrides: string;
    /** For an append: the version it read; if another run switched since, nothing is written. */
    basedOn?: string;
  },
): WriteReport {
  const target = resolve(outDir);
  return withDatasetLock(target, () => {
    const before = readPointer(target);
    if (options.basedOn !== undefined && before?.version !== options.basedOn)
      throw new DatasetFolderError(
        `the dataset in ${target} changed while this run read it (now ${before?.version ?? 'none'}, read ${options.basedOn}); run again`,
      );
    const removed = cleanLeftovers(target, before);
    const currentDir = before
      ? versionDir(target, before.version)
      : existsSync(join(target, 'index.json'))
        ? target
        : null;
    const staging = join(target, VERSIONS_DIR, `.staging-${process.pid}-${Date.now()}`);
    mkdirSync(staging, { recursive: true });
    const hash = createHash('sha256');
    let written = 0;
    let kept = 0;
    try {
      const made = new Set<string>();
      for (const path of [...files.keys()].sort()) {
        if (!DATASET_PATH.test(path))
          throw new DatasetFolderError(`not a dataset path: ${JSON.stringify(path)}`);
        const bytes = toFileBytes(files.get(path), path);
        hash.update(`${path}\0${bytes.length}\0`).update(bytes);
        const file = join(staging, path);
        const folder = dirname(file);
        if (!made.has(folder)) {
          mkdirSync(folder, { recursive: true });
          made.add(folder);
        }
        const old = currentDir && join(currentDir, path);
        if (old && holds(old, bytes)) {
          try {
            linkSync(old, file);
            kept++;
            continue;
          } catch {
            // A file system without hard links: write the bytes instead.
          }
        }
        writeFileSync(file, bytes);
        written++;
      }
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
    const version = hash.digest('hex').slice(0, 16);
    const final = versionDir(target, version);
    // A version folder only ever appears by this rename, so one that exists is complete (the same bytes).
    if (existsSync(final)) rmSync(staging, { recursive: true, force: true });
    else renameSync(staging, final);
    const previous = before && before.version !== version ? before.version : (before?.previous ?? null);
    writePointer(target, { schemaVersion: 1, version, previous, overrides: options.overrides });
    removed.push(...cleanLeftovers(target, readPointer(target)));
    return { version, written, kept, removed };
  });
}
