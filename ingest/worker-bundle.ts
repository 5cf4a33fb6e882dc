import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cacheFolder, writeAtomically } from './cache-file';

/**
 * The extraction worker as one JavaScript file (decision 0099): esbuild (the one tsx runs on) bundles
 * the worker module and everything it imports from this repository, leaving packages as imports, so a
 * worker starts without tsx's loader compiling each module again through its hooks. The bundle is kept in
 * `node_modules/.cache/extract-worker/`, named by the SHA-256 of what it was made from (esbuild's version,
 * the options, each source's path and bytes), and made again whenever any of those differ: nothing to
 * run by hand after a clone or an edit.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = cacheFolder('extract-worker');
/** Bundles kept (one per checkout or branch in use); older ones are removed. */
const KEEP = 8;

interface Esbuild {
  version: string;
  buildSync(options: Record<string, unknown>): {
    outputFiles?: { text: string }[];
    metafile?: { inputs: Record<string, unknown> };
  };
}

/**
 * Packages stay imports: the bundle lives inside the repository, so they (and `createRequire`) resolve as
 * from the sources.
 */
const OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  write: false,
  metafile: true,
  logLevel: 'silent',
} as const;

function esbuild(): Esbuild {
  // tsx's own dependency: always there when tsx is, whatever else is installed.
  const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  return fromTsx('esbuild') as Esbuild;
}

function esbuildVersion(): string {
  const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  return (JSON.parse(readFileSync(fromTsx.resolve('esbuild/package.json'), 'utf8')) as { version: string })
    .version;
}

/** The bundle's name for these sources (paths relative to the repository), or null when one cannot be read. */
function keyOf(version: string, entry: string, inputs: readonly string[]): string | null {
  const hash = createHash('sha256').update(`${version}\0${JSON.stringify(OPTIONS)}\0${entry}\0`);
  try {
    for (const input of [...inputs].sort()) hash.update(`${input}\0`).update(readFileSync(join(ROOT, input)));
  } catch {
    return null;
  }
  return hash.digest('hex').slice(0, 32);
}

function prune(): void {
  const bundles = readdirSync(CACHE)
    .filter((name) => name.endsWith('.mjs'))
    .map((name) => ({ name, time: statSync(join(CACHE, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { name } of bundles.slice(KEEP)) rmSync(join(CACHE, name), { force: true });
}

/**
 * The file URL of `entry` (a module of this repository) bundled, made now if the cache has none for its
 * current sources; null when it cannot be made or kept (then the caller loads the TypeScript through tsx).
 */
export function bundledModule(entry: string): string | null {
  try {
    const name = relative(ROOT, entry);
    const version = esbuildVersion();
    // The sources of the last bundle made from this entry: if none changed, that bundle is current.
    const list = join(CACHE, `${createHash('sha256').update(name).digest('hex').slice(0, 16)}.inputs.json`);
    let inputs: string[] | null = null;
    try {
      inputs = JSON.parse(readFileSync(list, 'utf8')) as string[];
    } catch {
      // First use: made below.
    }
    const known = inputs ? keyOf(version, name, inputs) : null;
    if (known !== null) {
      const file = join(CACHE, `${known}.mjs`);
      if (statSync(file, { throwIfNoEntry: false })) return pathToFileURL(file).href;
    }
    const started = Date.now();
    const built = esbuild().buildSync({ ...OPTIONS, entryPoints: [entry], absWorkingDir: ROOT });
    const text = built.outputFiles?.[0]?.text;
    const made = Object.keys(built.metafile?.inputs ?? {});
    if (text === undefined || made.length === 0) return null;
    const key = keyOf(version, name, made);
    // A source edited since esbuild began reading (or just before): the bytes hashed may not be the
    // bundle's, so nothing is kept.
    if (key === null || made.some((input) => statSync(join(ROOT, input)).mtimeMs >= started - 1000))
      return null;
    const file = join(CACHE, `${key}.mjs`);
    writeAtomically(file, text);
    writeAtomically(list, JSON.stringify(made));
    prune();
    return pathToFileURL(file).href;
  } catch {
    return null;
  }
}
