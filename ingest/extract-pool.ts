import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractReply, ExtractRequest, PoolJob } from './extract-worker';
import { extractFile, prepareFile, type FileResult, type InputFile, type PreparedResult } from './ingest';
import type { Overrides } from './overrides';
import { bundledModule } from './worker-bundle';

/** Files per message: small enough that the last batches even out between workers. */
export const BATCH_SIZE = 32;

export interface PoolOptions {
  /**
   * Extraction threads, this one included; by default one per core the process may use
   * (`os.availableParallelism()`), and this thread alone for a single batch, which takes less time than
   * starting a worker.
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

/**
 * How a worker is started: from the bundled worker (worker-bundle.ts) when it can be made, without tsx's
 * loader (the options a `tsx` command passes every thread are left out); else from the TypeScript through
 * tsx, as a fallback.
 */
function workerStart(): { code: string; execArgv: string[] } {
  const bundle = bundledModule(fileURLToPath(new URL('./extract-worker.ts', import.meta.url)));
  if (bundle === null) {
    const entry = new URL('./extract-worker.ts', import.meta.url).href;
    return {
      code: `import(${JSON.stringify(tsxApiUrl())}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`,
      execArgv: process.execArgv,
    };
  }
  return { code: `import(${JSON.stringify(bundle)});`, execArgv: withoutTsx(process.execArgv) };
}

/** `argv` without the `--require` and `--import` options that load tsx (the `tsx` command adds them). */
function withoutTsx(argv: readonly string[]): string[] {
  const tsx = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const loadsTsx = (value: string | undefined) =>
    value !== undefined && (value.startsWith(tsx) || value.startsWith(pathToFileURL(tsx).href));
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if ((arg === '--require' || arg === '--import' || arg === '-r') && loadsTsx(argv[i + 1])) i++;
    else if (/^--(?:require|import)=/.test(arg) && loadsTsx(arg.slice(arg.indexOf('=') + 1))) continue;
    else kept.push(arg);
  }
  return kept;
}

/**
 * Extraction threads by default: one per core the process may use (`os.availableParallelism()`). This
 * thread is one of them, so a pool has one worker fewer than that.
 */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * How many worker threads extracting `fileCount` files calls for, beside this thread (which extracts too):
 * `threads` (default: one per core) less one, never more than there are batches for them; none when all
 * fit in one batch, since starting a worker costs more than that takes.
 */
export function workersFor(fileCount: number, threads?: number, batchSize = BATCH_SIZE): number {
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1))
    throw new RangeError(`threads must be ≥ 1, not ${threads}`);
  const batches = Math.ceil(fileCount / batchSize);
  if (batches <= 1) return 0;
  return Math.min((threads ?? defaultWorkerCount()) - 1, batches - 1);
}

/**
 * Batches handed to a worker ahead of its replies, so that it does not wait while this thread extracts a
 * batch of its own or collects garbage (its heap holds every result so far).
 */
const IN_FLIGHT = 4;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A pool of extraction workers beside this thread, which extracts batches too while it waits for their
 * replies (it has the modules loaded already, and on two cores a second worker would only contend with
 * it). The workers start loading (tsx, the extraction modules and their gazetteers) as soon as the pool is
 * made, so the caller can do other work meanwhile (an append reads its dataset). A pool of size 0 is this
 * thread alone.
 */
export class ExtractPool<R extends FileResult | PreparedResult = FileResult> {
  private readonly workers: Worker[];
  private failure: Error | null = null;
  private onFailure: ((error: Error) => void) | null = null;
  private closed = false;

  /** `job` 'prepare': each result is also made ready for the build (`prepareFile`), for `extractEach`. */
  constructor(
    private readonly overrides: Overrides,
    size: number,
    private readonly job: PoolJob = 'extract',
  ) {
    const start = size > 0 ? workerStart() : null;
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(start?.code ?? '', {
        eval: true,
        execArgv: start?.execArgv ?? [],
        workerData: { overrides, job },
      });
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

  private one(file: InputFile): R {
    return (
      this.job === 'prepare' ? prepareFile(file, this.overrides) : extractFile(file, this.overrides)
    ) as R;
  }

  /**
   * Reads and extracts `files`, handing out batches to the workers as they reply and extracting the others
   * here. The results come back in the order of `files`, whoever extracted them, so the output is the same.
   */
  async extract(files: readonly InputFile[], options: Omit<PoolOptions, 'workers'> = {}): Promise<R[]> {
    const all: R[] = [];
    await this.extractEach(files, (results) => all.push(...results), options);
    return all;
  }

  /**
   * As `extract`, but hands the results to `take` batch by batch, in the order of `files`, as soon as every
   * earlier batch has been taken, and keeps none of them: a run holds only the batches that are ahead.
   */
  async extractEach(
    files: readonly InputFile[],
    take: (results: R[]) => void,
    { batchSize = BATCH_SIZE, onProgress }: Omit<PoolOptions, 'workers'> = {},
  ): Promise<void> {
    if (this.failure) throw this.failure;
    const batches: InputFile[][] = [];
    for (let start = 0; start < files.length; start += batchSize)
      batches.push(files.slice(start, start + batchSize));
    const waiting = new Map<number, R[]>();
    let taken = 0;
    let next = 0;
    let done = 0;
    let busy = 0;
    // Set by callbacks, so held in an object for the loops below to see.
    const state: { failed: Error | null; wake: (() => void) | null } = { failed: null, wake: null };
    const record = (batch: number, batchResults: R[]) => {
      waiting.set(batch, batchResults);
      done += batchResults.length;
      onProgress?.(done, files.length);
      for (let ready = waiting.get(taken); ready; ready = waiting.get(taken)) {
        waiting.delete(taken);
        taken++;
        take(ready);
      }
    };
    const handOut = (worker: Worker) => {
      if (state.failed || next >= batches.length) return;
      const request: ExtractRequest = { batch: next, files: batches[next] ?? [] };
      next++;
      busy++;
      worker.postMessage(request);
    };
    this.onFailure = (error) => {
      state.failed = error;
      state.wake?.();
    };
    const listeners = this.workers.map((worker) => {
      const listener = ({ batch, results: batchResults }: ExtractReply) => {
        busy--;
        handOut(worker);
        try {
          record(batch, batchResults as R[]);
        } catch (error) {
          state.failed ??= error as Error;
        }
        if (busy === 0 || state.failed) state.wake?.();
      };
      worker.on('message', listener);
      return listener;
    });
    try {
      for (const worker of this.workers) for (let i = 0; i < IN_FLIGHT; i++) handOut(worker);
      while (next < batches.length && !state.failed) {
        const batch = next++;
        record(
          batch,
          (batches[batch] ?? []).map((file) => this.one(file)),
        );
        // Lets the workers' replies in, so they get their next batches.
        await nextTurn();
      }
      while (busy > 0 && !state.failed)
        await new Promise<void>((resolve) => {
          state.wake = resolve;
        });
      if (state.failed) throw state.failed;
    } finally {
      this.workers.forEach((worker, i) => worker.off('message', listeners[i] ?? (() => undefined)));
      this.onFailure = null;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
