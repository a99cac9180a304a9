import { err, ok, type Result } from '../result';
import { emptyMeta, type AdrFormat, type AdrMeta, type AdrProblem } from './adr-file';
import { listOf, splitList, textOf } from './front-matter';
import { dateOf, isSupersededByLine, parseStatus, plainText, supersedesOf } from './md-text';

export interface Layout {
  readonly format: AdrFormat;
  readonly meta: AdrMeta;
  readonly body: string;
}

const H1 = /^#\s+(.*?)(?:\s+#+)?\s*$/;
const H2 = /^##\s/;
const FENCE = /^\s*(```|~~~)/;
const BULLET = /^\s*([-*+])\s+(status|date|deciders|decision-makers|decision makers|tags|consulted|informed)\s*:\s*(.*)$/i;
const DATE_LINE = /^date:\s*(.*)$/i;
/** The people and tags lines Forkpoint writes beside adr-tools' `Date:` (adr-tools has no place for them). */
const PLAIN_LINE = /^(deciders|decision-makers|consulted|informed|tags):\s*(.*)$/i;
const NUMBERED = /^(\d+)\.\s+(.*)$/;

/** Indexes of the lines outside fenced code blocks, so a `#` in a code sample is not a heading. */
function proseLines(lines: readonly string[], from: number): number[] {
  const out: number[] = [];
  let fenced = false;
  for (let i = from; i < lines.length; i++) {
    if (FENCE.test(lines[i] ?? '')) fenced = !fenced;
    else if (!fenced) out.push(i);
  }
  return out;
}

const trimBlank = (lines: readonly string[]) => {
  let start = 0;
  let end = lines.length;
  while (start < end && !lines[start]?.trim()) start++;
  while (end > start && !lines[end - 1]?.trim()) end--;
  return lines.slice(start, end).join('\n');
};

/** The number in `0007-title.md` (not the date in log4brains' `20240105-title.md`). */
function numberFromFileName(fileName: string): number | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const match = base.match(/^(\d+)[-_]/);
  if (!match?.[1] || /^(19|20)\d{6}$/.test(match[1])) return undefined;
  return Number(match[1]);
}

/**
 * Reads title, metadata and body from the lines after the front matter (`start`),
 * recognising MADR 3/4 (front matter, or none as in the minimal template), MADR 2 and
 * log4brains (a status list after the title) and adr-tools (`# N. Title`, `Date:`, `## Status`).
 */
export function readLayout(lines: readonly string[], start: number, front: Readonly<Record<string, unknown>> | null, fileName: string): Result<Layout, AdrProblem> {
  const prose = proseLines(lines, start);
  const h1 = prose.find((i) => H1.test(lines[i] ?? ''));
  const frontTitle = textOf(front?.title);
  if (h1 === undefined && !frontTitle) return err({ line: start + 1, message: 'No title: an ADR has a "# Title" line.' });
  const firstSection = prose.find((i) => H2.test(lines[i] ?? '') && (h1 === undefined || i > h1)) ?? lines.length;
  const header = prose.filter((i) => (h1 === undefined ? i >= start : i > h1) && i < firstSection);

  const heading = h1 === undefined ? '' : plainText(lines[h1]?.match(H1)?.[1] ?? '');
  const numbered = heading.match(NUMBERED);
  const meta: AdrMeta = { ...emptyMeta(numbered?.[2] ?? (heading || frontTitle || '')) };
  const number = numbered ? Number(numbered[1]) : numberFromFileName(fileName);
  if (number !== undefined) meta.number = number;

  const bullets = header.filter((i) => BULLET.test(lines[i] ?? ''));
  const dateLine = header.find((i) => DATE_LINE.test(lines[i] ?? ''));
  const statusSection = statusSectionOf(lines, prose);
  const dropped = new Set<number>(h1 === undefined ? [] : [h1]);

  let format: AdrFormat;
  if (front) {
    format = 'madr';
    applyFront(meta, front);
    applyBullets(meta, lines, bullets, false);
  } else if (bullets.length > 0) {
    const dash = lines[bullets[0] ?? 0]?.trim().startsWith('-');
    const tags = bullets.some((i) => /tags\s*:/i.test(lines[i] ?? ''));
    const log4brains = dash || tags || /^(19|20)\d{6}-/.test(fileName.split(/[\\/]/).pop() ?? '');
    format = log4brains ? 'log4brains' : 'madr-2';
    applyBullets(meta, lines, bullets, true);
    for (const i of bullets) dropped.add(i);
  } else if (numbered || dateLine !== undefined || statusSection) {
    format = 'adr-tools';
    if (dateLine !== undefined) {
      const date = dateOf(lines[dateLine]?.match(DATE_LINE)?.[1]);
      if (date) meta.date = date;
      dropped.add(dateLine);
    }
    for (const i of header.filter((k) => PLAIN_LINE.test(lines[k] ?? ''))) {
      applyPlainLine(meta, lines[i] ?? '');
      dropped.add(i);
    }
    if (statusSection) {
      applyStatusSection(meta, lines.slice(statusSection.from + 1, statusSection.to));
      for (let i = statusSection.from; i < statusSection.to; i++) dropped.add(i);
    }
  } else {
    format = 'madr';
  }
  const from = h1 === undefined ? start : h1 + 1;
  const body = trimBlank(lines.slice(from).filter((_, k) => !dropped.has(from + k)));
  return ok({ format, meta, body });
}

function statusSectionOf(lines: readonly string[], prose: readonly number[]): { from: number; to: number } | null {
  const from = prose.find((i) => /^##\s+status\s*$/i.test(lines[i] ?? ''));
  if (from === undefined) return null;
  const to = prose.find((i) => i > from && /^#{1,2}\s/.test(lines[i] ?? '')) ?? lines.length;
  return { from, to };
}

function applyFront(meta: AdrMeta, front: Readonly<Record<string, unknown>>): void {
  const status = textOf(front.status);
  if (status) {
    const parsed = parseStatus(status);
    meta.status = parsed.status;
    meta.supersededBy.push(...parsed.supersededBy);
  }
  const date = dateOf(textOf(front.date));
  if (date) meta.date = date;
  // MADR has no such key; teams that track reviews write one of these two.
  const revisit = dateOf(textOf(front['revisit-by'] ?? front['review-by']));
  if (revisit) meta.revisitBy = revisit;
  meta.decisionMakers = listOf(front['decision-makers'] ?? front.deciders);
  meta.consulted = listOf(front.consulted);
  meta.informed = listOf(front.informed);
  meta.tags = listOf(front.tags);
  meta.supersedes = listOf(front.supersedes);
  meta.supersededBy.push(...listOf(front['superseded-by']).filter((t) => !meta.supersededBy.includes(t)));
}

/** The `- Status:` list; with `fill` false (front matter present) it only fills what the front matter left out. */
function applyBullets(meta: AdrMeta, lines: readonly string[], bullets: readonly number[], fill: boolean): void {
  for (const i of bullets) {
    const match = lines[i]?.match(BULLET);
    if (!match) continue;
    const key = (match[2] ?? '').toLowerCase();
    const value = plainText(match[3] ?? '');
    if (key === 'status' && (fill || !meta.status) && value) {
      const parsed = parseStatus(match[3] ?? '');
      meta.status = parsed.status;
      meta.supersededBy.push(...parsed.supersededBy);
    } else if (key === 'date' && (fill || !meta.date)) {
      const date = dateOf(value);
      if (date) meta.date = date;
    } else if (fill && key === 'tags') {
      meta.tags = value.split(/[\s,]+/).filter(Boolean);
    } else if (fill && (key === 'deciders' || key === 'decision-makers' || key === 'decision makers')) {
      meta.decisionMakers = splitList(value);
    } else if (fill && key === 'consulted') {
      meta.consulted = splitList(value);
    } else if (fill && key === 'informed') {
      meta.informed = splitList(value);
    }
  }
}

function applyPlainLine(meta: AdrMeta, line: string): void {
  const [, key = '', value = ''] = line.match(PLAIN_LINE) ?? [];
  const names = splitList(plainText(value));
  const field = key.toLowerCase();
  if (field === 'consulted' || field === 'informed' || field === 'tags') meta[field] = names;
  else meta.decisionMakers = names;
}

/** adr-tools' `## Status`: the status paragraph, plus "Supersedes …" / "Superseded by …" lines. */
function applyStatusSection(meta: AdrMeta, section: readonly string[]): void {
  const words: string[] = [];
  for (const line of section) {
    if (!line.trim()) continue;
    const supersedes = supersedesOf(line);
    if (supersedes) meta.supersedes.push(...supersedes);
    else if (isSupersededByLine(line)) {
      const parsed = parseStatus(line);
      meta.supersededBy.push(...parsed.supersededBy);
      words.push(parsed.status);
    } else if (!/^\s*[A-Z][a-z]+ (by|to)\s*\[/.test(line)) words.push(parseStatus(line).status);
  }
  // A record that moved on is superseded, whatever status line stayed above the link.
  const status = words.find((w) => /^supers?[ec]e?ded by/.test(w)) ?? words[0];
  if (status) meta.status = status;
}
