import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { isMain } from '../ingest/is-main';

/**
 * Writes `<file>.gz` next to each built script and style sheet (dist/assets), compressed with Zopfli (gzip-compatible,
 * smaller than gzip -9, too slow to run per request). Static hosts serve them as they are: nginx
 * with `gzip_static on` (deploy/nginx/site.conf), Netlify, Cloudflare Pages and S3/CloudFront uploads with
 * Content-Encoding. Pages and data files are left to the host's on-the-fly gzip: at 100,000 announcements
 * there are 100,000 of each, rebuilt by every ingest.
 */
const COMPRESSIBLE = /\.(?:js|css|svg)$/;

export async function precompress(dir: string): Promise<{ files: number; before: number; after: number }> {
  const assets = join(dir, 'assets');
  const files = readdirSync(assets, { recursive: true, encoding: 'utf8' })
    .filter((name) => COMPRESSIBLE.test(name))
    .map((name) => join(assets, name))
    .filter((path) => statSync(path).isFile() && statSync(path).size >= 256);
  let before = 0;
  let after = 0;
  for (const path of files) {
    const source = readFileSync(path);
    const zopfli = Buffer.from(await gzipAsync(source, { numiterations: 15 }));
    // Never ship a .gz larger than what the host would make on the fly.
    const best =
      zopfli.length <= gzipSync(source, { level: 9 }).length ? zopfli : gzipSync(source, { level: 9 });
    writeFileSync(`${path}.gz`, best);
    before += gzipSync(source).length;
    after += best.length;
  }
  return { files: files.length, before, after };
}

if (isMain(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const started = performance.now();
  const { files, before, after } = await precompress(dir);
  console.log(
    `Precompressed ${files} files in ${dir} (zopfli): ${(before / 1000).toFixed(1)} kB with gzip -6 → ${(after / 1000).toFixed(1)} kB, ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
