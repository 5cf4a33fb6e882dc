import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, writeOpml } from './opml';

const created = new Date('2026-12-01T10:00:00Z');

describe('writeOpml', () => {
  it('writes an OPML 2.0 list with one outline per feed', () => {
    const xml = writeOpml(
      'My feeds',
      [
        {
          title: 'Wang Zhigang',
          xmlUrl: 'https://reader.example/feeds/people/wang-zhigang.xml',
          htmlUrl: 'https://reader.example/people/wang-zhigang',
        },
      ],
      created,
    );
    expect(xml.split('\n').slice(0, 6)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<opml version="2.0">',
      '  <head>',
      '    <title>My feeds</title>',
      '    <dateCreated>Tue, 01 Dec 2026 10:00:00 GMT</dateCreated>',
      '  </head>',
    ]);
    expect(xml).toContain(
      '<outline type="rss" text="Wang Zhigang" title="Wang Zhigang" xmlUrl="https://reader.example/feeds/people/wang-zhigang.xml" htmlUrl="https://reader.example/people/wang-zhigang"/>',
    );
    expect(xml.trimEnd().endsWith('</opml>')).toBe(true);
  });

  it('escapes markup and quotes in names, and drops characters XML cannot hold', () => {
    const xml = writeOpml(
      'Feeds & "more" <b>',
      [
        {
          title: `Evil "><script>alert(1)</script> & 'Co'\u0000\u0007\uD800 ok`,
          xmlUrl: 'https://reader.example/feeds/organizations/a.xml?x=1&y=2',
          htmlUrl: 'https://reader.example/organizations/a',
        },
      ],
      created,
    );
    expect(xml).toContain('<title>Feeds &amp; &quot;more&quot; &lt;b&gt;</title>');
    expect(xml).toContain(
      'text="Evil &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &apos;Co&apos; ok"',
    );
    expect(xml).toContain('xmlUrl="https://reader.example/feeds/organizations/a.xml?x=1&amp;y=2"');
    expect(xml).not.toContain('<script>');
    for (const bad of ['\u0000', '\u0007', '\uD800']) expect(xml.includes(bad)).toBe(false);
  });

  it('keeps tabs and line breaks inside attributes as character references', () => {
    expect(escapeXmlAttribute('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    expect(escapeXmlAttribute('Zürich 🇨🇭')).toBe('Zürich 🇨🇭');
  });

  it('writes an empty body for no feeds', () => {
    expect(writeOpml('None', [], created)).toContain('  <body>\n  </body>');
  });
});
