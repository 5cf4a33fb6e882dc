import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasFlag } from './flag';

describe('hasFlag', () => {
  it('is true exactly for the codes country-flag-icons has a 3:2 SVG of', () => {
    const files = new Set(
      readdirSync('node_modules/country-flag-icons/3x2')
        .filter((file) => /^[A-Z]{2}\.svg$/.test(file))
        .map((file) => file.slice(0, 2)),
    );
    expect(files.size).toBeGreaterThan(240);
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        expect(hasFlag(code), code).toBe(files.has(code));
      }
    }
  });

  it('is false for what is not a code', () => {
    for (const code of ['', 'kh', 'KHM', 'K', '1A', 'ZZ']) expect(hasFlag(code), code).toBe(false);
  });
});
