import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './security-policy';

describe('contentSecurityPolicy', () => {
  it('forbids inline scripts, plugins and base rewriting', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
  });

  it('lets the flags load as image files from the app’s own origin (scripts/flag-assets-plugin.ts)', () => {
    expect(contentSecurityPolicy()).toMatch(/(^|; )img-src 'self'[ ;]/);
  });

  it('lets the app fetch data from the origin VITE_DATA_URL names', () => {
    expect(contentSecurityPolicy('https://cdn.example.org/board/')).toContain(
      "connect-src 'self' https://cdn.example.org;",
    );
  });

  it('is the same policy the documented nginx setup sends', () => {
    const nginx = readFileSync('deploy/nginx/security-headers.conf', 'utf8');
    expect(nginx).toContain(`Content-Security-Policy "${contentSecurityPolicy()}; frame-ancestors 'none'"`);
  });
});
