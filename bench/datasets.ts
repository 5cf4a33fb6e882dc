import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { precompress } from '../deploy/precompress';
import { currentDatasetDir, readPointer } from '../ingest/dataset-folder';

/**
 * Builds the benchmark datasets through the real path (`npm run gen:corpus` → `npm run ingest`) into
 * bench/corpus/<N>/, and reuses what is there when the inputs have not changed: the raw corpus is keyed
 * on the generator's source, N and the seed; the dataset on that plus the ingest's sources.
 */
export const CORPUS_ROOT = 'bench/corpus';
const SEED = 20240501;

export interface Dataset {
  count: number;
  /** The folder served at /data/ (its current.json names the version folder the app reads). */
  dataDir: string;
  /** The folder holding the current version's files (index.json, summaries/, announcements/, …). */
  filesDir: string;
  /** Changes whenever the dataset's inputs change: keys caches built from it (the Pagefind index). */
  hash: string;
}

async function filesUnder(dir: string, keep: (path: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(keep)
    .sort();
}

/** A hash over the contents of `files` and some extra values. */
export async function hashOf(files: readonly string[], ...values: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(await readFile(file));
  for (const value of values) hash.update('\0').update(value);
  return hash.digest('hex').slice(0, 16);
}

const isSource = (path: string) => path.endsWith('.ts') && !path.endsWith('.test.ts');

function hasDataset(dataDir: string): boolean {
  try {
    return currentDatasetDir(dataDir) !== null;
  } catch {
    return false;
  }
}

async function ingestSources(): Promise<string[]> {
  const ingest = await filesUnder(
    'ingest',
    (path) => isSource(path) && !path.startsWith(join('ingest', 'eval')),
  );
  return [...ingest, 'data/overrides.json', 'src/data/schema.ts'].filter((path) => existsSync(path));
}

function runNpm(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`npm run ${args.join(' ')} exited with ${code}`));
    });
  });
}

async function readStamp(file: string): Promise<string | null> {
  return existsSync(file) ? (await readFile(file, 'utf8')).trim() : null;
}

export async function prepareDataset(count: number, log: (line: string) => void): Promise<Dataset> {
  const dir = join(CORPUS_ROOT, String(count));
  const rawDir = join(dir, 'raw');
  const dataDir = join(dir, 'data');
  await mkdir(dir, { recursive: true });

  const rawHash = await hashOf(['ingest/gen-corpus.ts'], String(count), String(SEED));
  const rawStamp = join(dir, 'raw.stamp');
  if ((await readStamp(rawStamp)) !== rawHash) {
    log(`${count}: generating the raw corpus`);
    await rm(rawStamp, { force: true });
    await rm(rawDir, { recursive: true, force: true });
    await runNpm(['gen:corpus', '--', '--count', String(count), '--out', rawDir, '--seed', String(SEED)]);
    await writeFile(rawStamp, rawHash);
  }

  const dataHash = await hashOf(await ingestSources(), rawHash);
  const dataStamp = join(dir, 'data.stamp');
  if ((await readStamp(dataStamp)) !== dataHash || !hasDataset(dataDir)) {
    log(`${count}: ingesting`);
    await rm(dataStamp, { force: true });
    await runNpm(['ingest', '--', rawDir, '--out', dataDir]);
    await writeFile(dataStamp, dataHash);
  } else {
    log(`${count}: reusing ${dataDir}`);
  }
  const filesDir = currentDatasetDir(dataDir);
  if (!filesDir) throw new Error(`${dataDir}: the ingest left no dataset`);
  return { count, dataDir, filesDir, hash: dataHash };
}

/**
 * A dataset that is already written (`<dir>/current.json` and its version), measured as it is: no
 * generation, no ingest. Its size is the count its index.json says. For the million, whose ingest takes
 * longer than a benchmark run should.
 */
export async function existingDataset(dataDir: string): Promise<Dataset> {
  const pointer = readPointer(dataDir);
  const filesDir = currentDatasetDir(dataDir);
  if (!pointer || !filesDir)
    throw new Error(`${dataDir}: no dataset there (no current.json naming a version)`);
  const { count } = z
    .object({ count: z.number().int().positive() })
    .parse(JSON.parse(await readFile(join(filesDir, 'index.json'), 'utf8')));
  return { count, dataDir, filesDir, hash: pointer.version };
}

/** Builds the app into `dir` and precompresses its scripts and styles, as `npm run build` does. */
export async function buildApp(dir: string, log: (line: string) => void): Promise<void> {
  log(`building the app into ${dir}`);
  const build = spawnSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('vite build failed');
  // Served as they are (like nginx gzip_static).
  const compressed = await precompress(dir);
  log(`precompressed ${compressed.files} assets: ${compressed.before} → ${compressed.after} bytes`);
}
