import { performance } from 'node:perf_hooks';
import { countCurrentAnnouncements } from './append';
import { DatasetFolderError, readPointer } from './dataset-folder';
import { defaultWorkerCount } from './extract-pool';
import { collectInputFiles } from './ingest';
import { planHeap, restartWithHeap } from './heap';
import { isMain } from './is-main';
import { loadOverrides, overridesFingerprint } from './overrides';
import { MAX_FILE_BYTES } from './read-input';
import { runIngest } from './run-ingest';

const USAGE = `Usage: npm run ingest -- <files or folders...> [--out <dir>] [--overrides <file>] [--publisher <CC>] [--append] [--compact] [--workers <n>]

  Turns raw announcements (.txt in the sample's format, .html/.htm saved pages) into the dataset.
  --out <dir>         where to write the dataset (default: public/data); a new version is switched in atomically
  --overrides <file>  aliases, merges and corrections (default: data/overrides.json)
  --append            add these files to the dataset in --out, read from the dataset itself (not its raw files);
                      new announcements go into a segment of their own where they can (docs/decisions/0024)
  --compact           rebuild every file of the dataset in --out from itself (and any files given), merging
                      its segments: the same files a full ingest of all its announcements writes
  --workers <n>       extraction threads, this one included (default: one per core, here ${defaultWorkerCount()})
  --publisher <CC>    the publisher's country (ISO 3166 alpha-2, e.g. PE): officials whose titles name no
                      country are its own (default: found per file from breadcrumb, sender, dateline)
  Files over ${MAX_FILE_BYTES / 1024 / 1024} MiB, empty, binary or not UTF-8 are reported and skipped; exit code 1 if any failed.`;

export interface CliOptions {
  inputs: string[];
  out: string;
  overrides: string;
  append: boolean;
  compact: boolean;
  /** Extraction threads; undefined: as many as cores (none for a handful of files). */
  workers: number | undefined;
  publisher?: string;
}

export function parseArgs(argv: readonly string[]): CliOptions | { error: string } | { help: true } {
  const options: CliOptions = {
    inputs: [],
    out: 'public/data',
    overrides: 'data/overrides.json',
    append: false,
    compact: false,
    workers: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--append') {
      options.append = true;
      continue;
    }
    if (arg === '--compact') {
      options.compact = true;
      options.append = true;
      continue;
    }
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (arg === '--out' || arg === '--overrides' || arg === '--workers' || arg === '--publisher') {
      value ??= argv[++i];
      if (!value || value.startsWith('--')) return { error: `${arg} needs a value` };
      if (arg === '--out') options.out = value;
      else if (arg === '--overrides') options.overrides = value;
      else if (arg === '--publisher') options.publisher = value;
      else {
        const workers = Number(value);
        if (!Number.isInteger(workers) || workers < 1 || workers > 64)
          return { error: `--workers needs a whole number from 1 to 64, not ${value}` };
        options.workers = workers;
      }
    } else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0 && !options.compact) return { error: 'no input files or folders given' };
  if (options.publisher !== undefined && !/^[A-Z]{2}$/.test(options.publisher))
    return { error: `--publisher needs a two-letter country code such as PE (got "${options.publisher}")` };
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

/** Progress for a log rather than a terminal: a line a minute, with the rate so far. */
function progressLines(stream: NodeJS.WriteStream): (done: number, total: number) => void {
  const started = performance.now();
  let last = started;
  return (done, total) => {
    const now = performance.now();
    if (done !== total && now - last < 60_000) return;
    last = now;
    const rate = done / ((now - started) / 1000);
    stream.write(`ingest: extracted ${done}/${total} (${Math.round(rate)}/s)\n`);
  };
}

/**
 * The command. `mayRestart` (the command line, not tests) lets a run too large for Node's default heap
 * restart itself with a bigger one (ingest/heap.ts).
 */
export async function main(argv: readonly string[], { mayRestart = false } = {}): Promise<number> {
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
  const loaded = await loadOverrides(parsed.overrides);
  const overrides = parsed.publisher ? { ...loaded, publisher: parsed.publisher } : loaded;
  const fingerprint = overridesFingerprint(overrides);
  const { files, skipped, missing } = await collectInputFiles(parsed.inputs);
  for (const path of missing) console.error(`ingest: not found: ${path}`);
  for (const path of skipped) console.error(`ingest: skipped (not .txt/.html): ${path}`);
  if (mayRestart) {
    const plan = planHeap(files.length + (parsed.append ? countCurrentAnnouncements(parsed.out) : 0));
    if (plan.warning) console.error(`ingest: warning: ${plan.warning}`);
    const code = plan.restartMb === null ? null : restartWithHeap(plan.restartMb);
    if (code !== null) return code;
  }
  const pointer = parsed.append ? readPointer(parsed.out) : null;
  if (pointer && pointer.overrides !== fingerprint) {
    console.error(
      `ingest: ${parsed.overrides} differs from the overrides the dataset in ${parsed.out} was built with; --append would mix the two, so run a full ingest`,
    );
    return 1;
  }
  const onProgress =
    files.length < 200
      ? undefined
      : process.stderr.isTTY
        ? progressBar(process.stderr)
        : progressLines(process.stderr);
  const run = await runIngest(files, {
    out: parsed.out,
    overrides,
    fingerprint,
    append: parsed.append,
    compact: parsed.compact,
    ...(parsed.workers !== undefined ? { workers: parsed.workers } : {}),
    ...(onProgress ? { onProgress } : {}),
  });

  for (const f of run.failures) console.error(`ingest: FAILED ${f.file}: ${f.reason}`);
  for (const w of run.warnings) console.error(`ingest: warning: ${w}`);
  const failed = run.failures.length > 0 || missing.length > 0;
  if (!run.write || !run.stats) {
    console.error(
      parsed.append
        ? 'ingest: nothing new to add; the dataset was left as it was.'
        : 'ingest: nothing ingested; the dataset was left as it was.',
    );
    return parsed.append && !failed ? 0 : 1;
  }
  const { stats, write } = run;
  const seconds = (performance.now() - started) / 1000;
  const counted = (n: number | null) => (n === null ? 'not counted' : String(n));
  const how = run.segment
    ? `  appended as a segment of ${run.segment.docs} announcements${run.segment.absorbed ? ` (${run.segment.absorbed} of them from earlier segments, merged)` : ''}${run.segment.tables === 'counted' ? '; co-occurrence tables counted over every announcement (no counts kept by the dataset, decision 0032)' : ''}`
    : run.rebuilt
      ? `  every file rebuilt: ${run.rebuilt}`
      : null;
  const verb = parsed.compact
    ? `Rebuilt ${run.existing} announcements${run.added ? ` and added ${run.added}` : ''}`
    : parsed.append
      ? `Added ${run.added} announcements to ${run.existing}`
      : `Ingested ${run.added} announcements`;
  console.log(
    [
      `${verb} from ${files.length} files into ${parsed.out} (version ${write.version}) in ${seconds.toFixed(2)}s (extraction ${run.seconds.extract.toFixed(2)}s, build ${run.seconds.build.toFixed(2)}s)`,
      ...(how ? [how] : []),
      `  people: ${stats.people}, countries: ${stats.countries}, blocs: ${counted(stats.blocs)}, events: ${stats.events}, organisations: ${stats.organizations}, places: ${counted(stats.places)}`,
      `  files: ${run.files} (${write.written} written, ${write.kept} unchanged), leftovers removed: ${write.removed.length}, warnings: ${run.warnings.length}, failed: ${run.failures.length + missing.length}, skipped: ${skipped.length}`,
    ].join('\n'),
  );
  return failed ? 1 : 0;
}

if (isMain(import.meta.url)) {
  main(process.argv.slice(2), { mayRestart: true }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A problem with the output folder is the user's to fix: its message says which file; no stack.
      const text =
        error instanceof DatasetFolderError ? error.message : ((error as Error).stack ?? String(error));
      console.error(`ingest: ${text}`);
      process.exitCode = 1;
    },
  );
}
