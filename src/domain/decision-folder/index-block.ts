import { mdCell } from '../export/escape';
import { OUTCOME_NAMES } from '../outcomes';
import type { FolderReport } from './check-folder';

export const INDEX_START = '<!-- forkpoint:index -->';
export const INDEX_END = '<!-- /forkpoint:index -->';

const EMPTY = '—';

/** The index table of a checked folder, between its markers; links are relative to the folder. */
export function indexBlock(report: FolderReport): string {
  const lines = [
    INDEX_START,
    '| No. | Decision | Status | Outcome | Date | Revisit by |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of report.rows) {
    if (row.title === null) continue; // unreadable: `forkpoint check` reports it
    const overdue = row.problems.some((p) => p.kind === 'overdue');
    lines.push(
      `| ${row.number === null ? EMPTY : String(row.number).padStart(4, '0')} ` +
        `| [${mdCell(row.title) || mdCell(row.path)}](<${linkPath(row.path)}>) ` +
        `| ${row.status === null ? EMPTY : mdCell(row.status)} ` +
        `| ${row.outcome === null ? EMPTY : OUTCOME_NAMES[row.outcome]} ` +
        `| ${row.date ?? EMPTY} ` +
        `| ${row.revisitBy === null ? EMPTY : overdue ? `${row.revisitBy} (overdue)` : row.revisitBy} |`,
    );
  }
  if (lines.length === 3) lines.push(`| ${EMPTY} | No decisions yet | | | | |`);
  lines.push(INDEX_END);
  return lines.join('\n');
}

export type IndexUpdate =
  | { readonly ok: true; readonly text: string; readonly changed: boolean }
  | { readonly ok: false; readonly message: string };

/**
 * The README with its index replaced (or added at the end, or a new README when there
 * is none); everything outside the markers stays as it was.
 */
export function updateIndex(readme: string | null, block: string): IndexUpdate {
  if (readme === null) return { ok: true, text: `# Decisions\n\n${block}\n`, changed: true };
  const eol = readme.includes('\r\n') ? '\r\n' : '\n';
  const withEol = block.replaceAll('\n', eol);
  const start = readme.indexOf(INDEX_START);
  const end = readme.indexOf(INDEX_END);
  if (start < 0 && end < 0) {
    const base = readme.replace(/(\r?\n)*$/, '');
    const text = `${base}${base ? eol + eol : ''}${withEol}${eol}`;
    return { ok: true, text, changed: text !== readme };
  }
  if (start < 0 || end < start || readme.indexOf(INDEX_START, start + 1) >= 0 || readme.indexOf(INDEX_END, end + 1) >= 0) {
    return { ok: false, message: `README.md has a broken index: it needs exactly one "${INDEX_START}" followed by one "${INDEX_END}".` };
  }
  const text = readme.slice(0, start) + withEol + readme.slice(end + INDEX_END.length);
  return { ok: true, text, changed: text !== readme };
}

function linkPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
