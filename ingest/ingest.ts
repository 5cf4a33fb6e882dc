import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { announcementSchema, type Announcement } from '../src/data/schema';
import { applyAnnouncementEdits } from './announcement-edits';
import { announcementBytes, encodeDocRecord } from './build/doc-record';
import { sha256 } from './write-dataset';
import { extractEntities } from './extract/pipeline';
import type { Trace } from './extract/rules/rule';
import { findMentions } from './extract/mentions';
import { announcementId, organizationsNamed } from './ids';
import { applyOverrides, extractOptionsFrom, type Overrides } from './overrides';
import { InputError, isSupportedPath, readInputFile, type RawDocument } from './read-input';

export interface InputFile {
  path: string;
  /** Path relative to the folder it was found in (or the file name), with forward slashes. */
  source: string;
}

export interface FileFailure {
  file: string;
  reason: string;
}

export interface IngestResult {
  announcements: Announcement[];
  failures: FileFailure[];
  /** Files in the given folders that are not announcements (other extensions). */
  skipped: string[];
  warnings: string[];
}

/** Files to ingest, sorted by path so every run sees them in the same order. Folders are walked. */
export async function collectInputFiles(
  inputs: readonly string[],
): Promise<{ files: InputFile[]; skipped: string[]; missing: string[] }> {
  const files: InputFile[] = [];
  const skipped: string[] = [];
  const missing: string[] = [];
  const walk = async (dir: string, root: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) await walk(path, root);
      else if (entry.isFile() && isSupportedPath(entry.name))
        files.push({ path, source: relative(root, path).split(sep).join('/') });
      else skipped.push(path);
    }
  };
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) missing.push(input);
    else if (info.isDirectory()) await walk(input, input);
    else files.push({ path: input, source: basename(input) });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped: skipped.sort(), missing };
}

/** Turns one read document into a validated announcement of data contract v1; the rules' decisions go to `trace`. */
export function toAnnouncement(doc: RawDocument, overrides: Overrides, trace?: Trace): Announcement {
  const entities = extractEntities(doc.title, doc.paragraphs, extractOptionsFrom(overrides), trace, {
    breadcrumb: doc.breadcrumb,
    publisherName: doc.publisherName,
  });
  const draft: Announcement = {
    id: 'draft',
    title: doc.title,
    // A saved page's own publication date (its metadata) beats any date the text mentions.
    date: doc.dateHint ?? entities.date,
    section: doc.section,
    paragraphs: doc.paragraphs,
    people: entities.people,
    countries: entities.countries,
    blocs: entities.blocs,
    events: entities.events,
    // Extraction gives names; the id is added here, from the name, as people's and events' are.
    organizations: organizationsNamed(entities.organizations),
    places: entities.places,
    source: doc.source,
    ...(doc.generated ? { generated: true as const } : {}),
  };
  const corrected = applyOverrides(draft, overrides);
  // Field order fixed here so files are byte-identical whatever produced the values.
  return announcementSchema.parse({
    id: announcementId(corrected.title, corrected.date),
    title: corrected.title,
    date: corrected.date,
    section: corrected.section,
    paragraphs: corrected.paragraphs,
    people: corrected.people,
    countries: corrected.countries,
    blocs: corrected.blocs,
    events: corrected.events,
    organizations: corrected.organizations,
    places: corrected.places,
    source: corrected.source,
    mentions: findMentions(corrected),
    ...(corrected.generated ? { generated: true } : {}),
  });
}

/** What extracting one file gives: its announcement, or why it was refused. */
export type FileResult = Announcement | FileFailure;

/** Reads and extracts one file; a file that cannot be ingested gives its reason instead of throwing. */
export function extractFile(file: InputFile, overrides: Overrides): FileResult {
  try {
    return toAnnouncement(readInputFile(file.path, file.source), overrides);
  } catch (error) {
    const reason = error instanceof InputError ? error.message : `cannot ingest: ${(error as Error).message}`;
    return { file: file.path, reason };
  }
}

/**
 * An extracted file made ready for the dataset's build in the thread that extracted it (decision 0022): its
 * announcement's file and its doc record, and what the collection of results needs. The announcement
 * itself comes along only when the overrides correct announcements by id, which needs the whole run's
 * entities and is applied by the caller.
 */
export interface PreparedDoc {
  id: string;
  date: string | null;
  source: string;
  hasBody: boolean;
  /** The bytes of `announcements/<id>.json`, and their SHA-256 (hex). */
  file: Uint8Array;
  fileSha: string;
  /** build/doc-record.ts */
  record: Uint8Array;
  announcement?: Announcement;
}

export type PreparedResult = PreparedDoc | FileFailure;

export function prepareAnnouncement(a: Announcement, keep = false): PreparedDoc {
  const file = announcementBytes(a);
  return {
    id: a.id,
    date: a.date,
    source: a.source,
    hasBody: a.paragraphs.length > 0,
    file,
    fileSha: sha256(file),
    record: encodeDocRecord(a),
    ...(keep ? { announcement: a } : {}),
  };
}

/** `extractFile`, then `prepareAnnouncement`. */
export function prepareFile(file: InputFile, overrides: Overrides): PreparedResult {
  const result = extractFile(file, overrides);
  if ('reason' in result) return result;
  return prepareAnnouncement(result, Object.keys(overrides.announcements).length > 0);
}

/**
 * Sorts per-file results (in path order) into announcements, failures and warnings, and applies the
 * corrections to single announcements (`edits`, overrides.announcements). Two files giving the same id
 * keep the first and warn; so does a file whose id is already in `existing` (id → source: the dataset an
 * `--append` adds to, built with the same overrides, so its announcements have their corrections).
 */
export function collectResults(
  results: readonly FileResult[],
  edits: Overrides['announcements'],
  existing: ReadonlyMap<string, string> = new Map(),
): Omit<IngestResult, 'skipped'> {
  const announcements: Announcement[] = [];
  const failures: FileFailure[] = [];
  const warnings: string[] = [];
  const byId = new Map<string, string>();
  for (const result of results) {
    if ('reason' in result) {
      failures.push(result);
      continue;
    }
    const first = byId.get(result.id) ?? existing.get(result.id);
    if (first !== undefined) {
      warnings.push(`${result.source}: same title and date as ${first}; kept ${first}`);
      continue;
    }
    byId.set(result.id, result.source);
    if (result.date === null) warnings.push(`${result.source}: no date found`);
    if (result.paragraphs.length === 0) warnings.push(`${result.source}: no body text`);
    announcements.push(result);
  }
  const edited = applyAnnouncementEdits(announcements, edits, new Set(existing.keys()));
  return { announcements: edited.announcements, failures, warnings: [...warnings, ...edited.warnings] };
}

/**
 * Reads and extracts every file in this thread, one after the other (the ingest itself uses the worker
 * pool of extract-pool.ts). A file that fails is reported with its reason and the others go on.
 */
export function ingestFiles(
  files: readonly InputFile[],
  overrides: Overrides,
  onProgress?: (done: number, total: number) => void,
): Omit<IngestResult, 'skipped'> {
  const results = files.map((file, index) => {
    const result = extractFile(file, overrides);
    onProgress?.(index + 1, files.length);
    return result;
  });
  return collectResults(results, overrides.announcements);
}
