import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { datasetVersionSchema } from '../src/data/schema';
import {
  DatasetFolderError,
  FILES_LIST,
  INGEST_DIR,
  POINTER_FILE,
  VERSIONS_DIR,
  readPointer,
  sidecarDir,
  versionDir,
  type IngestPointer,
} from './dataset-folder';
import { FileListBlock, splitFileList } from './file-list-block';

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
 * Takes `<out>/.lock`, so two runs never write (or clean) one folder at once, and returns what releases
 * it. A lock left by a process that is gone (a killed run) is taken over.
 */
function acquireLock(target: string): () => void {
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
  return () => {
    rmSync(lock, { force: true });
  };
}

/**
 * Fault injection for ingest/kill.test.ts: with `INGEST_TEST_KILL=<point>:<n>` in the environment the run
 * SIGKILLs itself the n-th time it reaches `point` (`put`: a file written or linked; `staged`: the version
 * folder named, before the switch; `placed`: a new announcement renamed into a shared folder), so a test
 * can stop it exactly where a random kill may miss. Unset, it does nothing.
 */
const TEST_KILL = process.env.INGEST_TEST_KILL;
function killForTest(point: string, n: number): void {
  if (TEST_KILL !== undefined && TEST_KILL === `${point}:${n}`) process.kill(process.pid, 'SIGKILL');
}

/** The folder of a version's announcements: its own, or a link to the one it shares (decision 0029). */
const ANNOUNCEMENTS = 'announcements';
const SHARED_LINK = /^\.\.\/([0-9a-f]{16})\/announcements$/;

/**
 * The version whose own `announcements/` folder holds `version`'s announcements: `version` itself, or,
 * for a version an append wrote, the one its `announcements` link names. Null when it has none.
 */
export function announcementsOwner(outDir: string, version: string): string | null {
  const path = join(versionDir(resolve(outDir), version), ANNOUNCEMENTS);
  const entry = lstatSync(path, { throwIfNoEntry: false });
  if (!entry) return null;
  if (!entry.isSymbolicLink()) return version;
  const to = readlinkSync(path);
  const owner = SHARED_LINK.exec(to)?.[1];
  if (owner === undefined)
    throw new DatasetFolderError(`${path} links to ${to}, not to another version's announcements`);
  return owner;
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
 * The journal of an append that shares an announcements folder (in its scratch folder): one line
 * `<owner version>/<file name>` per new announcement it is about to rename into `v/<owner>/announcements/`,
 * written and fsynced before the first rename. A run killed before its switch leaves those files reachable
 * from the old version; the journal says which they are, so the next run removes them (decision 0029).
 */
const PLACING_JOURNAL = 'placing';
const JOURNAL_LINE = /^([0-9a-f]{16})\/([\w-][\w.-]*)$/;

/** Writes `text` to `file` and makes it durable (the file and its folder's entry) before returning. */
function writeDurably(file: string, text: string): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  const dir = openSync(dirname(file), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

/**
 * Removes the files a placing journal names that no kept version lists: the new announcements of an append
 * that was killed (or failed) before its switch. A file a kept version reading that folder lists stays (the
 * append switched before it was killed); so does every file when such a version has no file list to ask.
 * Lines without their newline were being written when the run stopped, before any rename: they are skipped.
 */
function removeUnplaced(target: string, journal: string, keep: ReadonlySet<string>, removed: string[]): void {
  let text: string;
  try {
    text = readFileSync(journal, 'utf8');
  } catch {
    return;
  }
  const lines = text.split('\n').slice(0, -1);
  // Each reader's announcements' lines, searched by path (a million lines at a million announcements).
  const lists = new Map<string, FileListBlock | null>();
  const listOf = (version: string): FileListBlock | null => {
    if (!lists.has(version)) {
      const text = readFileList(target, version);
      lists.set(
        version,
        text === null ? null : new FileListBlock(splitFileList(text, `${ANNOUNCEMENTS}/`).block),
      );
    }
    return lists.get(version) ?? null;
  };
  const readers = new Map<string, string[]>();
  const readersOf = (owner: string): string[] => {
    let found = readers.get(owner);
    if (!found) {
      found = [...keep].filter(
        (version) => existsSync(versionDir(target, version)) && announcementsOwner(target, version) === owner,
      );
      readers.set(owner, found);
    }
    return found;
  };
  for (const line of lines) {
    const match = JOURNAL_LINE.exec(line);
    if (!match) continue;
    const [, owner = '', name = ''] = match;
    const path = `${ANNOUNCEMENTS}/${name}`;
    const listed = readersOf(owner).some((version) => {
      const list = listOf(version);
      return list === null || list.find(path) !== null;
    });
    if (listed) continue;
    const file = join(versionDir(target, owner), ANNOUNCEMENTS, name);
    if (!existsSync(file)) continue;
    unlinkSync(file);
    removed.push(`${VERSIONS_DIR}/${owner}/${path}`);
  }
}

/**
 * Removes what runs leave behind: the new announcements a killed append renamed into a shared folder
 * before its switch (its placing journal names them), staging folders and temporary pointers of runs that
 * were killed, the trash of an interrupted removal, versions the pointer names neither as current nor as
 * previous, and the flat files of the layout before versions. Call it holding the lock.
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
  // A kept version's announcements may live in an older version's folder: that folder stays too.
  const folders = new Set(keep);
  for (const version of keep) {
    if (!existsSync(versionDir(target, version))) continue;
    const owner = announcementsOwner(target, version);
    if (owner !== null) folders.add(owner);
  }
  // First the journals, while the folders they name are still there: a staging folder goes next.
  for (const name of existsSync(versions) ? readdirSync(versions) : []) {
    if (name.startsWith('.staging-'))
      removeUnplaced(target, join(versions, name, PLACING_JOURNAL), keep, removed);
  }
  for (const name of existsSync(versions) ? readdirSync(versions) : []) {
    if (name.startsWith('.trash-')) {
      rmSync(join(versions, name), { recursive: true, force: true });
      removed.push(`${VERSIONS_DIR}/${name}`);
    } else if (
      name.startsWith('.staging-') ||
      (!folders.has(name) && datasetVersionSchema.safeParse(name).success)
    ) {
      discard(target, `${VERSIONS_DIR}/${name}`, removed);
    }
  }
  const sidecars = join(target, INGEST_DIR);
  for (const name of existsSync(sidecars) ? readdirSync(sidecars) : []) {
    if (keep.has(name)) continue;
    rmSync(join(sidecars, name), { recursive: true, force: true });
    removed.push(`${INGEST_DIR}/${name}`);
  }
  if (pointer) {
    for (const name of FLAT_ENTRIES) if (existsSync(join(target, name))) discard(target, name, removed);
  }
  return removed;
}

/**
 * What the start of every run does before it writes: takes the lock, removes what killed runs left
 * (cleanLeftovers) and releases the lock. Returns what it removed.
 */
export function cleanDataset(outDir: string): string[] {
  const release = acquireLock(resolve(outDir));
  try {
    return cleanLeftovers(outDir);
  } finally {
    release();
  }
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
  writeDurably(temp, `${JSON.stringify(pointer)}\n`);
  // The switch: one rename, atomic on POSIX file systems. Before it the old version is current, after it the new.
  renameSync(temp, join(target, POINTER_FILE));
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One file of a version: its size and SHA-256 (hex), as the version's file list keeps them. */
interface FileHash {
  size: number;
  sha: string;
}

/** The text of a version's file list (`.ingest/<version>/files`), or null when it has none (or it cannot be read). */
function readFileList(outDir: string, version: string): string | null {
  try {
    return readFileSync(join(sidecarDir(outDir, version), FILES_LIST), 'utf8');
  } catch {
    return null;
  }
}

/**
 * The file list of a version (`.ingest/<version>/files`), or null for a version written without one.
 * `block`: a path prefix whose lines are kept as text (FileListBlock), not parsed.
 */
function readFileHashes(
  outDir: string,
  version: string,
  block: string | null = null,
): { hashes: Map<string, FileHash>; block: FileListBlock | null } | null {
  let text = readFileList(outDir, version);
  if (text === null) return null;
  let kept: FileListBlock | null = null;
  if (block !== null) {
    const split = splitFileList(text, block);
    kept = new FileListBlock(split.block);
    text = split.rest;
  }
  const hashes = new Map<string, FileHash>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [path, size, sha] = line.split('\t');
    if (path === undefined || size === undefined || sha === undefined || !/^[0-9a-f]{64}$/.test(sha))
      throw new DatasetFolderError(`${join(sidecarDir(outDir, version), FILES_LIST)}: not a file list`);
    hashes.set(path, { size: Number(size), sha });
  }
  return { hashes, block: kept };
}

/**
 * Writes a new version of the dataset in `outDir` file by file, and switches to it in one atomic step
 * (docs/decisions/0014-atomic-dataset-switch.md): `open` takes the lock and makes a staging folder, `put`
 * writes each file there (in any order), `finish` renames the staging folder to `v/<version>` and then
 * replaces the pointer `current.json` by rename. Killed at any moment, `outDir` holds the old dataset or
 * the new one, and the next run removes what this one left. A file whose bytes equal the current
 * version's is hard-linked, not rewritten, so it keeps its inode and mtime; the current version's file
 * list (its SHA-256s, kept beside it in `.ingest/<version>/`) says which without reading the old files.
 * The version is the hash of that list (decision 0022).
 */
export class VersionWriter {
  readonly staging: string;
  /** A folder for the run's own temporary files, removed with the staging folder. */
  readonly scratch: string;
  private readonly sidecar: string;
  private readonly currentDir: string | null;
  private readonly currentHashes: Map<string, FileHash> | null;
  private readonly hashes = new Map<string, FileHash>();
  private readonly made = new Set<string>();
  /** The version whose `announcements/` folder this one shares (an append's), or null: its own. */
  private readonly owner: string | null = null;
  /**
   * While sharing: the current version's announcements' lines, all carried (an append keeps every
   * announcement), and the lines of the ones added.
   */
  private readonly sharedLines: FileListBlock | null = null;
  private readonly added = new Map<string, string>();
  /** The new announcements' files, written in the scratch folder, to be renamed into the shared one. */
  private readonly placing: { temp: string; name: string }[] = [];
  private written = 0;
  private kept = 0;
  private done = false;

  private constructor(
    private readonly target: string,
    private readonly before: IngestPointer | null,
    private readonly overrides: string,
    private readonly removed: string[],
    private readonly release: () => void,
    share: boolean,
  ) {
    const stamp = `${process.pid}-${Date.now()}`;
    this.staging = join(target, VERSIONS_DIR, `.staging-${stamp}`);
    this.scratch = join(target, VERSIONS_DIR, `.staging-${stamp}-scratch`);
    this.sidecar = join(target, INGEST_DIR, `.staging-${stamp}`);
    this.currentDir = before
      ? versionDir(target, before.version)
      : existsSync(join(target, 'index.json'))
        ? target
        : null;
    const owner = share && before ? announcementsOwner(target, before.version) : null;
    const list = before
      ? readFileHashes(target, before.version, owner !== null ? `${ANNOUNCEMENTS}/` : null)
      : null;
    this.currentHashes = list?.hashes ?? null;
    for (const dir of [this.staging, this.scratch, this.sidecar]) mkdirSync(dir, { recursive: true });
    // Without the current version's file list, what the shared folder's files are is not known: no sharing.
    if (owner !== null && list?.block) {
      this.sharedLines = list.block;
      // Relative, so the link holds once the staging folder is renamed to its version.
      symlinkSync(`../${owner}/${ANNOUNCEMENTS}`, join(this.staging, ANNOUNCEMENTS));
      this.owner = owner;
    }
  }

  /**
   * Takes `<out>/.lock` (held until `finish` or `abort`), removes leftovers of killed runs and makes the
   * staging folder. `basedOn`: for an append, the version it read; if another run switched since, nothing
   * is written.
   */
  static open(
    outDir: string,
    options: {
      overrides: string;
      basedOn?: string;
      /**
       * An append's: the announcements' files stay in the folder the current version reads them from
       * (its own, or the one it shares), which gains the new ones; the new version links to it
       * (decision 0029). Only an append may: it never changes an announcement the dataset has.
       */
      shareAnnouncements?: boolean;
    },
  ): VersionWriter {
    const target = resolve(outDir);
    const release = acquireLock(target);
    try {
      const before = readPointer(target);
      if (options.basedOn !== undefined && before?.version !== options.basedOn)
        throw new DatasetFolderError(
          `the dataset in ${target} changed while this run read it (now ${before?.version ?? 'none'}, read ${options.basedOn}); run again`,
        );
      const removed = cleanLeftovers(target, before);
      return new VersionWriter(
        target,
        before,
        options.overrides,
        removed,
        release,
        options.shareAnnouncements === true,
      );
    } catch (error) {
      release();
      throw error;
    }
  }

  /**
   * True when this version shares the current one's announcements folder: every announcement the current
   * version has is in the new one already, with no `carry` for each.
   */
  get sharesAnnouncements(): boolean {
    return this.sharedLines !== null;
  }

  /** The version this one replaces, or null. */
  get previous(): IngestPointer | null {
    return this.before;
  }

  /**
   * Writes one file of the new version (a path inside the dataset: relative, forward slashes). `sha`: the
   * bytes' SHA-256 (hex) when the caller has it already (an extraction thread computed it).
   */
  put(path: string, bytes: Uint8Array, sha = sha256(bytes)): void {
    if (this.done) throw new Error('the version is finished');
    if (!DATASET_PATH.test(path)) throw new DatasetFolderError(`not a dataset path: ${JSON.stringify(path)}`);
    if (this.sharedLines && path.startsWith(`${ANNOUNCEMENTS}/`)) {
      this.putShared(this.sharedLines, path, bytes, sha);
      return;
    }
    if (this.hashes.has(path)) throw new Error(`${path} was written twice`);
    this.hashes.set(path, { size: bytes.length, sha });
    const file = join(this.staging, path);
    const folder = dirname(file);
    if (!this.made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.made.add(folder);
    }
    if (this.currentDir) {
      const known = this.currentHashes?.get(path);
      const same = this.currentHashes
        ? known?.sha === sha && known.size === bytes.length
        : holds(join(this.currentDir, path), bytes);
      if (same) {
        try {
          linkSync(join(this.currentDir, path), file);
          this.kept++;
          killForTest('put', this.hashes.size);
          return;
        } catch {
          // A file system without hard links, or the old file is gone: write the bytes instead.
        }
      }
    }
    writeFileSync(file, bytes);
    this.written++;
    killForTest('put', this.hashes.size);
  }

  /**
   * Takes the current version's file at `path` into the new version unchanged (hard-linked, its hash from
   * the current file list), without reading it. False when it cannot (no such file, no file list, no hard
   * links): then the caller puts the bytes.
   */
  carry(path: string): boolean {
    if (this.done) throw new Error('the version is finished');
    // While sharing, every announcement of the current version is carried already.
    if (this.sharedLines && path.startsWith(`${ANNOUNCEMENTS}/`)) return this.sharedLines.find(path) !== null;
    const known = this.currentHashes?.get(path);
    if (!known || !this.currentDir || this.hashes.has(path)) return false;
    const file = join(this.staging, path);
    const folder = dirname(file);
    if (!this.made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.made.add(folder);
    }
    try {
      linkSync(join(this.currentDir, path), file);
    } catch {
      return false;
    }
    this.hashes.set(path, known);
    this.kept++;
    return true;
  }

  /**
   * An announcement's file in the shared folder. One the current version lists must keep its bytes (that
   * version reads the same file); a new one is written to the scratch folder now and renamed in by
   * `finish` just before the switch (placeNew), so a file that another version links (same inode) is never
   * written over and the old version gains no file while the run builds.
   */
  private putShared(lines: FileListBlock, path: string, bytes: Uint8Array, sha: string): void {
    const line = `${path}\t${bytes.length}\t${sha}\n`;
    if (this.added.has(path)) throw new Error(`${path} was written twice`);
    const known = lines.find(path);
    if (known === line) return;
    if (known !== null)
      throw new DatasetFolderError(
        `${path} would change, and the dataset's versions share it: run a full ingest or --compact instead of --append`,
      );
    const temp = join(this.scratch, `${this.placing.length}.tmp`);
    writeFileSync(temp, bytes);
    this.placing.push({ temp, name: path.slice(ANNOUNCEMENTS.length + 1) });
    this.added.set(path, line);
    this.written++;
  }

  /**
   * Renames the new announcements' files into the shared folder, after naming each in the placing journal
   * (fsynced first): from the first rename until the switch the old version can reach them by URL, and a
   * run killed in between leaves them to the next run's cleanLeftovers, which the journal tells which.
   */
  private placeNew(): void {
    const { owner } = this;
    if (owner === null || this.placing.length === 0) return;
    writeDurably(
      join(this.scratch, PLACING_JOURNAL),
      this.placing.map(({ name }) => `${owner}/${name}\n`).join(''),
    );
    const folder = join(versionDir(this.target, owner), ANNOUNCEMENTS);
    for (const [i, { temp, name }] of this.placing.entries()) {
      renameSync(temp, join(folder, name));
      killForTest('placed', i + 1);
    }
  }

  /** The path of a file of the ingest's own beside the new version (`.ingest/<version>/<name>`), never served. */
  sidecarFile(name: string): string {
    return join(this.sidecar, name);
  }

  /** Names the version, moves it into place and switches the pointer to it; releases the lock. */
  finish(): WriteReport {
    if (this.done) throw new Error('the version is finished');
    this.done = true;
    let switched = false;
    try {
      const byPath = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);
      const lines = [...this.hashes]
        .sort(byPath)
        .map(([path, { size, sha }]) => `${path}\t${size}\t${sha}\n`);
      if (this.sharedLines) {
        // The announcements' lines go where their paths sort: after every path before the folder's.
        const at = lines.findIndex((line) => line > `${ANNOUNCEMENTS}/`);
        const block = this.sharedLines.merged([...this.added].sort(byPath).map(([, line]) => line));
        lines.splice(at === -1 ? lines.length : at, 0, ...block);
        this.kept += this.sharedLines.count;
      }
      const hash = createHash('sha256');
      const fd = openSync(join(this.sidecar, FILES_LIST), 'w');
      try {
        for (const piece of lines) {
          hash.update(piece);
          writeSync(fd, piece);
        }
      } finally {
        closeSync(fd);
      }
      const version = hash.digest('hex').slice(0, 16);
      const { target } = this;
      // The file list goes first: a version without one is still read (byte by byte), never the other way round.
      const sidecar = sidecarDir(target, version);
      rmSync(sidecar, { recursive: true, force: true });
      renameSync(this.sidecar, sidecar);
      const final = versionDir(target, version);
      // A version folder only ever appears by this rename, so one that exists is complete (the same bytes).
      if (existsSync(final)) rmSync(this.staging, { recursive: true, force: true });
      else renameSync(this.staging, final);
      const before = this.before;
      const previous = before && before.version !== version ? before.version : (before?.previous ?? null);
      killForTest('staged', 1);
      this.placeNew();
      writePointer(target, { schemaVersion: 1, version, previous, overrides: this.overrides });
      switched = true;
      // The journal goes with the scratch folder once the new version, which lists its files, is current.
      rmSync(this.scratch, { recursive: true, force: true });
      this.removed.push(...cleanLeftovers(target, readPointer(target)));
      return { version, written: this.written, kept: this.kept, removed: this.removed };
    } catch (error) {
      // Files already renamed into the shared folder go too, unless the new version became current.
      if (!switched)
        removeUnplaced(
          this.target,
          join(this.scratch, PLACING_JOURNAL),
          new Set([this.before?.version, this.before?.previous].filter((v) => v != null)),
          this.removed,
        );
      this.discardStaging();
      throw error;
    } finally {
      this.release();
    }
  }

  private discardStaging(): void {
    for (const dir of [this.staging, this.scratch, this.sidecar])
      rmSync(dir, { recursive: true, force: true });
  }

  /** Gives up the new version: its staging folders are removed, the current version stays. */
  abort(): void {
    if (this.done) return;
    this.done = true;
    try {
      this.discardStaging();
    } finally {
      this.release();
    }
  }
}

/**
 * Writes `files` (dataset path → JSON value or bytes) as a new version of the dataset in `outDir` and
 * switches to it in one atomic step (VersionWriter). On any error nothing is switched and the staging
 * folder is removed.
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
  const writer = VersionWriter.open(outDir, options);
  try {
    for (const path of [...files.keys()].sort()) writer.put(path, toFileBytes(files.get(path), path));
  } catch (error) {
    writer.abort();
    throw error;
  }
  return writer.finish();
}
