import { manifestSchema, type IndexManifest } from '../../../data/search-index/index-files';

/** Where the index's files come from: injected, so the same code runs in the worker and in Node tests. */
export interface IndexSource {
  /** The manifest's JSON, fresh (never from a cache). */
  fetchManifest: () => Promise<unknown>;
  /** A chunk's bytes; rejects when it cannot be had. `attempt` > 0 asks to bypass any HTTP cache. */
  fetchChunk: (name: string, attempt: number) => Promise<Uint8Array>;
}

/** A chunk that could not be had intact after its retries: named, and no answer is made without it. */
export class ChunkError extends Error {
  override name = 'ChunkError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** The dataset was replaced while this reader had it open: open the new build afresh. */
export class DatasetChangedError extends Error {
  override name = 'DatasetChangedError';
  constructor(
    readonly opened: string,
    readonly current: string,
  ) {
    super(`The dataset changed (build ${opened} → ${current}); open it again.`);
  }
}

export function parseManifest(json: unknown): IndexManifest {
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ChunkError(
      'manifest.json',
      `${issue?.path.join('.') || 'manifest'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** The hash a chunk's name promises: `kind.<16 hex>.ext`. */
function promisedHash(name: string): string | null {
  return /\.([0-9a-f]{16})\.[a-z]+$/.exec(name)?.[1] ?? null;
}

export interface ChunkStoreOptions {
  /** Bound on the bytes of cached chunks (their fetched size). */
  cacheBytes?: number;
  retries?: number;
  retryDelayMs?: number;
}

interface Cached {
  value: unknown;
  size: number;
}

/**
 * Fetches, verifies, parses and caches the chunks of one build: every chunk's SHA-256 must match its
 * name; a failure is retried with backoff, then the manifest is read again, so that a deploy in between
 * is told apart (DatasetChangedError) from a broken chunk (ChunkError). An LRU bounded in bytes.
 */
export class ChunkStore {
  private readonly cache = new Map<string, Cached>();
  private readonly pending = new Map<string, Promise<unknown>>();
  private cachedBytes = 0;
  /** Bytes fetched and chunks fetched, for tests and the benchmark. */
  readonly stats = { bytes: 0, fetches: 0 };
  private readonly cacheBytes: number;
  private readonly retries: number;
  private readonly retryDelayMs: number;

  constructor(
    private readonly source: IndexSource,
    readonly build: string,
    { cacheBytes = 48 * 1024 * 1024, retries = 3, retryDelayMs = 150 }: ChunkStoreOptions = {},
  ) {
    this.cacheBytes = cacheBytes;
    this.retries = retries;
    this.retryDelayMs = retryDelayMs;
  }

  get size(): number {
    return this.cachedBytes;
  }

  /** The chunk `name` parsed by `parse` (which throws on bad content); cached under `name`. */
  async get<T>(name: string, parse: (bytes: Uint8Array) => T): Promise<T> {
    const hit = this.cache.get(name);
    if (hit) {
      this.cache.delete(name);
      this.cache.set(name, hit);
      return hit.value as T;
    }
    let loading = this.pending.get(name) as Promise<T> | undefined;
    if (!loading) {
      loading = this.load(name, parse);
      this.pending.set(name, loading);
      void loading.then(
        () => this.pending.delete(name),
        () => this.pending.delete(name),
      );
    }
    return loading;
  }

  private async load<T>(name: string, parse: (bytes: Uint8Array) => T): Promise<T> {
    const expected = promisedHash(name);
    if (!expected) throw new ChunkError(name, 'not a content-hashed chunk name');
    let reason = 'not fetched';
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      if (attempt > 0)
        await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs * 2 ** (attempt - 1)));
      let bytes: Uint8Array;
      try {
        bytes = await this.source.fetchChunk(name, attempt);
      } catch (error) {
        reason = error instanceof Error ? error.message : String(error);
        continue;
      }
      this.stats.bytes += bytes.length;
      this.stats.fetches++;
      if ((await sha256Hex(bytes)).slice(0, 16) !== expected) {
        reason = 'its content does not match its hash (corrupt or truncated)';
        continue;
      }
      let value: T;
      try {
        value = parse(bytes);
      } catch (error) {
        reason = `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
        continue;
      }
      this.remember(name, value, bytes.length);
      return value;
    }
    await this.checkBuild();
    throw new ChunkError(name, reason);
  }

  /** Throws DatasetChangedError when the manifest now names another build. */
  async checkBuild(): Promise<void> {
    let current: IndexManifest;
    try {
      current = parseManifest(await this.source.fetchManifest());
    } catch {
      return; // the manifest itself cannot be had: report the chunk that failed
    }
    if (current.build !== this.build) throw new DatasetChangedError(this.build, current.build);
  }

  private remember(name: string, value: unknown, size: number): void {
    this.cache.set(name, { value, size });
    this.cachedBytes += size;
    for (const [key, entry] of this.cache) {
      if (this.cachedBytes <= this.cacheBytes || key === name) break;
      this.cache.delete(key);
      this.cachedBytes -= entry.size;
    }
  }
}
