import { execFile } from 'node:child_process';
import { cp, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import type { Logger, Plugin, ResolvedConfig } from 'vite';
import type { DemoAnswer, DemoDataset } from '../ingest/demo-dataset.ts';

/**
 * DEMO_DATA: unset, dev and preview serve the demo archive while the user's dataset is the bundled sample
 * (theirs once they have ingested their own) and builds never ship it; `1` serves and ships it whatever the
 * dataset; `0` never uses it (the e2e suite's server, which serves its own fixtures).
 */
export type DemoMode = 'auto' | 'on' | 'off';

export function demoMode(value: string | undefined): DemoMode {
  const normalized = (value ?? '').trim().toLowerCase();
  if (normalized === '') return 'auto';
  if (['1', 'true', 'on', 'yes'].includes(normalized)) return 'on';
  if (['0', 'false', 'off', 'no'].includes(normalized)) return 'off';
  throw new Error(`DEMO_DATA must be 1 (use the demo archive) or 0 (never), not "${value ?? ''}"`);
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Answers `<base>data/…` from `dir`; a file that is not there is a 404, never the SPA fallback. */
export function serveDataset(dir: string, base: string): Middleware {
  const prefix = `${base}data/`;
  const root = resolve(dir);
  return (req, res, next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith(prefix) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next();
      return;
    }
    const answer = (status: number, body: string | Buffer, type: string) => {
      res.statusCode = status;
      res.setHeader('Content-Type', type);
      res.setHeader('Cache-Control', 'no-cache');
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    let file: string;
    try {
      file = resolve(root, decodeURIComponent(path.slice(prefix.length)));
    } catch {
      answer(400, 'bad path', 'text/plain');
      return;
    }
    if (!file.startsWith(root + sep)) {
      answer(404, 'not found', 'text/plain');
      return;
    }
    readFile(file).then(
      (body) => {
        answer(200, body, 'application/json');
      },
      () => {
        answer(404, 'not found', 'text/plain');
      },
    );
  };
}

/**
 * Runs ingest/demo-dataset.ts in a child process (so that Vite never loads the ingest and its gazetteers)
 * and resolves with its answer; what it logs while building goes to the terminal.
 */
function askDemoDataset(root: string, args: readonly string[], logger: Logger): Promise<DemoAnswer> {
  return new Promise((resolvePromise, reject) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'ingest/demo-dataset.ts', ...args],
      { cwd: root, maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`the demo archive could not be made: ${stderr.trim() || error.message}`));
          return;
        }
        resolvePromise(JSON.parse(stdout.trim().split('\n').pop() ?? '') as DemoAnswer);
      },
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().trim().split('\n')) if (line) logger.info(`  ${line}`);
    });
  });
}

/** The demo to serve in place of `dataDir`, or null (with the reason logged) when the user's data stands. */
async function demoFor(config: ResolvedConfig, dataDir: string, logger: Logger): Promise<DemoDataset | null> {
  const mode = demoMode(process.env.DEMO_DATA);
  if (mode === 'off' || process.env.VITE_DATA_URL) return null;
  const shown = relative(config.root, dataDir) || dataDir;
  const answer = await askDemoDataset(config.root, mode === 'on' ? ['--always'] : ['--for', shown], logger);
  if (!answer.demo) {
    logger.info(`  Data: ${answer.reason}`);
    return null;
  }
  const { demo } = answer;
  logger.info(
    `  Data: demo archive, ${demo.generated.toLocaleString('en')} generated announcements and ${demo.real} real sample ` +
      `(load your own: npm run ingest -- <folder>; DEMO_DATA=0 turns the demo off)`,
  );
  return demo;
}

/** Serves (and with DEMO_DATA=1 ships) the demo archive; see docs/decisions/0010-demo-archive.md. */
export function demoData(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'demo-data',
    configResolved: (resolved) => {
      config = resolved;
    },
    async configureServer(server) {
      // Vitest runs Vite's dev server for its module graph: no dataset is served there.
      if (process.env.VITEST) return;
      const demo = await demoFor(config, join(config.publicDir, 'data'), config.logger);
      if (demo) server.middlewares.use(serveDataset(demo.dir, config.base));
    },
    async configurePreviewServer(server) {
      const demo = await demoFor(config, resolve(config.root, config.build.outDir, 'data'), config.logger);
      if (demo) server.middlewares.use(serveDataset(demo.dir, config.base));
    },
    async closeBundle() {
      if (config.command !== 'build' || demoMode(process.env.DEMO_DATA) !== 'on') return;
      const answer = await askDemoDataset(config.root, ['--always'], config.logger);
      if (!answer.demo) return;
      const { demo } = answer;
      const target = resolve(config.root, config.build.outDir, 'data');
      await rm(target, { recursive: true, force: true });
      await cp(demo.dir, target, { recursive: true });
      config.logger.info(`Shipped the demo archive (DEMO_DATA=1) in ${relative(config.root, target)}`);
    },
  };
}
