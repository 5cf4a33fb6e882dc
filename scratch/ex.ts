import { DEFAULT_EXTRACT_OPTIONS, extractEntities } from '../ingest/extract/pipeline';
import type { TraceEntry } from '../ingest/extract/rules/rule';
const t: TraceEntry[] = [];
const [title, ...p] = process.argv.slice(2);
const r = extractEntities(title ?? '', p, { ...DEFAULT_EXTRACT_OPTIONS, homeCountry: process.env.HOME_CC ?? null }, t);
console.log(JSON.stringify(r.people), JSON.stringify(r.events), r.date);
for (const e of t) console.log(e.kept ? '+' : '-', e.rule, e.value);
