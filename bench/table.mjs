/** The one table `npm run bench` prints: a row per figure, with its budget and whether it is within. */

/** @typedef {{ section: string; figure: string; value: string; budget: string; status: string }} Row */

/**
 * @param {string} section @param {string} figure @param {string} value
 * @param {string} [budget] @param {boolean | null} [within] null when there is no budget
 * @returns {Row}
 */
export function row(section, figure, value, budget = '—', within = null) {
  return { section, figure, value, budget, status: within === null ? '' : within ? 'ok' : 'OVER' };
}

/** @param {readonly Row[]} rows */
export function formatTable(rows) {
  const header = { section: 'section', figure: 'figure', value: 'value', budget: 'budget', status: '' };
  const columns = /** @type {const} */ (['section', 'figure', 'value', 'budget', 'status']);
  const all = [header, ...rows];
  const widths = columns.map((c) => Math.max(...all.map((r) => r[c].length)));
  const line = (/** @type {Row} */ r) =>
    columns
      .map((c, i) => (c === 'value' ? r[c].padStart(widths[i] ?? 0) : r[c].padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
