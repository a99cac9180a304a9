import { kebab } from '../export/file-name';

/** How a folder numbers its files: MADR and adr-tools `0007-…`, log4brains `20260314-…`. */
export type FolderConvention = 'sequence' | 'date';

const SEQUENCE = /^(\d{1,5})-/;
const DATE = /^(\d{8})-/;

/** The convention most of the folder's files follow; a folder without numbered files gets MADR's. */
export function detectConvention(names: readonly string[]): FolderConvention {
  const dated = names.filter((n) => DATE.test(n)).length;
  const numbered = names.filter((n) => SEQUENCE.test(n) && !DATE.test(n)).length;
  return dated > numbered ? 'date' : 'sequence';
}

/** The highest sequence number among the names (dates are not numbers). */
export function highestNumberIn(names: readonly string[]): number {
  let highest = 0;
  for (const name of names) {
    const match = SEQUENCE.exec(name);
    if (match?.[1] && !DATE.test(name)) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

export interface NewFileName {
  readonly name: string;
  /** The record's number: one above every number the folder has or had (a dated name does not show it). */
  readonly number: number;
}

/**
 * A name for a new decision file, after every number present and every number
 * the folder ever had (`highestKnown`), so a deleted file's number is never reused.
 * `taken` is checked too: a dated name that exists already gets a `-2`, `-3`, … suffix.
 */
export function newFileName(names: readonly string[], title: string, today: string, highestKnown: number): NewFileName {
  const slug = kebab(title);
  const number = Math.max(highestNumberIn(names), highestKnown) + 1;
  if (detectConvention(names) === 'sequence') return { name: `${String(number).padStart(4, '0')}-${slug}.md`, number };
  const taken = new Set(names.map((n) => n.toLowerCase()));
  const stem = `${today.replaceAll('-', '')}-${slug}`;
  let name = `${stem}.md`;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${stem}-${i}.md`;
  return { name, number };
}
