import { withoutMarks } from './text';

/** Lowercase ASCII slug: diacritics folded, everything else that is not a letter or digit becomes a dash. */
export function slugify(text: string, maxLength = 80): string {
  const slug = withoutMarks(text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/g, '');
}

/** 32-bit FNV-1a of the UTF-16 code units, as 8 hex digits: a tiny stable hash that runs in any JS. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * An organisation's id: the slug of its name, so the same name gets the same id on every rebuild. A name
 * with no Latin letter or digit (e.g. written in Chinese) would slug to nothing; it gets `org-` and a hash.
 */
export function organizationId(name: string): string {
  return slugify(name) || `org-${fnv1a(name.trim())}`;
}
