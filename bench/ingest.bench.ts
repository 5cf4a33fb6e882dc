import { linkSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
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
 *   npm run bench:ingest -- --append-to <dataset> [--append-from <dir>] [--append 100]
 *
 * `--runs 0` skips the one-thread run (at 100,000 it takes minutes) and times the pool and the append.
 * `--append-to` times only an append to a copy of an existing dataset (hard links, the original is never
 * written), of the files in `--append-from` or of `--append` generated ones. Each row says the bytes the
 * run wrote (Linux: /proc/self/io) and the load average.
 */
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '1' },
    append: { type: 'string', default: '100' },
    workers: { type: 'string', default: String(defaultWorkerCount()) },
    corpus: { type: 'string' },
    'append-to': { type: 'string' },
    'append-from': { type: 'string' },
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

/** Bytes this process has written so far (every write call), or null off Linux. */
function bytesWritten(): number | null {
  try {
    const line = readFileSync('/proc/self/io', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('wchar:'));
    return line ? Number(line.slice(6)) : null;
  } catch {
    return null;
  }
}

/** A copy of `from` at `to` whose files are hard links (a dataset is never edited in place). */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) linkTree(join(from, entry.name), join(to, entry.name));
    else linkSync(join(from, entry.name), join(to, entry.name));
  }
}

/** One run as the command makes it (`runIngest`): a full ingest of `corpus`, or an append of it to `out`. */
async function timedRun(
  label: string,
  corpus: string,
  out: string,
  overrides: Overrides,
  options: { append?: boolean; workers: number },
): Promise<void> {
  const written = bytesWritten();
  const load = loadavg()[0] ?? 0;
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
  const after = bytesWritten();
  const mb = written === null || after === null ? '?' : ((after - written) / 1e6).toFixed(1);
  const how = run.segment ? ', as a segment' : run.rebuilt ? `, rebuilt every file (${run.rebuilt})` : '';
  console.log(
    `${label.padEnd(20)} ${fixed(total)} s  ${String(Math.round(run.added / total)).padStart(5)}/s end to end  ` +
      `(${what}: extract ${fixed(run.seconds.extract)} s, build and write ${run.seconds.build.toFixed(2)} s: ` +
      `${run.write?.written ?? 0} files written, ${run.write?.kept ?? 0} unchanged, ${mb} MB written${how}; ` +
      `heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB; ` +
      `load ${load.toFixed(2)} → ${(loadavg()[0] ?? 0).toFixed(2)})`,
  );
}

const dir = await mkdtemp(join(tmpdir(), 'ingest-bench-'));
try {
  if (values['append-to'] !== undefined) {
    const overrides = await loadOverrides('data/overrides.json');
    const out = join(dir, 'dataset');
    linkTree(values['append-to'], out);
    let fresh = values['append-from'];
    if (fresh === undefined) {
      fresh = join(dir, 'new');
      await writeCorpus(fresh, appendCount, 4242);
    }
    console.log(`append to ${values['append-to']}; Node ${process.version}, ${cpus().length} cores`);
    await timedRun('append', fresh, out, overrides, { append: true, workers });
  } else {
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
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
