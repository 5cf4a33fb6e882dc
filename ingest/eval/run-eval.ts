import type { Announcement } from '../../src/data/schema';
import { NO_COUNTRY } from '../extract/people/people';
import { ALL_RULES } from '../extract/rules/all-rules';
import type { TraceEntry } from '../extract/rules/rule';
import { toAnnouncement } from '../ingest';
import { loadOverrides } from '../overrides';
import { parseTextDocument } from '../read-input';
import { EVAL_SET, type EvalCase } from './eval-set';
import { EVAL_SET_2 } from './eval-set-2';
import { EVAL_SET_3 } from './eval-set-3';
import { EVAL_SET_4 } from './eval-set-4';
import { BLIND_A } from './blind-a-foreign-ministries';
import { BLIND_B } from './blind-b-regional-communiques';
import { BLIND_C } from './blind-c-embassies-ministries';
import { BLIND_D } from './blind-d-mixed';
import { BLIND_E } from './blind-e-new-publishers';
import { BLIND_F } from './blind-f-field-readouts';
import { BLIND_G } from './blind-g-world-releases';
import { BLIND_H } from './blind-h-new-styles';
import { BLIND_I } from './blind-i-more-publishers';
import { BLIND_J } from './blind-j-further-publishers';
import { BLIND_K } from './blind-k-other-genres';
import { BLIND_L } from './blind-l-wider-world';
import { BLIND_M } from './blind-m-ninth';
import { BLIND_N } from './blind-n-tenth';
import { BLIND_O } from './blind-o-eleventh';
import { BLIND_P } from './blind-p-twelfth';
import { HELD_OUT_SET_4 } from './held-out-set-4';
import { judge, norm, ruleFigures } from './judge';
import { ENTITY_TYPES, score, type EvalReport } from './score';

/**
 * `npm run eval:extraction [-- --verbose] [-- --explain <case-id>]`: scores every set, fails (exit 1) when
 * an enforced set misses a target, prints the held-out sets beside them, and how often each rule fired
 * and was right. `--explain` traces one case's entities to the rules that produced or dropped them.
 */

/** Targets from issue 10, on every enforced set; the run fails (exit 1) when one is missed. */
const TARGETS = {
  people: 0.95,
  countries: 0.97,
  events: 0.85,
  dates: 0.95,
  personCountry: 0.9,
} as const;

type Metric = keyof typeof TARGETS;

interface EvalSet {
  name: string;
  cases: readonly EvalCase[];
  /** Tuning sets are enforced; held-out sets are printed beside them, never used to change rules. */
  enforced: boolean;
  /**
   * For a tuning set that does not meet the targets yet: the figures it has reached, enforced instead so
   * that no change makes it worse; the targets' misses are still printed. Raise them as the rules improve.
   */
  floors?: Record<Metric, number>;
}

const SETS: readonly EvalSet[] = [
  { name: 'eval-set', cases: EVAL_SET, enforced: true },
  { name: 'eval-set-2', cases: EVAL_SET_2, enforced: true },
  { name: 'eval-set-3', cases: EVAL_SET_3, enforced: true },
  { name: 'eval-set-4', cases: EVAL_SET_4, enforced: true },
  // Written blind in other publishers' styles; first runs recorded in ingest/eval/first-runs/.
  // They do not meet the targets yet (docs/ingest.md, "Quality"): floors at what they reached.
  {
    name: 'blind-a-foreign-min',
    cases: BLIND_A,
    enforced: true,
    floors: { people: 0.99, countries: 0.98, events: 1, dates: 0.99, personCountry: 0.95 },
  },
  {
    name: 'blind-b-communiques',
    cases: BLIND_B,
    enforced: true,
    floors: { people: 1, countries: 0.99, events: 1, dates: 1, personCountry: 0.99 },
  },
  {
    name: 'blind-c-embassies',
    cases: BLIND_C,
    enforced: true,
    floors: { people: 1, countries: 0.99, events: 0.97, dates: 1, personCountry: 0.95 },
  },
  // Written blind and held out while issue 10's first rules were made (its first run, once, is in its
  // header and ingest/eval/first-runs/); a tuning set since the next session, with floors like A–C.
  {
    name: 'blind-d-mixed',
    cases: BLIND_D,
    enforced: true,
    floors: { people: 0.99, countries: 0.99, events: 1, dates: 1, personCountry: 0.98 },
  },
  { name: 'held-out-set-4', cases: HELD_OUT_SET_4, enforced: false },
  // Written blind and held out while issue 10's second round was made (both runs it had then are in its
  // header and ingest/eval/first-runs/); a tuning set since the fifth session, with floors like A–D.
  {
    name: 'blind-e-new-publ',
    cases: BLIND_E,
    enforced: true,
    floors: { people: 0.99, countries: 0.98, events: 1, dates: 1, personCountry: 0.98 },
  },
  // Written blind while the third round of rules was made (its first run, on main before the round, and the
  // round's unseen run are in its header and ingest/eval/first-runs/); a tuning set since then.
  {
    name: 'blind-f-readouts',
    cases: BLIND_F,
    enforced: true,
    floors: { people: 0.99, countries: 0.99, events: 1, dates: 1, personCountry: 0.98 },
  },
  // Written blind while the third and fourth rounds were made and held out through both (its first run and
  // the unseen runs are in its header and ingest/eval/first-runs/); a tuning set since the sixth session.
  {
    name: 'blind-g-world',
    cases: BLIND_G,
    enforced: true,
    floors: { people: 1, countries: 1, events: 0.99, dates: 1, personCountry: 0.97 },
  },
  // Written blind and held out while the fifth round of rules was made (its first run and the round's unseen
  // run are in its header and ingest/eval/first-runs/); a tuning set since, with floors like A–G (raised after the
  // sixth round, which was tuned on it).
  {
    name: 'blind-h-styles',
    cases: BLIND_H,
    enforced: true,
    floors: { people: 1, countries: 0.98, events: 0.99, dates: 1, personCountry: 0.98 },
  },
  // Written blind and held out while the sixth round of rules was made (its first run and the round's unseen run
  // are in its header and ingest/eval/first-runs/); a tuning set since the seventh session, floors at its figures.
  {
    name: 'blind-i-publishers',
    cases: BLIND_I,
    enforced: true,
    floors: { people: 0.97, countries: 0.98, events: 0.98, dates: 0.99, personCountry: 0.96 },
  },
  // Written blind and held out while the seventh round of rules was made (their first runs, on main before the
  // round, and the round's unseen runs are in their headers and ingest/eval/first-runs/); tuning sets since the
  // eighth session, floors at their figures.
  {
    name: 'blind-j-publishers',
    cases: BLIND_J,
    enforced: true,
    floors: { people: 0.95, countries: 0.99, events: 0.98, dates: 0.99, personCountry: 0.96 },
  },
  {
    name: 'blind-k-genres',
    cases: BLIND_K,
    enforced: true,
    floors: { people: 0.96, countries: 0.97, events: 1, dates: 0.99, personCountry: 0.96 },
  },
  // Written blind and held out while the eighth round of rules was made (its first run, on main before the round,
  // and the round's unseen run are in its header and ingest/eval/first-runs/); a tuning set since the ninth
  // session, floors at its figures.
  {
    name: 'blind-l-wider-world',
    cases: BLIND_L,
    enforced: true,
    floors: { people: 0.97, countries: 0.98, events: 1, dates: 0.99, personCountry: 0.9 },
  },
  // Written blind and held out while the ninth round of rules was made (its first run, on main before the round,
  // and the round's unseen run are in its header and ingest/eval/first-runs/); a tuning set since the tenth
  // session, floors at its figures.
  {
    name: 'blind-m-ninth',
    cases: BLIND_M,
    enforced: true,
    floors: { people: 0.95, countries: 0.99, events: 0.97, dates: 1, personCountry: 0.92 },
  },
  // Written blind and held out while the tenth round of rules was made (its first run, on main before the round,
  // and the round's unseen run are in its header and ingest/eval/first-runs/); a tuning set since the eleventh
  // session, floors at its figures (raised after the eleventh round, which was tuned on it).
  {
    name: 'blind-n-tenth',
    cases: BLIND_N,
    enforced: true,
    floors: { people: 1, countries: 0.99, events: 0.98, dates: 0.97, personCountry: 0.94 },
  },
  // Written blind and held out while the eleventh round of rules was made (its first run, on main before the round,
  // and the round's unseen run are in its header and ingest/eval/first-runs/); a tuning set since the twelfth
  // session, floors at its figures.
  {
    name: 'blind-o-eleventh',
    cases: BLIND_O,
    enforced: true,
    floors: { people: 0.96, countries: 0.97, events: 0.77, dates: 0.97, personCountry: 0.76 },
  },
  // Written blind and held out while the twelfth round of rules is made (its first run, on main before the round,
  // is in its header and ingest/eval/first-runs/): printed, never enforced.
  { name: 'blind-p-twelfth', cases: BLIND_P, enforced: false },
];

const overrides = await loadOverrides('data/overrides.json');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const explainId = args.includes('--explain') ? args[args.indexOf('--explain') + 1] : undefined;

interface CaseRun {
  case: EvalCase;
  announcement: Announcement;
  trace: TraceEntry[];
}

const runs = new Map<string, CaseRun>();
for (const set of SETS)
  for (const c of set.cases) {
    const trace: TraceEntry[] = [];
    const announcement = toAnnouncement(parseTextDocument(c.text, `${c.id}.txt`), overrides, trace);
    runs.set(c.id, { case: c, announcement, trace });
  }
const runOf = (c: EvalCase): CaseRun => {
  const run = runs.get(c.id);
  if (!run) throw new Error(`no run for ${c.id}`);
  return run;
};
const scoreOf = (cases: readonly EvalCase[]) => score(cases, (c) => runOf(c).announcement);

const pct = (x: number) => x.toFixed(3);

const METRIC_NAMES: Record<Metric, string> = {
  people: 'people',
  countries: 'countries',
  events: 'events',
  dates: 'dates',
  personCountry: 'person country',
};

/** The thresholds an evaluation report falls below (the targets unless others are given). */
function missed(report: EvalReport, thresholds: Record<Metric, number> = TARGETS): string[] {
  const figures: Record<Metric, number> = {
    people: report.byType.people.f1,
    countries: report.byType.countries.f1,
    events: report.byType.events.f1,
    dates: report.dateAccuracy,
    personCountry: report.personCountryAccuracy,
  };
  return (Object.keys(figures) as Metric[])
    .filter((m) => figures[m] < thresholds[m])
    .map((m) => METRIC_NAMES[m]);
}

function printReport(report: EvalReport): void {
  const targets: Partial<Record<string, number>> = TARGETS;
  console.log('type           precision  recall  F1     (tp/fp/fn)   target');
  for (const type of ENTITY_TYPES) {
    const s = report.byType[type];
    const target = targets[type];
    console.log(
      `${type.padEnd(14)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}  (${s.truePositives}/${s.falsePositives}/${s.falseNegatives})`.padEnd(
        56,
      ) + (target !== undefined ? `>= ${target}${s.f1 < target ? '  MISSED' : ''}` : ''),
    );
  }
  console.log(`\ndate accuracy        ${pct(report.dateAccuracy)}   target >= ${TARGETS.dates}`);
  console.log(
    `person country acc.  ${pct(report.personCountryAccuracy)}   (of people found) target >= ${TARGETS.personCountry}`,
  );
  if (verbose) {
    console.log('\nErrors (- missed, + extra):');
    for (const e of report.errors)
      console.log(
        `  ${e.id} [${e.type}] ${e.missed.map((m) => `-${m}`).join(' ')} ${e.extra.map((x) => `+${x}`).join(' ')}`,
      );
  } else console.log('\n(--verbose lists every error; --explain <case-id> traces one case to its rules)');
}

function printSummary(): boolean {
  console.log('Every set (people P/R/F1; F1 of the others; date and person-country accuracy):\n');
  console.log(
    'set                 cases  people P / R / F1       countries events  orgs   places dates  pers.country  targets',
  );
  let failed = false;
  for (const set of SETS) {
    const r = scoreOf(set.cases);
    const misses = missed(r);
    const belowFloor = set.floors ? missed(r, set.floors) : misses;
    if (set.enforced && belowFloor.length > 0) failed = true;
    const p = r.byType.people;
    const status = !set.enforced
      ? `held out${misses.length > 0 ? ` (would miss: ${misses.join(', ')})` : ''}`
      : set.floors
        ? belowFloor.length > 0
          ? `BELOW FLOOR: ${belowFloor.join(', ')}`
          : `floors held; targets not yet met: ${misses.join(', ') || 'none'}`
        : misses.length > 0
          ? `MISSED: ${misses.join(', ')}`
          : 'met';
    console.log(
      `${set.name.padEnd(19)} ${String(set.cases.length).padStart(5)}  ${pct(p.precision)} / ${pct(p.recall)} / ${pct(p.f1)}   ${pct(r.byType.countries.f1)}     ${pct(r.byType.events.f1)}   ${pct(r.byType.organizations.f1)}  ${pct(r.byType.places.f1)}  ${pct(r.dateAccuracy)}  ${pct(r.personCountryAccuracy)}         ${status}`,
    );
  }
  return failed;
}

function printRules(): void {
  const tuning = SETS.filter((s) => s.enforced).flatMap((s) => s.cases.map(runOf));
  const heldOut = SETS.filter((s) => !s.enforced).flatMap((s) => s.cases.map(runOf));
  const t = ruleFigures(tuning);
  const h = ruleFigures(heldOut);
  console.log('\n\nRules: how often each decided (fired) and was right / wrong against the expectations');
  console.log(
    '(dropped candidates are wrong when they hold an expected name; countries only of expected people)\n',
  );
  console.log(
    'rule                            effect  tuning fired right wrong   held-out fired right wrong',
  );
  const rows = [...ALL_RULES.map((r) => [r.id, r.effect]), [NO_COUNTRY, 'none']];
  for (const [id = '', effect = ''] of rows) {
    const a = t.get(id) ?? { fired: 0, right: 0, wrong: 0 };
    const b = h.get(id) ?? { fired: 0, right: 0, wrong: 0 };
    console.log(
      `${id.padEnd(32)}${effect.padEnd(8)}${String(a.fired).padStart(12)}${String(a.right).padStart(6)}${String(a.wrong).padStart(6)}${String(b.fired).padStart(17)}${String(b.right).padStart(6)}${String(b.wrong).padStart(6)}`,
    );
  }
}

/** Every decision on one case, judged, and where each expected entity that was missed went. */
function explain(id: string): void {
  const run = runs.get(id);
  if (!run) {
    console.error(`No case "${id}". Cases: ${[...runs.keys()].join(', ')}`);
    process.exitCode = 1;
    return;
  }
  const { case: c, announcement: a, trace } = run;
  const set = SETS.find((s) => s.cases.includes(c));
  console.log(`${c.id} (${set?.name ?? '?'})\n\n${c.text}\n`);
  console.log('Decisions, in the order the stages took them (paragraph; ✓ agrees with the expectation):');
  for (const e of trace) {
    const verdict = judge(e, c.expected);
    const mark = verdict === 'right' ? '✓' : verdict === 'wrong' ? '✗' : ' ';
    const where = e.paragraph < 0 ? '  ' : `p${e.paragraph}`;
    console.log(
      `  ${mark} ${where} ${e.kept ? 'kept   ' : 'dropped'} ${e.kind.padEnd(14)} ${e.rule.padEnd(30)} ${e.value}`,
    );
  }
  const report = score([c], () => a);
  const misses = report.errors.filter((e) => e.missed.length > 0 && e.type !== 'date');
  if (misses.length > 0) console.log('\nMissed, and what the rules did with it:');
  for (const e of misses)
    for (const m of e.missed) {
      const name = m.replace(/: .*$/, '');
      const near = trace.filter(
        (t) => norm(t.value).includes(norm(name)) || norm(name).includes(norm(t.value.replace(/: .*$/, ''))),
      );
      const seen = near.map((t) => `${t.kept ? 'kept' : 'dropped'} "${t.value}" by ${t.rule}`).join('; ');
      console.log(
        `  [${e.type}] ${m}: ${seen || 'no candidate: no rule saw it (a word list or a candidate stage misses it)'}`,
      );
    }
  console.log('\nScores of this case:');
  printReport(report);
}

if (explainId !== undefined) explain(explainId);
else {
  const failed = printSummary();
  const tuning = SETS.filter((s) => s.enforced);
  const report = scoreOf(tuning.flatMap((s) => s.cases));
  console.log(
    `\n\nTuning sets (enforced): ${report.cases} hand-annotated announcements the rules were tuned on (${tuning.map((s) => s.name).join(', ')})\n`,
  );
  printReport(report);
  // Held-out sets were written without reading the rules and are never used to change them; they are
  // printed, never enforced, so that nobody is tempted to tune against them.
  for (const set of SETS.filter((s) => !s.enforced)) {
    console.log(
      `\n\nHeld out (never used for tuning): ${set.cases.length} announcements (${set.name}); targets for reference only, not enforced\n`,
    );
    printReport(scoreOf(set.cases));
  }
  printRules();
  if (failed) console.log('\nAn enforced set is below its target or floor (see the first table).');
  process.exitCode = failed ? 1 : 0;
}
