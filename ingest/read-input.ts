import { readFileSync, statSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Larger files are refused: no announcement is anywhere near this, a larger file is a wrong input. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Last breadcrumb segment that marks files written by `npm run gen:corpus`. */
export const GENERATED_MARKER = 'Generated';

export interface RawDocument {
  /** Where the announcement came from, relative to the input folder. */
  source: string;
  title: string;
  section: string | null;
  paragraphs: string[];
  generated: boolean;
  /** The publication date in the page's metadata; preferred over the dates the text mentions. */
  dateHint: string | null;
  /** Every segment of the breadcrumb ("Home", "Peru in the World", "Press Releases"). */
  breadcrumb: string[];
  /** The publisher's name from the page's metadata (og:site_name), when it has one. */
  publisherName: string | null;
}

/** A file that cannot be ingested; the message says why. */
export class InputError extends Error {}

export function decodeInput(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('empty file');
  if (bytes.includes(0)) throw new InputError('binary file (contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError('not valid UTF-8');
  }
  if (text.trim() === '') throw new InputError('empty file');
  return text;
}

const BREADCRUMB = /^[^>]{1,80}(?:\s+(?:>|»|›|\/)\s+[^>]{1,80})+$/;

function splitBreadcrumb(line: string): { section: string | null; generated: boolean; parts: string[] } {
  const parts = line
    .split(/\s+(?:>|»|›|\/)\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const generated = parts[parts.length - 1] === GENERATED_MARKER;
  if (generated) parts.pop();
  const section = parts.length > 1 ? (parts[parts.length - 1] ?? null) : null;
  return { section, generated, parts };
}

/**
 * The sample's text format: optional breadcrumb line ("Home > Announcement Board"), title line, blank line,
 * paragraphs separated by blank lines. Text is kept verbatim: lines of one paragraph are joined by a space.
 */
/** A line that ends inside a word broken by a hyphen: two letters or more before it. */
const LINE_END_HYPHEN = /\p{Ll}{2}-$/u;

export function parseTextDocument(text: string, source: string): RawDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  const nextNonEmpty = () => {
    while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  };
  nextNonEmpty();
  let section: string | null = null;
  let generated = false;
  let breadcrumb: string[] = [];
  const first = (lines[i] ?? '').trim();
  if (BREADCRUMB.test(first)) {
    ({ section, generated, parts: breadcrumb } = splitBreadcrumb(first));
    i++;
    nextNonEmpty();
  }
  const title = (lines[i] ?? '').trim();
  if (!title) throw new InputError('no title');
  i++;
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') {
      if (current.length > 0) paragraphs.push(current.join(' '));
      current = [];
    } else if (current.length > 0 && LINE_END_HYPHEN.test(current.at(-1) ?? '') && /^\p{Ll}/u.test(line))
      // Text from a PDF breaks words at the line's end ("Coopera-" / "tion"): the word is whole again.
      current[current.length - 1] = (current.at(-1) ?? '').slice(0, -1) + line;
    else current.push(line);
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return { source, title, section, paragraphs, generated, dateHint: null, breadcrumb, publisherName: null };
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

type Doc = ReturnType<typeof parseHTML>['document'];

function removeNoise(document: Doc): void {
  for (const el of document.querySelectorAll(
    'script, style, noscript, template, iframe, svg, object, embed, form',
  ))
    el.remove();
  const walker = document.createTreeWalker(document, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const node of comments) node.parentNode?.removeChild(node);
}

function blocksOf(root: Doc | ReturnType<Doc['createElement']>): string[] {
  const blocks = [...root.querySelectorAll('p, li, h2, h3, h4, h5, h6, blockquote, pre, td')]
    .filter((el) => !el.querySelector('p, li, blockquote, pre, td'))
    .map((el) => clean(el.textContent))
    .filter(Boolean);
  return blocks;
}

/** A saved web page: the main article via Readability; scripts, styles, navigation and comments never reach the text. */
export function parseHtmlDocument(html: string, source: string): RawDocument {
  try {
    return readHtmlDocument(html, source);
  } catch (error) {
    if (error instanceof InputError) throw error;
    // The parser can fail on garbage that is not HTML at all (found by the fuzz test): refuse the file.
    throw new InputError(`not a readable web page (${(error as Error).message})`);
  }
}

interface ArticleMetadata {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|PressRelease|BlogPosting|ReportageNewsArticle|WebPage)$/;

/** The page's JSON-LD article (NewsArticle and kin, also inside an @graph): headline, date, publisher. */
function jsonLdArticle(document: Doc): ArticleMetadata {
  const found: ArticleMetadata = { headline: null, datePublished: null, publisher: null };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent);
    } catch {
      continue; // a broken block of metadata is ignored, the text still says what it says
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((d: unknown) =>
      d && typeof d === 'object' && '@graph' in d && Array.isArray(d['@graph'])
        ? (d['@graph'] as unknown[])
        : [d],
    );
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const record = item as Record<string, unknown>;
      const type = record['@type'];
      if (!(Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)))
        continue;
      const text = (v: unknown) => (typeof v === 'string' && v.trim() ? clean(v) : null);
      const publisher = record.publisher as Record<string, unknown> | undefined;
      found.headline ??= text(record.headline);
      found.datePublished ??= text(record.datePublished);
      found.publisher ??= text(publisher?.name);
    }
  }
  return found;
}

/** Parts of a CMS page around the article: cookie notices, share bars, read counters, related links. */
const NOISE_SELECTOR = [
  'cookie',
  'consent',
  'gdpr',
  'share',
  'sharing',
  'social',
  'newsletter',
  'subscribe',
  'related',
  'print',
  'rating',
  'views-count',
  'read-count',
]
  .flatMap((word) => [`[class*="${word}" i]`, `[id*="${word}" i]`])
  .join(', ');

/** Blocks of text that are the page's furniture, not the article's. */
const NOISE_TEXT =
  /^(?:this (?:site|website) uses cookies|we use cookies|by continuing to (?:browse|use)|accept (?:all )?cookies|share(?: this| on| via)?\b|print this|back to top|read more|related (?:news|articles)|tags?:)|\|\s*\d[\d,.]*\s+(?:reads|views)\b|^\d[\d,.]*\s+(?:reads|views)$|^(?:published|posted|last updated|updated)\b[^.]{0,60}\d{4}[^.]{0,40}$/i;

const isoDate = (value: string | null | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;

function readHtmlDocument(html: string, source: string): RawDocument {
  const { document } = parseHTML(html);
  const article = jsonLdArticle(document);
  removeNoise(document);
  for (const el of document.querySelectorAll(NOISE_SELECTOR))
    if (el.tagName !== 'BODY' && el.tagName !== 'HTML') el.remove();
  const crumbEl = document.querySelector(
    '[class*="breadcrumb" i], [aria-label*="breadcrumb" i], [id*="breadcrumb" i]',
  );
  const crumbItems = crumbEl
    ? [...crumbEl.querySelectorAll('a, li, span')].map((el) => clean(el.textContent)).filter(Boolean)
    : [];
  const crumb =
    crumbItems.length > 0
      ? splitBreadcrumb([...new Set(crumbItems)].join(' > '))
      : { section: null, generated: false, parts: [] };
  const heading = clean(document.querySelector('article h1, main h1, h1')?.textContent);
  const metaTitle = clean(document.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  const docTitle = clean(document.querySelector('title')?.textContent);
  const publisherName =
    clean(document.querySelector('meta[property="og:site_name"]')?.getAttribute('content')) ||
    article.publisher;
  // The page's own metadata is preferred over the dates the text mentions (see toAnnouncement).
  const dateHint =
    isoDate(article.datePublished) ??
    isoDate(document.querySelector('meta[property="article:published_time"]')?.getAttribute('content')) ??
    isoDate(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  for (const el of document.querySelectorAll(
    'nav, header, footer, aside, [role="navigation"], [class*="breadcrumb" i], [class*="comment" i], [id*="comment" i]',
  )) {
    el.remove();
  }
  for (const el of document.querySelectorAll('h1')) el.remove();

  let paragraphs: string[] = [];
  let readabilityTitle = '';
  try {
    const article = new Readability(document, { charThreshold: 0 }).parse();
    readabilityTitle = clean(article?.title);
    if (article?.content) paragraphs = blocksOf(parseHTML(`<body>${article.content}</body>`).document);
  } catch {
    paragraphs = [];
  }
  if (paragraphs.length === 0) paragraphs = blocksOf(parseHTML(html).document);
  paragraphs = paragraphs.filter((p) => !NOISE_TEXT.test(p));
  const title = article.headline || heading || metaTitle || readabilityTitle || docTitle;
  if (!title) throw new InputError('no title');
  return {
    source,
    title,
    section: crumb.section,
    paragraphs,
    generated: crumb.generated,
    dateHint,
    breadcrumb: crumb.parts,
    publisherName,
  };
}

function isHtmlPath(path: string): boolean {
  return /\.html?$/i.test(path);
}

export function isSupportedPath(path: string): boolean {
  return /\.(?:txt|html?)$/i.test(path);
}

/**
 * Reads one input file; throws InputError with the reason when it cannot be ingested. Synchronous reads:
 * on this machine's disk they are faster than the promise API for many small files (as writes were).
 */
export function readInputFile(path: string, source: string): RawDocument {
  const info = statSync(path);
  if (info.size > MAX_FILE_BYTES)
    throw new InputError(`larger than the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit`);
  const text = decodeInput(readFileSync(path));
  return isHtmlPath(path) ? parseHtmlDocument(text, source) : parseTextDocument(text, source);
}
