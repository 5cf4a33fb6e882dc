import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { dataIndexSchema, summaryShardSchema, type DataIndex } from '../src/data/schema';
import { buildDataset } from './build-dataset';
import { writeCorpus } from './gen-corpus';
import { currentDatasetDir } from './dataset-folder';
import { collectInputFiles, ingestFiles } from './ingest';
import { isMain } from './is-main';
import { loadOverrides, overridesFingerprint } from './overrides';
import { writeDatasetAtomically } from './write-dataset';

/**
 * The demo archive `npm run dev` and `npm run preview` show while the user's dataset is the bundled sample:
 * that sample plus DEMO_COUNT generated announcements, made by the generator and the real ingest, and
 * cached under node_modules/.cache keyed by everything that shapes the output. See docs/decisions/0010-demo-archive.md.
 */
export const DEMO_COUNT = 1000;
export const DEMO_SEED = 1;

/** The ingest modules whose imports, followed, are every source file that shapes the dataset. */
const ENTRY_POINTS = [
  'ingest/demo-dataset.ts',
  'ingest/gen-corpus.ts',
  'ingest/ingest.ts',
  'ingest/build-dataset.ts',
  'ingest/write-dataset.ts',
  'ingest/overrides.ts',
];
const RAW_DIR = 'data/raw';
const OVERRIDES = 'data/overrides.json';
const CACHE_DIR = 'node_modules/.cache/announcement-demo';

export interface DemoDataset {
  /** The dataset folder, laid out like public/data. */
  dir: string;
  generated: number;
  real: number;
}

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every local file `entries` import, followed transitively (relative imports only), sorted. */
export function localSources(root: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.[cm]?tsx?$/.test(file)) return;
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const base = resolve(dirname(file), spec ?? '');
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(isFile);
      if (found) visit(found);
    }
  };
  for (const entry of entries) visit(resolve(root, entry));
  return [...seen].map((file) => relative(root, file).split(sep).join('/')).sort();
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function filesUnder(root: string, dir: string): string[] {
  const full = resolve(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * A hash of what the demo is made of: the generator's and the ingest's source files, the raw sample, the
 * overrides, the locked dependency versions (the gazetteers are packages) and the corpus size and seed.
 */
export function demoKey(root: string): string {
  const hash = createHash('sha256');
  hash.update(`count=${DEMO_COUNT} seed=${DEMO_SEED}\n`);
  const inputs = [
    ...localSources(root, ENTRY_POINTS),
    ...filesUnder(root, RAW_DIR),
    OVERRIDES,
    'package-lock.json',
  ];
  for (const file of inputs) {
    const path = resolve(root, file);
    hash.update(`${file}\n`);
    hash.update(existsSync(path) ? readFileSync(path) : '(missing)');
    hash.update('\n');
  }
  return hash.digest('hex').slice(0, 16);
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function cachedDemo(dir: string): DemoDataset | null {
  let current: string | null;
  try {
    current = currentDatasetDir(dir);
  } catch {
    return null;
  }
  if (current === null) return null;
  const indexPath = join(current, 'index.json');
  const index = dataIndexSchema.safeParse(readJson(indexPath));
  if (!index.success || !index.data.demo) return null;
  return { dir, ...index.data.demo };
}

/** Builds the demo dataset unless the cache holds the one for today's inputs; resolves with where it is. */
export async function ensureDemoDataset(
  root: string,
  log: (message: string) => void = () => undefined,
): Promise<DemoDataset> {
  const cacheRoot = resolve(root, CACHE_DIR);
  const key = demoKey(root);
  const dir = join(cacheRoot, key);
  const cached = cachedDemo(dir);
  if (cached) return cached;

  log(
    `Building the demo archive once (${DEMO_COUNT.toLocaleString('en')} generated announcements, real ingest)…`,
  );
  const corpus = await mkdtemp(join(tmpdir(), 'announcement-demo-'));
  try {
    await writeCorpus(corpus, DEMO_COUNT, DEMO_SEED);
    const overrides = await loadOverrides(resolve(root, OVERRIDES));
    const { files } = await collectInputFiles([resolve(root, RAW_DIR), corpus]);
    const result = ingestFiles(files, overrides);
    if (result.failures.length > 0) {
      const first = result.failures[0];
      throw new Error(`the demo archive could not be built: ${first?.file ?? ''}: ${first?.reason ?? ''}`);
    }
    const generated = result.announcements.filter((a) => a.generated).length;
    const demo = { generated, real: result.announcements.length - generated };
    const dataset = buildDataset(result.announcements);
    const index = dataset.get('index.json') as DataIndex;
    dataset.set('index.json', { ...index, demo });
    writeDatasetAtomically(dir, dataset, { overrides: overridesFingerprint(overrides) });
    // Demos built from older inputs are dead weight; half-written folders of a concurrent build are not ours.
    for (const entry of await readdir(cacheRoot)) {
      if (entry !== key && /^[0-9a-f]{16}$/.test(entry))
        await rm(join(cacheRoot, entry), { recursive: true, force: true });
    }
    return { dir, ...demo };
  } finally {
    await rm(corpus, { recursive: true, force: true });
  }
}

/**
 * Whether `dataDir` holds only announcements made from the bundled raw sample (or no dataset at all): then
 * the user has not ingested anything of theirs yet, and the demo may stand in for it. A dataset that cannot
 * be read counts as the user's, so that the app shows its error rather than hiding it behind the demo.
 */
export function isBundledSample(root: string, folder: string): boolean {
  try {
    const dataDir = currentDatasetDir(folder);
    if (dataDir === null) return true;
    const indexPath = join(dataDir, 'index.json');
    const rawFiles = new Set(filesUnder(root, RAW_DIR).map((file) => file.slice(RAW_DIR.length + 1)));
    const index = dataIndexSchema.parse(readJson(indexPath));
    if (index.count > rawFiles.size) return false;
    for (const shard of index.shards) {
      const { items } = summaryShardSchema.parse(readJson(join(dataDir, shard.file)));
      for (const item of items) {
        const id = (item as { id?: unknown }).id;
        if (typeof id !== 'string' || !/^[a-z0-9-]+$/.test(id)) return false;
        const announcement = readJson(join(dataDir, 'announcements', `${id}.json`)) as { source?: unknown };
        if (typeof announcement.source !== 'string' || !rawFiles.has(announcement.source)) return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}

/** What the CLI prints (one JSON line on stdout): the demo, or null when the user's dataset stands. */
export type DemoAnswer = { demo: DemoDataset } | { demo: null; reason: string };

export function parseDemoArgs(argv: readonly string[]): { dataDir: string | null; always: boolean } {
  const options = { dataDir: null as string | null, always: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--always') options.always = true;
    else if (arg === '--for') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw new Error('--for needs a folder');
      options.dataDir = value;
    } else throw new Error(`unknown argument ${arg} (usage: [--for <data dir>] [--always])`);
  }
  return options;
}

/**
 * `tsx ingest/demo-dataset.ts [--for <data dir>] [--always]`: builds (or finds) the demo archive and prints
 * where it is; with --for, only if that dataset is the bundled sample, unless --always. Run by the Vite
 * plugin in its own process, so the dev server never loads the ingest.
 */
async function cli(argv: readonly string[]): Promise<DemoAnswer> {
  const { dataDir, always } = parseDemoArgs(argv);
  const root = process.cwd();
  if (dataDir && !always && !isBundledSample(root, resolve(root, dataDir)))
    return { demo: null, reason: `your dataset in ${dataDir}` };
  return { demo: await ensureDemoDataset(root, (message) => void process.stderr.write(`${message}\n`)) };
}

if (isMain(import.meta.url)) {
  try {
    process.stdout.write(`${JSON.stringify(await cli(process.argv.slice(2)))}\n`);
  } catch (error) {
    console.error(`demo-dataset: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
