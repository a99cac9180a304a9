#!/usr/bin/env node
// Step markers for `npm test`, read by scripts/ci-summary.mjs (.ci/run):
//   mark-ok.mjs --reset   start of `npm test`: forget the previous run's markers
//   mark-ok.mjs <step>    <step> passed: write test-results/checks/<step>.ok
// `npm test` is an && chain, so the first step without a marker is the one
// that failed, and the steps after it did not run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

const DIR = 'test-results/checks';
const arg = process.argv[2];

if (!arg) {
  console.error('usage: mark-ok.mjs --reset | <step>');
  process.exit(2);
}
if (arg === '--reset') {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
} else {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(`${DIR}/${arg}.ok`, `${new Date().toISOString()}\n`);
}
