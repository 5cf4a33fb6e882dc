import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { announcementSchema } from '../src/data/schema';
import { ingestFiles, toAnnouncement } from './ingest';
import { EMPTY_OVERRIDES } from './overrides';
import { InputError, decodeInput, parseHtmlDocument, parseTextDocument } from './read-input';

const seed = readFileSync('data/raw/000_85b3966733b2bf3b.txt');

/** Reads bytes as the ingest does: either a valid announcement or an InputError, nothing else. */
function ingestBytes(bytes: Uint8Array, html: boolean): 'ok' | 'refused' {
  try {
    const text = decodeInput(bytes);
    const doc = html ? parseHtmlDocument(text, 'fuzz.html') : parseTextDocument(text, 'fuzz.txt');
    announcementSchema.parse(toAnnouncement(doc, EMPTY_OVERRIDES));
    return 'ok';
  } catch (error) {
    if (error instanceof InputError) return 'refused';
    throw error;
  }
}

const hostileHtml = fc
  .tuple(fc.string(), fc.string({ maxLength: 200 }))
  .map(
    ([title, body]) =>
      `<html><head><title>${title}</title><script>window.pwned=1</script><style>p{}</style></head><body>` +
      `<nav>Home › Board</nav><article><h1>${title || 'Talks'}</h1><iframe src="https://example.org"></iframe>` +
      `<p>${body}</p><!-- a comment --><p onclick="x()">On 2020-01-02 ministers met.</p></article></body></html>`,
  );

describe('the ingest under random and mutated input', () => {
  it('never throws anything but a reasoned refusal', () => {
    const inputs = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }).map((bytes) => ({ bytes, html: false })),
      // The sample, cut anywhere (also inside a multi-byte character) or with random bytes spliced in.
      fc.nat({ max: seed.length }).map((cut) => ({ bytes: seed.subarray(0, cut), html: false })),
      fc
        .tuple(fc.nat({ max: seed.length }), fc.uint8Array({ minLength: 1, maxLength: 20 }))
        .map(([at, junk]) => ({
          bytes: Uint8Array.from([...seed.subarray(0, at), ...junk, ...seed.subarray(at)]),
          html: false,
        })),
      fc.string({ maxLength: 3000 }).map((text) => ({ bytes: new TextEncoder().encode(text), html: false })),
      fc.constant({ bytes: new TextEncoder().encode('Home > Announcement Board\n'), html: false }),
      hostileHtml.map((html) => ({ bytes: new TextEncoder().encode(html), html: true })),
      fc.uint8Array({ maxLength: 500 }).map((bytes) => ({ bytes, html: true })),
    );
    fc.assert(
      fc.property(inputs, ({ bytes, html }) => {
        expect(['ok', 'refused']).toContain(ingestBytes(bytes, html));
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  // The test's timeout is the guard against patterns that go quadratic on a long line.
  it('reads a one-megabyte line', () => {
    const huge = new TextEncoder().encode(
      `Title\n\nOn 2020-01-02 ${'Minister Alice Moreau met. '.repeat(40_000)}`,
    );
    expect(ingestBytes(huge, false)).toBe('ok');
  }, 30_000);

  it('keeps scripts, styles, frames and comments out of the text of a saved page', () => {
    fc.assert(
      fc.property(hostileHtml, (html) => {
        let doc;
        try {
          doc = parseHtmlDocument(html, 'page.html');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError); // e.g. no title: refused, with a reason
          return;
        }
        const text = [doc.title, ...doc.paragraphs].join('\n');
        expect(text).not.toContain('window.pwned');
        expect(text).not.toContain('p{}');
        expect(text).not.toContain('a comment');
      }),
      { numRuns: 300 },
    );
  });

  it('names every bad file with its reason and keeps the good ones of the same run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fuzz-ingest-'));
    const files = [
      { name: 'good.txt', bytes: seed },
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: 'binary.txt', bytes: Uint8Array.from([72, 0, 105]) },
      {
        name: 'truncated-utf8.txt',
        bytes: Uint8Array.from([...new TextEncoder().encode('Title\n\nCaf'), 0xc3]),
      },
      { name: 'breadcrumb-only.txt', bytes: new TextEncoder().encode('Home > Announcement Board\n') },
    ].map(({ name, bytes }) => {
      writeFileSync(join(dir, name), bytes);
      return { path: join(dir, name), source: name };
    });
    const result = ingestFiles(files, EMPTY_OVERRIDES);
    expect(result.announcements).toHaveLength(1);
    expect(result.failures.map((f) => f.file.split('/').pop())).toEqual([
      'empty.txt',
      'binary.txt',
      'truncated-utf8.txt',
      'breadcrumb-only.txt',
    ]);
    for (const failure of result.failures) expect(failure.reason).not.toBe('');
  });
});
