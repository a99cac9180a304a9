import { assertNever } from '../domain/assert-never';
import type { FolderReport } from '../domain/decision-folder/check-folder';
import type { FolderProblem } from '../domain/decision-folder/problems';
import { OUTCOME_NAMES } from '../domain/outcomes';

const EMPTY = '—';
const MAX_TITLE = 60;

/** Text from a file, made safe for a terminal: no control characters (escape sequences), one line. */
export function terminalText(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One line of detail for a problem, as the table's notes list it. */
export function describeProblem(problem: FolderProblem): string {
  switch (problem.kind) {
    case 'overdue':
      return `overdue: the revisit-by date ${problem.revisitBy} has passed`;
    case 'invalid':
      return `invalid${problem.line === null ? '' : ` (line ${problem.line})`}: ${terminalText(problem.message)}`;
    case 'incomplete':
      return `incomplete: missing ${problem.missing.map(terminalText).join('; ')}`;
    case 'broken-link':
      return `broken-link: ${terminalText(problem.target)} does not exist in this folder`;
    case 'duplicate-number':
      return `duplicate-number: ${problem.number} is also used by ${problem.others.map(terminalText).join(', ')}`;
    default:
      return assertNever(problem, 'problem');
  }
}

/** The check's table, then each file's problems in words, then the totals. */
export function textReport(report: FolderReport): string {
  const header = ['No.', 'Title', 'Status', 'Outcome', 'Date', 'Revisit by', 'Problems'];
  const rows = report.rows.map((row) => [
    row.number === null ? EMPTY : String(row.number).padStart(4, '0'),
    cut(terminalText(row.title ?? row.path), MAX_TITLE),
    cut(terminalText(row.status ?? EMPTY), 24),
    row.outcome === null ? EMPTY : OUTCOME_NAMES[row.outcome],
    row.date ?? EMPTY,
    row.revisitBy ?? EMPTY,
    row.problems.length === 0 ? 'ok' : [...new Set(row.problems.map((p) => p.kind))].join(', '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];

  const withProblems = report.rows.filter((row) => row.problems.length > 0);
  if (withProblems.length > 0) {
    out.push('');
    for (const row of withProblems) {
      out.push(terminalText(row.path));
      for (const problem of row.problems) out.push(`  ${describeProblem(problem)}`);
    }
  }
  const found = Object.entries(report.counts).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`);
  const files = report.rows.length === 1 ? '1 file' : `${report.rows.length} files`;
  out.push('', `${files} checked as of ${report.today}: ${found.length === 0 ? 'no problems' : found.join(', ')}.`);
  return out.join('\n');
}
