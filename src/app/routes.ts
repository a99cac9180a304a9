import { repairId } from '../domain/ids';
import type { RecordId } from '../domain/record/record';
import { StepSchema, type Step } from '../domain/session';
import type { RecordsView } from '../store/records';

/*
 * The app's addresses, in one place: `#/<step>` while a session is open, the records
 * screens below, and `#share=…` (src/domain/export/share-fragment.ts) over either.
 */

export const hashOfStep = (step: Step | null) => (step ? `#/${step}` : '#/');

export function stepOf(hash: string): Step | null {
  const parsed = StepSchema.safeParse(hash.replace(/^#\/?/, ''));
  return parsed.success ? parsed.data : null;
}

/** `#/library`, `#/portfolio`, `#/trash`, `#/folder/<path>`, `#/records/<id>` and `#/records/<id>/compare/<a>/<b>`; anything else is not ours. */
export function viewFromHash(hash: string): RecordsView | null {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'library') return { kind: 'library' };
  if (path === 'portfolio') return { kind: 'portfolio' };
  if (path === 'trash') return { kind: 'trash' };
  if (path.startsWith('folder/')) return { kind: 'folder-file', path: safeDecode(path.slice('folder/'.length)) };
  const match = /^records\/([^/]+)(?:\/compare\/(\d+)\/(\d+))?$/.exec(path);
  if (!match?.[1]) return null;
  const id = decodedId(match[1]);
  return { kind: 'record', id, compare: match[2] && match[3] ? [Number(match[2]), Number(match[3])] : null };
}

/**
 * The id in an address. One from before ids had a format (a bookmark) is repaired as
 * the record's own id was; text that is not valid percent-encoding is never an id,
 * and the record view says no such decision exists.
 */
function decodedId(encoded: string): RecordId {
  try {
    return repairId(decodeURIComponent(encoded)) as RecordId;
  } catch {
    // decodeURIComponent throws URIError on a broken escape (`%E0%A4%A`): an address from outside must never stop the app.
    return repairId(encoded) as RecordId;
  }
}

export function hashOfView(view: RecordsView): string {
  switch (view.kind) {
    case 'home':
      return '#/';
    case 'library':
      return '#/library';
    case 'portfolio':
      return '#/portfolio';
    case 'record':
      return `#/records/${encodeURIComponent(view.id)}${view.compare ? `/compare/${view.compare[0]}/${view.compare[1]}` : ''}`;
    case 'folder-file':
      return `#/folder/${encodeURIComponent(view.path)}`;
    case 'trash':
      return '#/trash';
  }
}

/** True when the URL names a records screen, so the wizard's step routing leaves it alone. */
export function isRecordsHash(hash: string): boolean {
  return viewFromHash(hash) !== null;
}

/** A hand-typed `%` that is not an escape stays as typed instead of throwing. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
