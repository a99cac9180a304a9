#!/usr/bin/env node
// Totals for .ci/run after `npm install && npm test`.
//   usage: ci-summary.mjs <exit code of `npm install && npm test`>
// typecheck, lint and build count as one check each; the unit and e2e steps
// count their tests (test-results/vitest.json, test-results/e2e.json), plus
// one failed check if the step failed without a failing test to show for it
// (coverage threshold, a suite that did not load, no browser, …).
// The last line printed is `N passed, N failed`; exits 1 if anything failed.
import { existsSync, readFileSync } from 'node:fs';

const npmExit = Number(process.argv[2] ?? '1');
const CHECKS = 'test-results/checks';

/** The steps of `npm test`, in order; `name` is the marker scripts/mark-ok.mjs writes. */
const STEPS = [
  { name: 'typecheck', tests: null },
  { name: 'lint', tests: null },
  { name: 'test-unit', tests: vitestCounts },
  { name: 'build', tests: null },
  { name: 'test-e2e', tests: playwrightCounts },
];

/** @param {string} path @returns {unknown} */
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** @param {unknown} value */
const count = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** @returns {{ passed: number; failed: number } | null} */
function vitestCounts() {
  const report = /** @type {{ numPassedTests?: unknown; numFailedTests?: unknown } | null} */ (
    readJson('test-results/vitest.json')
  );
  if (!report) return null;
  return { passed: count(report.numPassedTests), failed: count(report.numFailedTests) };
}

/** @returns {{ passed: number; failed: number } | null} */
function playwrightCounts() {
  const report = /** @type {{ stats?: { expected?: unknown; unexpected?: unknown; flaky?: unknown } } | null} */ (
    readJson('test-results/e2e.json')
  );
  if (!report?.stats) return null;
  const { expected, unexpected, flaky } = report.stats;
  return { passed: count(expected), failed: count(unexpected) + count(flaky) };
}

let passed = 0;
let failed = 0;
let chainBroken = false;

if (!existsSync(CHECKS)) {
  // `npm test` writes the markers directory first: without it, `npm install` failed.
  console.log('install    FAILED (npm test did not start)');
  failed += 1;
  chainBroken = true;
}

for (const step of STEPS) {
  if (chainBroken) {
    console.log(`${step.name.padEnd(10)} not run`);
    continue;
  }
  const ok = existsSync(`${CHECKS}/${step.name}.ok`);
  if (!ok && npmExit === 0) {
    console.log(`${step.name.padEnd(10)} no marker although npm test passed`);
  }
  const stepFailed = !ok && npmExit !== 0;
  const tests = step.tests ? step.tests() : null;
  if (step.tests) {
    const shown = tests ?? { passed: 0, failed: 0 };
    passed += shown.passed;
    failed += shown.failed;
    // A failed step whose report shows no failing test still counts once.
    const extra = stepFailed && shown.failed === 0 ? 1 : 0;
    failed += extra;
    const result = stepFailed ? 'FAILED' : 'ok';
    console.log(`${step.name.padEnd(10)} ${result}: ${shown.passed} passed, ${shown.failed} failed${extra ? ' (+1 failed step)' : ''}`);
  } else if (stepFailed) {
    failed += 1;
    console.log(`${step.name.padEnd(10)} FAILED`);
  } else {
    passed += 1;
    console.log(`${step.name.padEnd(10)} ok`);
  }
  if (stepFailed) chainBroken = true;
}

if (npmExit !== 0 && failed === 0) {
  // Should not happen; never report a failed run as green.
  console.log(`npm test exited ${npmExit} with every step marked ok`);
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || npmExit !== 0 ? 1 : 0);
