import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

/**
 * A small static host for the benchmark: serves the built app with gzip and SPA fallback, and mounts other
 * folders under URL prefixes (`/data/` → the dataset under test, `/pagefind/` → its Pagefind index).
 * Loopback only, GET/HEAD only, no path escapes, a bounded gzip cache, and it stops itself after `lifetimeMs`.
 * It logs the bytes of every response, so the benchmark counts exactly what crossed the wire, including
 * the worker's requests and the worker script itself (which the browser's own accounting misses).
 */
/** One response as sent: `bytes` is what went on the wire (headers and encoded body). */
export interface ServedResponse {
  path: string;
  bytes: number;
  /** When the last byte was handed to the socket, in epoch milliseconds (comparable with a page's clock). */
  endedAt: number;
}

export interface StaticServer {
  origin: string;
  /** The responses sent since the last call, oldest first. */
  takeLog: () => ServedResponse[];
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};
/** What a typical host compresses: text types. Pagefind's own files are compressed already. */
const GZIP_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);
const GZIP_CACHE_LIMIT_BYTES = 256 * 1024 * 1024;
const gzipAsync = promisify(gzip);

export async function startStaticServer({
  root,
  mounts,
  lifetimeMs = 30 * 60_000,
}: {
  root: string;
  mounts: Record<string, string>;
  lifetimeMs?: number;
}): Promise<StaticServer> {
  const gzipCache = new Map<string, Buffer>();
  let cachedBytes = 0;
  let log: ServedResponse[] = [];
  const socketBytesLogged = new WeakMap<object, number>();

  /** The file for a URL path, or null when it is outside every folder. */
  const resolveFile = (pathname: string): { file: string; mounted: boolean } | null => {
    const inside = (dir: string, rest: string) => {
      const base = resolve(dir);
      const file = resolve(base, `.${sep}${rest}`);
      return file === base || file.startsWith(base + sep) ? file : null;
    };
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (pathname.startsWith(prefix)) {
        const file = inside(dir, pathname.slice(prefix.length));
        return file ? { file, mounted: true } : null;
      }
    }
    const file = inside(root, pathname);
    return file ? { file, mounted: false } : null;
  };

  const isFile = async (file: string) => (await stat(file).catch(() => null))?.isFile() ?? false;

  // Like nginx's gzip_static: a precompressed `<file>.gz` from the build is served as it is.
  const gzipped = async (file: string): Promise<Buffer> => {
    const cached = gzipCache.get(file);
    if (cached) return cached;
    const precompressed = (await isFile(`${file}.gz`)) ? await readFile(`${file}.gz`) : null;
    const body = precompressed ?? (await gzipAsync(await readFile(file)));
    if (cachedBytes + body.length <= GZIP_CACHE_LIMIT_BYTES) {
      gzipCache.set(file, body);
      cachedBytes += body.length;
    }
    return body;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const pathname = requested.endsWith('/') && requested !== '/' ? `${requested}index.html` : requested;
    const target = resolveFile(pathname);
    if (!target) {
      res.writeHead(404).end();
      return;
    }
    let file = target.file;
    if (!(await isFile(file))) {
      // SPA fallback for app routes; a missing data or index file is a real 404.
      if (target.mounted || extname(pathname) !== '') {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      file = join(root, 'index.html');
    }
    const extension = extname(file);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extension] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
    };
    const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (acceptsGzip && GZIP_EXTENSIONS.has(extension)) {
      const body = await gzipped(file);
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const { size } = await stat(file);
    res.writeHead(200, { ...headers, 'Content-Length': String(size) });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };

  const server = createServer((req, res) => {
    res.on('finish', () => {
      const socket = req.socket;
      const before = socketBytesLogged.get(socket) ?? 0;
      socketBytesLogged.set(socket, socket.bytesWritten);
      log.push({
        path: new URL(req.url ?? '/', 'http://localhost').pathname,
        bytes: socket.bytesWritten - before,
        endedAt: performance.timeOrigin + performance.now(),
      });
    });
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
      else res.destroy();
    });
  });
  server.maxConnections = 64;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // BENCH_PORT: a fixed port, for a machine whose ports are shared out; else any free one.
    server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  const close = () =>
    new Promise<void>((resolve) => {
      clearTimeout(stopTimer);
      server.close(() => {
        resolve();
      });
      server.closeAllConnections();
    });
  const stopTimer = setTimeout(() => void close(), lifetimeMs);
  stopTimer.unref();

  const takeLog = () => {
    const taken = log;
    log = [];
    return taken;
  };
  return { origin: `http://127.0.0.1:${port}`, takeLog, close };
}
