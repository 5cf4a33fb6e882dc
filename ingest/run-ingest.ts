import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Announcement } from '../src/data/schema';
import { addKnownEntities, applyAnnouncementEdits, type KnownEntities } from './announcement-edits';
import { readCurrentAnnouncements } from './append';
import { buildDatasetFiles, compareAnnouncements, type BuildOptions, type BuildStats } from './build-dataset';
import { DatasetFolderError } from './dataset-folder';
import { ExtractPool, workersFor } from './extract-pool';
import {
  prepareAnnouncement,
  type FileFailure,
  type InputFile,
  type PreparedDoc,
  type PreparedResult,
} from './ingest';
import type { Overrides } from './overrides';
import { VersionWriter, type WriteReport } from './write-dataset';

export interface RunOptions {
  out: string;
  overrides: Overrides;
  /** overridesFingerprint(overrides), kept in the pointer. */
  fingerprint: string;
  /** Add `files` to the dataset in `out` instead of replacing it. */
  append?: boolean;
  /** Extraction threads, this one included (see workersFor). */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  build?: BuildOptions;
}

export interface RunReport {
  /** Announcements this run added (all of them for a full ingest). */
  added: number;
  /** Announcements the appended-to dataset held before. */
  existing: number;
  failures: FileFailure[];
  warnings: string[];
  /** Null when nothing was written (nothing new, or nothing readable). */
  write: WriteReport | null;
  stats: BuildStats | null;
  /** Files in the new version. */
  files: number;
  /** Seconds spent extracting (with the announcements' files written), then building and switching. */
  seconds: { extract: number; build: number };
}

/** Doc records kept in one scratch file while the run extracts, then read back in list order. */
class RecordSpool {
  private readonly fd: number;
  private size = 0;

  constructor(file: string) {
    this.fd = openSync(file, 'w+');
  }

  /** Appends records, returning where each went. */
  append(records: readonly Uint8Array[]): { offset: number; length: number }[] {
    const base = this.size;
    const at = records.map((record) => {
      const place = { offset: this.size, length: record.length };
      this.size += record.length;
      return place;
    });
    const joined = Buffer.concat(records);
    let written = 0;
    while (written < joined.length)
      written += writeSync(this.fd, joined, written, joined.length - written, base + written);
    return at;
  }

  read(offset: number, length: number): Uint8Array {
    const bytes = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, bytes, done, length - done, offset + done);
      if (n === 0) throw new Error(`the record spool ends before ${offset + length}`);
      done += n;
    }
    return bytes;
  }

  close(): void {
    closeSync(this.fd);
  }
}

interface SpooledDoc {
  id: string;
  date: string | null;
  offset: number;
  length: number;
}

const nowSeconds = () => performance.now() / 1000;

/**
 * An ingest run from raw files to a switched-in version (decision 0020): the extraction threads prepare
 * each announcement for the build (its file, its doc record); this thread, in file order, keeps the first
 * of each id, writes the announcements' files into the new version and their records to a scratch spool;
 * then it builds the other files from the records in list order, streaming (`buildDatasetFiles`), and
 * switches. The output folder's lock is held from the start. What it holds per announcement is its id,
 * date and source, and the index's postings (text postings spill to disk past a bound).
 */
export async function runIngest(files: readonly InputFile[], options: RunOptions): Promise<RunReport> {
  const { out, overrides } = options;
  const started = nowSeconds();
  // The workers start loading now, while the output folder is opened (and an append reads its dataset).
  const pool = new ExtractPool<PreparedResult>(overrides, workersFor(files.length, options.workers), 'prepare');
  let writer: VersionWriter | null = null;
  let spool: RecordSpool | null = null;
  try {
    writer = VersionWriter.open(out, { overrides: options.fingerprint });
    const w = writer;
    const current = options.append ? w.previous : null;
    if (options.append && !current)
      throw new DatasetFolderError(
        `${out} holds no versioned dataset (no current.json) to append to; run the ingest without --append first`,
      );
    if (current && current.overrides !== options.fingerprint)
      throw new DatasetFolderError(
        `the overrides differ from those the dataset in ${out} was built with; --append would mix the two, so run a full ingest`,
      );
    spool = new RecordSpool(join(w.scratch, 'records'));
    const s = spool;
    const docs: SpooledDoc[] = [];
    const failures: FileFailure[] = [];
    const warnings: string[] = [];
    const edits = overrides.announcements;
    const editing = Object.keys(edits).length > 0;
    const known: KnownEntities = { people: new Map(), events: new Map(), organizations: new Map() };
    const toEdit: Announcement[] = [];
    /** id → source of every announcement kept so far (the existing ones first). */
    const sources = new Map<string, string>();
    const keep = (batch: readonly PreparedDoc[]) => {
      const spooled = s.append(batch.map((d) => d.record));
      batch.forEach((d, i) => {
        w.put(`announcements/${d.id}.json`, d.file);
        const place = spooled[i] ?? { offset: 0, length: 0 };
        docs.push({ id: d.id, date: d.date, ...place });
      });
    };

    const existing = current ? readCurrentAnnouncements(out) : null;
    if (existing) {
      for (const a of existing.announcements) {
        sources.set(a.id, a.source);
        if (editing) addKnownEntities(known, a);
      }
      const batchSize = 256;
      for (let start = 0; start < existing.announcements.length; start += batchSize)
        keep(existing.announcements.slice(start, start + batchSize).map((a) => prepareAnnouncement(a)));
    }
    const alreadyEdited = new Set(sources.keys());
    let added = 0;
    await pool.extractEach(
      files,
      (results) => {
        const kept: PreparedDoc[] = [];
        for (const result of results) {
          if ('reason' in result) {
            failures.push(result);
            continue;
          }
          const first = sources.get(result.id);
          if (first !== undefined) {
            warnings.push(`${result.source}: same title and date as ${first}; kept ${first}`);
            continue;
          }
          sources.set(result.id, result.source);
          added++;
          if (result.date === null) warnings.push(`${result.source}: no date found`);
          if (!result.hasBody) warnings.push(`${result.source}: no body text`);
          if (result.announcement) {
            addKnownEntities(known, result.announcement);
            if (edits[result.id]) {
              toEdit.push(result.announcement);
              continue;
            }
          }
          kept.push(result);
        }
        keep(kept);
      },
      options.onProgress ? { onProgress: options.onProgress } : {},
    );
    if (editing) {
      const edited = applyAnnouncementEdits(toEdit, edits, alreadyEdited, known);
      warnings.push(...edited.warnings);
      keep(edited.announcements.map((a) => prepareAnnouncement(a)));
    }
    const extracted = nowSeconds();
    const report: RunReport = {
      added,
      existing: existing?.announcements.length ?? 0,
      failures,
      warnings,
      write: null,
      stats: null,
      files: 0,
      seconds: { extract: extracted - started, build: 0 },
    };
    if (added === 0) return report;

    docs.sort(compareAnnouncements);
    let count = docs.length;
    report.stats = buildDatasetFiles(
      docs,
      (doc) => {
        const d = docs[doc];
        if (!d) throw new Error(`no doc ${doc}`);
        return s.read(d.offset, d.length);
      },
      (path, bytes) => {
        count++;
        w.put(path, bytes);
      },
      { scratchDir: w.scratch, ...options.build },
    );
    s.close();
    spool = null;
    report.write = w.finish();
    writer = null;
    report.files = count;
    report.seconds.build = nowSeconds() - extracted;
    return report;
  } finally {
    spool?.close();
    writer?.abort();
    await pool.close();
  }
}
