import { isTransientError, toErrorData } from '../../../data/data-errors';
import { fetchIndex, fetchShardItems, readShardItems, type DataProblem } from '../../../data/fetch-data';
import { SearchIndex } from './search-index';

/** How far loading has come. `loaded` grows as shards arrive; queries answer over what is loaded. */
export interface LoadProgress {
  total: number;
  loaded: number;
  complete: boolean;
  problems: DataProblem[];
  /** Set when the dataset is the demo archive (generated items and the real sample), so the app says so. */
  demo?: { generated: number; real: number };
}

const SHARD_CONCURRENCY = 4;
/** The name the ingest gives the first shard. */
const FIRST_SHARD = 'summaries/0000.json';
const SHARD_RETRIES = 3;

async function withRetries<T>(load: () => Promise<T>, baseDelayMs: number): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (!isTransientError(error) || attempt >= SHARD_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, baseDelayMs * 2 ** attempt));
    }
  }
}

/**
 * Loads the index and the first shard and resolves with a usable SearchIndex. `loadRest()` then loads the
 * other shards (in parallel, added in list order) and `onProgress` hears of each; it settles when all are
 * in. The caller starts it once the first page is answered, so that the rest does not compete with the
 * first paint for the network and the CPU. Throws a DataLoadError when the index or the first shard
 * cannot be had.
 */
export async function openSearchIndex({
  onProgress = () => undefined,
  retryDelayMs = 500,
}: { onProgress?: (progress: LoadProgress) => void; retryDelayMs?: number } = {}) {
  // The first shard is asked for together with the index, not after it: one round trip less before the
  // first page. It is used only if the index names it as shard 0 (the ingest always does).
  const firstProblems: DataProblem[] = [];
  const first = withRetries(() => fetchShardItems(FIRST_SHARD, firstProblems), retryDelayMs);
  first.catch(() => undefined); // awaited below when used; otherwise never reported
  const dataIndex = await fetchIndex();
  const index = new SearchIndex(dataIndex.people, dataIndex.events);
  const files = dataIndex.shards.map((shard) => shard.file);
  const seen = new Set<string>();
  const problems: DataProblem[] = [];
  const pending = new Map<number, Promise<unknown[]>>();
  const start = (i: number) => {
    const file = files[i];
    if (file !== undefined && !pending.has(i)) {
      pending.set(
        i,
        withRetries(() => fetchShardItems(file, problems), retryDelayMs),
      );
    }
  };
  const add = async (i: number) => {
    start(i);
    try {
      index.add(readShardItems(files[i] ?? '', await (pending.get(i) ?? []), seen, problems));
    } finally {
      pending.delete(i);
    }
  };
  const snapshot = (complete: boolean): LoadProgress => ({
    total: dataIndex.count,
    loaded: index.size,
    complete,
    problems: [...problems],
    ...(dataIndex.demo ? { demo: dataIndex.demo } : {}),
  });

  if (files[0] === FIRST_SHARD) {
    pending.set(
      0,
      first.then((items) => {
        problems.push(...firstProblems);
        return items;
      }),
    );
  }
  await add(0);
  let rest: Promise<void> | null = null;
  const loadRest = () =>
    (rest ??= (async () => {
      for (let i = 1; i < files.length; i++) {
        for (let ahead = i; ahead < Math.min(files.length, i + SHARD_CONCURRENCY); ahead++) start(ahead);
        try {
          await add(i);
        } catch (error) {
          problems.push({ file: files[i] ?? '', message: toErrorData(error).message });
        }
        onProgress(snapshot(i === files.length - 1));
      }
    })());
  return { index, progress: snapshot(files.length <= 1), loadRest };
}
