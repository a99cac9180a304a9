/**
 * `forkpoint check` over a folder of 1,000 decision files written by the domain's
 * own Markdown export: the built tool run as a child process, as CI runs it
 * (Node's start-up included), median of 5 runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRecords } from './domain.mjs';
import { median, round1 } from './stats.mjs';

const FILES = 1000;

/** @param {string} text @returns {unknown} */
const parseJson = (text) => JSON.parse(text);
const RUNS = 5;

/** @param {import('./domain.mjs').Domain} domain */
export async function benchCliCheck(domain) {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
  const dir = await mkdtemp(join(tmpdir(), 'forkpoint-bench-'));
  try {
    let bytes = 0;
    for (const record of generateRecords(domain, FILES)) {
      const text = domain.adr.writeAdr(record, 'madr');
      bytes += Buffer.byteLength(text);
      await writeFile(join(dir, `${String(record.number).padStart(4, '0')}-decision.md`), text);
    }
    /** @type {number[]} */
    const times = [];
    for (let run = 0; run < RUNS; run += 1) {
      const start = performance.now();
      const result = spawnSync(process.execPath, ['bin/forkpoint.mjs', 'check', dir, '--today', '2027-01-01', '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      times.push(performance.now() - start);
      const decisions = /** @type {{ decisions: unknown[] }} */ (parseJson(result.stdout)).decisions;
      if (result.status !== 0 || decisions.length !== FILES) throw new Error(`forkpoint check read ${decisions.length} of ${FILES} files (exit ${result.status}): ${result.stderr}`);
    }
    return { files: FILES, bytes, medianMs: round1(median(times)), runsMs: times.map(round1) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
