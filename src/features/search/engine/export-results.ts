import { EXPORT_MIME, exportWriters, type ExportFormat, type ExportRecord } from '../export-format';

/** How an export is coming along: `done` of `total` records written. */
export interface ExportProgress {
  job: number;
  done: number;
  total: number;
}

/** Records written between two yields to the event loop. */
export const EXPORT_SLICE = 2000;

/** The results being exported, a slice per call, in the list's order; `next` gives [] at the end. */
export interface ExportCursor {
  total: number;
  next: (limit: number) => Promise<ExportRecord[]>;
}

/** Resolves on the event loop's next task: messages waiting for the worker are answered first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Writes every record of `cursor` into a Blob, a slice at a time. Between slices it yields to the event
 * loop (a slice whose rows are cached resolves without one), so the worker answers other queries (and
 * reports progress) while a large export is built; the Blob is handed to the page, which only makes a URL
 * of it.
 */
export async function writeExport(
  cursor: ExportCursor,
  format: ExportFormat,
  onProgress: (done: number, total: number) => void,
  slice = EXPORT_SLICE,
): Promise<Blob> {
  const writer = exportWriters[format];
  const parts: string[] = [writer.start];
  let done = 0;
  onProgress(0, cursor.total);
  while (done < cursor.total) {
    const records = await cursor.next(slice);
    if (records.length === 0) break;
    parts.push(writer.records(records, done === 0));
    done += records.length;
    onProgress(done, cursor.total);
    await nextTask();
  }
  parts.push(writer.end);
  return new Blob(parts, { type: EXPORT_MIME[format] });
}
