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
 */
export const RECORDS_FILE = 'records';
export const DOCS_FILE = 'docs';

export interface StoredDoc {
  id: string;
  date: string | null;
  source: string;
  offset: number;
  length: number;
}

export function writeDocList(file: string, docs: readonly Omit<StoredDoc, 'offset'>[]): void {
  writeFileSync(file, docs.map((d) => `${JSON.stringify([d.id, d.date, d.source, d.length])}\n`).join(''));
}

/** The doc store of `version` in `outDir`, or null when it has none (written before stores). */
export function readDocStore(outDir: string, version: string): { docs: StoredDoc[]; records: string } | null {
  const dir = sidecarDir(outDir, version);
  let text: string;
  try {
    text = readFileSync(join(dir, DOCS_FILE), 'utf8');
  } catch {
    return null;
  }
  const docs: StoredDoc[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (!line) continue;
    const value = JSON.parse(line) as unknown;
    if (
      !Array.isArray(value) ||
      typeof value[0] !== 'string' ||
      (value[1] !== null && typeof value[1] !== 'string') ||
      typeof value[2] !== 'string' ||
      !Number.isInteger(value[3])
    )
      throw new DatasetFolderError(`${join(dir, DOCS_FILE)}: not a doc list (line ${docs.length + 1})`);
    const length = value[3] as number;
    docs.push({ id: value[0], date: value[1] as string | null, source: value[2], offset, length });
    offset += length;
  }
  return { docs, records: join(dir, RECORDS_FILE) };
}
