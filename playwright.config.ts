import { defineConfig, devices } from '@playwright/test';
import { configuredChromium } from './scripts/ensure-browser.ts';

/** E2E_PORT lets several checkouts run their suites side by side on one machine. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** The second preview, which serves the demo archive (e2e/demo.spec.ts); the first opts out of it. */
const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? PORT + 1);

/** Set to test a running server (e.g. the nginx setup in CI) instead of starting `vite preview`. */
const externalBaseUrl = process.env.E2E_BASE_URL;

/**
 * CHROMIUM_PATH, else Debian's Chromium where it is installed, else Playwright's own; `npm run test:e2e`
 * first makes sure one of them is there (scripts/ensure-browser.ts).
 */
const executablePath = configuredChromium(process.env.CHROMIUM_PATH);

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
  projects: [
    {
      name: 'desktop',
      testIgnore: /demo\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    // The demo archive only exists where `vite preview` serves it, not behind another server.
    ...(externalBaseUrl
      ? []
      : [
          {
            name: 'demo',
            testMatch: /demo\.spec\.ts/,
            use: {
              ...devices['Desktop Chrome'],
              channel: undefined,
              baseURL: `http://127.0.0.1:${DEMO_PORT}`,
            },
          },
        ]),
  ],
  // Started in order: the first builds dist/, which the second serves too. The tests' own server never
  // serves the demo (DEMO_DATA=0), so what they see is the bundled sample or their fixtures.
  webServer: externalBaseUrl
    ? undefined
    : [
        {
          command: `npx vite build --logLevel warn && npx tsx ingest/publish.ts dist && npx tsx deploy/precompress.ts dist && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
          url: `http://127.0.0.1:${PORT}`,
          env: { DEMO_DATA: '0' },
          reuseExistingServer: !process.env.CI,
          timeout: 120_000,
        },
        {
          command: `npx vite preview --host 127.0.0.1 --port ${DEMO_PORT} --strictPort`,
          url: `http://127.0.0.1:${DEMO_PORT}`,
          env: { DEMO_DATA: '1' },
          reuseExistingServer: !process.env.CI,
          timeout: 120_000,
        },
      ],
});
