import { capitalized, noun, plurals, strings as core, type Kind } from './strings';

/** The facets', dates', sort's and chips' text, which load after the first results, with the frame's. */
export const strings = {
  ...core,
  filters: {
    ...core.filters,
    facetTitle: {
      person: 'People',
      country: 'Countries',
      event: 'Events',
      org: 'Organisations',
    } satisfies Record<Kind, string>,
    noun,
    find: (kind: Kind) => `Find ${kind === 'org' ? 'an' : 'a'} ${noun[kind]}`,
    noneInResults: 'None in these results',
    noMatch: (kind: Kind, text: string) => `No ${noun[kind]} matches “${text}”`,
    showFewer: 'Show fewer',
    showTop: (n: number, all: boolean) => `Show ${all ? 'all' : 'top'} ${n}`,
    typeToFind: (n: number) => `Type above to find among all ${n.toLocaleString('en')}.`,
    date: 'Date',
    from: 'From',
    to: 'To',
    match: (kind: Kind) => `How the selected ${plurals[kind]} combine`,
    matchLabel: 'Match',
    matchAll: 'All',
    matchAny: 'Any',
    exclude: (label: string) => `Exclude ${label}`,
    sort: 'Sort',
    sorts: { newest: 'Newest first', oldest: 'Oldest first', relevance: 'Best match' },
    relevanceNeedsQuery: 'Best match needs a search text: newest first meanwhile.',
    active: 'Active filters',
    clearAll: 'Clear all',
    remove: (label: string) => `Remove filter ${label}`,
    chip: {
      search: (q: string) => `Search: “${q}”`,
      value: (kind: Kind, label: string) => `${capitalized(noun[kind])}: ${label}`,
      anyOf: (kind: Kind, labels: readonly string[]) =>
        `${capitalized(noun[kind])}: any of ${new Intl.ListFormat('en', { type: 'unit' }).format(labels)}`,
      not: (label: string) => `Not ${label}`,
      notUnknown: (kind: Kind, value: string) => `Not ${value} (unknown ${noun[kind]})`,
      unknown: (kind: Kind, value: string) => `Unknown ${noun[kind]}: ${value}`,
      from: (date: string) => `From ${date}`,
      to: (date: string) => `To ${date}`,
    },
  },
};
