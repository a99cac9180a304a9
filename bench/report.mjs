/** Turns the measured results into the table's rows, each against its budget. */
import { BUDGETS } from './budgets.mjs';
import { formatKib, formatMs } from './stats.mjs';
import { row } from './table.mjs';

/**
 * @typedef {import('../scripts/check-budget.mjs').FirstLoad} FirstLoad
 * @typedef {import('./lighthouse.mjs').LighthouseRow} LighthouseRow
 * @typedef {Awaited<ReturnType<typeof import('./answer-map.mjs').benchAnswerToMap>>} AnswerToMap
 * @typedef {Awaited<ReturnType<typeof import('./library.mjs').benchLibrary>>} Library
 * @typedef {Awaited<ReturnType<typeof import('./transfer.mjs').benchTransfer>>} Transfer
 * @typedef {Awaited<ReturnType<typeof import('./cli.mjs').benchCliCheck>>} CliCheck
 * @typedef {Awaited<ReturnType<typeof import('./folder.mjs').benchFolder>>} FolderBench
 * @typedef {Awaited<ReturnType<typeof import('./large-decision.mjs').benchLargeDecision>>} LargeDecision
 * @typedef {{ bundle?: FirstLoad; lighthouse?: LighthouseRow[]; answerToMap?: AnswerToMap; largeDecision?: LargeDecision; library?: Library[]; transfer?: Transfer; cli?: CliCheck; folder?: FolderBench }} Results
 * @typedef {import('./table.mjs').Row} Row
 */

const score = (/** @type {number | null} */ s) => (s === null ? 'n/a' : s.toFixed(2));
const atLeast = (/** @type {number | null} */ s, /** @type {number} */ min) => s !== null && s >= min;

/** @param {Results} results @returns {Row[]} */
export function tableRows(results) {
  /** @type {Row[]} */
  const rows = [];
  const { bundle, lighthouse, answerToMap, largeDecision, library, transfer, cli, folder } = results;
  if (bundle) {
    const budget = BUDGETS.firstLoadJsGzipKib * 1024;
    rows.push(row('first load', `JS gzip -9 (${bundle.js.count} files)`, formatKib(bundle.js.gzip), `≤ ${BUDGETS.firstLoadJsGzipKib} KiB`, bundle.js.gzip <= budget));
    rows.push(row('first load', 'JS brotli', formatKib(bundle.js.brotli)));
    rows.push(row('first load', `CSS gzip -9 (${bundle.css.count} files)`, formatKib(bundle.css.gzip)));
    rows.push(row('first load', 'CSS brotli', formatKib(bundle.css.brotli)));
  }
  for (const r of lighthouse ?? []) {
    const { performance, accessibility, bestPractices } = BUDGETS.lighthouse;
    const within = atLeast(r.performance, performance) && atLeast(r.accessibility, accessibility) && atLeast(r.bestPractices, bestPractices);
    const value = r.error ? `error: ${r.error.split(':')[0] ?? ''}` : `${score(r.performance)} / ${score(r.accessibility)} / ${score(r.bestPractices)}`;
    rows.push(row('lighthouse', `${r.page}, ${r.formFactor}: perf / a11y / best pr.`, value, `≥ ${performance} / ${accessibility} / ${bestPractices}`, within));
  }
  if (answerToMap) {
    const a = answerToMap;
    rows.push(row('answer → map', `click → lit edge in DOM, median (${a.answers} answers)`, formatMs(a.domMs.median)));
    rows.push(row('answer → map', 'click → lit edge in DOM, p95', formatMs(a.domMs.p95), '≤ 16.7 ms (1 frame)', a.domMs.p95 <= BUDGETS.answerToMapP95Ms));
    rows.push(row('answer → map', 'scripting (V8) per answer, median / p95', `${formatMs(a.scriptMs.median)} / ${formatMs(a.scriptMs.p95)}`));
    rows.push(row('answer → map', 'click → next frame, median / p95', `${formatMs(a.frameMs.median)} / ${formatMs(a.frameMs.p95)}`));
    rows.push(row('answer → map', 'answers updated within one frame', `${a.withinOneFrame} of ${a.answers}`, `≥ ${BUDGETS.answerToMapWithinFrame} of 50`, a.withinOneFrame >= BUDGETS.answerToMapWithinFrame));
  }
  if (largeDecision) {
    const d = largeDecision;
    const section = `${d.candidates} × ${d.requirements}`;
    const budget = BUDGETS.largeDecisionScriptP95Ms;
    for (const [what, ms] of /** @type {const} */ ([
      ['coverage change at node 3', d.coverageScriptMs],
      ['keystroke in a requirement', d.keystrokeScriptMs],
    ])) {
      rows.push(row(section, `${what}: scripting, median / p95 (${ms.count})`, `${formatMs(ms.median)} / ${formatMs(ms.p95)}`, `p95 ≤ ${budget} ms`, ms.p95 <= budget));
    }
  }
  for (const l of library ?? []) {
    const size = l.records.toLocaleString('en');
    const firstRowsBudget = l.records === 100 ? BUDGETS.firstRowsMs[100] : BUDGETS.firstRowsMs[10000];
    rows.push(row(`library ${size}`, 'time to first rows, median of 3 loads', formatMs(l.firstRowsMs.median), `≤ ${formatMs(firstRowsBudget)}`, l.firstRowsMs.median <= firstRowsBudget));
    rows.push(
      row(`library ${size}`, `search keystroke, median / p95 (${l.keystrokeMs.keystrokes})`, `${formatMs(l.keystrokeMs.median)} / ${formatMs(l.keystrokeMs.p95)}`, `p95 ≤ ${BUDGETS.keystrokeP95Ms} ms`, l.keystrokeMs.p95 <= BUDGETS.keystrokeP95Ms && l.keystrokeMs.withoutDomChange === 0),
    );
    rows.push(row(`library ${size}`, `save one record, median of ${l.saveMs.runs.length}`, formatMs(l.saveMs.median), `≤ ${BUDGETS.saveMs} ms`, l.saveMs.median <= BUDGETS.saveMs));
  }
  const small = library?.find((l) => l.records === 100);
  const large = library?.find((l) => l.records === 10000);
  if (small && large) {
    const rowsRatio = large.firstRowsMs.median / small.firstRowsMs.median;
    rows.push(row('library', 'time to first rows, 10,000 ÷ 100', `${rowsRatio.toFixed(2)}×`, `≤ ${BUDGETS.firstRowsRatio}×`, rowsRatio <= BUDGETS.firstRowsRatio));
    const ratio = large.saveMs.median / small.saveMs.median;
    rows.push(row('library', 'save time, 10,000 ÷ 100', `${ratio.toFixed(2)}×`, `≤ ${BUDGETS.saveRatio}×`, ratio <= BUDGETS.saveRatio));
  }
  if (transfer) {
    const t = transfer;
    rows.push(row('transfer', `export ${t.records.toLocaleString('en')} records as one zip (${formatKib(t.archiveBytes)})`, formatMs(t.exportMs), `≤ ${formatMs(BUDGETS.exportMs)}`, t.exportMs <= BUDGETS.exportMs));
    rows.push(row('transfer', 'import it: read and preview / store', `${formatMs(t.importPreviewMs)} / ${formatMs(t.importCommitMs)}`));
    rows.push(row('transfer', 'import it: total', formatMs(t.importMs), `≤ ${formatMs(BUDGETS.importMs)}`, t.importMs <= BUDGETS.importMs));
  }
  if (cli) {
    rows.push(row('cli', `forkpoint check, ${cli.files.toLocaleString('en')} files (${formatKib(cli.bytes)}), median of 5`, formatMs(cli.medianMs), `≤ ${formatMs(BUDGETS.cliCheckMs)}`, cli.medianMs <= BUDGETS.cliCheckMs));
  }
  if (folder) {
    const size = folder.files.toLocaleString('en');
    rows.push(row('folder', `open a folder of ${size} files: first rows`, formatMs(folder.firstRowsMs), `≤ ${formatMs(BUDGETS.folderFirstRowsMs)}`, folder.firstRowsMs <= BUDGETS.folderFirstRowsMs));
    rows.push(row('folder', `open it: every file listed, read, parsed`, formatMs(folder.openMs), `≤ ${formatMs(BUDGETS.folderOpenMs)}`, folder.openMs <= BUDGETS.folderOpenMs));
    rows.push(row('folder', `rescan it unchanged, median of 5`, formatMs(folder.rescanMs), `≤ ${formatMs(BUDGETS.folderRescanMs)}`, folder.rescanMs <= BUDGETS.folderRescanMs));
  }
  return rows;
}
