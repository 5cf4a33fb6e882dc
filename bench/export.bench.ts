import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { buildApp, CORPUS_ROOT, prepareDataset } from './datasets';
import { startStaticServer } from './static-server';

/**
 * `npm run bench:export [-- --count 100000 --runs 3]`: the "Download CSV / JSON" of every result, at
 * scale, in Debian's Chromium against the built app served like a static host. Prints, per format and
 * filter, the time from the click to the download, the file's size, and the main thread's long tasks
 * (over 50 ms) meanwhile; never fails on time.
 */
const { values: options } = parseArgs({
  options: { count: { type: 'string', default: '100000' }, runs: { type: 'string', default: '3' } },
});
const count = Number(options.count);
const runs = Number(options.runs);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('Usage: npm run bench:export -- [--count 100000] [--runs 3]');
  process.exit(2);
}
const log = (line: string) => {
  console.log(`[bench:export] ${line}`);
};

const APP_DIR = join(CORPUS_ROOT, 'app-export');
const dataset = await prepareDataset(count, log);
await buildApp(APP_DIR, log);

/** Long tasks on the main thread, from the page's first byte. */
function observeLongTasks() {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

interface Measure {
  path: string;
  format: 'CSV' | 'JSON';
  rows: number;
  ms: number;
  bytes: number;
  longTasks: number[];
}

async function measure(page: Page, path: string, format: 'CSV' | 'JSON'): Promise<Measure> {
  await page.goto(server.origin + path);
  // The first answer is in: the count is shown.
  await page.waitForFunction(
    () => {
      const text = document.querySelector('[data-testid="result-count"]')?.textContent ?? '';
      return /\d/.test(text) && !text.includes('loading');
    },
    undefined,
    { timeout: 300_000 },
  );
  await page.waitForTimeout(500);
  const startedAt = await page.evaluate(() => performance.now());
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 300_000 }),
    page.getByRole('button', { name: `Download ${format}` }).click(),
  ]);
  const endedAt = await page.evaluate(() => performance.now());
  const file = await download.path();
  const bytes = (await readFile(file)).length;
  const text = await page.getByTestId('export-status').textContent();
  const rows = Number(/\(([\d,]+) announcement/.exec(text ?? '')?.[1]?.replace(/,/g, '') ?? NaN);
  const longTasks = await page.evaluate(
    ([from, to]) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
        .filter((task) => task.start + task.duration >= from && task.start <= to)
        .map((task) => Math.round(task.duration)),
    [startedAt, endedAt] as const,
  );
  return { path, format, rows, ms: Math.round(endedAt - startedAt), bytes, longTasks };
}

const server = await startStaticServer({ root: APP_DIR, mounts: { '/data/': dataset.dataDir } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const index = JSON.parse(await readFile(join(dataset.filesDir, 'index.json'), 'utf8')) as {
  people: { id: string }[];
};
const paths = ['/', '/?country=KH', `/?person=${index.people[0]?.id ?? ''}`];
const results: Measure[] = [];
try {
  for (let run = 1; run <= runs; run++) {
    for (const path of paths) {
      for (const format of ['CSV', 'JSON'] as const) {
        const context = await browser.newContext({
          acceptDownloads: true,
          viewport: { width: 1280, height: 900 },
        });
        // tsx keeps names by wrapping functions in `__name(…)`; serialized functions need it in the page.
        await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
        await context.addInitScript(observeLongTasks);
        const page = await context.newPage();
        const result = await measure(page, path, format);
        log(`run ${run}: ${path} ${format}: ${JSON.stringify(result)}`);
        results.push(result);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(`\nExport of ${count.toLocaleString('en')} announcements, median of ${runs} runs`);
console.log('| page | format | rows | click → download (ms) | file (MB) | longest main-thread task (ms) |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const path of paths) {
  for (const format of ['CSV', 'JSON'] as const) {
    const these = results.filter((r) => r.path === path && r.format === format);
    console.log(
      `| ${path} | ${format} | ${these[0]?.rows.toLocaleString('en') ?? '?'} | ${median(these.map((r) => r.ms))} | ${(median(these.map((r) => r.bytes)) / 1e6).toFixed(1)} | ${Math.max(0, ...these.flatMap((r) => r.longTasks))} |`,
    );
  }
}
