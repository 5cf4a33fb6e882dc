import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDataset } from '../ingest/build-dataset';
import { writeCorpus } from '../ingest/gen-corpus';
import { collectInputFiles, ingestFiles } from '../ingest/ingest';
import { loadOverrides } from '../ingest/overrides';
import { writeDatasetAtomically } from '../ingest/write-dataset';

/** Generates a corpus in a temporary folder, ingests it end to end and prints the figures. No assertions. */
const count = Number(process.argv[process.argv.indexOf('--count') + 1]) || 5000;
const dir = await mkdtemp(join(tmpdir(), 'ingest-bench-'));
try {
  const corpus = join(dir, 'raw');
  const out = join(dir, 'data');
  await writeCorpus(corpus, count, 42);
  const overrides = await loadOverrides('data/overrides.json');

  const started = performance.now();
  const { files } = await collectInputFiles([corpus]);
  const result = ingestFiles(files, overrides);
  const extracted = performance.now();
  const dataset = buildDataset(result.announcements);
  await writeDatasetAtomically(out, dataset);
  const finished = performance.now();

  const seconds = (finished - started) / 1000;
  const written = (await readdir(join(out, 'announcements'))).length;
  const cpu = cpus();
  console.log(`announcements: ${result.announcements.length} (failed ${result.failures.length})`);
  console.log(`files written: ${dataset.size} (${written} announcement files)`);
  console.log(
    `seconds:       ${seconds.toFixed(2)} (read + extract ${((extracted - started) / 1000).toFixed(2)}, build + write ${((finished - extracted) / 1000).toFixed(2)})`,
  );
  console.log(
    `throughput:    ${Math.round(result.announcements.length / seconds)} announcements/s end to end`,
  );
  console.log(
    `               ${Math.round(result.announcements.length / ((extracted - started) / 1000))} announcements/s read + extract`,
  );
  console.log(
    `machine:       ${cpu[0]?.model ?? 'unknown cpu'} × ${cpu.length}, Node ${process.version}, ${process.platform}`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
