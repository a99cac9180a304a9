/**
 * Export of 1,000 records as one archive (a zip of MADR Markdown and JSON per
 * record) and import of that archive (unpacked, every file parsed strictly, the
 * records checked against each other). The app has no import/export screen yet
 * (src/features/transfer is empty), so this times the domain functions the
 * screens will call, in Node: `buildArchive` and `planImport`.
 */
import { generateRecords } from './domain.mjs';
import { median, round1 } from './stats.mjs';

const RECORDS = 1000;
const RUNS = 3;

/** @param {import('./domain.mjs').Domain} domain */
export async function benchTransfer(domain) {
  const records = generateRecords(domain, RECORDS);
  const name = domain.archive.archiveName('2026-11-23');
  /** @type {number[]} */
  const exports = [];
  /** @type {number[]} */
  const imports = [];
  let archiveBytes = 0;
  for (let run = 0; run < RUNS; run += 1) {
    let start = performance.now();
    const bytes = await domain.archive.buildArchive(records);
    exports.push(performance.now() - start);
    archiveBytes = bytes.length;

    start = performance.now();
    const plan = await domain.importPlan.planImport([{ name, bytes }]);
    imports.push(performance.now() - start);
    if (plan.problems.length > 0 || plan.records.length !== RECORDS) {
      throw new Error(`the archive imported ${plan.records.length} of ${RECORDS} records, problems: ${JSON.stringify(plan.problems.slice(0, 3))}`);
    }
  }
  return {
    records: RECORDS,
    where: 'node (domain functions; no transfer screen yet)',
    archiveBytes,
    exportMs: { median: round1(median(exports)), runs: exports.map(round1) },
    importMs: { median: round1(median(imports)), runs: imports.map(round1) },
  };
}
