// Sums the suites of `npm run validate` into one closing line: `N passed, N failed`.
// typecheck, lint and build count as one check each; unit and e2e count their tests from their JSON reports.
import { existsSync, readFileSync } from 'node:fs';

const log = existsSync(process.argv[2]) ? readFileSync(process.argv[2], 'utf8') : '';
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;
const rows = [];

// validate chains its steps with &&, so a check passed exactly when the step after it started.
const steps = ['typecheck', 'lint', 'test', 'build', 'test:e2e'];
const started = steps.map((step) => log.includes(`> announcement-reader@0.1.0 ${step}\n`));
for (const step of ['typecheck', 'lint', 'build']) {
  const at = steps.indexOf(step);
  if (!started[at]) continue;
  const ok = started[at + 1];
  rows.push(`${step}: ${ok ? 'passed' : 'failed'}`);
  if (ok) passed += 1;
  else failed += 1;
}

const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.numRuntimeErrorTestSuites ?? 0);
  rows.push(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
} else if (started[2]) {
  failed += 1;
  rows.push('unit: no report');
}

const e2e = readJson('test-results/e2e.json');
if (e2e) {
  const { expected, unexpected, flaky } = e2e.stats;
  passed += expected + flaky;
  failed += unexpected + (e2e.errors?.length ?? 0);
  rows.push(`e2e: ${expected + flaky} passed, ${unexpected} failed`);
} else if (started[4]) {
  failed += 1;
  rows.push('e2e: no report');
}

console.log(rows.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
