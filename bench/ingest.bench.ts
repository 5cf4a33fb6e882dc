import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { defaultWorkerCount } from '../ingest/extract-pool';
import { writeCorpus } from '../ingest/gen-corpus';
import { collectInputFiles } from '../ingest/ingest';
import { loadOverrides, overridesFingerprint, type Overrides } from '../ingest/overrides';
import { runIngest } from '../ingest/run-ingest';

/**
 * Generates a corpus in a temporary folder and ingests it end to end as the command does (`runIngest`),
 * side by side: one thread and every core; then appends `--append` new files to the second's dataset.
 * Prints figures, asserts nothing.
 *
 *   npm run bench:ingest -- [--count 5000] [--runs 1] [--append 100] [--workers <n>] [--corpus <dir>]
 *
 * `--runs 0` skips the one-thread run (at 100,000 it takes minutes) and times the pool and the append.
 */
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '1' },
    append: { type: 'string', default: '100' },
    workers: { type: 'string', default: String(defaultWorkerCount()) },
    corpus: { type: 'string' },
  },
});
const count = Number(values.count);
const runs = Number(values.runs);
const appendCount = Number(values.append);
const workers = Number(values.workers);
for (const [name, value] of Object.entries({ count, workers }))
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
for (const [name, value] of Object.entries({ runs, append: appendCount }))
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);

const seconds = (from: number, to = performance.now()) => (to - from) / 1000;
const fixed = (s: number) => s.toFixed(2).padStart(6);

/** One run as the command makes it (`runIngest`): a full ingest of `corpus`, or an append of it to `out`. */
async function timedRun(
  label: string,
  corpus: string,
  out: string,
  overrides: Overrides,
  options: { append?: boolean; workers: number },
): Promise<void> {
  const started = performance.now();
  const { files } = await collectInputFiles([corpus]);
  const run = await runIngest(files, {
    out,
    overrides,
    fingerprint: overridesFingerprint(overrides),
    ...options,
  });
  const total = seconds(started);
  const what = options.append ? `append ${run.added} to ${run.existing}` : `${run.added} announcements`;
  console.log(
    `${label.padEnd(20)} ${fixed(total)} s  ${String(Math.round(run.added / total)).padStart(5)}/s end to end  ` +
      `(${what}: extract ${fixed(run.seconds.extract)} s, build and write ${run.seconds.build.toFixed(2)} s: ` +
      `${run.write?.written ?? 0} written, ${run.write?.kept ?? 0} unchanged; ` +
      `heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB)`,
  );
}

const dir = await mkdtemp(join(tmpdir(), 'ingest-bench-'));
try {
  // A corpus given is taken as it is (its size is what it holds); else one of --count is generated.
  const corpus = values.corpus ?? join(dir, 'raw');
  if (values.corpus === undefined) await writeCorpus(corpus, count, 42);
  const overrides = await loadOverrides('data/overrides.json');
  const cpu = cpus();
  console.log(
    `${values.corpus ?? `${count} generated announcements`}; ${cpu[0]?.model ?? 'unknown cpu'} × ${cpu.length}, Node ${process.version}, ${process.platform}`,
  );
  for (let run = 0; run < Math.max(runs, 1); run++) {
    await rm(join(dir, 'thread'), { recursive: true, force: true });
    await rm(join(dir, 'pool'), { recursive: true, force: true });
    if (runs > 0) await timedRun('one thread', corpus, join(dir, 'thread'), overrides, { workers: 1 });
    await timedRun(`${workers} threads`, corpus, join(dir, 'pool'), overrides, { workers });
  }
  if (appendCount > 0) {
    const fresh = join(dir, 'new');
    await writeCorpus(fresh, appendCount, 4242);
    await timedRun('append', fresh, join(dir, 'pool'), overrides, { append: true, workers });
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
