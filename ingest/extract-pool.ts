import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractReply, ExtractRequest } from './extract-worker';
import { collectResults, extractFile, type FileResult, type InputFile, type IngestResult } from './ingest';
import type { Overrides } from './overrides';

/** Files per message: small enough that the last batches even out between workers. */
export const BATCH_SIZE = 32;

export interface PoolOptions {
  /**
   * Worker threads; by default one per core the process may use (`os.availableParallelism()`), at least 1,
   * and none (this thread) for a single batch, which takes less time than starting a worker.
   */
  workers?: number;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The workers run TypeScript: each registers tsx's loader (found from here, so any working directory
 * will do) before importing the worker module. Node 20 does not apply `--import` hooks to a worker's
 * own entry module, hence this small bootstrap instead of `execArgv`.
 */
function tsxApiUrl(): string {
  // The ESM build of tsx's API (its package's `import` condition); require.resolve would give the CommonJS one.
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } } | string>;
  };
  const api = exports['./esm/api'];
  const file = typeof api === 'object' ? api.import?.default : undefined;
  if (!file) throw new Error(`${manifest} names no ESM entry for tsx/esm/api`);
  return pathToFileURL(join(dirname(manifest), file)).href;
}

function bootstrap(): string {
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsxApiUrl())}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
}

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Reads and extracts `files` in a pool of worker threads, handing out batches as workers free up. The
 * results come back in the order of `files`, whatever the number of workers, so the output is the same.
 */
export async function extractInWorkers(
  files: readonly InputFile[],
  overrides: Overrides,
  { workers, batchSize = BATCH_SIZE, onProgress }: PoolOptions = {},
): Promise<FileResult[]> {
  if (workers === undefined && files.length <= batchSize) {
    const results = files.map((file) => extractFile(file, overrides));
    onProgress?.(files.length, files.length);
    return results;
  }
  workers ??= defaultWorkerCount();
  if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workers must be ≥ 1, not ${workers}`);
  const batches: InputFile[][] = [];
  for (let start = 0; start < files.length; start += batchSize)
    batches.push(files.slice(start, start + batchSize));
  const results = new Array<FileResult[] | undefined>(batches.length);
  const pool = Array.from(
    { length: Math.min(workers, batches.length) },
    () => new Worker(bootstrap(), { eval: true, workerData: { overrides } }),
  );
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolveWorker, reject) => {
            const handOut = () => {
              if (next >= batches.length) {
                resolveWorker();
                return;
              }
              const request: ExtractRequest = { batch: next, files: batches[next] ?? [] };
              next++;
              worker.postMessage(request);
            };
            worker.on('message', ({ batch, results: batchResults }: ExtractReply) => {
              results[batch] = batchResults;
              done += batchResults.length;
              onProgress?.(done, files.length);
              handOut();
            });
            worker.on('error', (error) => reject(new Error(`an extraction worker failed: ${error.message}`)));
            worker.on('exit', (code) =>
              reject(new Error(`an extraction worker stopped (exit code ${code})`)),
            );
            handOut();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results.flatMap((batch) => batch ?? []);
}

/** `ingestFiles` on the worker pool: the same result, on every core. */
export async function ingestFilesInWorkers(
  files: readonly InputFile[],
  overrides: Overrides,
  options: PoolOptions = {},
): Promise<Omit<IngestResult, 'skipped'>> {
  return collectResults(await extractInWorkers(files, overrides, options));
}
