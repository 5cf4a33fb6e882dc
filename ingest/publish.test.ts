import { describe, expect, it } from 'vitest';
import { makeAnnouncement } from '../src/testing/announcement-factory';
import { announcementPage, atomFeed } from './publish';

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
