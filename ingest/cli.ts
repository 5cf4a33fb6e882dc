import { performance } from 'node:perf_hooks';
import { buildDataset } from './build-dataset';
import { collectInputFiles, ingestFiles } from './ingest';
import { isMain } from './is-main';
import { loadOverrides } from './overrides';
import { MAX_FILE_BYTES } from './read-input';
import { writeDatasetAtomically } from './write-dataset';

const USAGE = `Usage: npm run ingest -- <files or folders...> [--out <dir>] [--overrides <file>]

  Turns raw announcements (.txt in the sample's format, .html/.htm saved pages) into the dataset.
  --out <dir>         where to write the dataset (default: public/data); replaced atomically
  --overrides <file>  aliases, merges and corrections (default: data/overrides.json)
  Files over ${MAX_FILE_BYTES / 1024 / 1024} MiB, empty, binary or not UTF-8 are reported and skipped; exit code 1 if any failed.`;

export interface CliOptions {
  inputs: string[];
  out: string;
  overrides: string;
}

export function parseArgs(argv: readonly string[]): CliOptions | { error: string } | { help: true } {
  const options: CliOptions = { inputs: [], out: 'public/data', overrides: 'data/overrides.json' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--out' || arg === '--overrides') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) return { error: `${arg} needs a value` };
      if (arg === '--out') options.out = value;
      else options.overrides = value;
    } else if (arg.startsWith('--out=')) options.out = arg.slice(6);
    else if (arg.startsWith('--overrides=')) options.overrides = arg.slice(12);
    else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) return { error: 'no input files or folders given' };
  return options;
}

function progressBar(stream: NodeJS.WriteStream): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = performance.now();
    if (done !== total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) stream.write('\n');
  };
}

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if ('help' in parsed) {
    console.log(USAGE);
    return 0;
  }
  if ('error' in parsed) {
    console.error(`ingest: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const overrides = await loadOverrides(parsed.overrides);
  const { files, skipped, missing } = await collectInputFiles(parsed.inputs);
  for (const path of missing) console.error(`ingest: not found: ${path}`);
  for (const path of skipped) console.error(`ingest: skipped (not .txt/.html): ${path}`);
  const showProgress = process.stderr.isTTY && files.length >= 200;
  const result = ingestFiles(files, overrides, showProgress ? progressBar(process.stderr) : undefined);

  for (const f of result.failures) console.error(`ingest: FAILED ${f.file}: ${f.reason}`);
  for (const w of result.warnings) console.error(`ingest: warning: ${w}`);
  if (result.announcements.length === 0) {
    console.error('ingest: nothing ingested; the dataset was left as it was.');
    return 1;
  }
  const dataset = buildDataset(result.announcements);
  await writeDatasetAtomically(parsed.out, dataset);

  const count = (pick: (a: (typeof result.announcements)[number]) => string[]) =>
    new Set(result.announcements.flatMap(pick)).size;
  const seconds = (performance.now() - started) / 1000;
  console.log(
    [
      `Ingested ${result.announcements.length} announcements from ${files.length} files into ${parsed.out} in ${seconds.toFixed(2)}s`,
      `  people: ${count((a) => a.people.map((p) => p.id))}, countries: ${count((a) => a.countries)}, blocs: ${count((a) => a.blocs)}, events: ${count((a) => a.events.map((e) => e.id))}, organisations: ${count((a) => a.organizations.map((o) => o.id))}, places: ${count((a) => a.places)}`,
      `  files written: ${dataset.size}, warnings: ${result.warnings.length}, failed: ${result.failures.length + missing.length}, skipped: ${skipped.length}`,
    ].join('\n'),
  );
  return result.failures.length > 0 || missing.length > 0 ? 1 : 0;
}

if (isMain(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`ingest: ${(error as Error).stack ?? String(error)}`);
      process.exitCode = 1;
    },
  );
}
