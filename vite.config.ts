import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { demoData } from './scripts/demo-data-plugin.ts';
import { flagAssets } from './scripts/flag-assets-plugin.ts';
import { contentSecurityPolicy } from './src/app/security-policy.ts';

/** Adds the CSP meta tag to the built index.html (the dev server needs inline scripts, so not there). */
function cspMetaTag(dataUrl: string | undefined): Plugin {
  return {
    name: 'csp-meta-tag',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(dataUrl) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Adds public/start-worker.js with the search worker's hashed URL, so that the worker (and the dataset
 * download it starts) begins before the app's script has been parsed. Build only: dev creates it in-app.
 */
function startWorkerEarly(): Plugin {
  let base = '/';
  return {
    name: 'start-worker-early',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const worker = Object.keys(ctx.bundle ?? {}).find((file) =>
          /search-engine\.worker-[\w-]+\.js$/.test(file),
        );
        if (!worker) return [];
        return [
          {
            tag: 'script',
            attrs: { src: `${base}start-worker.js`, 'data-worker': `${base}${worker}`, async: true },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * Marks the features' public files as free of side effects (they only re-export), so that the bundler
 * follows each import to the module that defines it: a route importing one name from a feature then
 * does not pull the feature's other modules into its chunk.
 */
function publicFilesWithoutSideEffects(): Plugin {
  return {
    name: 'public-files-without-side-effects',
    transform: (code, id) =>
      /\/src\/features\/[\w-]+\/index\.ts$/.test(id) ? { code, moduleSideEffects: false } : undefined,
  };
}

export default defineConfig(({ mode }) => ({
  resolve: {
    // React Router's package exports only its development build (dev-only checks stay in); build with the
    // production one it also ships. Recorded in docs/decisions/0006-initial-javascript-budget.md.
    alias:
      mode === 'production'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
          ]
        : [],
  },
  build: {
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Everything the entry imports statically in one chunk: split by what each lazy chunk shares, the
      // first download would be many small files, each compressed on its own (decision 0020).
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
    },
  },
  plugins: [
    react(),
    tailwindcss(),
    cspMetaTag(loadEnv(mode, process.cwd(), 'VITE_').VITE_DATA_URL),
    startWorkerEarly(),
    publicFilesWithoutSideEffects(),
    demoData(),
    flagAssets(),
  ],
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'ingest/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/testing/setup-tests.ts'],
    restoreMocks: true,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/unit.json' },
  },
}));
