import type { DecisionRecord } from '../record/record';
import { sameValue } from '../same-value';
import { titleOf } from '../record/ops';
import { assignNumber, isAssignableNumber } from './file-name';
import type { ImportProblem } from './problems';

export interface LibraryCheck {
  /** Records to store, numbers already adjusted. */
  readonly toAdd: readonly DecisionRecord[];
  /** Records already in the library exactly as in the file: skipped. */
  readonly alreadyThere: readonly DecisionRecord[];
  readonly renumbered: readonly { readonly id: string; readonly from: number; readonly to: number }[];
  readonly problems: readonly ImportProblem[];
}

/**
 * Two copies of one record hold the same decision when everything but the
 * library's bookkeeping agrees: the save counter (storing a record counts a save,
 * so a restored backup never matches it) and the number (an import may renumber it).
 */
export function sameContent(a: DecisionRecord, b: DecisionRecord): boolean {
  return sameValue({ ...a, saveCount: 0, number: null }, { ...b, saveCount: 0, number: null });
}

/**
 * Checks imported records against the library: an identical record is skipped,
 * (by content: see sameContent), a different record under an existing id is refused (it would overwrite work),
 * and a number already taken by another record is replaced by a fresh one, since
 * numbers are never shared within a library (a number above the range numbers
 * are handed out from is replaced too).
 */
export function checkAgainstLibrary(imported: readonly DecisionRecord[], library: readonly DecisionRecord[], highestEverAssigned = 0): LibraryCheck {
  const byId = new Map(library.map((r) => [r.id as string, r]));
  const libraryNumbers = new Set(library.map((r) => r.number));
  // Fresh numbers start above every number in the library, in the files, and ever handed out.
  let highest = assignNumber([...libraryNumbers, ...imported.map((r) => r.number)], highestEverAssigned) - 1;
  const taken = new Set<number | null>(libraryNumbers);
  const toAdd: DecisionRecord[] = [];
  const alreadyThere: DecisionRecord[] = [];
  const renumbered: { id: string; from: number; to: number }[] = [];
  const problems: ImportProblem[] = [];
  for (const record of imported) {
    const existing = byId.get(record.id);
    if (existing) {
      if (sameContent(existing, record)) alreadyThere.push(record);
      else problems.push({ file: titleOf(record), where: '$.id', message: `Your library already holds a different version of “${titleOf(existing)}” under this id. Nothing was imported, so neither version is lost.` });
      continue;
    }
    // A number outside the handed-out range would make every later number unsafe: it is replaced like a taken one.
    if (record.number !== null && (taken.has(record.number) || !isAssignableNumber(record.number))) {
      highest += 1;
      renumbered.push({ id: record.id, from: record.number, to: highest });
      toAdd.push({ ...record, number: highest });
    } else {
      toAdd.push(record);
    }
    taken.add(toAdd[toAdd.length - 1]?.number ?? null);
  }
  return { toAdd, alreadyThere, renumbered, problems };
}
