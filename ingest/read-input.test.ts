import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InputError,
  MAX_FILE_BYTES,
  decodeInput,
  parseHtmlDocument,
  parseTextDocument,
  readInputFile,
} from './read-input';

describe('parseTextDocument', () => {
  it('reads breadcrumb, title and paragraphs', () => {
    const doc = parseTextDocument('Home > Announcement Board\nA Title\n\nFirst\nline.\n\nSecond.', 'a.txt');
    expect(doc).toMatchObject({
      section: 'Announcement Board',
      title: 'A Title',
      paragraphs: ['First line.', 'Second.'],
      generated: false,
    });
  });

  it('mends a word a PDF broke at the line end, and keeps a hyphen before a capital or a short part', () => {
    const doc = parseTextDocument(
      'T\n\nThe Joint Commit-\ntee met.\nThe Kenya-\nUganda link and e-\nmail.',
      'a.txt',
    );
    expect(doc.paragraphs).toEqual(['The Joint Committee met. The Kenya- Uganda link and e- mail.']);
  });

  it('keeps text that looks like HTML verbatim', () => {
    const doc = parseTextDocument('Title <b>bold</b>\n\n<script>alert(1)</script> &amp; more', 'a.txt');
    expect(doc.title).toBe('Title <b>bold</b>');
    expect(doc.paragraphs).toEqual(['<script>alert(1)</script> &amp; more']);
  });

  it('marks generated files by the last breadcrumb segment', () => {
    const doc = parseTextDocument('Home > Announcement Board > Generated\nT\n\nBody', 'g.txt');
    expect(doc).toMatchObject({ section: 'Announcement Board', generated: true });
  });

  it('refuses a file without a title', () => {
    expect(() => parseTextDocument('Home > Announcement Board\n\n\n', 'a.txt')).toThrow(InputError);
  });
});

describe('decodeInput', () => {
  it('refuses empty, binary and non-UTF-8 input', () => {
    expect(() => decodeInput(new Uint8Array())).toThrow('empty file');
    expect(() => decodeInput(new TextEncoder().encode('  \n '))).toThrow('empty file');
    expect(() => decodeInput(new Uint8Array([72, 0, 105]))).toThrow('binary');
    expect(() => decodeInput(new Uint8Array([0x48, 0xe9, 0x6c]))).toThrow('not valid UTF-8');
  });

  it('drops a byte-order mark', () => {
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0x69]))).toBe('Hi');
  });
});

describe('parseHtmlDocument', () => {
  const page = `<!doctype html><html><head><title>Site | Minister Meets Guest</title>
    <style>.x{color:red}</style><script>var secret = "SCRIPT-TEXT";</script></head>
    <body><nav class="breadcrumb"><a>Home</a> &gt; <a>Announcement Board</a></nav>
    <header><a href="/">NAV-TEXT</a></header>
    <article><h1>Minister Meets Guest</h1>
    <p>On May 3, 2019, Minister Li Meng met Tran Van Tung in Hanoi.</p>
    <!-- COMMENT-TEXT -->
    <p>Second paragraph &amp; more.</p><script>document.write("INLINE-SCRIPT")</script></article>
    <div class="comments"><p>USER-COMMENT</p></div><footer>FOOTER-TEXT</footer></body></html>`;

  it('takes the article and never scripts, styles, navigation or comments', () => {
    const doc = parseHtmlDocument(page, 'p.html');
    expect(doc.title).toBe('Minister Meets Guest');
    expect(doc.section).toBe('Announcement Board');
    expect(doc.paragraphs).toEqual([
      'On May 3, 2019, Minister Li Meng met Tran Van Tung in Hanoi.',
      'Second paragraph & more.',
    ]);
    const all = JSON.stringify(doc);
    for (const noise of [
      'SCRIPT-TEXT',
      'INLINE-SCRIPT',
      'NAV-TEXT',
      'COMMENT-TEXT',
      'USER-COMMENT',
      'FOOTER-TEXT',
      'color:red',
    ]) {
      expect(all).not.toContain(noise);
    }
  });
});

describe('readInputFile', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'read-input-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses files over the size limit', async () => {
    const path = join(dir, 'big.txt');
    await writeFile(path, `Title\n\n${'x'.repeat(MAX_FILE_BYTES)}`);
    expect(() => readInputFile(path, 'big.txt')).toThrow('MiB limit');
  });
});
