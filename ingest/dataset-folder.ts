import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { datasetPointerSchema } from '../src/data/schema';

/**
 * The layout of an output folder (docs/decisions/0014-atomic-dataset-switch.md):
 *
 *   <out>/current.json      the pointer: { schemaVersion, version, previous, overrides }
 *   <out>/v/<version>/…     the dataset files of one version (index.json, summaries/, announcements/, …)
 *   <out>/.ingest/<version>/ the ingest's own files of a version (its file list with SHA-256s), not served
 *   <out>/v/.staging-<pid>-<n>/, <out>/v/.trash-…/, <out>/.ingest/.staging-…/, <out>/current.json.tmp-<pid>
 *                           a run's leftovers
 */
export const POINTER_FILE = 'current.json';
export const VERSIONS_DIR = 'v';
export const INGEST_DIR = '.ingest';
/** In a version's sidecar: one line per file, `path<TAB>size<TAB>sha256`, sorted by path. */
export const FILES_LIST = 'files';

export function sidecarDir(outDir: string, version: string): string {
  return join(outDir, INGEST_DIR, version);
}

/** What the ingest keeps in the pointer beyond what the app reads. */
export const ingestPointerSchema = datasetPointerSchema.extend({
  /** SHA-256 (16 hex digits) of the overrides the current version was built with; `--append` checks it. */
  overrides: z.string().regex(/^[0-9a-f]{16}$/),
});
export type IngestPointer = z.infer<typeof ingestPointerSchema>;

/** A problem with an existing output folder, said with the file it concerns. */
export class DatasetFolderError extends Error {}

/** The pointer of `outDir`, or null when it has none (a new folder, or one written before versions). */
export function readPointer(outDir: string): IngestPointer | null {
  const file = join(outDir, POINTER_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DatasetFolderError(`${file} is not valid JSON`);
  }
  const parsed = ingestPointerSchema.safeParse(value);
  if (!parsed.success)
    throw new DatasetFolderError(`${file} is not a dataset pointer: ${parsed.error.message}`);
  return parsed.data;
}

export function versionDir(outDir: string, version: string): string {
  return join(outDir, VERSIONS_DIR, version);
}

/**
 * The folder holding the files of `outDir`'s current dataset (index.json, summaries/, …): the version its
 * pointer names, or `outDir` itself for a dataset written before versions (flat). Null when there is none.
 */
export function currentDatasetDir(outDir: string): string | null {
  const pointer = readPointer(outDir);
  if (pointer) {
    const dir = versionDir(outDir, pointer.version);
    if (!existsSync(join(dir, 'index.json')))
      throw new DatasetFolderError(`${join(outDir, POINTER_FILE)} names ${dir}, which holds no index.json`);
    return dir;
  }
  return existsSync(join(outDir, 'index.json')) ? outDir : null;
}
