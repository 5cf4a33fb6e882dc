import { describe, expect, it } from 'vitest';
import { correctionSendHref } from './correction-link';

const entry = '{\n  "announcements": { "a-1": { "remove": { "people": ["x"] } } }\n}\n';

describe('correctionSendHref', () => {
  it('writes a mail with the entry as its body', () => {
    const href = correctionSendHref('mailto:editors@example.org', 'a-1', 'Correction for a-1', entry);
    expect(href).toMatch(/^mailto:editors@example\.org\?subject=Correction%20for%20a-1&body=/);
    expect(href).not.toContain('+');
    const body = new URLSearchParams(href?.split('?')[1]).get('body');
    expect(body).toBe(entry);
  });

  it('keeps what a mailto already asks for', () => {
    expect(correctionSendHref('mailto:e@x.org?cc=b@x.org', 'a-1', 's', 'b')).toBe(
      'mailto:e@x.org?cc=b%40x.org&subject=s&body=b',
    );
  });

  it('sends the announcement and the entry to a form', () => {
    const href = correctionSendHref('https://forms.example.org/fix?board=mfa', 'a-1', 's', entry);
    const url = new URL(href ?? '');
    expect(url.origin + url.pathname).toBe('https://forms.example.org/fix');
    expect(url.searchParams.get('board')).toBe('mfa');
    expect(url.searchParams.get('announcement')).toBe('a-1');
    expect(url.searchParams.get('entry')).toBe(entry);
  });

  it('gives no link without a target, or for one that is not mail or the web', () => {
    for (const target of [undefined, '', '  ', 'javascript:alert(1)', 'not a url', 'ftp://x.org'])
      expect(correctionSendHref(target, 'a-1', 's', entry), String(target)).toBeNull();
  });
});
