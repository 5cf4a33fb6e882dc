import { createHash } from 'node:crypto';
import type { Organization } from '../src/data/schema';
import { organizationId, slugify } from '../src/lib/slug';

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

/**
 * Organisations from their names, each with the id of its name (organizationId): the one place the
 * ingest gives organisations their ids, after extraction, after aliases and after an announcement's
 * corrections. Names with one id ("Ministry of Foreign Affairs", "Ministry of Foreign Affairs.") are one
 * organisation, under the first.
 */
export function organizationsNamed(names: Iterable<string>): Organization[] {
  const organizations: Organization[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const id = organizationId(name);
    if (seen.has(id)) continue;
    seen.add(id);
    organizations.push({ id, name });
  }
  return organizations;
}
