import { parentPort, workerData } from 'node:worker_threads';
import { extractFile, prepareFile, type FileResult, type InputFile, type PreparedResult } from './ingest';
import type { Overrides } from './overrides';

/** What a worker does with each file: extract it, or extract it and prepare it for the build. */
export type PoolJob = 'extract' | 'prepare';

/** A batch of files to extract, and what the worker sends back for it (results in the batch's order). */
export interface ExtractRequest {
  batch: number;
  files: InputFile[];
}
export interface ExtractReply {
  batch: number;
  results: (FileResult | PreparedResult)[];
}

// The worker of extract-pool.ts: extracts each batch it is handed and replies; per-file errors are results.
const { overrides, job } = workerData as { overrides: Overrides; job: PoolJob };
parentPort?.on('message', ({ batch, files }: ExtractRequest) => {
  if (job === 'prepare') {
    const results = files.map((file) => prepareFile(file, overrides));
    // The prepared bytes move to the main thread without a copy.
    const transfer: ArrayBuffer[] = [];
    for (const r of results)
      if (!('reason' in r)) transfer.push(r.file.buffer as ArrayBuffer, r.record.buffer as ArrayBuffer);
    parentPort?.postMessage({ batch, results } satisfies ExtractReply, transfer);
  } else {
    const reply: ExtractReply = { batch, results: files.map((file) => extractFile(file, overrides)) };
    parentPort?.postMessage(reply);
  }
});
