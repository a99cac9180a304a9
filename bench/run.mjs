#!/usr/bin/env node
/**
 * `npm run bench`: measures the production build in headless Chromium and prints
 * one table, also written to bench/results.json with the date and the commit.
 * For development: BENCH_DIST (default dist), BENCH_PORT (default: any free port),
 * BENCH_ONLY (sections, comma-separated: bundle,lighthouse,map,large,library,transfer,cli,folder)
 * and BENCH_PAGES (Lighthouse pages, comma-separated: node 1,library,outcome,home).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { measureFirstLoad } from '../scripts/check-budget.mjs';
import { benchAnswerToMap } from './answer-map.mjs';
import { launchBrowser } from './browser.mjs';
import { benchCliCheck } from './cli.mjs';
import { benchFolder } from './folder.mjs';
import { BUDGETS } from './budgets.mjs';
import { benchLargeDecision } from './large-decision.mjs';
import { libraryTemplates, loadDomain } from './domain.mjs';
import { benchLibrary } from './library.mjs';
import { benchLighthouse } from './lighthouse.mjs';
import { tableRows } from './report.mjs';
import { freePort, startPreview } from './server.mjs';
import { formatTable } from './table.mjs';
import { benchTransfer } from './transfer.mjs';

const DIST = process.env.BENCH_DIST ?? 'dist';
const ONLY = new Set((process.env.BENCH_ONLY ?? 'bundle,lighthouse,map,large,library,transfer,cli,folder').split(','));
const OUTPUT = process.env.BENCH_ONLY ? 'bench/results.partial.json' : 'bench/results.json';
const LIMIT_MS = 20 * 60 * 1000;

/** @param {string[]} args */
function git(args) {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** @param {string} what */
const step = (what) => console.error(`bench: ${what}…`);

async function main() {
  const startedAt = new Date();
  const loadAverage = loadavg().map((n) => Math.round(n * 100) / 100);
  /** @type {import('./report.mjs').Results} */
  const results = {};
  if (ONLY.has('bundle')) results.bundle = measureFirstLoad(DIST);

  step('generating records with the domain code');
  const { domain, close } = await loadDomain();
  const server = await startPreview({ dist: DIST, port: await freePort(Number(process.env.BENCH_PORT ?? 0)) });
  let chromium = null;
  try {
    const templates = libraryTemplates(domain, 500);
    if (ONLY.has('map') || ONLY.has('large') || ONLY.has('library') || ONLY.has('transfer') || ONLY.has('folder')) {
      const browser = await launchBrowser();
      chromium = browser.version();
      try {
        if (ONLY.has('map')) {
          step('answer → map, 50 answers');
          results.answerToMap = await benchAnswerToMap(browser, server.url);
        }
        if (ONLY.has('large')) {
          step('a decision with 15 candidates × 60 requirements: coverage changes and keystrokes');
          results.largeDecision = await benchLargeDecision(browser, server.url, domain);
        }
        if (ONLY.has('library')) {
          results.library = [];
          for (const count of [100, 10000]) {
            step(`library with ${count} records`);
            results.library.push(await benchLibrary(browser, server.url, templates, count));
          }
        }
        if (ONLY.has('transfer')) {
          step('export and import of 1,000 records');
          results.transfer = await benchTransfer(browser, server.url, domain);
        }
        if (ONLY.has('folder')) {
          step('a decisions folder of 1,000 files: open and rescan');
          results.folder = await benchFolder(browser, server.url, domain);
        }
      } finally {
        await browser.close();
      }
    }
    if (ONLY.has('cli')) {
      step('forkpoint check over 1,000 files');
      results.cli = await benchCliCheck(domain);
    }
    if (ONLY.has('lighthouse')) {
      step('Lighthouse: 4 pages × mobile and desktop');
      results.lighthouse = await benchLighthouse(server.url, templates);
    }
  } finally {
    await server.stop();
    await close();
  }

  const rows = tableRows(results);
  const commit = git(['rev-parse', 'HEAD']);
  const dirty = (git(['status', '--porcelain', '--untracked-files=no']) ?? '') !== '';
  const table = formatTable(rows);
  console.log(`\nForkpoint bench, ${startedAt.toISOString()}, commit ${commit?.slice(0, 12) ?? 'unknown'}${dirty ? ' (uncommitted changes)' : ''}\n`);
  console.log(table);
  const machine = { node: process.version, chromium, cpus: cpus().length, loadAverageAtStart: loadAverage };
  writeFileSync(OUTPUT, `${JSON.stringify({ date: startedAt.toISOString(), commit, dirty, dist: DIST, machine, budgets: BUDGETS, results, table: rows }, null, 2)}\n`);
  console.log(`\nWritten to ${OUTPUT}. Timings on a busy machine run high: load average at start ${loadAverage.join(', ')} on ${cpus().length} cores.`);
}

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${LIMIT_MS / 60000} minutes; giving up.`);
  process.exit(1);
}, LIMIT_MS);
watchdog.unref();

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
