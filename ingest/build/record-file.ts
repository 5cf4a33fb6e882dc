import { closeSync, openSync, readFileSync, readSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetFolderError, sidecarDir } from '../dataset-folder';

/** An append-only file of doc records (build/doc-record.ts), read back by offset. */
export class RecordFile {
  private readonly fd: number;
  private size = 0;

  /** `mode` 'w+': a new file to append to; 'r': an existing one, to read. */
  constructor(
    readonly path: string,
    mode: 'w+' | 'r',
  ) {
    this.fd = openSync(path, mode);
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
      if (n === 0) throw new DatasetFolderError(`${this.path} ends before byte ${offset + length}`);
      done += n;
    }
    return bytes;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * A version's doc store, kept beside it in `.ingest/<version>/` for `--append` (decision 0022): `records`,
 * the doc records in list order, and `docs`, one JSON line per doc `[id, date, source, record length]`.
 * An append reads these instead of the announcements' files: nothing is parsed, validated or tokenised again.
 * A store may have segments (decision 0024): `records`/`docs` hold the first docs, `records.1`/`docs.1` the
 * next, and so on; an append that adds a segment writes only its own and hard-links the others.
 */
export const RECORDS_FILE = 'records';
export const DOCS_FILE = 'docs';
/** The co-occurrence tables' counts (decision 0032), which an append updates instead of counting again. */
export const TABLE_COUNTS_FILE = 'table-counts';

/** The file names of store segment `n`. */
export function storeSegmentFiles(n: number): { records: string; docs: string } {
  return n === 0
    ? { records: RECORDS_FILE, docs: DOCS_FILE }
    : { records: `${RECORDS_FILE}.${n}`, docs: `${DOCS_FILE}.${n}` };
}

export interface StoredDoc {
  id: string;
  date: string | null;
  source: string;
  /** Its store segment (an index into `segments`). */
  segment: number;
  offset: number;
  length: number;
}

export interface DocStore {
  docs: StoredDoc[];
  /** Per segment in doc order: its records file, its docs list and how many docs it holds. */
  segments: { records: string; docs: string; count: number }[];
}

export function writeDocList(file: string, docs: readonly Omit<StoredDoc, 'offset' | 'segment'>[]): void {
  writeFileSync(file, docs.map((d) => `${JSON.stringify([d.id, d.date, d.source, d.length])}\n`).join(''));
}

/** The doc store of `version` in `outDir`, or null when it has none (written before stores). */
/**
 * The rows of a doc list (one JSON array a line), parsed in one call: a million calls of JSON.parse cost
 * several times that. A list that does not parse whole is parsed line by line, so the error names the line.
 */
function docListRows(text: string): unknown[] {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (!body) return [];
  try {
    return JSON.parse(`[${body.replaceAll('\n', ',')}]`) as unknown[];
  } catch {
    return text.split('\n').flatMap((line) => (line ? [JSON.parse(line) as unknown] : []));
  }
}

export function readDocStore(outDir: string, version: string): DocStore | null {
  const dir = sidecarDir(outDir, version);
  const docs: StoredDoc[] = [];
  const segments: DocStore['segments'] = [];
  for (let n = 0; ; n++) {
    const names = storeSegmentFiles(n);
    const list = join(dir, names.docs);
    let text: string;
    try {
      text = readFileSync(list, 'utf8');
    } catch {
      if (n === 0) return null;
      break;
    }
    let offset = 0;
    const before = docs.length;
    for (const value of docListRows(text)) {
      if (
        !Array.isArray(value) ||
        typeof value[0] !== 'string' ||
        (value[1] !== null && typeof value[1] !== 'string') ||
        typeof value[2] !== 'string' ||
        !Number.isInteger(value[3])
      )
        throw new DatasetFolderError(`${list}: not a doc list (line ${docs.length - before + 1})`);
      const length = value[3] as number;
      docs.push({
        id: value[0],
        date: value[1] as string | null,
        source: value[2],
        segment: n,
        offset,
        length,
      });
      offset += length;
    }
    segments.push({ records: join(dir, names.records), docs: list, count: docs.length - before });
  }
  return { docs, segments };
}
