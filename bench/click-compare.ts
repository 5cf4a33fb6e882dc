import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import {
  backToResults,
  changeCount,
  facetValueShown,
  firstPaint,
  freshPage,
  nextChange,
} from './browser-measures';
import { startStaticServer, type StaticServer } from './static-server';

/**
 * `npx tsx bench/click-compare.ts --app base=dir --app branch=dir --data <dataset folder> [--rounds 5]`:
 * the click path of two (or more) builds of the app side by side, over the same dataset, in one run: each
 * round measures every build once, in turn (the order alternating), so that a busy moment on a shared
 * machine hits them alike. Per build: a country clicked the moment its checkbox is there after the first
 * paint; after the page has been idle (its prefetch done), another country; that country again after Back
 * (its answer in the page's cache); a word typed into the search. Each is timed from the click (or the last
 * keystroke) to the updated results painted, with the main thread's long tasks meanwhile, and the main
 * thread's CPU time until 500 ms after (all the work it caused); the load average is printed per round.
 * Medians at the end. Prints figures; never fails on time.
 */
const { values: options } = parseArgs({
  options: {
    app: { type: 'string', multiple: true },
    data: { type: 'string' },
    rounds: { type: 'string', default: '5' },
    country: { type: 'string', default: 'Cambodia' },
    other: { type: 'string', default: 'Thailand' },
    word: { type: 'string', default: 'Beijing' },
    idle: { type: 'string', default: '3000' },
  },
});
const apps = (options.app ?? []).map((spec) => {
  const at = spec.indexOf('=');
  return { name: spec.slice(0, at), dir: spec.slice(at + 1) };
});
if (apps.length < 1 || apps.some((app) => !app.name || !app.dir) || !options.data) {
  console.error(
    'Usage: npx tsx bench/click-compare.ts --app name=dir [--app name=dir …] --data dir [--rounds 5]',
  );
  process.exit(2);
}
const dataDir = options.data;

interface Timed {
  ms: number;
  /**
   * CPU time (ms) over the same span, from Chromium's own counters: the page's main thread, and the whole
   * renderer process (the worker, the compositor and raster threads besides). Unlike the wall-clock
   * times, these do not grow while a busy machine keeps the threads waiting for a core.
   */
  mainCpu: number;
  processCpu: number;
  /** Main-thread tasks over 50 ms from the click until 500 ms after the update: their durations. */
  longTasks: number[];
  /**
   * The main thread's CPU time from the click until 500 ms after the update: all the work the click caused
   * (the next page of rows, measuring, effects), wherever it fell relative to the paint.
   */
  settledCpu: number;
}
interface Round {
  firstSecond: Timed;
  idleClick: Timed;
  cachedClick: Timed;
  text: Timed;
  /** The text query from the URL change (the search box's debounce done). */
  textAfterDebounce: number;
}

const longTasksSince = (page: Page, from: number) =>
  page.evaluate(
    (at) => window.__bench?.longTasks.filter((task) => task.start >= at).map((task) => task.duration) ?? [],
    from,
  );

/** The renderer's CPU counters (seconds): its main thread's and the whole process's. */
async function cpu(cdp: CDPSession): Promise<{ thread: number; process: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { thread: value('ThreadTime'), process: value('ProcessTime') };
}
const cpuSince = (
  before: { thread: number; process: number },
  after: { thread: number; process: number },
) => ({
  mainCpu: (after.thread - before.thread) * 1000,
  processCpu: (after.process - before.process) * 1000,
});

async function click(page: Page, cdp: CDPSession, label: string): Promise<Timed> {
  await facetValueShown(page, label);
  const seen = await changeCount(page);
  const before = await cpu(cdp);
  const at = await page.evaluate((l) => window.__bench?.clickFacet('Countries', l) ?? 0, label);
  const paint = await nextChange(page, seen);
  const used = cpuSince(before, await cpu(cdp));
  await page.waitForTimeout(500);
  const settledCpu = cpuSince(before, await cpu(cdp)).mainCpu;
  return { ms: paint - at, ...used, longTasks: await longTasksSince(page, at), settledCpu };
}

async function measure(browser: Browser, server: StaticServer): Promise<Round> {
  const { context, page } = await freshPage(browser);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  try {
    await page.goto(`${server.origin}/`, { waitUntil: 'commit' });
    await firstPaint(page, '/');
    const firstSecond = await click(page, cdp, options.country);
    await backToResults(page, 500);
    await page.waitForTimeout(Number(options.idle));
    const idleClick = await click(page, cdp, options.other);
    await backToResults(page, 500);
    const cachedClick = await click(page, cdp, options.other);
    await backToResults(page, 500);
    const seen = await changeCount(page);
    const before = await cpu(cdp);
    await page.locator('#search').fill(options.word);
    const paint = await nextChange(page, seen);
    const used = cpuSince(before, await cpu(cdp));
    const typed = await page.evaluate(() => ({
      input: window.__bench?.lastInputAt ?? 0,
      history: window.__bench?.lastHistoryAt ?? 0,
    }));
    await page.waitForTimeout(500);
    const text = {
      ms: paint - typed.input,
      ...used,
      longTasks: await longTasksSince(page, typed.input),
      settledCpu: cpuSince(before, await cpu(cdp)).mainCpu,
    };
    return { firstSecond, idleClick, cachedClick, text, textAfterDebounce: paint - typed.history };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const cell = (t: Timed) =>
  `${t.ms.toFixed(0)}/${t.mainCpu.toFixed(0)}/${t.processCpu.toFixed(0)}/${t.settledCpu.toFixed(0)}${t.longTasks.length ? ` [${t.longTasks.map((d) => d.toFixed(0)).join(',')}]` : ''}`;

const servers = await Promise.all(
  apps.map(async (app) => ({
    ...app,
    server: await startStaticServer({ root: app.dir, mounts: { '/data/': dataDir } }),
  })),
);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const results = new Map<string, Round[]>(apps.map((app) => [app.name, []]));
try {
  console.log(
    `data ${dataDir}; wall-clock ms / main-thread CPU ms / renderer process CPU ms / main-thread CPU ms until 500 ms after, [long tasks over 50 ms]`,
  );
  console.log(
    'round build        load (1/5/15 min)  first-second  idle click  cached click  text (after debounce)',
  );
  const rounds = Number(options.rounds);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...servers].reverse() : servers;
    for (const { name, server } of order) {
      const before = load();
      const r = await measure(browser, server);
      results.get(name)?.push(r);
      console.log(
        `${String(round + 1).padStart(5)} ${name.padEnd(12)} ${before.padEnd(18)} ${cell(r.firstSecond).padStart(14)}  ${cell(r.idleClick).padStart(13)}  ${cell(r.cachedClick).padStart(13)}  ${cell(r.text)} (${r.textAfterDebounce.toFixed(0)})`,
      );
    }
  }
  console.log(
    '\nmedians: wall / main CPU / process CPU / main CPU until 500 ms after (long tasks over 50 ms in all rounds)',
  );
  for (const [name, list] of results) {
    const part = (pick: (r: Round) => Timed) =>
      `${(['ms', 'mainCpu', 'processCpu', 'settledCpu'] as const).map((key) => median(list.map((r) => pick(r)[key])).toFixed(0)).join('/')} (${list.reduce((n, r) => n + pick(r).longTasks.length, 0)})`;
    console.log(
      `${name.padEnd(12)} first-second ${part((r) => r.firstSecond)}, idle click ${part((r) => r.idleClick)}, cached click ${part((r) => r.cachedClick)}, text ${part((r) => r.text)} / ${median(list.map((r) => r.textAfterDebounce)).toFixed(0)} after debounce`,
    );
  }
} finally {
  await browser.close();
  await Promise.all(servers.map(({ server }) => server.close()));
}
