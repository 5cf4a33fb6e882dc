/**
 * The link that sends a suggested correction to the editors, from the build's VITE_CORRECTIONS_URL: a
 * `mailto:` address gets the entry as the mail's subject and body; an http(s) URL (a form) gets
 * `announcement` and `entry` query parameters. Anything else, or nothing, gives no link.
 */
export function correctionSendHref(
  target: string | undefined,
  announcementId: string,
  subject: string,
  entry: string,
): string | null {
  const base = target?.trim();
  if (!base) return null;
  if (/^mailto:/i.test(base)) {
    const [address = '', query = ''] = base.split('?', 2);
    const params = new URLSearchParams(query);
    params.set('subject', subject);
    params.set('body', entry);
    // mailto wants %20, not the + that URLSearchParams writes for a space (RFC 6068).
    return `${address}?${params.toString().replace(/\+/g, '%20')}`;
  }
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.searchParams.set('announcement', announcementId);
  url.searchParams.set('entry', entry);
  return url.href;
}
