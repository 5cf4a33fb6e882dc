import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ChunkedIndex } from '../src/features/search/chunked-index/chunked-index';
import { corpusFacts } from './corpus-facts';
import { currentDatasetDir } from '../ingest/dataset-folder';

/**
 * `npx tsx bench/trace-click.ts [--size 100000] [--latency 30]`: the fetches one first facet click and one
 * text query make on a fresh reader of bench/corpus/<size>, each chunk served after `latency` ms, with
 * and without the idle prefetch: which chunks, in how many round trips, how long in all.
 */
const { values } = parseArgs({
  options: { size: { type: 'string', default: '100000' }, latency: { type: 'string', default: '30' } },
});
const latency = Number(values.latency);
const dir = currentDatasetDir(join('bench/corpus', values.size, 'data'));
if (!dir) throw new Error(`no dataset under bench/corpus/${values.size}`);
const facts = await corpusFacts(dir);
const log: { name: string; start: number; end: number }[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const source = {
  fetchManifest: async () => JSON.parse(await readFile(join(dir, 'search/manifest.json'), 'utf8')) as unknown,
  fetchChunk: async (name: string) => {
    const entry = { name, start: performance.now(), end: 0 };
    log.push(entry);
    await sleep(latency);
    const bytes = new Uint8Array(await readFile(join(dir, 'search/chunks', name)));
    entry.end = performance.now();
    return bytes;
  },
};

async function trace(label: string, prefetch: boolean, query: Parameters<ChunkedIndex['search']>[0]) {
  const index = await ChunkedIndex.open(source, { prefetchDirectory: true });
  await index.directory();
  if (prefetch) await index.prefetch();
  log.length = 0;
  const t0 = performance.now();
  const result = await index.search(query, { limit: 20, facetLimit: 50 });
  const elapsed = performance.now() - t0;
  const ends = [...new Set(log.map((f) => Math.round((f.start - t0) / latency)))];
  console.log(
    `${label}${prefetch ? ' (after prefetch)' : ''}: ${elapsed.toFixed(0)} ms, ${log.length} fetches in ${ends.length} round trips, total ${result.total}`,
  );
  for (const f of log)
    console.log(
      `  ${(f.start - t0).toFixed(0).padStart(5)} → ${(f.end - t0).toFixed(0).padStart(5)}  ${f.name}`,
    );
}

for (const prefetch of [false, true]) {
  await trace(`country=${facts.country}`, prefetch, { facets: { country: { values: [facts.country] } } });
  await trace(`q=${facts.word}`, prefetch, { q: facts.word });
}
