import type { RawObject } from '../format-step';

/**
 * v4 → v5: what people edit in a file outside Forkpoint (a pull request) is kept in
 * the record: MADR's date and decision-makers as the team set them (none: derived
 * as before), consulted and informed (empty), the dated file edits and the readable
 * text edited outside (none yet).
 */
export function fileEditsRecord(record: RawObject): RawObject {
  return { ...record, date: null, decisionMakers: null, consulted: [], informed: [], fileEdits: [], outsideEdits: [] };
}
