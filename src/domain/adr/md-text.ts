import { STATUSES, type Status } from '../record/record';

/** One Markdown line as the text a reader sees: HTML comments and backslash escapes gone. */
export function plainText(line: string): string {
  return line
    .replace(/<!--.*?-->/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .trim();
}

/**
 * The day a date names, as YYYY-MM-DD, when it is a real day: ISO dates (a time
 * after them is ignored) and adr-tools' early default, `dd/mm/yyyy`.
 */
export function dateOf(text: string | undefined): string | undefined {
  const trimmed = text?.trim() ?? '';
  const uk = trimmed.match(/^(\d{2})\/(\d{2})\/(\d{4})$/);
  const iso = uk ? `${uk[3]}-${uk[2]}-${uk[1]}` : trimmed.match(/^\d{4}-\d{2}-\d{2}(?!\d)/)?.[0];
  if (!iso) return undefined;
  const day = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(iso) ? iso : undefined;
}

/** Where a status points to: link targets (`0005-x.md`), else `ADR-0014`-style names, else the text itself. */
export function targetsOf(text: string): string[] {
  const links = [...text.matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '').filter(Boolean);
  if (links.length) return links;
  const names = [...text.matchAll(/\bADR[- ]?\d+\b/gi)].map((m) => m[0]);
  if (names.length) return names;
  const rest = text.trim();
  return rest ? [rest] : [];
}

const SUPERSEDED_BY = /^supers?[ec]e?ded\s+by\b\s*:?\s*/i;
const SUPERSEDES = /^supers?[ec]e?des\b\s*:?\s*/i;

export interface StatusText {
  /** Lower-cased, links reduced to their text: `superseded by adr-0014`. */
  readonly status: string;
  readonly supersededBy: string[];
}

/** A status as MADR, log4brains and adr-tools write it (adr-tools also spells it "Superceded"). */
export function parseStatus(raw: string): StatusText {
  const text = plainText(raw);
  const by = text.match(SUPERSEDED_BY);
  const status = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').toLowerCase();
  return { status, supersededBy: by ? targetsOf(text.slice(by[0].length)) : [] };
}

/** A "Supersedes [3. Old](0003-old.md)" line's targets, or null when the line says something else. */
export function supersedesOf(raw: string): string[] | null {
  const text = plainText(raw);
  const match = text.match(SUPERSEDES);
  return match ? targetsOf(text.slice(match[0].length)) : null;
}

export function isSupersededByLine(raw: string): boolean {
  return SUPERSEDED_BY.test(plainText(raw));
}

/** Our status word for a status as written; null when it is none of MADR's or log4brains' words. */
export function statusWord(status: string | undefined): Status | null {
  if (!status) return null;
  if (SUPERSEDED_BY.test(status) || /^supers?[ec]e?ded\b/i.test(status)) return 'superseded';
  const word = status.trim().split(/[\s:,.;]/)[0]?.toLowerCase();
  return STATUSES.find((s) => s === word) ?? null;
}
