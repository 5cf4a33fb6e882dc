import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/**
 * Stable JSON text with a final newline, so re-runs are byte-identical. Announcements are indented for
 * people who read them; the index and shards, read only by the app, are compact.
 */
function toJsonText(value: unknown, path = ''): string {
  return `${path.startsWith('announcements/') ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`;
}

/**
 * Writes all files into a temporary sibling folder, then swaps it in with renames,
 * so a failed run never leaves a half-written dataset at `outDir`.
 */
export async function writeDatasetAtomically(
  outDir: string,
  files: ReadonlyMap<string, unknown>,
): Promise<void> {
  const target = resolve(outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = `${target}.tmp-${stamp}`;
  const previous = `${target}.old-${stamp}`;
  await rm(staging, { recursive: true, force: true });
  try {
    // Synchronous writes: on this kind of disk they beat a pool of async ones by far for
    // many small files, and nothing else runs while the ingest writes.
    const made = new Set<string>();
    for (const [path, value] of files) {
      const file = join(staging, path);
      const folder = dirname(file);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      writeFileSync(file, toJsonText(value, path), 'utf8');
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await mkdir(dirname(target), { recursive: true });
  let hadPrevious = true;
  try {
    await rename(target, previous);
  } catch {
    hadPrevious = false;
  }
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadPrevious) await rename(previous, target);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
