import { assertNever } from '../assert-never';
import { byCodeUnit } from '../code-unit-order';
import type { Profile } from '../framing';
import { outcomeRank, type Outcome } from '../outcomes';
import type { DecisionRecord, Status } from './record';
import { summarize, type RecordSummary } from './summary';
import { isDue } from './revisit-by';

/** Where a library entry is kept: this browser, or a file of the opened decisions folder. */
export type EntryOrigin =
  | { readonly kind: 'browser' }
  /** `foreign`: written by another tool or by hand, so Forkpoint shows it read-only. */
  | { readonly kind: 'folder'; readonly path: string; readonly category: string; readonly foreign: boolean };

/** What the library shows and searches for one record: its summary, plus the texts ready to search. */
export interface LibraryEntry extends Omit<RecordSummary, 'profile'> {
  /** Unique in the library: the record id for browser records, the file path for folder files. */
  readonly key: string;
  readonly origin: EntryOrigin;
  /** Null for an ADR written elsewhere: it has no profile. */
  readonly profile: Profile | null;
  /** The summary's texts lower-cased and joined, so a keystroke costs one `includes` per term. */
  readonly haystack: string;
}

/** A library entry from a stored summary (the list never needs the whole record). */
export function entryOf(summary: Omit<RecordSummary, 'profile'> & { readonly profile: Profile | null }, origin: EntryOrigin = BROWSER): LibraryEntry {
  return { ...summary, key: origin.kind === 'browser' ? summary.id : `folder:${origin.path}`, origin, haystack: summary.texts.join('\n').toLowerCase() };
}

export function toLibraryEntry(record: DecisionRecord, origin: EntryOrigin = BROWSER): LibraryEntry {
  return entryOf(summarize(record), origin);
}

const BROWSER: EntryOrigin = { kind: 'browser' };

export const SORT_KEYS = ['updated', 'date', 'component', 'revisit-by', 'outcome', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface LibraryQuery {
  readonly text: string;
  readonly outcome: Outcome | 'any';
  readonly status: Status | 'any';
  readonly profile: Profile | 'any';
  readonly tag: string;
  readonly dueOnly: boolean;
  readonly sort: SortKey;
  readonly descending: boolean;
}

export const DEFAULT_QUERY: LibraryQuery = {
  text: '',
  outcome: 'any',
  status: 'any',
  profile: 'any',
  tag: '',
  dueOnly: false,
  sort: 'updated',
  descending: true,
};

/** The search terms: whitespace-separated, lower-cased; every one must match. */
export function searchTerms(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Records that are in force and past their revisit-by date. */
export function isEntryDue(entry: LibraryEntry, today: string): boolean {
  return (entry.status === 'accepted' || entry.status === 'proposed') && entry.revisitBy !== '' && isDue(entry.revisitBy, today);
}

/** Filters and sorts the library; pure, so the same query always lists the same rows. */
export function queryLibrary(entries: readonly LibraryEntry[], query: LibraryQuery, today: string): LibraryEntry[] {
  return filterLibrary(sortLibrary(entries, query), query, today);
}

/**
 * The entries a query keeps, in the order given. Filtering a list sorted once
 * (`sortLibrary`) keeps its order, so a keystroke in the search box costs one
 * pass over the library and no sort.
 */
export function filterLibrary(entries: readonly LibraryEntry[], query: LibraryQuery, today: string): LibraryEntry[] {
  const terms = searchTerms(query.text);
  const tag = query.tag.trim().toLowerCase();
  return entries.filter(
    (e) =>
      (query.outcome === 'any' || e.outcome === query.outcome) &&
      (query.status === 'any' || e.status === query.status) &&
      (query.profile === 'any' || e.profile === query.profile) &&
      (tag === '' || e.tags.some((t) => t.toLowerCase() === tag)) &&
      (!query.dueOnly || isEntryDue(e, today)) &&
      terms.every((t) => e.haystack.includes(t)),
  );
}

/** The entries in the query's order (ties by id, so the order is total). */
export function sortLibrary(entries: readonly LibraryEntry[], query: Pick<LibraryQuery, 'sort' | 'descending'>): LibraryEntry[] {
  const sign = query.descending ? -1 : 1;
  const key = sortValue(query.sort);
  return [...entries].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return (x < y ? -1 : x > y ? 1 : 0) * sign || byCodeUnit(a.id, b.id);
  });
}

function sortValue(key: SortKey): (e: LibraryEntry) => string | number {
  switch (key) {
    case 'updated':
      return (e) => e.updatedAt;
    case 'date':
      return (e) => e.date;
    case 'component':
      return (e) => e.component.toLowerCase();
    case 'revisit-by':
      return (e) => e.revisitBy;
    case 'outcome':
      return (e) => (e.outcome ? outcomeRank(e.outcome) : 99);
    case 'status':
      return (e) => e.status;
    default:
      return assertNever(key, 'sort key');
  }
}

export interface TextPart {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Splits `text` into matched and unmatched parts for highlighting (case-insensitive,
 * overlapping matches merged). The UI renders the parts as text, never as HTML.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const lower = text.toLowerCase();
  const marks: [number, number][] = [];
  for (const term of terms) {
    for (let at = lower.indexOf(term); term && at !== -1; at = lower.indexOf(term, at + term.length)) marks.push([at, at + term.length]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const [start, end] of marks) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) parts.push({ text: text.slice(cursor, from), match: false });
    const last = parts[parts.length - 1];
    if (from === cursor && last?.match) parts[parts.length - 1] = { text: last.text + text.slice(from, end), match: true };
    else parts.push({ text: text.slice(from, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), match: false });
  return parts;
}

/** The first searchable text, other than the component name, that contains a term: shown as context. */
export function matchingSnippet(entry: LibraryEntry, terms: readonly string[], width = 120): string | null {
  if (terms.length === 0) return null;
  for (const text of entry.texts.slice(1)) {
    const lower = text.toLowerCase();
    const at = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i !== -1));
    if (!Number.isFinite(at)) continue;
    const start = Math.max(0, at - Math.floor(width / 3));
    const end = Math.min(text.length, start + width);
    return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  }
  return null;
}
