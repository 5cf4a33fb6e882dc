import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/**
 * What the ingest keeps on its heap per announcement until the dataset is written: its id, date and source,
 * its place in the record spool, and its share of the facet lists and dictionaries (the texts and text
 * postings are on disk or outside the heap: decision 0022), with room for garbage collection. An estimate on
 * the generous side: running short costs a crash after minutes.
 */
export const HEAP_BYTES_PER_ANNOUNCEMENT = 2 * 1024;
/** Set in the environment of a run restarted with a bigger heap, so it never restarts again. */
const RESTARTED = 'INGEST_HEAP_RAISED';
const MB = 1024 * 1024;

export interface HeapPlan {
  /** V8's heap limit now, in MiB. */
  limitMb: number;
  /** What `count` announcements need, in MiB. */
  neededMb: number;
  /** The limit to restart with (at most 80% of the machine's memory), or null to go on as it is. */
  restartMb: number | null;
  /** Set when the machine's memory looks too small for the run. */
  warning?: string;
}

/**
 * Node's default heap (about 4 GiB on a 64-bit machine) holds about two million announcements; a larger
 * run is restarted with a limit that fits, within the machine's memory.
 */
export function planHeap(
  count: number,
  limitMb = getHeapStatistics().heap_size_limit / MB,
  memoryMb = totalmem() / MB,
): HeapPlan {
  const neededMb = Math.ceil((count * HEAP_BYTES_PER_ANNOUNCEMENT) / MB);
  const ceilingMb = Math.floor(memoryMb * 0.8);
  const plan: HeapPlan = { limitMb: Math.floor(limitMb), neededMb, restartMb: null };
  if (neededMb <= limitMb) return plan;
  if (ceilingMb > limitMb) plan.restartMb = Math.min(neededMb, ceilingMb);
  if (neededMb > ceilingMb)
    plan.warning = `${count} announcements need about ${(neededMb / 1024).toFixed(1)} GiB of heap; this machine has ${(memoryMb / 1024).toFixed(1)} GiB of memory, so the run may stop short of memory`;
  return plan;
}

/**
 * Runs this same command again in a child process with V8's heap limit at `limitMb`, and returns its exit
 * code; null when this process is already such a child.
 */
export function restartWithHeap(limitMb: number): number | null {
  if (process.env[RESTARTED]) return null;
  const script = process.argv[1];
  if (!script) return null;
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${limitMb}`, script, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, [RESTARTED]: '1' } },
  );
  if (child.error) throw child.error;
  return child.status ?? 1;
}
