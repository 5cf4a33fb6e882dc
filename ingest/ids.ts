import { createHash } from 'node:crypto';
import { slugify } from '../src/lib/slug';

// Shared with the app, which makes organisation ids of old data's names (src/lib/slug.ts).
export { organizationId, slugify } from '../src/lib/slug';

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
