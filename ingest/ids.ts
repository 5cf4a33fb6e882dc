import { createHash } from 'node:crypto';

/** Lowercase ASCII slug: diacritics folded, everything else that is not a letter or digit becomes a dash. */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/g, '');
}

/**
 * Stable announcement id: a readable slug of the title plus a short hash of title and date,
 * so the same announcement gets the same id on every run and two same-titled items differ.
 */
export function announcementId(title: string, date: string | null): string {
  const hash = createHash('sha256')
    .update(`${title.trim()}|${date ?? ''}`)
    .digest('hex')
    .slice(0, 8);
  const slug = slugify(title, 60) || 'announcement';
  return `${slug}-${hash}`;
}
