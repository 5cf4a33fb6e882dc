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
  /** A publication date found in page metadata, used when the text names none. */
  dateHint: string | null;
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

function splitBreadcrumb(line: string): { section: string | null; generated: boolean } {
  const parts = line
    .split(/\s+(?:>|»|›|\/)\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const generated = parts[parts.length - 1] === GENERATED_MARKER;
  if (generated) parts.pop();
  const section = parts.length > 1 ? (parts[parts.length - 1] ?? null) : null;
  return { section, generated };
}

/**
 * The sample's text format: optional breadcrumb line ("Home > Announcement Board"), title line, blank line,
 * paragraphs separated by blank lines. Text is kept verbatim: lines of one paragraph are joined by a space.
 */
export function parseTextDocument(text: string, source: string): RawDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  const nextNonEmpty = () => {
    while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  };
  nextNonEmpty();
  let section: string | null = null;
  let generated = false;
  const first = (lines[i] ?? '').trim();
  if (BREADCRUMB.test(first)) {
    ({ section, generated } = splitBreadcrumb(first));
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
    } else current.push(line);
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return { source, title, section, paragraphs, generated, dateHint: null };
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

function readHtmlDocument(html: string, source: string): RawDocument {
  const { document } = parseHTML(html);
  removeNoise(document);
  const crumbEl = document.querySelector(
    '[class*="breadcrumb" i], [aria-label*="breadcrumb" i], [id*="breadcrumb" i]',
  );
  const crumbItems = crumbEl
    ? [...crumbEl.querySelectorAll('a, li, span')].map((el) => clean(el.textContent)).filter(Boolean)
    : [];
  const crumb =
    crumbItems.length > 0
      ? splitBreadcrumb([...new Set(crumbItems)].join(' > '))
      : { section: null, generated: false };
  const heading = clean(document.querySelector('article h1, main h1, h1')?.textContent);
  const metaTitle = clean(document.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  const docTitle = clean(document.querySelector('title')?.textContent);
  const dateHint =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
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
  const title = heading || metaTitle || readabilityTitle || docTitle;
  if (!title) throw new InputError('no title');
  const isoHint = dateHint && /^\d{4}-\d{2}-\d{2}/.test(dateHint) ? dateHint.slice(0, 10) : null;
  return { source, title, section: crumb.section, paragraphs, generated: crumb.generated, dateHint: isoHint };
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
