import type { Browse, ColdOpen, FirstSecond } from './browser-measures';
import type { CorpusFacts } from './corpus-facts';
import { FIRST_DOWNLOAD_BUDGET_BYTES } from './budgets';

/** Everything measured at one dataset size: every run's figures, so medians can be taken. */
export interface SizeResult {
  count: number;
  corpus: { dataBytes: number; summaryBytes: number; indexBytes: number; pagefindBytes: number };
  facts: CorpusFacts;
  cold: ColdOpen[];
  deepLink: ColdOpen[];
  browse: Browse[];
  /** Absent in results written before issue 11's measures. */
  firstSecond?: FirstSecond[];
  ours: { filter: ColdOpen[]; text: ColdOpen[] };
  pagefind: { filter: ColdOpen[]; text: ColdOpen[] };
}

type Unit = 'ms' | 'bytes' | 'runs';

interface Measure {
  label: string;
  unit: Unit;
  /** The target at 100,000 (a maximum); none for figures shown for information. */
  target?: number;
  values: (size: SizeResult) => number[];
}

function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const longest = (tasks: readonly number[]) => Math.max(0, ...tasks);

const MEASURES: Measure[] = [
  {
    label: 'cold open of /: first 20 results visible',
    unit: 'ms',
    target: 1000,
    values: (s) => s.cold.map((r) => r.ms),
  },
  {
    label: 'bytes transferred before that (gzip)',
    unit: 'bytes',
    target: 1_500_000,
    values: (s) => s.cold.map((r) => r.bytes),
  },
  {
    label: 'facet click (country): list and counts updated',
    unit: 'ms',
    target: 50,
    values: (s) => s.browse.map((r) => r.facetMs),
  },
  {
    label: 'runs with a long task (> 50 ms) on facet click',
    unit: 'runs',
    target: 0,
    values: (s) => [s.browse.filter((r) => r.facetLongTasks.length > 0).length],
  },
  {
    label: '  longest long task on facet click',
    unit: 'ms',
    values: (s) => s.browse.map((r) => longest(r.facetLongTasks)),
  },
  {
    label: 'facet click at the first paint (first second): updated',
    unit: 'ms',
    target: 100,
    values: (s) => (s.firstSecond ?? []).map((r) => r.clickMs),
  },
  {
    label: '  longest long task on that click',
    unit: 'ms',
    target: 50,
    values: (s) => (s.firstSecond ?? []).map((r) => longest(r.longTasks)),
  },
  {
    label: 'bytes pulled while idle 10 s after the first paint',
    unit: 'bytes',
    target: 2_000_000,
    values: (s) => (s.firstSecond ?? []).map((r) => r.idleBytes),
  },
  {
    label: 'text query: last keystroke → results updated',
    unit: 'ms',
    target: 100,
    values: (s) => s.browse.map((r) => r.textMs),
  },
  {
    label: '  of which after the debounce (URL change →)',
    unit: 'ms',
    values: (s) => s.browse.map((r) => r.textAfterDebounceMs),
  },
  {
    label: 'opening a detail from the list',
    unit: 'ms',
    target: 150,
    values: (s) => s.browse.map((r) => r.detailMs),
  },
  {
    label: 'JS heap after browsing: page + worker',
    unit: 'bytes',
    target: 150_000_000,
    values: (s) => s.browse.map((r) => r.mainHeapBytes + (r.workerHeapBytes ?? 0)),
  },
  {
    label: '  page (performance.memory)',
    unit: 'bytes',
    values: (s) => s.browse.map((r) => r.mainHeapBytes),
  },
  {
    label: '  worker (CDP Runtime.getHeapUsage)',
    unit: 'bytes',
    values: (s) => s.browse.map((r) => r.workerHeapBytes ?? Number.NaN),
  },
  {
    label: 'initial JavaScript (gzip), main thread',
    unit: 'bytes',
    target: FIRST_DOWNLOAD_BUDGET_BYTES,
    values: (s) => s.cold.map((r) => r.scriptBytes),
  },
  { label: '  worker script (gzip)', unit: 'bytes', values: (s) => s.cold.map((r) => r.workerScriptBytes) },
  {
    label: 'deep link /?country=KH&person=… cold',
    unit: 'ms',
    target: 1000,
    values: (s) => s.deepLink.map((r) => r.ms),
  },
  { label: '  bytes before that (gzip)', unit: 'bytes', values: (s) => s.deepLink.map((r) => r.bytes) },
];

function format(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'runs') return String(value);
  if (unit === 'ms')
    return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
  const digits = (n: number) => n.toFixed(n >= 100 ? 0 : n >= 10 ? 1 : 2);
  return value >= 1_000_000 ? `${digits(value / 1_000_000)} MB` : `${digits(value / 1000)} kB`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The measures against the targets (set for 100,000; shown against every size) and the Pagefind comparison. */
export function renderTables(sizes: readonly SizeResult[], runs: number): string {
  const header = ['measure (median)', 'target', ...sizes.map((s) => s.count.toLocaleString('en'))];
  const rows = MEASURES.map((measure) => [
    measure.label,
    measure.target === undefined
      ? ''
      : measure.unit === 'runs'
        ? 'none'
        : `≤ ${format(measure.target, measure.unit)}`,
    ...sizes.map((size) => {
      const value = measure.unit === 'runs' ? (measure.values(size)[0] ?? 0) : median(measure.values(size));
      const cell = measure.unit === 'runs' ? `${value}/${size.browse.length}` : format(value, measure.unit);
      if (measure.target === undefined || !Number.isFinite(value)) return `${cell}  `;
      return `${cell} ${value <= measure.target ? '✓' : '✗'}`;
    }),
  ]);

  const comparison: string[][] = [];
  for (const size of sizes) {
    const pairs = [
      [`country=${size.facts.country}`, size.ours.filter, size.pagefind.filter],
      [`q=${size.facts.word}`, size.ours.text, size.pagefind.text],
    ] as const;
    for (const [query, ours, theirs] of pairs) {
      for (const [what, unit, pick] of [
        ['time', 'ms', (r: ColdOpen) => r.ms],
        ['bytes', 'bytes', (r: ColdOpen) => r.bytes],
      ] as const) {
        const a = median(ours.map(pick));
        const b = median(theirs.map(pick));
        comparison.push([
          size.count.toLocaleString('en'),
          `${query} ${what}`,
          format(a, unit),
          format(b, unit),
          (a / b).toFixed(2),
          ours[0]?.shown ?? '',
          theirs[0]?.shown ?? '',
        ]);
      }
    }
  }
  const corpus = sizes.map(
    (s) =>
      `${s.count.toLocaleString('en')}: data ${format(s.corpus.dataBytes, 'bytes')} (summaries ${format(s.corpus.summaryBytes, 'bytes')}, chunked index ${format(s.corpus.indexBytes, 'bytes')}), Pagefind index ${format(s.corpus.pagefindBytes, 'bytes')}; ` +
      `queries country=${s.facts.country} (${s.facts.countryCount.toLocaleString('en')} match), person=${s.facts.person}, q=${s.facts.word}`,
  );
  return [
    `Medians of ${runs} runs; targets are the issue's (for 100,000); ✓ within, ✗ over. 1 kB = 1,000 bytes.`,
    table(header, rows),
    '',
    'Cold, side by side with Pagefind (ours: first 20 results painted; Pagefind: first 20 results’ data loaded):',
    table(['size', 'query', 'ours', 'Pagefind', 'ours/Pagefind', 'ours shows', 'Pagefind finds'], comparison),
    '',
    'Corpus:',
    ...corpus.map((line) => `  ${line}`),
  ].join('\n');
}
