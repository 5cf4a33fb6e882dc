import { copyFileSync, linkSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Announcement } from '../src/data/schema';
import { addKnownEntities, applyAnnouncementEdits, type KnownEntities } from './announcement-edits';
import { readCurrentAnnouncements } from './append';
import { appendSegment } from './append-segment';
import { buildDatasetFiles, compareAnnouncements, type BuildOptions, type BuildStats } from './build-dataset';
import { decodeDocRecord } from './build/doc-record';
import {
  DOCS_FILE,
  RECORDS_FILE,
  RecordFile,
  readDocStore,
  storeSegmentFiles,
  TABLE_COUNTS_FILE,
  writeDocList,
} from './build/record-file';
import { DatasetFolderError, sidecarDir, versionDir } from './dataset-folder';
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
  /**
   * With `append`: rebuild every file from the dataset's doc store (and `files`), merging its segments, so
   * the version is the one a full build of the same announcements writes (decision 0024).
   */
  compact?: boolean;
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
  /** An append that added a segment (decision 0024): its announcements, and how many came from earlier segments. */
  segment: { docs: number; absorbed: number; tables: 'none' | 'counted' | 'updated' } | null;
  /** Why an append rebuilt every file instead, or null. */
  rebuilt: string | null;
}

interface SpooledDoc {
  id: string;
  date: string | null;
  source: string;
  /** The file holding its record: this run's spool, or the appended-to version's store. */
  file: RecordFile;
  offset: number;
  length: number;
}

const nowSeconds = () => performance.now() / 1000;

function readIfThere(path: string): Uint8Array | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/**
 * An ingest run from raw files to a switched-in version (decision 0022): the extraction threads prepare
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
  const pool = new ExtractPool<PreparedResult>(
    overrides,
    workersFor(files.length, options.workers),
    'prepare',
  );
  let writer: VersionWriter | null = null;
  let spool: RecordFile | null = null;
  const stores: RecordFile[] = [];
  try {
    writer = VersionWriter.open(out, {
      overrides: options.fingerprint,
      shareAnnouncements: options.append === true && options.compact !== true,
    });
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
    spool = new RecordFile(join(w.scratch, 'records'), 'w+');
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
        w.put(`announcements/${d.id}.json`, d.file, d.fileSha);
        const place = spooled[i] ?? { offset: 0, length: 0 };
        docs.push({ id: d.id, date: d.date, source: d.source, file: s, ...place });
      });
    };

    // An append starts from the current version's doc store; a version written before stores is read
    // from its announcements' files (slower: each is parsed, validated and prepared again).
    let existing = 0;
    const stored = current ? readDocStore(out, current.version) : null;
    if (current && stored) {
      for (const segment of stored.segments) stores.push(new RecordFile(segment.records, 'r'));
      for (const doc of stored.docs) {
        const from = stores[doc.segment];
        if (!from) throw new DatasetFolderError(`no records for ${doc.id} in the doc store`);
        sources.set(doc.id, doc.source);
        docs.push({
          id: doc.id,
          date: doc.date,
          source: doc.source,
          offset: doc.offset,
          length: doc.length,
          file: from,
        });
        if (editing) addKnownEntities(known, decodeDocRecord(from.read(doc.offset, doc.length)).facts);
        if (w.sharesAnnouncements) continue;
        const path = `announcements/${doc.id}.json`;
        if (!w.carry(path)) {
          const old = join(versionDir(out, current.version), path);
          w.put(path, readFileSync(old));
        }
      }
      existing = stored.docs.length;
    } else if (current) {
      const read = readCurrentAnnouncements(out);
      for (const a of read.announcements) {
        sources.set(a.id, a.source);
        if (editing) addKnownEntities(known, a);
      }
      const batchSize = 256;
      for (let start = 0; start < read.announcements.length; start += batchSize)
        keep(read.announcements.slice(start, start + batchSize).map((a) => prepareAnnouncement(a)));
      existing = read.announcements.length;
    }
    // Only edits read it: a million ids copied for nothing is most of an append's own work otherwise.
    const alreadyEdited = editing ? new Set(sources.keys()) : new Set<string>();
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
      existing,
      failures,
      warnings,
      write: null,
      stats: null,
      files: 0,
      seconds: { extract: extracted - started, build: 0 },
      segment: null,
      rebuilt: null,
    };
    if (added === 0 && !(options.compact && existing > 0)) return report;
    /** Names the new version and switches to it: the run's last step. */
    const switchIn = (files: number): RunReport => {
      s.close();
      spool = null;
      report.write = w.finish();
      writer = null;
      report.files = files;
      report.seconds.build = nowSeconds() - extracted;
      return report;
    };
    // The tables' counts go beside the doc store, for the next append (decision 0032).
    const build: BuildOptions = {
      ...options.build,
      tables: {
        ...options.build?.tables,
        counts: {
          keep: (bytes) => {
            writeFileSync(w.sidecarFile(TABLE_COUNTS_FILE), bytes);
          },
        },
      },
    };
    const recordOf = (d: SpooledDoc | undefined) => {
      if (!d) throw new Error('no such doc');
      return d.file.read(d.offset, d.length);
    };

    // An append whose announcements are all newer than the dataset's becomes a segment of its own.
    if (current && stored && !options.compact) {
      // The store lists its segments one after another: the doc numbers are their docs in list order.
      const before = docs.slice(0, existing);
      if (before.some((d, i) => i > 0 && compareAnnouncements(before[i - 1] as SpooledDoc, d) > 0))
        before.sort(compareAnnouncements);
      const fresh = docs.slice(existing).sort(compareAnnouncements);
      const dir = versionDir(out, current.version);
      let count = docs.length;
      const appended = appendSegment({
        read: (path) => readFileSync(join(dir, path)),
        carry: (path) => {
          const carried = w.carry(path);
          if (carried) count++;
          return carried;
        },
        put: (path, bytes) => {
          count++;
          w.put(path, bytes);
        },
        existing: before,
        existingRecord: (doc) => recordOf(before[doc]),
        added: fresh,
        addedRecord: (i) => recordOf(fresh[i]),
        storeSegments: stored.segments.map((segment) => segment.count),
        tableCounts: readIfThere(join(sidecarDir(out, current.version), TABLE_COUNTS_FILE)),
        options: build,
      });
      if ('rebuild' in appended) report.rebuilt = appended.rebuild;
      else {
        // The store gains the segment's records; the older segments' files are linked, not copied.
        const segmentDocs = appended.members.map((m) =>
          m.added !== null ? fresh[m.added] : before[m.existing ?? 0],
        ) as SpooledDoc[];
        const records = new RecordFile(w.sidecarFile(RECORDS_FILE), 'w+');
        try {
          for (let start = 0; start < segmentDocs.length; start += 256)
            records.append(segmentDocs.slice(start, start + 256).map(recordOf));
        } finally {
          records.close();
        }
        writeDocList(w.sidecarFile(DOCS_FILE), segmentDocs);
        let skipped = 0;
        let n = 1;
        for (const segment of stored.segments) {
          if (skipped < appended.absorbed) {
            skipped += segment.count;
            continue;
          }
          const names = storeSegmentFiles(n++);
          for (const [from, to] of [
            [segment.records, names.records],
            [segment.docs, names.docs],
          ] as const) {
            try {
              linkSync(from, w.sidecarFile(to));
            } catch {
              copyFileSync(from, w.sidecarFile(to));
            }
          }
        }
        report.stats = appended.stats;
        report.segment = { docs: segmentDocs.length, absorbed: appended.absorbed, tables: appended.tables };
        return switchIn(count);
      }
    }

    docs.sort(compareAnnouncements);
    // The new version's doc store is written as the build reads the records in list order the first time.
    const storeOut = new RecordFile(w.sidecarFile(RECORDS_FILE), 'w+');
    let storedCount = 0;
    let pending: Uint8Array[] = [];
    let count = docs.length;
    try {
      report.stats = buildDatasetFiles(
        docs,
        (doc) => {
          const d = docs[doc];
          if (!d) throw new Error(`no doc ${doc}`);
          const bytes = d.file.read(d.offset, d.length);
          if (doc === storedCount) {
            storedCount++;
            pending.push(bytes);
            if (pending.length === 256 || storedCount === docs.length) {
              storeOut.append(pending);
              pending = [];
            }
          }
          return bytes;
        },
        (path, bytes) => {
          count++;
          w.put(path, bytes);
        },
        { scratchDir: w.scratch, ...build },
      );
    } finally {
      storeOut.close();
    }
    writeDocList(w.sidecarFile(DOCS_FILE), docs);
    return switchIn(count);
  } finally {
    spool?.close();
    for (const store of stores) store.close();
    writer?.abort();
    await pool.close();
  }
}
