/** One feed in an OPML subscription list. */
export interface OpmlFeed {
  title: string;
  /** The Atom feed, absolute. */
  xmlUrl: string;
  /** The page the feed is about, absolute. */
  htmlUrl: string;
}

/** Whether XML 1.0 allows the code point at all (it forbids most controls, lone surrogates, U+FFFE/F). */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

/** The text without the characters XML cannot hold, which would make the whole file unreadable. */
function xmlChars(text: string): string {
  let out = '';
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) out += char;
  return out;
}

/** Text for an XML attribute value in double quotes: invalid characters dropped, markup escaped. */
export function escapeXmlAttribute(text: string): string {
  return (
    xmlChars(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Attribute-value normalisation would turn these into spaces; keep them as they are.
      .replace(/\t/g, '&#9;')
      .replace(/\n/g, '&#10;')
      .replace(/\r/g, '&#13;')
  );
}

/**
 * An OPML 2.0 subscription list of Atom feeds, the file feed readers import. `created` goes in
 * `dateCreated` (RFC 822, as OPML asks).
 */
export function writeOpml(title: string, feeds: readonly OpmlFeed[], created: Date): string {
  const outlines = feeds.map(
    (feed) =>
      `    <outline type="rss" text="${escapeXmlAttribute(feed.title)}" title="${escapeXmlAttribute(feed.title)}" xmlUrl="${escapeXmlAttribute(feed.xmlUrl)}" htmlUrl="${escapeXmlAttribute(feed.htmlUrl)}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXmlAttribute(title)}</title>`,
    `    <dateCreated>${created.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
