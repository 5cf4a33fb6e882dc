import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { backToResults, changeCount, facetValueShown, nextChange } from './browser-measures';
import { FIRST_ROWS, installProbes } from './page-probes';
import { startStaticServer } from './static-server';

/**
 * `npx tsx bench/profile-app.ts --app <built app> --data <dataset folder> [--out prefix]`: opens `/` in
 * Chromium, clicks a country at the first paint, then (after the page is idle) clicks another facet value,
 * goes back, and types a word, recording a CPU profile of the main thread and of the search worker over
 * CDP. Prints where the time went (self time per function, per thread) and the long tasks; writes the
 * profiles as `.cpuprofile` files (open them in Chromium's DevTools) when `--out` is given.
 */
const { values: options } = parseArgs({
  options: {
    app: { type: 'string' },
    data: { type: 'string' },
    country: { type: 'string', default: 'Cambodia' },
    other: { type: 'string', default: 'Thailand' },
    word: { type: 'string', default: 'Beijing' },
    out: { type: 'string' },
    top: { type: 'string', default: '25' },
  },
});
if (!options.app || !options.data) {
  console.error(
    'Usage: npx tsx bench/profile-app.ts --app dir --data dir [--country Cambodia] [--out prefix]',
  );
  process.exit(2);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function, in ms, largest first. */
function selfTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const frameName = (frame: ProfileNode['callFrame']) =>
  `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;

/**
 * What ran between `from` and `to` (page milliseconds): self time per function and, per sample, the
 * React components and named functions on its stack (inclusive). `offset` maps page time to profile time.
 */
function windowTimes(profile: Profile, offset: number, from: number, to: number) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const [ms] = split(profile.timeDeltas[i + 1] ?? 0);
    const pageAt = at / 1000 - offset;
    if (pageAt < from || pageAt > to) return;
    const node = byId.get(id);
    if (!node) return;
    const name = frameName(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)?.callFrame;
      if (!frame) break;
      const n = frameName(frame);
      if (!seen.has(n)) inclusive.set(n, (inclusive.get(n) ?? 0) + ms);
      seen.add(n);
    }
  });
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { self: sorted(self), inclusive: sorted(inclusive) };
}

/** Page time → profile time: where the clock marker (`benchClockSync`, on any frame of a sample's stack) ran. */
function clockOffset(profile: Profile, syncAt: number): number | null {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  let at = profile.startTime;
  for (const [i, id] of profile.samples.entries()) {
    at += profile.timeDeltas[i] ?? 0;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
      if (byId.get(cur)?.callFrame.functionName === 'benchClockSync') return at / 1000 - syncAt;
  }
  return null;
}

/**
 * The main thread's samples by kind: idle, GC, (program) (the engine's own work: style, layout, paint,
 * parsing, task scheduling), DOM calls (natives), the bench's own probes and Playwright's injected
 * scripts (no file), and JavaScript by the chunk it is in.
 */
function mainBucket(frame: ProfileNode['callFrame']): string {
  if (frame.functionName === '(idle)') return 'idle';
  if (frame.functionName === '(garbage collector)') return 'gc';
  if (frame.functionName === '(program)') return 'program';
  if (frame.url === '') return frame.lineNumber < 0 ? 'dom' : 'probes';
  return (frame.url.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, '');
}
const workerBucket = (frame: ProfileNode['callFrame']) =>
  frame.functionName === '(idle)'
    ? 'idle'
    : frame.functionName === '(garbage collector)'
      ? 'gc'
      : frame.functionName === '(program)'
        ? 'program'
        : frame.url === '' && frame.lineNumber < 0
          ? 'natives'
          : 'js';

/** The sampling interval (µs) the profiles are taken with. */
const INTERVAL_US = 200;
/**
 * A sample's time (ms) as [ran, preempted]: a gap much longer than the interval means the thread (or the
 * sampler) was descheduled by a busy machine, and is not the sampled function's.
 */
function split(deltaUs: number): [number, number] {
  if (deltaUs <= 4 * INTERVAL_US) return [deltaUs / 1000, 0];
  return [INTERVAL_US / 1000, (deltaUs - INTERVAL_US) / 1000];
}

/** Milliseconds per bucket of the samples between `from` and `to` (page time). */
function buckets(
  profile: Profile,
  offset: number,
  from: number,
  to: number,
  bucket: (frame: ProfileNode['callFrame']) => string,
): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const pageAt = at / 1000 - offset;
    const frame = byId.get(id)?.callFrame;
    if (pageAt < from || pageAt > to || !frame) return;
    const [ran, preempted] = split(profile.timeDeltas[i + 1] ?? 0);
    const key = bucket(frame);
    totals.set(key, (totals.get(key) ?? 0) + ran);
    if (preempted > 0) totals.set('preempted', (totals.get('preempted') ?? 0) + preempted);
  });
  return totals;
}

const describe = (totals: Map<string, number>) => {
  const busy = [...totals]
    .filter(([k]) => k !== 'idle' && k !== 'preempted')
    .reduce((sum, [, ms]) => sum + ms, 0);
  return `busy ${busy.toFixed(1)} (idle ${(totals.get('idle') ?? 0).toFixed(1)}, preempted ${(totals.get('preempted') ?? 0).toFixed(1)}): ${[
    ...totals,
  ]
    .filter(([k]) => k !== 'idle' && k !== 'preempted')
    .sort((a, b) => b[1] - a[1])
    .map(([k, ms]) => `${k} ${ms.toFixed(1)}`)
    .join(', ')}`;
};

/** The worker's CDP, through the page's session (not flattened, as bench/worker-heap.ts does). */
async function workerProfiler(cdp: CDPSession) {
  const sessions: string[] = [];
  const pending = new Map<number, (result: unknown) => void>();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') sessions.push(event.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result ?? null);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  const send = (sessionId: string, method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
  return {
    async startAll() {
      for (const session of sessions) {
        await send(session, 'Profiler.enable');
        await send(session, 'Profiler.setSamplingInterval', { interval: INTERVAL_US });
        await send(session, 'Profiler.start');
        await send(session, 'Runtime.runIfWaitingForDebugger');
      }
    },
    waitForWorker: async () => {
      while (sessions.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    },
    async stopAll(): Promise<Profile[]> {
      const profiles: Profile[] = [];
      for (const session of sessions) {
        const result = (await send(session, 'Profiler.stop')) as { profile?: Profile } | null;
        if (result?.profile) profiles.push(result.profile);
      }
      return profiles;
    },
  };
}

const longTasksSince = (page: Page, from: number) =>
  page.evaluate(
    (at) =>
      window.__bench?.longTasks
        .filter((task) => task.start >= at)
        .map((task) => `${Math.round(task.start)}+${Math.round(task.duration)}`) ?? [],
    from,
  );

const server = await startStaticServer({ root: options.app, mounts: { '/data/': options.data } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 3200 } });
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(installProbes, FIRST_ROWS);
  // A string, so that the function keeps its name (tsx rewrites the functions it serializes).
  await context.addInitScript({
    content:
      'window.benchClockSync = function benchClockSync() { const start = performance.now(); while (performance.now() - start < 4); return start; };',
  });
  // React calls the devtools hook on every commit, in production builds too: counted per interaction.
  await context.addInitScript({
    content:
      'window.__commits = []; window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = { supportsFiber: true, renderers: new Map(), inject() { return 1; }, onCommitFiberRoot() { window.__commits.push(performance.now()); }, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, checkDCE() {} };',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const worker = await workerProfiler(cdp);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: INTERVAL_US });
  await cdp.send('Profiler.start');
  await page.goto(`${server.origin}/`, { waitUntil: 'commit' });
  await worker.waitForWorker();
  await worker.startAll();

  const marks: string[] = [];
  const top = Number(options.top);
  const show = (title: string, profile: Profile) => {
    console.log(`\n${title}: self time (ms)`);
    for (const [name, ms] of selfTimes(profile)
      .filter(([name]) => !name.startsWith('(idle)'))
      .slice(0, top))
      console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
  };
  let clock: number | null = null;
  /** Interactions of the current phase: what was timed, from → to in page time. */
  const windows: { name: string; from: number; to: number }[] = [];
  /** Stops both profilers, prints them under `phase`, and starts them again. */
  const phase = async (name: string) => {
    // A marker the profile can be aligned by: a named busy loop (installed below) at a known page time.
    const syncAt: number = await page.evaluate('benchClockSync()');
    const tasks = await page.evaluate(() => window.__bench?.longTasks ?? []);
    const main = (await cdp.send('Profiler.stop')).profile as unknown as Profile;
    const workers = await worker.stopAll();
    // Both clocks are monotonic, so one marker found serves every later phase (after a restart of the
    // profiler, the marker's samples are not always attributed to it).
    clock ??= clockOffset(main, syncAt);
    const offset = clock;
    if (offset === null) marks.push('  (no clock marker in the profile: long tasks not broken down)');
    else {
      for (const w of windows.splice(0)) {
        const commits: number[] = await page.evaluate(
          ({ from, to }) =>
            ((window as unknown as { __commits?: number[] }).__commits ?? [])
              .filter((at) => at >= from && at <= to)
              .map((at) => Math.round(at - from)),
          w,
        );
        marks.push(
          `  ${w.name}, ${(w.to - w.from).toFixed(0)} ms, React commits at +${commits.join(', +')} ms; by thread (ms):`,
        );
        marks.push(`    main   ${describe(buckets(main, offset, w.from, w.to, mainBucket))}`);
        // The worker's profile has the same clock as the page's (one renderer process).
        workers.forEach((profile, i) => {
          marks.push(`    worker${i} ${describe(buckets(profile, offset, w.from, w.to, workerBucket))}`);
        });
        const mainTop = windowTimes(main, offset, w.from, w.to).self.filter(([n]) => !n.startsWith('(idle)'));
        marks.push(
          `    main self: ${mainTop
            .slice(0, 12)
            .map(([n, ms]) => `${n} ${ms.toFixed(1)}`)
            .join(', ')}`,
        );
        const phases = windowTimes(main, offset, w.from, w.to).inclusive.filter(([n]) =>
          /^(renderRootSync|renderRootConcurrent|commitRoot|flushLayoutEffects|flushMutationEffects|flushPassiveEffects|measureElement|dispatchDiscreteEvent|dispatchEvent|navigate|completeWork|beginWork) /.test(
            n,
          ),
        );
        marks.push(
          `    react (incl): ${phases.map(([n, ms]) => `${n.split(' ')[0]} ${ms.toFixed(1)}`).join(', ')}`,
        );
        const components = windowTimes(main, offset, w.from, w.to)
          .inclusive.filter(([n]) => /^[A-Z]\w+ /.test(n))
          .slice(0, 10);
        marks.push(
          `    components (incl): ${components.map(([n, ms]) => `${n.split(' ')[0]} ${ms.toFixed(1)}`).join(', ')}`,
        );
        for (const [i, profile] of workers.entries()) {
          const top = windowTimes(profile, offset, w.from, w.to).self.filter(
            ([n]) => !n.startsWith('(idle)'),
          );
          marks.push(
            `    worker${i} self: ${top
              .slice(0, 10)
              .map(([n, ms]) => `${n} ${ms.toFixed(1)}`)
              .join(', ')}`,
          );
        }
      }
      for (const task of tasks.filter((t) => t.start >= phaseStart)) {
        const { self, inclusive } = windowTimes(main, offset, task.start, task.start + task.duration);
        marks.push(`  long task at ${task.start.toFixed(0)} (${task.duration.toFixed(0)} ms):`);
        for (const [n, ms] of self.slice(0, 8)) marks.push(`    self ${ms.toFixed(1).padStart(6)}  ${n}`);
        for (const [n, ms] of inclusive
          .filter(
            ([n]) => /^[A-Z]\w+ /.test(n) || /^(use\w+|commit\w+|flush\w+|render\w+|measure\w*) /.test(n),
          )
          .slice(0, 14))
          marks.push(`    incl ${ms.toFixed(1).padStart(6)}  ${n}`);
      }
    }
    phaseStart = await page.evaluate(() => performance.now());
    console.log(`\n=== ${name}\n${marks.splice(0).join('\n')}`);
    show('main thread', main);
    workers.forEach((profile, i) => {
      show(`worker ${i}`, profile);
    });
    if (options.out) {
      const file = `${options.out}-${name.replace(/\W+/g, '-')}`;
      await writeFile(`${file}-main.cpuprofile`, JSON.stringify(main));
      for (const [i, profile] of workers.entries())
        await writeFile(`${file}-worker${i}.cpuprofile`, JSON.stringify(profile));
    }
    await cdp.send('Profiler.start');
    await worker.startAll();
  };
  let phaseStart = 0;
  const first = await nextChange(page, 0);
  marks.push(`first paint ${first.toFixed(0)}`);
  const click = async (facet: string, label: string, what: string) => {
    await facetValueShown(page, label);
    const seen = await changeCount(page);
    const at = await page.evaluate(({ facet: f, label: l }) => window.__bench?.clickFacet(f, l) ?? 0, {
      facet,
      label,
    });
    const paint = await nextChange(page, seen);
    marks.push(`${what}: click ${at.toFixed(0)} → painted ${(paint - at).toFixed(0)} ms`);
    windows.push({ name: what, from: at, to: paint });
    await page.waitForTimeout(600);
    marks.push(`  long tasks: ${(await longTasksSince(page, at)).join(', ') || 'none'}`);
  };
  await click('Countries', options.country, 'first-second click');
  await phase('first-second click');
  await page.waitForTimeout(1500);
  await backToResults(page, 800);
  await phase('back');
  await click('Countries', options.country, 'cached click (same country again)');
  await phase('cached click');
  await backToResults(page, 800);
  await phase('back');
  await click('Countries', options.other, 'idle click (another country, its chunks prefetched)');
  await phase('idle click');
  await backToResults(page, 800);
  await phase('back');
  const seen = await changeCount(page);
  const typedAt = await page.evaluate(() => performance.now());
  await page.locator('#search').fill(options.word);
  const textPaint = await nextChange(page, seen);
  const history = await page.evaluate(() => window.__bench?.lastHistoryAt ?? 0);
  marks.push(
    `text "${options.word}": typed ${typedAt.toFixed(0)} → painted ${(textPaint - typedAt).toFixed(0)} ms (${(textPaint - history).toFixed(0)} after the URL change)`,
  );
  windows.push({ name: `text "${options.word}" after the URL change`, from: history, to: textPaint });
  await page.waitForTimeout(600);
  marks.push(`  long tasks: ${(await longTasksSince(page, typedAt)).join(', ') || 'none'}`);
  await phase('text query');
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
