import type { Announcement } from '../../src/data/schema';
import { slugify } from '../ids';
import type { EvalCase, ExpectedEntities } from './eval-set';

export const ENTITY_TYPES = ['people', 'countries', 'blocs', 'events', 'organizations', 'places'] as const;
type EntityType = (typeof ENTITY_TYPES)[number];

interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

interface TypeScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  cases: number;
  byType: Record<EntityType, TypeScore>;
  dateAccuracy: number;
  personCountryAccuracy: number;
  /** Per case: what was missed (-) and what was extra (+), for reading the errors. */
  errors: Array<{
    id: string;
    type: EntityType | 'date' | 'person-country';
    missed: string[];
    extra: string[];
  }>;
}

/** Names are compared as slugs, so case, accents and punctuation do not count as errors. */
const norm = (s: string) => slugify(s, 200);

function predicted(a: Announcement, type: EntityType): string[] {
  switch (type) {
    case 'people':
      return a.people.map((p) => p.name);
    case 'events':
      return a.events.map((e) => e.name);
    default:
      return a[type];
  }
}

function expectedOf(e: ExpectedEntities, type: EntityType): string[] {
  return type === 'people' ? e.people.map(([name]) => name) : e[type];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function score(cases: readonly EvalCase[], extract: (c: EvalCase) => Announcement): EvalReport {
  const counts = Object.fromEntries(
    ENTITY_TYPES.map((t) => [t, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  ) as Record<EntityType, Counts>;
  const errors: EvalReport['errors'] = [];
  let datesRight = 0;
  let countriesRight = 0;
  let countriesTotal = 0;
  for (const c of cases) {
    const a = extract(c);
    for (const type of ENTITY_TYPES) {
      const want = new Set(expectedOf(c.expected, type).map(norm));
      const got = new Set(predicted(a, type).map(norm));
      const missed = [...want].filter((x) => !got.has(x));
      const extra = [...got].filter((x) => !want.has(x));
      counts[type].truePositives += want.size - missed.length;
      counts[type].falseNegatives += missed.length;
      counts[type].falsePositives += extra.length;
      if (missed.length || extra.length) errors.push({ id: c.id, type, missed, extra });
    }
    if (a.date === c.expected.date) datesRight++;
    else errors.push({ id: c.id, type: 'date', missed: [String(c.expected.date)], extra: [String(a.date)] });
    for (const [name, country] of c.expected.people) {
      const found = a.people.find((p) => norm(p.name) === norm(name));
      if (!found) continue;
      countriesTotal++;
      if (found.country === country) countriesRight++;
      else
        errors.push({
          id: c.id,
          type: 'person-country',
          missed: [`${name}: ${country}`],
          extra: [`${name}: ${found.country}`],
        });
    }
  }
  const byType = Object.fromEntries(
    ENTITY_TYPES.map((t) => {
      const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts[t];
      const precision = ratio(tp, tp + fp);
      const recall = ratio(tp, tp + fn);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return [t, { ...counts[t], precision, recall, f1 }];
    }),
  ) as Record<EntityType, TypeScore>;
  return {
    cases: cases.length,
    byType,
    dateAccuracy: ratio(datesRight, cases.length),
    personCountryAccuracy: ratio(countriesRight, countriesTotal),
    errors,
  };
}
