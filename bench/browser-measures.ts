import type { Browser, BrowserContext, Page } from '@playwright/test';
import { FIRST_ROWS, installProbes } from './page-probes';
import type { ServedResponse, StaticServer } from './static-server';
import { watchWorkers } from './worker-heap';

/** Tall enough that the first 20 rows are inside the window (the list is windowed). */
const VIEWPORT = { width: 1280, height: 3200 };
const LOAD_TIMEOUT_MS = 180_000;

export interface ColdOpen {
  /** Navigation start → the first results painted (ours) or the first 20 results' data loaded (Pagefind). */
  ms: number;
  /** Bytes on the wire before that moment: headers and encoded (gzip) bodies, page and worker. */
  bytes: number;
  /** Main-thread JavaScript among them (gzip). */
  scriptBytes: number;
  /** The worker's script (gzip), when it was loaded before that moment. */
  workerScriptBytes: number;
  /** What the page showed: our result count text, or Pagefind's result count. */
  shown: string;
}

export interface Browse {
  facetMs: number;
  /** Long tasks (over 50 ms) on the main thread from the click until 500 ms after the update. */
  facetLongTasks: number[];
  /** Last keystroke (the input event) → results painted; includes the search box's debounce. */
  textMs: number;
  /** URL change (the debounce has fired) → results painted. */
  textAfterDebounceMs: number;
  detailMs: number;
  mainHeapBytes: number;
  workerHeapBytes: number | null;
}

/**
 * tsx compiles with esbuild's keepNames, which wraps functions in `__name(…)`; functions serialized into
 * the page need that helper there too.
 */
const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** A page in a new context with the bench's probes, noting the paths its workers load from. */
export async function freshPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; workerPaths: Set<string> }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: NAME_SHIM });
  await context.addInitScript(installProbes, FIRST_ROWS);
  const page = await context.newPage();
  const workerPaths = new Set<string>();
  page.on('worker', (worker) => {
    workerPaths.add(new URL(worker.url()).pathname);
  });
  return { context, page, workerPaths };
}

function sumBytes(log: readonly ServedResponse[], until: number, workerPaths: ReadonlySet<string>) {
  const before = log.filter((response) => response.endedAt <= until);
  const total = (list: readonly ServedResponse[]) => list.reduce((sum, response) => sum + response.bytes, 0);
  const scripts = before.filter((response) => response.path.endsWith('.js'));
  return {
    bytes: total(before),
    scriptBytes: total(scripts.filter((response) => !workerPaths.has(response.path))),
    workerScriptBytes: total(scripts.filter((response) => workerPaths.has(response.path))),
  };
}

/** Waits until the page's first results are painted: when (page time), the page's time origin, the count. */
export async function firstPaint(
  page: Page,
  path: string,
  timeout = LOAD_TIMEOUT_MS,
): Promise<{ at: number; origin: number; text: string }> {
  const shown = await page.waitForFunction(
    () => {
      const first = window.__bench?.changes[0];
      return first?.paintAt == null
        ? null
        : { at: first.paintAt, origin: performance.timeOrigin, text: first.countText };
    },
    undefined,
    { timeout },
  );
  const first = await shown.jsonValue();
  if (!first) throw new Error(`${path}: no results`);
  return first;
}

/** Opens `path` of the app in a fresh context and waits until the first results are painted. */
export async function coldOpenApp(browser: Browser, server: StaticServer, path: string): Promise<ColdOpen> {
  const { context, page, workerPaths } = await freshPage(browser);
  try {
    server.takeLog();
    await page.goto(server.origin + path, { waitUntil: 'commit' });
    const { at, origin, text } = await firstPaint(page, path);
    return { ms: at, ...sumBytes(server.takeLog(), origin + at, workerPaths), shown: text };
  } finally {
    await context.close();
  }
}

/** Runs the Pagefind query page (bench/pages) for `query` in a fresh context, until 20 results' data are in. */
export async function coldPagefind(browser: Browser, server: StaticServer, query: string): Promise<ColdOpen> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    server.takeLog();
    await page.goto(`${server.origin}/pagefind-bench/?${query}`, { waitUntil: 'commit' });
    const done = await page.waitForFunction(
      () => {
        const result = (window as { __pagefind?: { doneAt: number; total: number } }).__pagefind;
        return result ? { at: result.doneAt, origin: performance.timeOrigin, total: result.total } : null;
      },
      undefined,
      { timeout: LOAD_TIMEOUT_MS },
    );
    const result = await done.jsonValue();
    if (!result) throw new Error(`Pagefind ${query}: no answer`);
    const { at, origin, total } = result;
    return { ms: at, ...sumBytes(server.takeLog(), origin + at, new Set()), shown: `${total} results` };
  } finally {
    await context.close();
  }
}

/** Waits for the next recorded results change after `count` changes, and returns its paint time. */
export async function nextChange(page: Page, count: number): Promise<number> {
  const handle = await page.waitForFunction((n) => window.__bench?.changes[n]?.paintAt ?? null, count, {
    timeout: LOAD_TIMEOUT_MS,
  });
  return (await handle.jsonValue()) ?? Number.NaN;
}

/** Waits until the list's facets show `label` (they load just after the first results, decision 0021). */
export async function facetValueShown(page: Page, label: string): Promise<void> {
  await page
    .getByRole('complementary')
    .getByRole('checkbox', { name: new RegExp(label) })
    .first()
    .waitFor({ state: 'attached' });
}

/** Goes back, waits for the results to change, then `settle` ms. */
export async function backToResults(page: Page, settle: number): Promise<void> {
  const seen = await changeCount(page);
  await page.goBack();
  await nextChange(page, seen);
  await page.waitForTimeout(settle);
}

export const changeCount = (page: Page) => page.evaluate(() => window.__bench?.changes.length ?? 0);

/**
 * Opens `/`, waits until the whole dataset is loaded, then: clicks a country checkbox, goes back, types
 * `word` into the search box, opens the first result, and reads the heaps.
 */
export async function browseApp(
  browser: Browser,
  server: StaticServer,
  { country, word }: { country: string; word: string },
): Promise<Browse> {
  const { context, page } = await freshPage(browser);
  try {
    const workers = await watchWorkers(page);
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(
      () => {
        const text = document.querySelector('[data-testid="result-count"]')?.textContent ?? '';
        return /\d/.test(text) && !text.includes('loading');
      },
      undefined,
      { timeout: LOAD_TIMEOUT_MS },
    );
    await page.waitForTimeout(500);
    // At a million the facet's values can come after the count: a person clicks a value once it is shown.
    await facetValueShown(page, country);

    let seen = await changeCount(page);
    const clickAt = await page.evaluate(({ facet, label }) => window.__bench?.clickFacet(facet, label) ?? 0, {
      facet: 'Countries',
      label: country,
    });
    const facetPaint = await nextChange(page, seen);
    await page.waitForTimeout(500);
    const facetLongTasks = await page.evaluate(
      (from) =>
        window.__bench?.longTasks.filter((task) => task.start >= from).map((task) => task.duration) ?? [],
      clickAt,
    );

    seen = await changeCount(page);
    await page.goBack();
    await nextChange(page, seen);
    await page.waitForTimeout(300);

    seen = await changeCount(page);
    // One input event, like the last keystroke of the word: typed letter by letter on a busy machine, the
    // search box's debounce can fire mid-word and the first results would be for a prefix.
    await page.locator('#search').fill(word);
    const textPaint = await nextChange(page, seen);
    const typed = await page.evaluate(() => ({
      input: window.__bench?.lastInputAt ?? 0,
      history: window.__bench?.lastHistoryAt ?? 0,
    }));
    await page.waitForTimeout(300);

    const detailMs = await page.evaluate(() => window.__bench?.openFirstResult() ?? Number.NaN);
    await page.waitForTimeout(300);
    const mainHeapBytes = await page.evaluate(
      () =>
        (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
    );
    const workerHeapBytes = await workers.heapUsed();
    await workers.detach();
    return {
      facetMs: facetPaint - clickAt,
      facetLongTasks,
      textMs: textPaint - typed.input,
      textAfterDebounceMs: textPaint - typed.history,
      detailMs,
      mainHeapBytes,
      workerHeapBytes,
    };
  } finally {
    await context.close();
  }
}

export interface FirstSecond {
  /** Facet click at the first paint → list and counts updated. */
  clickMs: number;
  /** Long tasks (over 50 ms) on the main thread from that click until 500 ms after the update. */
  longTasks: number[];
  /** Bytes on the wire (gzip) in the 10 s after the first paint, with no interaction. */
  idleBytes: number;
}

/**
 * Opens `/` cold and, the moment the first results are painted, clicks a country: the click "in the first
 * second" that issue 11 times. A second cold open then sits idle for 10 s and counts what it downloads.
 */
export async function firstSecond(
  browser: Browser,
  server: StaticServer,
  { country }: { country: string },
): Promise<FirstSecond> {
  const click = await freshPage(browser);
  let clickMs: number;
  let longTasks: number[];
  try {
    await click.page.goto(`${server.origin}/`, { waitUntil: 'commit' });
    await nextChange(click.page, 0);
    // Clicked as soon as the value is there.
    await facetValueShown(click.page, country);
    const clickAt = await click.page.evaluate(
      ({ facet, label }) => window.__bench?.clickFacet(facet, label) ?? 0,
      { facet: 'Countries', label: country },
    );
    const paint = await nextChange(click.page, 1);
    await click.page.waitForTimeout(500);
    clickMs = paint - clickAt;
    longTasks = await click.page.evaluate(
      (from) =>
        window.__bench?.longTasks.filter((task) => task.start >= from).map((task) => task.duration) ?? [],
      clickAt,
    );
  } finally {
    await click.context.close();
  }
  const idle = await freshPage(browser);
  try {
    server.takeLog();
    await idle.page.goto(`${server.origin}/`, { waitUntil: 'commit' });
    await nextChange(idle.page, 0);
    const origin = await idle.page.evaluate(() => performance.timeOrigin);
    await idle.page.waitForTimeout(10_000);
    const log = server.takeLog();
    const paintAt = await idle.page.evaluate(() => window.__bench?.changes[0]?.paintAt ?? 0);
    const after = log.filter((response) => response.endedAt > origin + paintAt);
    return { clickMs, longTasks, idleBytes: after.reduce((sum, response) => sum + response.bytes, 0) };
  } finally {
    await idle.context.close();
  }
}
