import { existsSync } from 'node:fs';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import * as prettier from 'prettier';
import { browseApp, coldOpenApp, coldPagefind, firstSecond } from './browser-measures';
import { corpusFacts } from './corpus-facts';
import { buildApp, CORPUS_ROOT, existingDataset, prepareDataset } from './datasets';
import { preparePagefindIndex } from './pagefind-index';
import { renderTables, type SizeResult } from './report';
import { startStaticServer } from './static-server';

/**
 * `npm run bench:app [-- --sizes 1000,10000 --runs 5]`: builds the datasets and the app, serves them like a
 * static host, and measures the app and Pagefind in Debian's Chromium. Prints figures; never fails on time.
 */
const USAGE =
  'Usage: npm run bench:app -- [--sizes 1000,10000,100000 | --data <dataset folder>] [--runs 5] [--skip-pagefind] [--reuse-app] [--out bench/results.json] [--note <text>]  (add 1000000 to --sizes for the million: generation and ingest take a while; --data measures a dataset already written, e.g. an ingest of the million, at the size its index.json says)';
const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    // A dataset folder already written (its current.json): measured as it is, instead of --sizes.
    data: { type: 'string' },
    runs: { type: 'string', default: '5' },
    // Pagefind's index of a million announcements takes longer than the rest of the run: its measures are then left empty.
    'skip-pagefind': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results.json' },
    // The app already built in bench/corpus/app by an earlier run of this commit: not built again.
    'reuse-app': { type: 'boolean', default: false },
    // Said in the results file: what was not measured, and why.
    note: { type: 'string' },
  },
});
const skipPagefind = options['skip-pagefind'];
const sizes = options.sizes.split(',').map(Number);
const runs = Number(options.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error(USAGE);
  process.exit(2);
}

const APP_DIR = join(CORPUS_ROOT, 'app');
/** The same launch arguments as playwright.config.ts. */
const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const log = (line: string) => {
  console.log(`[bench] ${line}`);
};

async function bytesUnder(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  let total = 0;
  for (const entry of entries)
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  return total;
}

const datasets = [];
for (const count of options.data === undefined ? sizes : [null]) {
  const dataset =
    count === null ? await existingDataset(options.data ?? '') : await prepareDataset(count, log);
  if (count === null) log(`${dataset.count}: measuring ${dataset.dataDir} as it is`);
  datasets.push({ dataset, pagefindDir: skipPagefind ? null : await preparePagefindIndex(dataset, log) });
}

if (options['reuse-app'] && existsSync(join(APP_DIR, 'index.html'))) {
  log(`reusing the app built in ${APP_DIR}`);
} else {
  await buildApp(APP_DIR, log);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const results: SizeResult[] = [];
try {
  for (const { dataset, pagefindDir } of datasets) {
    const facts = await corpusFacts(dataset.filesDir);
    const server = await startStaticServer({
      root: APP_DIR,
      mounts: {
        '/data/': dataset.dataDir,
        ...(pagefindDir ? { '/pagefind/': pagefindDir } : {}),
        '/pagefind-bench/': 'bench/pages',
      },
    });
    const result: SizeResult = {
      count: dataset.count,
      corpus: {
        dataBytes: await bytesUnder(dataset.filesDir),
        summaryBytes: await bytesUnder(join(dataset.filesDir, 'summaries')),
        indexBytes: await bytesUnder(join(dataset.filesDir, 'search')),
        pagefindBytes: pagefindDir ? await bytesUnder(pagefindDir) : 0,
      },
      facts,
      cold: [],
      deepLink: [],
      browse: [],
      firstSecond: [],
      ours: { filter: [], text: [] },
      pagefind: { filter: [], text: [] },
    };
    const filterQuery = `country=${facts.country}`;
    const textQuery = `q=${encodeURIComponent(facts.word)}`;
    try {
      // Interleaved, so that a busy moment on the shared machine hits every measure alike.
      for (let run = 1; run <= runs; run++) {
        log(`${dataset.count}: run ${run} of ${runs}`);
        result.cold.push(await coldOpenApp(browser, server, '/'));
        result.deepLink.push(await coldOpenApp(browser, server, `/?${filterQuery}&person=${facts.person}`));
        result.ours.filter.push(await coldOpenApp(browser, server, `/?${filterQuery}`));
        if (pagefindDir) result.pagefind.filter.push(await coldPagefind(browser, server, filterQuery));
        result.ours.text.push(await coldOpenApp(browser, server, `/?${textQuery}`));
        if (pagefindDir) result.pagefind.text.push(await coldPagefind(browser, server, textQuery));
        result.firstSecond?.push(await firstSecond(browser, server, { country: facts.countryLabel }));
        result.browse.push(
          await browseApp(browser, server, { country: facts.countryLabel, word: facts.word }),
        );
      }
    } finally {
      await server.close();
    }
    results.push(result);
  }

  const cpu = cpus();
  const machine = {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 1e9),
    chromium: browser.version(),
    node: process.version,
  };
  console.log(
    `\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; Chromium ${machine.chromium}; Node ${machine.node}`,
  );
  console.log(renderTables(results, runs));
  // Formatted as Prettier would, so that `npm run lint` stays clean after a run.
  const json = JSON.stringify({
    date: new Date().toISOString(),
    machine,
    runs,
    ...(options.note ? { note: options.note } : {}),
    sizes: results,
  });
  await writeFile(options.out, await prettier.format(json, { parser: 'json' }));
  log(`wrote ${options.out}`);
} finally {
  await browser.close();
}
