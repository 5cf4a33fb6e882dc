import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ChunkedIndex, type IndexQuery } from '../src/features/search/chunked-index/chunked-index';
import { currentDatasetDir } from '../ingest/dataset-folder';

/**
 * `npx tsx bench/profile-query.ts --data <dataset folder> [--query 'country=KH&person=x'] [--q word]`: what
 * one query on a fresh reader fetches (chunks by kind, bytes raw and gzip) and how long it takes in Node,
 * cold and then again with its chunks held.
 */
const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    query: { type: 'string', multiple: true, default: ['country=KH'] },
  },
});
if (!values.data) throw new Error('--data <dataset folder> is required');
const dir = currentDatasetDir(values.data) ?? values.data;
const log: { name: string; bytes: number; gzip: number }[] = [];
const source = {
  fetchManifest: async () => JSON.parse(await readFile(join(dir, 'search/manifest.json'), 'utf8')) as unknown,
  fetchChunk: async (name: string) => {
    const bytes = new Uint8Array(await readFile(join(dir, 'search/chunks', name)));
    log.push({ name, bytes: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length });
    return bytes;
  },
};

function parseQuery(text: string): IndexQuery {
  const query: IndexQuery = { facets: {} };
  for (const [key, value] of new URLSearchParams(text)) {
    if (key === 'q') query.q = value;
    else if (key.startsWith('not_')) ((query.facets ??= {})[key.slice(4) as 'person'] ??= {}).not = [value];
    else {
      const facet = ((query.facets ??= {})[key as 'person'] ??= {});
      (facet.values ??= []).push(value);
    }
  }
  return query;
}

for (const text of values.query) {
  const index = await ChunkedIndex.open(source, { prefetchDirectory: true });
  await index.directory();
  log.length = 0;
  const query = parseQuery(text);
  const t0 = performance.now();
  const result = await index.search(query, { limit: 20, facetLimit: 50 });
  const cold = performance.now() - t0;
  const fetched = [...log];
  const t1 = performance.now();
  await index.search({ ...query, sort: 'oldest' }, { limit: 20, facetLimit: 50 });
  const warm = performance.now() - t1;
  const kinds = new Map<string, { n: number; bytes: number; gzip: number }>();
  for (const f of fetched) {
    const kind = f.name.split('.')[0] ?? '';
    const k = kinds.get(kind) ?? { n: 0, bytes: 0, gzip: 0 };
    k.n++;
    k.bytes += f.bytes;
    k.gzip += f.gzip;
    kinds.set(kind, k);
  }
  const sum = (key: 'bytes' | 'gzip') => fetched.reduce((s, f) => s + f[key], 0);
  console.log(
    `${text}: total ${result.total}; cold ${cold.toFixed(0)} ms, held ${warm.toFixed(0)} ms; ${fetched.length} chunks, ${(sum('bytes') / 1e6).toFixed(2)} MB raw, ${(sum('gzip') / 1e6).toFixed(2)} MB gzip`,
  );
  for (const [kind, k] of [...kinds].sort((a, b) => b[1].gzip - a[1].gzip))
    console.log(
      `  ${kind.padEnd(16)} ${String(k.n).padStart(4)} chunks ${(k.bytes / 1e3).toFixed(0).padStart(7)} kB raw ${(k.gzip / 1e3).toFixed(0).padStart(7)} kB gzip`,
    );
}
