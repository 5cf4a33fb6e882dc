/**
 * Code that runs inside the app's page (installed with addInitScript, so it sees the page from its first
 * byte). Times are the page's performance.now(): milliseconds since navigation start.
 *
 * "Results shown" means: the result count says something other than "Counting…" and the list holds its
 * first rows (20, or all of them when there are fewer). Each time that state changes (new count text), the
 * time of the DOM change and of the end of the next frame (when it is painted) are recorded.
 */
interface ResultsChange {
  countText: string;
  domAt: number;
  paintAt: number | null;
}

interface LongTask {
  start: number;
  duration: number;
}

interface Probes {
  changes: ResultsChange[];
  longTasks: LongTask[];
  /** When the last `input` event fired (the last keystroke in a text box). */
  lastInputAt: number;
  /** When the URL last changed through the History API. */
  lastHistoryAt: number;
  /** Clicks the checkbox labelled `label` in the facet titled `facet`; resolves with the click time. */
  clickFacet: (facet: string, label: string) => number;
  /** Opens the first result; resolves with the milliseconds until the detail's h1 shows its title (painted). */
  openFirstResult: () => Promise<number>;
}

declare global {
  interface Window {
    __bench?: Probes;
  }
}

export const FIRST_ROWS = 20;

/** Installed into every page before its scripts run. Self-contained: it is serialized into the page. */
export function installProbes(firstRows: number): void {
  // After the next frame is painted: an animation frame callback runs before that frame's style, layout
  // and paint, and a message posted from it is delivered once they are done.
  const nextFrame = () =>
    new Promise<number>((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          resolve(performance.now());
        };
        channel.port2.postMessage(null);
      });
    });
  const countText = () => document.querySelector('[data-testid="result-count"]')?.textContent ?? null;
  const rowsShown = () => {
    const rows = document.querySelectorAll('ol[aria-label="Announcements"] > li');
    const total = Number(rows[0]?.getAttribute('aria-setsize') ?? 0);
    return rows.length > 0 && rows.length >= Math.min(firstRows, total);
  };

  const probes: Probes = {
    changes: [],
    longTasks: [],
    lastInputAt: 0,
    lastHistoryAt: 0,
    clickFacet(facet, label) {
      const section = [...document.querySelectorAll('aside section')].find((s) =>
        s.querySelector('h3')?.textContent.startsWith(facet),
      );
      const box = [...(section?.querySelectorAll('label') ?? [])]
        .find((l) => l.textContent.includes(label))
        ?.querySelector('input');
      if (!box) throw new Error(`No "${label}" checkbox in the ${facet} facet`);
      const at = performance.now();
      box.click();
      return at;
    },
    async openFirstResult() {
      const link = document.querySelector<HTMLAnchorElement>('ol[aria-label="Announcements"] > li h2 a');
      if (!link) throw new Error('No result to open');
      const title = link.textContent;
      const start = performance.now();
      await new Promise<void>((resolve) => {
        const check = () => {
          if (document.querySelector('h1')?.textContent === title) {
            observer.disconnect();
            resolve();
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document, { subtree: true, childList: true, characterData: true });
        link.click();
        check();
      });
      return (await nextFrame()) - start;
    },
  };
  window.__bench = probes;

  let lastCount: string | null = null;
  new MutationObserver(() => {
    const text = countText();
    if (text === null || text === lastCount || text.startsWith('Counting') || !rowsShown()) return;
    lastCount = text;
    const change: ResultsChange = { countText: text, domAt: performance.now(), paintAt: null };
    probes.changes.push(change);
    void nextFrame().then((at) => {
      change.paintAt = at;
    });
  }).observe(document, { subtree: true, childList: true, characterData: true });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probes.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'input',
    () => {
      probes.lastInputAt = performance.now();
    },
    true,
  );
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method].bind(history);
    history[method] = (...args: Parameters<History['pushState']>) => {
      const before = location.href;
      original(...args);
      if (location.href !== before) probes.lastHistoryAt = performance.now();
    };
  }
}
