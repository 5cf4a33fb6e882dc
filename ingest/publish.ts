import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  announcementSchema,
  dataIndexSchema,
  summarySchema,
  summaryShardSchema,
  type Announcement,
  type Summary,
} from '../src/data/schema';
import { BOARD_FEED_PATH, entityHref, feedPath, type EntityKind } from '../src/config/paths';
import { countryName } from '../src/lib/countries';
import { compareAnnouncements } from './build-dataset';
import { isMain } from './is-main';
import { currentDatasetDir } from './dataset-folder';

/**
 * After `vite build`: writes what a static host needs beyond the app, from the dataset in `dist/data`:
 * one HTML entry per announcement with its title, description and Open Graph tags (so shared links
 * unfurl in chat apps, then boot the app), and Atom feeds for the board and every person, country, event and organisation.
 */

const FEED_SIZE = 50;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function describe(announcement: Pick<Announcement, 'paragraphs' | 'title'>): string {
  const text = (announcement.paragraphs[0] ?? announcement.title).replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 197).replace(/\s+\S*$/, '')}…` : text;
}

/** The app's index.html with the announcement's own title, description and Open Graph tags. */
export function announcementPage(template: string, announcement: Announcement, siteUrl: string): string {
  const url = `${siteUrl}/announcements/${announcement.id}`;
  const description = describe(announcement);
  const tags = [
    `<meta name="description" content="${escapeXml(description)}" />`,
    `<link rel="canonical" href="${escapeXml(url)}" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:site_name" content="Announcement Reader" />`,
    `<meta property="og:title" content="${escapeXml(announcement.title)}" />`,
    `<meta property="og:description" content="${escapeXml(description)}" />`,
    `<meta property="og:url" content="${escapeXml(url)}" />`,
    ...(announcement.date
      ? [`<meta property="article:published_time" content="${announcement.date}" />`]
      : []),
    `<meta name="twitter:card" content="summary" />`,
  ].join('\n    ');
  const title = `<title>${escapeXml(announcement.title)} · Announcement Reader</title>`;
  // Replacer functions, not strings: a string replacement would expand `$&`, `$\`` and `$'` in the text.
  return template
    .replace(/<title>[^<]*<\/title>/, () => title)
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace('</head>', () => `    ${tags}\n  </head>`);
}

interface FeedEntry {
  id: string;
  title: string;
  date: string | null;
  summary: string;
}

/** An Atom feed of the newest entries (entries come newest first). */
export function atomFeed(
  title: string,
  selfPath: string,
  pagePath: string,
  entries: readonly FeedEntry[],
  siteUrl: string,
): string {
  const updated = `${entries.find((e) => e.date)?.date ?? '1970-01-01'}T00:00:00Z`;
  const items = entries.slice(0, FEED_SIZE).map((entry) => {
    const url = `${siteUrl}/announcements/${entry.id}`;
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <updated>${entry.date ?? '1970-01-01'}T00:00:00Z</updated>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(siteUrl + selfPath)}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>Announcement Reader</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(siteUrl + selfPath)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(siteUrl + pagePath)}"/>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}

function write(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, 'utf8');
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

export function publish(dist: string, siteUrl: string): { pages: number; feeds: number } {
  const data = currentDatasetDir(join(dist, 'data'));
  if (!data) throw new Error(`${join(dist, 'data')} holds no dataset (no current.json, no index.json)`);
  const template = readFileSync(join(dist, 'index.html'), 'utf8');
  const index = dataIndexSchema.parse(readJson(join(data, 'index.json')));
  // Newest first: an appended segment's shards come before the others (decision 0024), not in date order.
  const summaries: Summary[] = index.shards
    .flatMap(({ file }) =>
      summaryShardSchema.parse(readJson(join(data, file))).items.flatMap((item) => {
        const parsed = summarySchema.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      }),
    )
    .sort(compareAnnouncements);
  // Feeds by entity, `kind:id`; the board's is kept apart.
  const board: FeedEntry[] = [];
  const byKey = new Map<string, FeedEntry[]>();
  const add = (list: FeedEntry[], entry: FeedEntry) => {
    if (list.length < FEED_SIZE) list.push(entry);
  };
  const addTo = (kind: EntityKind, id: string, entry: FeedEntry) => {
    const key = `${kind}:${id}`;
    const list = byKey.get(key) ?? [];
    byKey.set(key, list);
    add(list, entry);
  };
  let pages = 0;
  for (const summary of summaries) {
    const parsed = announcementSchema.safeParse(readJson(join(data, 'announcements', `${summary.id}.json`)));
    if (!parsed.success) continue; // the app says what is wrong with it; the page still boots the app
    const announcement = parsed.data;
    write(
      join(dist, 'announcements', `${announcement.id}.html`),
      announcementPage(template, announcement, siteUrl),
    );
    pages++;
    const entry = {
      id: announcement.id,
      title: announcement.title,
      date: announcement.date,
      summary: describe(announcement),
    };
    add(board, entry);
    for (const id of summary.people) addTo('person', id, entry);
    for (const code of summary.countries) addTo('country', code, entry);
    for (const id of summary.events) addTo('event', id, entry);
    for (const id of summary.organizations) addTo('org', id, entry);
  }
  const names: Record<EntityKind, Map<string, string>> = {
    person: new Map(index.people.map((p) => [p.id, p.name])),
    country: new Map(),
    event: new Map(index.events.map((e) => [e.id, e.name])),
    org: new Map(index.organizations.map((o) => [o.id, o.name])),
  };
  const feedTitle = (kind: EntityKind, id: string): string =>
    kind === 'country'
      ? `Announcements mentioning ${countryName(id, 'en')}`
      : kind === 'event'
        ? `Announcements about ${names.event.get(id) ?? id}`
        : `Announcements mentioning ${names[kind].get(id) ?? id}`;
  const writeFeed = (title: string, selfPath: string, pagePath: string, entries: FeedEntry[]) => {
    write(join(dist, ...selfPath.split('/')), atomFeed(title, selfPath, pagePath, entries, siteUrl));
  };
  writeFeed('Announcement Reader: all announcements', BOARD_FEED_PATH, '/', board);
  for (const [key, entries] of byKey) {
    const at = key.indexOf(':');
    const kind = key.slice(0, at) as EntityKind;
    const id = key.slice(at + 1);
    writeFeed(feedTitle(kind, id), feedPath(kind, id), entityHref(kind, id), entries);
  }
  return { pages, feeds: byKey.size + 1 };
}

if (isMain(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');
  const { pages, feeds } = publish(dist, siteUrl);
  console.log(`publish: ${pages} announcement pages and ${feeds} Atom feeds in ${dist} for ${siteUrl}`);
}
