import { adrFileName, detectFolderConvention, type FileNameConvention } from '../adr/file-name';

export interface NewFileName {
  readonly name: string;
  /** The record's number: one above every number the folder has or had (a dated name does not show it). */
  readonly number: number;
}

/**
 * A name for a new decision file in the folder's own convention (src/domain/adr), after
 * every number present and every number the folder ever had (`highestKnown`), so a
 * deleted file's number is never reused. A dated name that exists already gets a
 * `-2`, `-3`, … suffix. `naming`, when the team chose one, overrides the names' own.
 */
export function newFileName(names: readonly string[], title: string, today: string, highestKnown: number, naming?: FileNameConvention): NewFileName {
  const convention = detectFolderConvention(names);
  const number = Math.max(convention.nextNumber - 1, highestKnown) + 1;
  const chosen = naming ?? convention.naming;
  const name = adrFileName({ number, title, date: today }, chosen);
  if (chosen === 'NNNN') return { name, number };
  const taken = new Set(names.map((n) => n.toLowerCase()));
  const stem = name.replace(/\.md$/, '');
  let free = name;
  for (let i = 2; taken.has(free.toLowerCase()); i++) free = `${stem}-${i}.md`;
  return { name: free, number };
}

/** The highest `NNNN-` number among the names (a log4brains date is not a number). */
export const highestNumberIn = (names: readonly string[]): number => detectFolderConvention(names).nextNumber - 1;
