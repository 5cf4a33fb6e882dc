import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledModule } from './worker-bundle';

const entry = fileURLToPath(new URL('./extract-worker.ts', import.meta.url));

describe('bundledModule', () => {
  it('bundles the worker once into the cache and gives the same file while its sources are unchanged', () => {
    const first = bundledModule(entry);
    expect(first).not.toBeNull();
    const file = fileURLToPath(first ?? '');
    expect(file).toContain('node_modules/.cache/extract-worker/');
    expect(existsSync(file)).toBe(true);
    // The repository's own modules are inside the bundle; packages stay imports.
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('prepareFile');
    expect(text).not.toContain('function __tsx');
    expect(bundledModule(entry)).toBe(first);
  });

  it('gives null (the caller falls back to tsx) for an entry that cannot be bundled', () => {
    expect(bundledModule(fileURLToPath(new URL('./no-such-worker.ts', import.meta.url)))).toBeNull();
  });
});
