import { useId } from 'react';
import { Link } from 'react-router';
import { entityHref } from '../../../config/paths';
import { formatDate } from '../../../lib/dates';
import { CountryLabel } from '../../../components/entity-links';
import { type FacetKey, type FacetValue } from '../../search';
import { strings } from '../../../config/strings-entities';

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="py-3">
      <h2
        id={id}
        className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
      >
        {title}
      </h2>
      <div className="mt-2 text-sm">{children}</div>
    </section>
  );
}

/** "September 12, 2017" or "March 4, 2021 – June 10, 2022". */
export function dateSpan(first: string | null, last: string | null): string {
  if (!first || !last) return first ? formatDate(first) : last ? formatDate(last) : strings.entity.undated;
  return first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`;
}

/** People, countries or events with how often they occur, each linking to its page. */
export function EntityCounts({
  kind,
  values,
  exclude,
  empty,
}: {
  kind: FacetKey;
  values: readonly FacetValue[];
  exclude?: string;
  empty: string;
}) {
  const shown = values.filter((v) => v.value !== exclude && v.count > 0).slice(0, 10);
  if (shown.length === 0) return <p className="text-slate-600 dark:text-slate-400">{empty}</p>;
  return (
    <ul className="space-y-1">
      {shown.map((v) => (
        <li key={v.value} className="flex items-baseline justify-between gap-2">
          <Link to={entityHref(kind, v.value)} className="text-sky-700 hover:underline dark:text-sky-300">
            {kind === 'country' ? <CountryLabel code={v.value} /> : v.label}
          </Link>
          <span className="text-slate-600 tabular-nums dark:text-slate-400">{v.count.toLocaleString()}</span>
        </li>
      ))}
    </ul>
  );
}
