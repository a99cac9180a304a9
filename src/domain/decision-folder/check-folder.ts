import { statusWord } from '../adr/md-text';
import { assertNever } from '../assert-never';
import type { Status } from '../record/record';
import { isDue } from '../record/revisit-by';
import { PROBLEM_KINDS, type FolderProblem, type ProblemKind } from './problems';
import type { DecisionFileSummary, LinkTarget, UnreadableFile } from './summary';

/** One decision file as read: its path relative to the checked folder (with `/`), and what it said. */
export type FolderFile =
  | { readonly path: string; readonly ok: true; readonly summary: DecisionFileSummary }
  | { readonly path: string; readonly ok: false; readonly unreadable: UnreadableFile };

/** One row of the check's table. Unreadable files keep their path and what the name tells. */
export interface FolderRow {
  readonly path: string;
  readonly source: DecisionFileSummary['source'] | null;
  readonly number: number | null;
  readonly title: string | null;
  readonly status: string | null;
  readonly outcome: DecisionFileSummary['outcome'];
  readonly date: string | null;
  readonly revisitBy: string | null;
  readonly problems: readonly FolderProblem[];
}

export interface FolderReport {
  readonly today: string;
  readonly rows: readonly FolderRow[];
  readonly counts: Readonly<Record<ProblemKind, number>>;
}

/** Statuses that end a decision's life: such a record is never due for a revisit, nor asked for follow-ups. */
const CLOSED: ReadonlySet<Status> = new Set(['superseded', 'deprecated', 'rejected']);

/** The ADR number a file name starts with (`0012-…`), not a log4brains date (`20260112-…`). */
export function numberFromFileName(path: string): number | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const match = /^(\d{1,6})[-_.\s]/.exec(name);
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * Checks a folder of decision files as of `today` (YYYY-MM-DD): each row with its
 * problems, and how many of each kind were found. Pure: the caller reads the files.
 */
export function checkFolder(files: readonly FolderFile[], today: string): FolderReport {
  const paths = new Set(files.map((f) => f.path));
  const numbers = new Map<number, string[]>();
  const ids = new Set<string>();
  for (const f of files) {
    const n = f.ok ? (f.summary.number ?? numberFromFileName(f.path)) : numberFromFileName(f.path);
    if (n !== null) numbers.set(n, [...(numbers.get(n) ?? []), f.path]);
    if (f.ok && f.summary.id) ids.add(f.summary.id);
  }

  const exists = (from: string, target: LinkTarget): boolean => {
    switch (target.kind) {
      case 'file':
        return paths.has(resolveRelative(from, target.path));
      case 'number':
        return numbers.has(target.number);
      case 'record':
        return ids.has(target.id);
      default:
        return assertNever(target, 'link target');
    }
  };

  const rows = files.map((f): FolderRow => {
    const number = f.ok ? (f.summary.number ?? numberFromFileName(f.path)) : numberFromFileName(f.path);
    const problems: FolderProblem[] = [];
    const sameNumber = number === null ? [] : (numbers.get(number) ?? []).filter((p) => p !== f.path);
    if (!f.ok) {
      problems.push({ kind: 'invalid', message: f.unreadable.message, line: f.unreadable.line });
    } else {
      const s = f.summary;
      const closed = CLOSED.has(statusWord(s.status ?? undefined) ?? 'draft');
      if (s.revisitBy !== null && !closed && isDue(s.revisitBy, today)) problems.push({ kind: 'overdue', revisitBy: s.revisitBy });
      if (s.missingFollowUps.length > 0 && !closed) problems.push({ kind: 'incomplete', missing: [...s.missingFollowUps] });
      for (const target of [...s.supersedes, ...s.supersededBy]) {
        if (!exists(f.path, target)) problems.push({ kind: 'broken-link', target: describeTarget(target) });
      }
    }
    if (number !== null && sameNumber.length > 0) problems.push({ kind: 'duplicate-number', number, others: sameNumber });
    return {
      path: f.path,
      source: f.ok ? f.summary.source : null,
      number,
      title: f.ok ? f.summary.title : null,
      status: f.ok ? f.summary.status : null,
      outcome: f.ok ? f.summary.outcome : null,
      date: f.ok ? f.summary.date : null,
      revisitBy: f.ok ? f.summary.revisitBy : null,
      problems,
    };
  });

  rows.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || a.path.localeCompare(b.path));
  const counts = Object.fromEntries(PROBLEM_KINDS.map((kind) => [kind, 0])) as Record<ProblemKind, number>;
  for (const row of rows) for (const problem of row.problems) counts[problem.kind] += 1;
  return { today, rows, counts };
}

function describeTarget(target: LinkTarget): string {
  switch (target.kind) {
    case 'file':
      return target.path;
    case 'number':
      return `ADR-${String(target.number).padStart(4, '0')}`;
    case 'record':
      return `record ${target.id}`;
    default:
      return assertNever(target, 'link target');
  }
}

/** `a/b/0001-x.md` + `../0002-y.md` → `a/0002-y.md`; a link that climbs out of the folder stays unresolved. */
export function resolveRelative(from: string, link: string): string {
  const clean = decodeLink(link.split('#')[0] ?? '');
  const parts = clean.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const segment of clean.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return `../${clean}`;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/');
}

function decodeLink(link: string): string {
  try {
    return decodeURIComponent(link);
  } catch {
    return link;
  }
}
