import type { Outcome } from '../outcomes';

/** Where a supersede link points: a file (relative to the linking file), an ADR number, or one of our record ids. */
export type LinkTarget =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'number'; readonly number: number }
  | { readonly kind: 'record'; readonly id: string };

/**
 * What the folder check needs to know of one decision file, whoever wrote it.
 * Ours carry an outcome and follow-ups; a foreign ADR only what its format says.
 */
export interface DecisionFileSummary {
  readonly source: 'forkpoint' | 'foreign';
  /** Our record id, so that our supersede links (which name ids) resolve. */
  readonly id: string | null;
  readonly number: number | null;
  readonly title: string;
  /** As written: MADR's words, "superseded by ADR-0014", adr-tools' first status line. */
  readonly status: string | null;
  readonly outcome: Outcome | null;
  readonly date: string | null;
  readonly revisitBy: string | null;
  /** Labels of the follow-ups the outcome demands that the record does not have. */
  readonly missingFollowUps: readonly string[];
  readonly supersedes: readonly LinkTarget[];
  readonly supersededBy: readonly LinkTarget[];
}

/** A file the folder check could not read as a decision: the reason and, where known, the line. */
export interface UnreadableFile {
  readonly message: string;
  readonly line: number | null;
}
