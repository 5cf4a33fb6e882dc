import { Link } from 'react-router';
import { Highlighted } from '../../../components/highlighted';
import { highlightRanges, type MarkTerm } from '../../../lib/highlight';
import { GeneratedBadge } from '../../../components/badge';
import { entityHref, paths } from '../../../config/paths';
import { countryName } from '../../../lib/countries';
import { formatDate } from '../../../lib/dates';
import { emptyFilters, type FacetKey, serializeFilters, withFacetValue } from '../../search';
import type { Announcement } from '../../../data/schema';
import { CountryLabel } from '../../../components/entity-links';
import { ParagraphWithMentions } from './paragraph-with-mentions';
import { strings } from '../../../config/strings-detail';

function filterHref(key: FacetKey, value: string): string {
  return paths.list.href(serializeFilters(withFacetValue(emptyFilters, key, value)));
}

const linkClass = 'text-sky-700 underline-offset-2 hover:underline dark:text-sky-300';

/** The entity's page, and the list filtered by it. */
function EntityLinks({
  kind,
  id,
  name,
  children,
}: {
  kind: FacetKey;
  id: string;
  name: string;
  children: React.ReactNode;
}) {
  return (
    <>
      <Link to={entityHref(kind, id)} className={`font-medium ${linkClass}`}>
        {children}
      </Link>{' '}
      <Link
        to={filterHref(kind, id)}
        aria-label={strings.detail.filterBy(name)}
        title={strings.detail.filterBy(name)}
        className="text-xs text-slate-600 hover:underline dark:text-slate-400"
        data-print="hide"
      >
        {strings.detail.filter}
      </Link>
    </>
  );
}

export function AnnouncementDetail({
  announcement,
  actions,
  related,
  highlight = [],
  correction,
}: {
  announcement: Announcement;
  actions?: React.ReactNode;
  related?: React.ReactNode;
  /** Terms to mark in the title and the text (from the search the reader came from). */
  highlight?: readonly MarkTerm[];
  /** Below the entities: how a reader suggests a correction to them. */
  correction?: React.ReactNode;
}) {
  // Link each person, country and event where it is first named, as encyclopaedias do: enough to reach
  // it, without underlining every "China".
  const seen = new Set<string>();
  const firstMentions = (announcement.mentions ?? []).filter((m) => {
    const key = `${m.kind}:${m.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <article className="min-w-0">
        <h1 className="text-2xl leading-tight font-bold tracking-tight break-words sm:text-3xl">
          <Highlighted text={announcement.title} terms={highlight} />
        </h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-slate-600 dark:text-slate-400">
          {announcement.date ? (
            <time dateTime={announcement.date}>{formatDate(announcement.date)}</time>
          ) : (
            <span>{strings.undated}</span>
          )}
          {announcement.generated && <GeneratedBadge />}
        </p>
        {actions && <div className="mt-3">{actions}</div>}
        <div className="mt-6 max-w-prose space-y-4 text-base leading-7 break-words">
          {announcement.paragraphs.map((paragraph, i) => (
            <ParagraphWithMentions
              key={i}
              text={paragraph}
              mentions={firstMentions.filter((m) => m.paragraph === i)}
              marks={highlightRanges(paragraph, highlight)}
            />
          ))}
        </div>
        <p className="mt-8 text-xs text-slate-500 dark:text-slate-400">
          {strings.detail.source(announcement.source)}
        </p>
      </article>
      <div className="space-y-6 self-start">
        <EntityPanel announcement={announcement} />
        {correction}
        {related}
      </div>
    </div>
  );
}

function PanelSection({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="py-3">
      <h2 className="text-sm font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {title}
      </h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}

function PlainList({ items }: { items: readonly string[] }) {
  return (
    <ul className="space-y-1 text-sm">
      {items.map((item) => (
        <li key={item} className="break-words">
          {item}
        </li>
      ))}
    </ul>
  );
}

/** Events or organisations: each name links to its page, with a link to the list filtered by it. */
function NamedEntityList({
  kind,
  items,
}: {
  kind: 'event' | 'org';
  items: readonly { id: string; name: string }[];
}) {
  return (
    <ul className="space-y-1 text-sm">
      {items.map((item) => (
        <li key={item.id} className="break-words">
          <EntityLinks kind={kind} id={item.id} name={item.name}>
            {item.name}
          </EntityLinks>
        </li>
      ))}
    </ul>
  );
}

function EntityPanel({ announcement: a }: { announcement: Announcement }) {
  return (
    <aside
      aria-label={strings.detail.panel}
      className="divide-y divide-slate-200 rounded-lg border border-slate-200 px-4 py-1 dark:divide-slate-800 dark:border-slate-800"
    >
      {a.people.length > 0 && (
        <PanelSection title={strings.detail.people}>
          <ul className="space-y-3">
            {a.people.map((person) => (
              <li key={person.id} className="text-sm">
                <EntityLinks kind="person" id={person.id} name={person.name}>
                  {person.name}
                </EntityLinks>
                {person.country && (
                  <span className="ml-1 text-slate-600 dark:text-slate-400">
                    (<CountryLabel code={person.country} />)
                  </span>
                )}
                {person.titles.length > 0 && (
                  <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700 dark:text-slate-300">
                    {person.titles.map((title) => (
                      <li key={title}>{title}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </PanelSection>
      )}
      {a.countries.length > 0 && (
        <PanelSection title={strings.detail.countries}>
          <ul className="space-y-1 text-sm">
            {a.countries.map((code) => (
              <li key={code}>
                <EntityLinks kind="country" id={code} name={countryName(code)}>
                  <CountryLabel code={code} />
                </EntityLinks>
              </li>
            ))}
          </ul>
        </PanelSection>
      )}
      {a.blocs.length > 0 && (
        <PanelSection title={strings.detail.blocs}>
          <PlainList items={a.blocs} />
        </PanelSection>
      )}
      {a.events.length > 0 && (
        <PanelSection title={strings.detail.events}>
          <NamedEntityList kind="event" items={a.events} />
        </PanelSection>
      )}
      {a.organizations.length > 0 && (
        <PanelSection title={strings.detail.organizations}>
          <NamedEntityList kind="org" items={a.organizations} />
        </PanelSection>
      )}
      {a.places.length > 0 && (
        <PanelSection title={strings.detail.places}>
          <PlainList items={a.places} />
        </PanelSection>
      )}
    </aside>
  );
}
