import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { firstPaint, freshPage } from './browser-measures';
import { startStaticServer } from './static-server';

/**
 * `npx tsx bench/requests.ts --app <built app> --data <dataset folder> [--path '/?country=KH']`: a cold
 * open in Chromium, listing every response before and after the first results were painted (path, bytes
 * on the wire, when it ended), to see which requests a cold open waits for.
 */
const { values: options } = parseArgs({
  options: { app: { type: 'string' }, data: { type: 'string' }, path: { type: 'string', default: '/' } },
});
if (!options.app || !options.data) {
  console.error("Usage: npx tsx bench/requests.ts --app dir --data dir [--path '/?q=word']");
  process.exit(2);
}
const server = await startStaticServer({ root: options.app, mounts: { '/data/': options.data } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  const { context, page } = await freshPage(browser);
  server.takeLog();
  await page.goto(server.origin + options.path, { waitUntil: 'commit' });
  const painted = await firstPaint(page, options.path, 120_000);
  await page.waitForTimeout(1500);
  let before = 0;
  let marked = false;
  for (const response of server.takeLog()) {
    const at = response.endedAt - painted.origin;
    if (!marked && at > painted.at) {
      console.log(
        `---- first results painted at ${painted.at.toFixed(0)} ms (${painted.text}), ${before} bytes before`,
      );
      marked = true;
    }
    if (!marked) before += response.bytes;
    console.log(`${at.toFixed(0).padStart(6)} ms ${String(response.bytes).padStart(8)} B  ${response.path}`);
  }
  if (!marked)
    console.log(`---- first results painted at ${painted.at.toFixed(0)} ms, ${before} bytes before`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
