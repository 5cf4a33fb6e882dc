import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** E2E_PORT lets several checkouts run their suites side by side on one machine. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** Set to test a running server (e.g. the nginx setup in CI) instead of starting `vite preview`. */
const externalBaseUrl = process.env.E2E_BASE_URL;

/** Debian's Chromium where it is installed (no browser downloads here); elsewhere Playwright's own. */
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/e2e.json' }]]
    : 'list',
  use: {
    baseURL: externalBaseUrl ?? `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    video: 'off',
    launchOptions: {
      executablePath,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: externalBaseUrl
    ? undefined
    : {
        command: `npx vite build --logLevel warn && npx tsx ingest/publish.ts dist && npx tsx deploy/precompress.ts dist && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
        url: `http://127.0.0.1:${PORT}`,
        reuseExistingServer: !process.env.CI,
        timeout: 120_000,
      },
});
