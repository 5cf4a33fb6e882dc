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

for (const [name, file, expectedToRun] of [
  ['e2e', 'test-results/e2e.json', started[4]],
  ['e2e (nginx)', 'test-results/e2e-nginx.json', true],
]) {
  const report = readJson(file);
  if (report) {
    const { expected, unexpected, flaky } = report.stats;
    passed += expected + flaky;
    failed += unexpected + (report.errors?.length ?? 0);
    rows.push(`${name}: ${expected + flaky} passed, ${unexpected} failed`);
  } else if (expectedToRun) {
    failed += 1;
    rows.push(`${name}: no report`);
  }
}

console.log(rows.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
