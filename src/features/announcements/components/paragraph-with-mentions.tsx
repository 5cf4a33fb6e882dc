import { Link } from 'react-router';
import { entityHref } from '../../../config/paths';
import type { Mention } from '../../../data/schema';

const tone: Record<Mention['kind'], string> = {
  person: 'decoration-sky-500',
  country: 'decoration-emerald-500',
  event: 'decoration-amber-500',
};

/**
 * A paragraph with the people, countries and events it names as links to their pages.
 * Text stays text: spans outside the paragraph or overlapping an earlier one are ignored.
 */
export function ParagraphWithMentions({ text, mentions }: { text: string; mentions: readonly Mention[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end > text.length || m.end <= m.start) continue;
    if (m.start > at) parts.push(text.slice(at, m.start));
    parts.push(
      <Link
        key={`${m.start}-${m.kind}`}
        to={entityHref(m.kind, m.id)}
        className={`underline decoration-2 underline-offset-2 hover:text-sky-700 dark:hover:text-sky-300 ${tone[m.kind]}`}
      >
        {text.slice(m.start, m.end)}
      </Link>,
    );
    at = m.end;
  }
  parts.push(text.slice(at));
  return <p>{parts}</p>;
}
