import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readCurrentAnnouncements } from '../ingest/append';
import { buildDataset } from '../ingest/build-dataset';
import { ExtractPool, defaultWorkerCount, ingestFilesInWorkers, workersFor } from '../ingest/extract-pool';
import { writeCorpus } from '../ingest/gen-corpus';
import { collectInputFiles, collectResults, ingestFiles, type FileResult } from '../ingest/ingest';
import { loadOverrides, overridesFingerprint, type Overrides } from '../ingest/overrides';
import { writeDatasetAtomically } from '../ingest/write-dataset';

/**
 * Generates a corpus in a temporary folder and ingests it end to end, side by side: extraction in one
 * thread (as before the worker pool) and in the pool; then appends `--append` new files to the pool's
 * dataset. Prints figures, asserts nothing.
 *
 *   npm run bench:ingest -- [--count 5000] [--runs 1] [--append 100] [--workers <n>]
 *
 * `--runs 0` skips the one-thread run (at 100,000 it takes minutes) and times the pool and the append.
 */
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '1' },
    append: { type: 'string', default: '100' },
    workers: { type: 'string', default: String(defaultWorkerCount()) },
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

async function fullIngest(
  mode: 'thread' | 'pool',
  corpus: string,
  out: string,
  overrides: Overrides,
): Promise<void> {
  const started = performance.now();
  const { files } = await collectInputFiles([corpus]);
  const result =
    mode === 'thread'
      ? ingestFiles(files, overrides)
      : await ingestFilesInWorkers(files, overrides, { workers });
  const extracted = performance.now();
  const dataset = buildDataset(result.announcements);
  const built = performance.now();
  const report = writeDatasetAtomically(out, dataset, { overrides: overridesFingerprint(overrides) });
  const total = seconds(started);
  const label = mode === 'thread' ? 'one thread         ' : `${workers} threads (pool)  `;
  console.log(
    `${label}  ${fixed(total)} s  ${String(Math.round(result.announcements.length / total)).padStart(5)}/s end to end  ` +
      `(read + extract ${fixed(seconds(started, extracted))} s = ${Math.round(result.announcements.length / seconds(started, extracted))}/s, ` +
      `build ${seconds(extracted, built).toFixed(2)} s, write ${seconds(built).toFixed(2)} s: ${report.written} written, ${report.kept} unchanged)`,
  );
}

/** An append as the command runs it: the workers start loading while the dataset is read. */
async function append(corpus: string, out: string, overrides: Overrides): Promise<void> {
  const started = performance.now();
  const { files } = await collectInputFiles([corpus]);
  const pool = new ExtractPool(overrides, workersFor(files.length, workers));
  let existing: ReturnType<typeof readCurrentAnnouncements>;
  let extracted: FileResult[];
  let read: number;
  try {
    existing = readCurrentAnnouncements(out);
    read = performance.now();
    extracted = await pool.extract(files);
  } finally {
    await pool.close();
  }
  const known = new Map(existing.announcements.map((a) => [a.id, a.source]));
  const result = collectResults(extracted, overrides.announcements, known);
  const fresh = performance.now();
  const dataset = buildDataset([...existing.announcements, ...result.announcements]);
  const built = performance.now();
  const report = writeDatasetAtomically(out, dataset, {
    overrides: overridesFingerprint(overrides),
    basedOn: existing.pointer.version,
  });
  console.log(
    `append ${result.announcements.length} to ${existing.announcements.length}: ${fixed(seconds(started))} s  ` +
      `(read the dataset ${seconds(started, read).toFixed(2)} s, then extract the new ${seconds(read, fresh).toFixed(2)} s, ` +
      `build ${seconds(fresh, built).toFixed(2)} s, write ${seconds(built).toFixed(2)} s: ${report.written} written, ${report.kept} unchanged)`,
  );
}

const dir = await mkdtemp(join(tmpdir(), 'ingest-bench-'));
try {
  const corpus = join(dir, 'raw');
  await writeCorpus(corpus, count, 42);
  const overrides = await loadOverrides('data/overrides.json');
  const cpu = cpus();
  console.log(
    `${count} generated announcements; ${cpu[0]?.model ?? 'unknown cpu'} × ${cpu.length}, Node ${process.version}, ${process.platform}`,
  );
  for (let run = 0; run < Math.max(runs, 1); run++) {
    await rm(join(dir, 'thread'), { recursive: true, force: true });
    await rm(join(dir, 'pool'), { recursive: true, force: true });
    if (runs > 0) await fullIngest('thread', corpus, join(dir, 'thread'), overrides);
    await fullIngest('pool', corpus, join(dir, 'pool'), overrides);
  }
  if (appendCount > 0) {
    const fresh = join(dir, 'new');
    await writeCorpus(fresh, appendCount, 4242);
    await append(fresh, join(dir, 'pool'), overrides);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
