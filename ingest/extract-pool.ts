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
 * How many workers `fileCount` files call for: `workers` if given, else one per core, never more than
 * there are batches; and none (extract in this thread) by default when all fit in one batch, since
 * starting a worker costs more than that takes.
 */
export function workersFor(fileCount: number, workers?: number, batchSize = BATCH_SIZE): number {
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1))
    throw new RangeError(`workers must be ≥ 1, not ${workers}`);
  if (workers === undefined && fileCount <= batchSize) return 0;
  return Math.min(workers ?? defaultWorkerCount(), Math.ceil(fileCount / batchSize));
}

/**
 * A pool of extraction workers. They start loading (tsx, the extraction modules and their gazetteers) as
 * soon as the pool is made, so the caller can do other work meanwhile (an append reads its dataset).
 */
export class ExtractPool {
  private readonly workers: Worker[];
  private failure: Error | null = null;
  private onFailure: ((error: Error) => void) | null = null;
  private closed = false;

  constructor(overrides: Overrides, size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(bootstrap(), { eval: true, workerData: { overrides } });
      worker.on('error', (error) => {
        this.fail(new Error(`an extraction worker failed: ${error.message}`));
      });
      worker.on('exit', (code) => {
        this.fail(new Error(`an extraction worker stopped (exit code ${code})`));
      });
      return worker;
    });
  }

  private fail(error: Error): void {
    if (this.closed) return;
    this.failure ??= error;
    this.onFailure?.(error);
  }

  /**
   * Reads and extracts `files`, handing out batches as workers free up. The results come back in the
   * order of `files`, whatever the number of workers, so the output is the same.
   */
  async extract(
    files: readonly InputFile[],
    { batchSize = BATCH_SIZE, onProgress }: Omit<PoolOptions, 'workers'> = {},
  ): Promise<FileResult[]> {
    if (this.failure) throw this.failure;
    const batches: InputFile[][] = [];
    for (let start = 0; start < files.length; start += batchSize)
      batches.push(files.slice(start, start + batchSize));
    const results = new Array<FileResult[] | undefined>(batches.length);
    let next = 0;
    let done = 0;
    let busy = 0;
    return new Promise<FileResult[]>((resolve, reject) => {
      const finish = (error?: Error) => {
        for (const worker of this.workers) worker.removeAllListeners('message');
        this.onFailure = null;
        if (error) reject(error);
        else resolve(results.flatMap((batch) => batch ?? []));
      };
      this.onFailure = finish;
      const handOut = (worker: Worker) => {
        if (next >= batches.length) {
          if (busy === 0) finish();
          return;
        }
        const request: ExtractRequest = { batch: next, files: batches[next] ?? [] };
        next++;
        busy++;
        worker.postMessage(request);
      };
      for (const worker of this.workers) {
        worker.on('message', ({ batch, results: batchResults }: ExtractReply) => {
          results[batch] = batchResults;
          done += batchResults.length;
          busy--;
          onProgress?.(done, files.length);
          handOut(worker);
        });
      }
      if (batches.length === 0) finish();
      else for (const worker of this.workers) handOut(worker);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** Reads and extracts `files` on `workersFor` them workers (or in this thread); results in the order of `files`. */
export async function extractInWorkers(
  files: readonly InputFile[],
  overrides: Overrides,
  { workers, ...options }: PoolOptions = {},
): Promise<FileResult[]> {
  const size = workersFor(files.length, workers, options.batchSize);
  if (size === 0) {
    const results = files.map((file) => extractFile(file, overrides));
    options.onProgress?.(files.length, files.length);
    return results;
  }
  const pool = new ExtractPool(overrides, size);
  try {
    return await pool.extract(files, options);
  } finally {
    await pool.close();
  }
}

/** `ingestFiles` on the worker pool: the same result, on every core. */
export async function ingestFilesInWorkers(
  files: readonly InputFile[],
  overrides: Overrides,
  options: PoolOptions = {},
): Promise<Omit<IngestResult, 'skipped'>> {
  return collectResults(await extractInWorkers(files, overrides, options), overrides.announcements);
}
