import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeAnnouncement, sampleBoard } from '../src/testing/announcement-factory';
import { announcementPage, atomFeed, publish } from './publish';
import { buildDataset } from './build-dataset';
import { writeDatasetAtomically } from './write-dataset';

const template =
  '<html><head><meta name="description" content="app" /><title>Announcement Reader</title></head><body><div id="root"></div></body></html>';
const hostile = makeAnnouncement({
  title: 'Talks <script>alert(1)</script> & "more"',
  paragraphs: ['First <img src=x onerror=alert(1)> paragraph.'],
  date: '2020-05-06',
});

describe('announcementPage', () => {
  it('gives the page the announcement’s title, description and Open Graph tags, escaped', () => {
    const html = announcementPage(template, hostile, 'https://reader.example');
    expect(html).toContain(
      '<title>Talks &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot; · Announcement Reader</title>',
    );
    expect(html).toContain(
      '<meta property="og:description" content="First &lt;img src=x onerror=alert(1)&gt; paragraph." />',
    );
    expect(html).toContain(
      `<meta property="og:url" content="https://reader.example/announcements/${hostile.id}" />`,
    );
    expect(html).not.toContain('<script>');
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).toContain('<div id="root"></div>');
  });

  it('keeps `$` sequences in titles and descriptions literal (no replacement patterns)', () => {
    const dollars = makeAnnouncement({
      title: "Tariffs: $' and $` explained, $& $$",
      paragraphs: ['Costs of $$ and $` rose.'],
    });
    const html = announcementPage(template, dollars, 'https://reader.example');
    expect(html).toContain(
      '<title>Tariffs: $&apos; and $` explained, $&amp; $$ · Announcement Reader</title>',
    );
    expect(html).toContain('<meta name="description" content="Costs of $$ and $` rose." />');
    expect(html.match(/<head>/g)).toHaveLength(1);
    expect(html.match(/<\/head>/g)).toHaveLength(1);
    expect(html).toContain('<div id="root"></div></body></html>');
  });
});

describe('atomFeed', () => {
  it('writes a valid-looking Atom feed with escaped entries, newest date as updated', () => {
    const xml = atomFeed(
      'All <b>',
      '/feeds/board.xml',
      '/',
      [{ id: 'a-1', title: 'A & B', date: '2020-05-06', summary: '<x>' }],
      'https://reader.example',
    );
    expect(xml).toContain('<title>All &lt;b&gt;</title>');
    expect(xml).toContain('<updated>2020-05-06T00:00:00Z</updated>');
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<summary>&lt;x&gt;</summary>');
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://reader.example/feeds/board.xml"/>',
    );
  });
});

describe('publish', () => {
  it('writes a feed for the board and for every person, country, event and organisation', () => {
    const dist = mkdtempSync(join(tmpdir(), 'publish-'));
    try {
      writeDatasetAtomically(join(dist, 'data'), buildDataset(sampleBoard), {
        overrides: '0000000000000000',
      });
      writeFileSync(join(dist, 'index.html'), template);
      // 3 people, 3 countries, 2 events, 2 organisations and the board.
      expect(publish(dist, 'https://reader.example')).toEqual({ pages: 4, feeds: 11 });
      const feed = readFileSync(join(dist, 'feeds', 'organizations', 'unesco.xml'), 'utf8');
      expect(feed).toContain('<title>Announcements mentioning UNESCO</title>');
      expect(feed).toContain(
        '<link rel="alternate" type="text/html" href="https://reader.example/organizations/unesco"/>',
      );
      expect(feed.match(/<entry>/g)).toHaveLength(2);
      for (const file of [
        'board.xml',
        'people/alice-moreau.xml',
        'countries/FR.xml',
        'events/3rd-mekong-innovation-expo.xml',
      ])
        expect(readFileSync(join(dist, 'feeds', file), 'utf8')).toContain(
          '<feed xmlns="http://www.w3.org/2005/Atom">',
        );
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
