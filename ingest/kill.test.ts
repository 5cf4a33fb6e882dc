import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { cp, rm } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  announcementSchema,
  dataIndexSchema,
  personProfileSchema,
  summarySchema,
  summaryShardSchema,
} from '../src/data/schema';
import { main } from './cli';
import { currentDatasetDir, readPointer } from './dataset-folder';
import { writeCorpus } from './gen-corpus';
import { listFiles, useTempDir } from './testing/temp-dataset';
import { cleanDataset } from './write-dataset';

const KILLS = 12;
const TIME_LIMIT_MS = 40_000;

/** Reads the dataset the pointer names and checks every file against the data contract's schemas. */
function validDataset(out: string): string {
  const dir = currentDatasetDir(out);
  if (!dir) throw new Error(`${out}: no dataset at all`);
  const read = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as unknown;
  const index = dataIndexSchema.parse(read('index.json'));
  let summaries = 0;
  for (const shard of index.shards) {
    const { items } = summaryShardSchema.parse(read(shard.file));
    for (const item of items) summarySchema.parse(item);
    summaries += items.length;
  }
  const announcements = readdirSync(join(dir, 'announcements'));
  for (const name of announcements) announcementSchema.parse(read(`announcements/${name}`));
  for (const person of index.people) personProfileSchema.parse(read(`people/${person.id}.json`));
  expect([summaries, announcements.length]).toEqual([index.count, index.count]);
  return dir;
}

/**
 * Runs the ingest in a child process (node with tsx's loader, no tsx wrapper process) and kills it with
 * SIGKILL `delayMs` after it starts, or after it takes the output folder's lock (when it starts writing).
 * Resolves with how it ended and how long the writing took (lock to exit), when it got that far.
 */
function killedRun(
  args: readonly string[],
  out: string,
  kill: { afterMs: number; from: 'start' | 'lock' } | null,
  env: Record<string, string> = {},
): Promise<{ end: 'killed' | 'finished'; writingMs: number | null }> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = spawn(process.execPath, ['--import', tsx, 'ingest/cli.ts', ...args], {
    stdio: 'ignore',
    env: { ...process.env, ...env },
  });
  let locked: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  const killLater = () => {
    timer = setTimeout(() => child.kill('SIGKILL'), kill?.afterMs ?? 0);
  };
  if (kill?.from === 'start') killLater();
  const poll = setInterval(() => {
    if (locked !== null || !existsSync(join(out, '.lock'))) return;
    locked = performance.now();
    if (kill?.from === 'lock') killLater();
  }, 1);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearInterval(poll);
      const writingMs = locked === null ? null : performance.now() - locked;
      if (signal === 'SIGKILL') resolve({ end: 'killed', writingMs });
      else if (code === 0) resolve({ end: 'finished', writingMs });
      else reject(new Error(`the ingest exited with ${code ?? signal}`));
    });
  });
}

/** Deterministic delays spread over the run: a small linear congruential generator. */
function* delays(seed: number, max: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    yield (state / 2 ** 31) * max;
  }
}

describe('an ingest killed at any moment', () => {
  const temp = useTempDir('ingest-kill-', 'all');
  const inputs: string[] = [];
  const references: Array<Map<string, string>> = [];
  beforeAll(async () => {
    for (const seed of [1, 2]) {
      const raw = join(temp.path, `raw-${seed}`);
      await writeCorpus(raw, 90, seed);
      const reference = join(temp.path, `reference-${seed}`);
      expect(await main([raw, '--out', reference])).toBe(0);
      inputs.push(raw);
      references.push(await listFiles(validDataset(reference)));
    }
  }, 60_000);

  it(
    'leaves the old dataset or the new one, never none or a mix, and the next run cleans up',
    { timeout: 120_000 },
    async () => {
      const out = join(temp.path, 'out');
      const args = (input: number) => [inputs[input] ?? '', '--out', out, '--workers', '1'];
      // One run to the end: how long a run and its writing take here (kills are spread over both).
      let started = performance.now();
      const first = await killedRun(args(0), out, null);
      const runMs = performance.now() - started;
      expect(first.end).toBe('finished');
      const writingMs = first.writingMs ?? 50;
      let current = 0;
      const outcomes = { killed: 0, finished: 0, killedWriting: 0 };
      const delay = delays(20261201, 1);
      started = performance.now();
      /** After a run towards `next`: the dataset is the current one or `next`, never none or a mix. */
      const expectOldOrNew = async (next: number, when: string) => {
        const files = await listFiles(validDataset(out));
        const now = references.findIndex(
          (reference) =>
            reference.size === files.size && [...reference].every(([path, text]) => files.get(path) === text),
        );
        expect(now, `${when}, the dataset is neither the old nor the new one`).toBeGreaterThanOrEqual(0);
        expect([current, next]).toContain(now);
        current = now;
      };
      for (let i = 0; i < KILLS && performance.now() - started < TIME_LIMIT_MS; i++) {
        const next = 1 - current;
        // Every other kill lands while the run writes: the staging folder, the renames, the clean-up.
        const from = i % 2 === 0 ? 'lock' : 'start';
        const afterMs = (delay.next().value as number) * (from === 'lock' ? writingMs * 1.2 : runMs * 1.1);
        const run = await killedRun(args(next), out, { afterMs, from });
        outcomes[run.end]++;
        if (run.end === 'killed' && run.writingMs !== null) outcomes.killedWriting++;
        await expectOldOrNew(next, `after run ${i + 1}`);
      }
      // Where the random kills may all miss on a loaded machine, two exact ones: halfway through writing
      // the files, and between naming the version folder and the switch.
      for (const point of ['put:100', 'staged:1']) {
        const next = 1 - current;
        const was = current;
        const run = await killedRun(args(next), out, null, { INGEST_TEST_KILL: point });
        expect([run.end, run.writingMs !== null], point).toEqual(['killed', true]);
        await expectOldOrNew(next, `killed at ${point}`);
        expect(current, `killed at ${point}, before the switch`).toBe(was);
      }

      // A run that is not killed cleans what the killed ones left.
      expect((await killedRun(args(1 - current), out, null)).end).toBe('finished');
      expect(readdirSync(out).sort()).toEqual(['.ingest', 'current.json', 'v']);
      const pointer = readPointer(out);
      const kept = [pointer?.version, pointer?.previous].filter((v) => v != null).sort();
      expect(readdirSync(join(out, 'v')).sort()).toEqual(kept);
      expect(readdirSync(join(out, '.ingest')).sort()).toEqual(kept);
      expect(await listFiles(validDataset(out))).toEqual(references[1 - current]);
      console.info(
        `kill test: ${JSON.stringify(outcomes)}; a run takes ${Math.round(runMs)} ms here, its writing ${Math.round(writingMs)} ms`,
      );
    },
  );

  /** The paths of `files` that `reference` lacks, or null when a file of `reference` is missing or differs. */
  const extraOver = (files: Map<string, string>, reference: Map<string, string>): string[] | null =>
    [...reference].every(([path, text]) => files.get(path) === text)
      ? [...files.keys()].filter((path) => !reference.has(path))
      : null;

  it(
    'leaves the old dataset or the appended one when an append that adds a segment is killed',
    { timeout: 180_000 },
    async () => {
      const base = join(temp.path, 'reference-1');
      const fresh = join(temp.path, 'raw-new');
      await writeCorpus(fresh, 4, 3);
      const appended = join(temp.path, 'appended');
      await cp(base, appended, { recursive: true });
      expect(await main([fresh, '--out', appended, '--append'])).toBe(0);
      expect(readdirSync(join(validDataset(appended), 'summaries')).some((n) => n.startsWith('s-'))).toBe(
        true,
      );
      const before = await listFiles(validDataset(base));
      const after = await listFiles(validDataset(appended));
      const out = join(temp.path, 'out-append');
      const args = [fresh, '--out', out, '--append', '--workers', '1'];
      const delay = delays(20261202, 1);
      let killedWriting = 0;
      const started = performance.now();
      for (let i = 0; i < KILLS / 2 && performance.now() - started < TIME_LIMIT_MS; i++) {
        await rm(out, { recursive: true, force: true });
        await cp(base, out, { recursive: true });
        const run = await killedRun(args, out, {
          afterMs: (delay.next().value as number) * 400,
          from: 'lock',
        });
        if (run.end === 'killed' && run.writingMs !== null) killedWriting++;
        await expectOldOrAppended(out, before, after, `after run ${i + 1}`);
        // Whatever the kill left, the next append gives the appended dataset (or finds nothing new).
        expect((await killedRun(args, out, null)).end).toBe('finished');
        expect(await listFiles(validDataset(out))).toEqual(after);
      }
      console.info(`append kill test: ${killedWriting} random kills landed while the append wrote`);

      // Killed exactly where a random kill rarely lands: after renaming new files into the shared folder,
      // before the switch (decision 0029). The old version then reaches them until the next run's start.
      const added = [...after.keys()].filter(
        (path) => !before.has(path) && path.startsWith('announcements/'),
      );
      expect(added.length).toBe(4);
      for (const placed of [1, added.length]) {
        await rm(out, { recursive: true, force: true });
        await cp(base, out, { recursive: true });
        const run = await killedRun(args, out, null, { INGEST_TEST_KILL: `placed:${placed}` });
        expect(run.end).toBe('killed');
        const leftover = await expectOldOrAppended(out, before, after, `killed after ${placed} placed`);
        expect(leftover.length, 'the kill landed after the renames').toBe(placed);
        expect(await listFiles(validDataset(out))).toEqual(before);
        expect((await killedRun(args, out, null)).end).toBe('finished');
        expect(await listFiles(validDataset(out))).toEqual(after);
      }
    },
  );

  /**
   * Right after a kill: the current version is the appended one, or the old one with its index, counts and
   * every file it lists intact, plus at most the new announcements' files (in the shared folder). Then the
   * clean-up every run starts with (cleanDataset) leaves exactly the old or the appended dataset. Returns
   * the extra files the kill had left.
   */
  async function expectOldOrAppended(
    out: string,
    before: Map<string, string>,
    after: Map<string, string>,
    when: string,
  ): Promise<string[]> {
    const dir = currentDatasetDir(out);
    if (!dir) throw new Error(`${when}: no dataset at all`);
    const files = await listFiles(dir);
    const overAfter = extraOver(files, after);
    const overBefore = extraOver(files, before);
    let leftover: string[] = [];
    if (overAfter?.length !== 0) {
      expect(overBefore, `${when}, neither the old nor the appended dataset`).not.toBeNull();
      leftover = overBefore ?? [];
      expect(
        leftover.filter((path) => !after.has(path) || !path.startsWith('announcements/')),
        `${when}, the old version has files the appended one does not`,
      ).toEqual([]);
    }
    cleanDataset(out);
    const cleaned = await listFiles(validDataset(out));
    const same = (reference: Map<string, string>) =>
      reference.size === cleaned.size && [...reference].every(([path, text]) => cleaned.get(path) === text);
    expect(
      same(before) || same(after),
      `${when} and the clean-up, neither the old nor the appended dataset`,
    ).toBe(true);
    return leftover;
  }
});
