import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { currentDatasetDir } from '../dataset-folder';

export interface TempDir {
  /** The temporary folder (set once the before-hook has run). */
  readonly path: string;
  /** What the code under test passed to `console.error` (the first argument of each call). */
  readonly errors: readonly string[];
}

/**
 * Registers hooks, in the enclosing `describe`, that give its tests a fresh temporary folder and a quiet
 * console: `console.log` is dropped and `console.error` collected in `errors` (the ingest reports every bad
 * file there, and the tests assert on it). `scope: 'all'` shares one folder among the block's tests, for
 * setup too costly to repeat.
 */
export function useTempDir(prefix: string, scope: 'each' | 'all' = 'each'): TempDir {
  const state = { path: '', errors: [] as string[] };
  const [before, after] = scope === 'each' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    state.path = await mkdtemp(join(tmpdir(), prefix));
    state.errors = [];
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation((message: string) => void state.errors.push(message));
  });
  after(async () => {
    vi.restoreAllMocks();
    await rm(state.path, { recursive: true, force: true });
  });
  return {
    get path() {
      return state.path;
    },
    get errors() {
      return state.errors;
    },
  };
}

/**
 * Every file under `dir` (path relative to it → text), sorted by path; a linked folder (an appended
 * version's shared announcements, decision 0029) is read as if it were there.
 */
export async function listFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const kind = entry.isSymbolicLink() ? await stat(path) : entry;
      if (kind.isDirectory()) await walk(path);
      else if (kind.isFile()) files.set(path.slice(dir.length + 1), await readFile(path, 'utf8'));
    }
  };
  await walk(dir);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The folder of the current dataset version in `out`; throws when there is none. */
export function datasetDir(out: string): string {
  const found = currentDatasetDir(out);
  if (!found) throw new Error(`no dataset in ${out}`);
  return found;
}
