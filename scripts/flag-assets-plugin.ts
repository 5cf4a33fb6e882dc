import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:flags';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The 3:2 SVG flags of country-flag-icons, by ISO 3166-1 alpha-2 code (and a few others it has, e.g. XK). */
function readFlags(): Map<string, string> {
  const packageJson = createRequire(import.meta.url).resolve('country-flag-icons/package.json');
  const dir = join(dirname(packageJson), '3x2');
  const flags = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    const match = /^([A-Z]{2})\.svg$/.exec(file);
    if (match?.[1]) flags.set(match[1], readFileSync(join(dir, file), 'utf8'));
  }
  if (flags.size === 0) throw new Error(`no flags found in ${dir}`);
  return flags;
}

/**
 * The codes as a bitmap of the 26 × 26 two-letter codes (bit `(first − A) × 26 + (second − A)`), in
 * base64: a quarter of the bytes of the list of codes, for the first download. src/components/flag.tsx
 * reads it.
 */
export function flagBitmap(codes: Iterable<string>): string {
  const bits = new Uint8Array(Math.ceil((26 * 26) / 8));
  for (const code of codes) {
    const n = (code.charCodeAt(0) - 65) * 26 + code.charCodeAt(1) - 65;
    bits[n >> 3] = (bits[n >> 3] ?? 0) | (1 << (n & 7));
  }
  return Buffer.from(bits).toString('base64');
}

/**
 * Serves the country flags as separate SVG files, `assets/flags-<hash>/<code>.svg`, emitted by the build
 * (and answered by the dev server), so none of them is in the JavaScript: a page loads only the flags it
 * shows. `virtual:flags` gives the app their folder and the codes there are files for (so an unknown code
 * asks for nothing). One hash over all files: the folder is cached as immutable as the other assets.
 * See docs/decisions/0017-svg-flags-as-files.md.
 */
export function flagAssets(): Plugin {
  const flags = readFlags();
  const hash = createHash('sha256');
  for (const [code, svg] of flags) hash.update(code).update(svg);
  const folder = `assets/flags-${hash.digest('hex').slice(0, 8)}`;
  let base = '/';
  return {
    name: 'flag-assets',
    configResolved: (config) => {
      base = config.base;
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load: (id) =>
      id === RESOLVED_ID
        ? `export const FLAG_FOLDER = ${JSON.stringify(`${base}${folder}/`)};\nexport const FLAG_CODES = ${JSON.stringify(flagBitmap(flags.keys()))};\n`
        : undefined,
    configureServer: (server) => {
      server.middlewares.use((request, response, next) => {
        const match = new RegExp(`^${base}${folder}/([A-Z]{2})\\.svg$`).exec(request.url ?? '');
        const svg = match?.[1] ? flags.get(match[1]) : undefined;
        if (!svg) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'image/svg+xml');
        response.end(svg);
      });
    },
    generateBundle() {
      for (const [code, svg] of flags)
        this.emitFile({ type: 'asset', fileName: `${folder}/${code}.svg`, source: svg });
    },
  };
}
