import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { announcementSchema, dataIndexSchema, type Announcement } from '../src/data/schema';
import {
  DatasetFolderError,
  POINTER_FILE,
  readPointer,
  versionDir,
  type IngestPointer,
} from './dataset-folder';

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new DatasetFolderError(`${file}: ${(error as Error).message}`);
  }
}

/**
 * The announcements of the current dataset in `outDir`, read from its own files (not from the raw files
 * it was made from), each validated; with the pointer, whose version and overrides an append must match.
 */
export function readCurrentAnnouncements(outDir: string): {
  pointer: IngestPointer;
  announcements: Announcement[];
} {
  const pointer = readPointer(outDir);
  if (!pointer)
    throw new DatasetFolderError(
      `${outDir} holds no versioned dataset (no ${POINTER_FILE}) to append to; run the ingest without --append first`,
    );
  const dir = versionDir(outDir, pointer.version);
  const index = dataIndexSchema.safeParse(readJson(join(dir, 'index.json')));
  if (!index.success) throw new DatasetFolderError(`${join(dir, 'index.json')}: ${index.error.message}`);
  const folder = join(dir, 'announcements');
  const announcements = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(folder, name);
      const parsed = announcementSchema.safeParse(readJson(file));
      if (!parsed.success) throw new DatasetFolderError(`${file}: ${parsed.error.message}`);
      if (`${parsed.data.id}.json` !== name)
        throw new DatasetFolderError(`${file} holds the announcement ${parsed.data.id}`);
      return parsed.data;
    });
  if (announcements.length !== index.data.count)
    throw new DatasetFolderError(
      `${dir} holds ${announcements.length} announcements, its index.json says ${index.data.count}`,
    );
  return { pointer, announcements };
}

/** How many announcements the current dataset in `outDir` holds (its index.json's count), 0 when none. */
export function countCurrentAnnouncements(outDir: string): number {
  const pointer = readPointer(outDir);
  if (!pointer) return 0;
  const index = dataIndexSchema.safeParse(readJson(join(versionDir(outDir, pointer.version), 'index.json')));
  return index.success ? index.data.count : 0;
}
