import { countryName } from '../../../lib/countries';
import { foldText } from '../../../lib/text';
import type { SearchableSummary } from '../../filters/match-summaries';
import type { AnnouncementEvent, IndexPerson, Summary } from '../schema';

/** Something in the data that could not be used, said in words a person can act on. */
export interface DataProblem {
  file: string;
  message: string;
}

/** Everything the list and the facets need, validated and indexed. */
export interface Dataset {
  summaries: SearchableSummary[];
  people: ReadonlyMap<string, IndexPerson>;
  events: ReadonlyMap<string, AnnouncementEvent>;
  /** Country codes mentioned anywhere, sorted. */
  countries: readonly string[];
  problems: DataProblem[];
}

export function searchTextOf(
  summary: Summary,
  people: ReadonlyMap<string, IndexPerson>,
  events: ReadonlyMap<string, AnnouncementEvent>,
): string {
  return foldText(
    [
      summary.title,
      ...summary.people.map((id) => people.get(id)?.name ?? id),
      ...summary.events.map((id) => events.get(id)?.name ?? id),
      ...summary.countries.map((code) => `${countryName(code, 'en')} ${countryName(code)}`),
      ...summary.places,
    ].join(' \u0000 '),
  );
}

export function createDataset(
  summaries: readonly Summary[],
  peopleList: readonly IndexPerson[],
  eventList: readonly AnnouncementEvent[],
  problems: DataProblem[] = [],
): Dataset {
  const people = new Map(peopleList.map((p) => [p.id, p]));
  const events = new Map(eventList.map((e) => [e.id, e]));
  const countries = new Set<string>();
  for (const s of summaries) for (const c of s.countries) countries.add(c);
  return {
    summaries: summaries.map((s) => ({ ...s, searchText: searchTextOf(s, people, events) })),
    people,
    events,
    countries: [...countries].sort(),
    problems,
  };
}
