import type { DataProblem } from '../../../data/fetch-data';
import type { FacetKey } from '../filter-params';
import type { DateHistogram } from './histogram';

// The search worker's answers, as the page reads them.

/** How far the dataset is open: the chunked index answers over all of it at once (`loaded` is `total`). */
export interface LoadProgress {
  total: number;
  loaded: number;
  complete: boolean;
  problems: DataProblem[];
  /** Set when the dataset is the demo archive (generated items and the real sample), so the app says so. */
  demo?: { generated: number; real: number };
  /** The chunked index's build: it changes when a deploy replaces the dataset. */
  build?: string;
}

export interface EntityRef {
  id: string;
  name: string;
}

/** One list row: a summary with its people and events named. */
export interface ResultRow {
  id: string;
  title: string;
  date: string | null;
  generated: boolean;
  people: EntityRef[];
  countries: string[];
  events: EntityRef[];
  organizations: EntityRef[];
  /** One sentence of the body: the one holding the most query words, else the first; null if none. */
  snippet: string | null;
}

export interface FacetValue {
  value: string;
  label: string;
  /**
   * Announcements that mention this value: in an all-facet among the results (what a click would
   * leave), in an any-facet among the results without the facet's own selection (what it would add).
   */
  count: number;
  /** Set by the directories' finder when every announcement naming it is generated (demo data). */
  generatedOnly?: true;
}

export interface FacetSummary {
  /** Selected values first, then the most frequent, up to the limit asked for. */
  values: FacetValue[];
  /** How many different values the results mention. */
  distinct: number;
}

/** What the entity pages need about one person, country, event or organisation. */
export interface EntityInfo {
  kind: FacetKey;
  id: string;
  name: string;
  /** A person's country. */
  country: string | null;
  /** Announcements that mention it. */
  count: number;
  /** Every announcement that mentions it is generated (demo data). */
  generatedOnly: boolean;
  first: string | null;
  last: string | null;
  /** An event's other editions (same series), newest first, itself included. */
  editions: (EntityRef & { count: number; first: string | null; last: string | null })[];
  /** A country's people, most mentioned first. */
  people: FacetValue[];
}

export interface SearchResult {
  total: number;
  rows: ResultRow[];
  facets: Record<FacetKey, FacetSummary>;
  /** Selected or excluded values the data does not know. */
  unknown: Record<FacetKey, string[]>;
  /** The results per year (or month). */
  histogram: DateHistogram;
}
