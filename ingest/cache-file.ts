import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * `node_modules/.cache/<folder>`: where the ingest keeps what it can make again from installed packages and
 * its own sources (the bundled worker, the decoded city list), so a fresh clone or `npm ci` starts clean.
 */
export function cacheFolder(folder: string): string {
  const modules = dirname(dirname(createRequire(import.meta.url).resolve('tsx/package.json')));
  return join(modules, '.cache', folder);
}

/**
 * Writes by rename, so a run reading the cache never sees half a file (two runs, or two threads, may write
 * it at once); makes the folder. Throws when it cannot write: callers go on without the cache.
 */
export function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}
