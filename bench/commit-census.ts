import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import {
  backToResults,
  changeCount,
  facetValueShown,
  firstPaint,
  freshPage,
  nextChange,
} from './browser-measures';
import { startStaticServer } from './static-server';

/**
 * `npx tsx bench/commit-census.ts --app <built app, unminified for names> --data <dataset folder>`: for a
 * facet click after the page is idle, the same click again after Back, and a typed word, lists each React
 * commit (through the devtools hook, which production builds call too): when, which components rendered
 * in it (their props or state changed, or they mounted), and the DOM elements the interaction added.
 * Counts, not times: they do not move with the load on a shared machine.
 */
const { values: options } = parseArgs({
  options: {
    app: { type: 'string' },
    data: { type: 'string' },
    other: { type: 'string', default: 'Thailand' },
    word: { type: 'string', default: 'Beijing' },
    idle: { type: 'string', default: '3000' },
  },
});
if (!options.app || !options.data) {
  console.error('Usage: npx tsx bench/commit-census.ts --app dir --data dir');
  process.exit(2);
}

/** Installed before the app: records, per commit, the time and the names of the components that rendered. */
function installCensus() {
  interface Fiber {
    type: unknown;
    child: Fiber | null;
    sibling: Fiber | null;
    alternate: Fiber | null;
    flags: number;
  }
  const state = window as unknown as {
    __census: { at: number; rendered: Record<string, number> }[];
    __elements: number;
  };
  state.__census = [];
  state.__elements = 0;
  const nameOf = (type: unknown): string | null => {
    if (typeof type === 'function') return (type as { name?: string }).name || null;
    if (type && typeof type === 'object') {
      const inner =
        (type as { type?: unknown; render?: unknown }).type ?? (type as { render?: unknown }).render;
      return inner ? nameOf(inner) : null;
    }
    return null;
  };
  // A subtree React skipped keeps the fiber objects of the previous commit; one it rendered is the other of
  // each fiber's two copies, with PerformedWork (1) in its flags.
  const seen = new WeakMap<Fiber, number>();
  let commit = 0;
  const walk = (fiber: Fiber | null, rendered: Record<string, number>) => {
    for (let f = fiber; f; f = f.sibling) {
      const name = nameOf(f.type);
      const did = (f.flags & 1) === 1 && seen.get(f) !== commit - 1;
      seen.set(f, commit);
      if (name && did) rendered[name] = (rendered[name] ?? 0) + 1;
      walk(f.child, rendered);
    }
  };
  (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      const rendered: Record<string, number> = {};
      walk(root.current.child, rendered);
      commit += 1;
      state.__census.push({ at: performance.now(), rendered });
    },
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    checkDCE: () => undefined,
  };
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof Element) state.__elements += 1 + node.getElementsByTagName('*').length;
  }).observe(document, { subtree: true, childList: true });
}

type Census = { at: number; rendered: Record<string, number> }[];
const read = (page: Page) =>
  page.evaluate(() => {
    const state = window as unknown as { __census: Census; __elements: number };
    return { census: state.__census.length, elements: state.__elements };
  });

async function report(page: Page, label: string, act: () => Promise<number>) {
  const before = await read(page);
  const seen = await changeCount(page);
  const at = await act();
  const paint = await nextChange(page, seen);
  await page.waitForTimeout(500);
  const commits = await page.evaluate((from) => {
    const state = window as unknown as { __census: Census };
    return state.__census.slice(from);
  }, before.census);
  const after = await read(page);
  const rows = await page.evaluate(
    () => document.querySelectorAll('ol[aria-label="Announcements"] > li').length,
  );
  console.log(
    `\n${label}: painted at +${(paint - at).toFixed(0)} ms; ${after.elements - before.elements} elements added; ${rows} rows in the list 500 ms later`,
  );
  for (const { at: when, rendered } of commits) {
    const names = Object.entries(rendered)
      .sort((a, b) => b[1] - a[1])
      .map(([name, n]) => (n > 1 ? `${name}×${n}` : name))
      .join(' ');
    console.log(`  commit +${(when - at).toFixed(0)} ms: ${names}`);
  }
}

const server = await startStaticServer({ root: options.app, mounts: { '/data/': options.data } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  const { context, page } = await freshPage(browser);
  await context.addInitScript(installCensus);
  await page.goto(`${server.origin}/`, { waitUntil: 'commit' });
  await firstPaint(page, '/');
  await page.waitForTimeout(Number(options.idle));
  const label = options.other;
  await facetValueShown(page, label);
  const clickFacet = () => page.evaluate((l) => window.__bench?.clickFacet('Countries', l) ?? 0, label);
  await report(page, `idle click (${label})`, clickFacet);
  await backToResults(page, 500);
  await report(page, `the same click again (${label})`, clickFacet);
  await backToResults(page, 500);
  await report(page, `text "${options.word}"`, async () => {
    await page.locator('#search').fill(options.word);
    return page.evaluate(() => window.__bench?.lastInputAt ?? 0);
  });
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
