import { parentPort, workerData } from 'node:worker_threads';
import { extractFile, type FileResult, type InputFile } from './ingest';
import type { Overrides } from './overrides';

/** A batch of files to extract, and what the worker sends back for it (results in the batch's order). */
export interface ExtractRequest {
  batch: number;
  files: InputFile[];
}
export interface ExtractReply {
  batch: number;
  results: FileResult[];
}

// The worker of extract-pool.ts: extracts each batch it is handed and replies; per-file errors are results.
const overrides = (workerData as { overrides: Overrides }).overrides;
parentPort?.on('message', ({ batch, files }: ExtractRequest) => {
  const reply: ExtractReply = { batch, results: files.map((file) => extractFile(file, overrides)) };
  parentPort?.postMessage(reply);
});
