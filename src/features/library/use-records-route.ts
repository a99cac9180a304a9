import { useEffect } from 'react';
import { repairId } from '../../domain/ids';
import type { RecordId } from '../../domain/record/record';
import { shareFragment } from '../../domain/export/share-fragment';
import { showView, selectView, useRecordsStore, type RecordsView } from '../../store/records';
import { selectSession, useSessionStore } from '../../store/session-store';

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

/** Mirrors the records screens in the URL hash while no session is open; Back and Forward move between them. */
export function useRecordsRoute(): void {
  const view = useRecordsStore(selectView);
  const session = useSessionStore(selectSession);
  const hasSession = session !== null;

  useEffect(() => {
    const initial = viewFromHash(window.location.hash);
    if (initial) showView(initial);
    const onPop = () => {
      // A share link takes the screen (src/app shows it); turning it into "home" here would rewrite its hash away.
      if (shareFragment(window.location.hash) !== null) return;
      const next = viewFromHash(window.location.hash);
      if (!useSessionStore.getState().session) showView(next ?? { kind: 'home' });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (hasSession) return;
    const target = hashOfView(view);
    if (window.location.hash !== target && !(target === '#/' && window.location.hash === '')) window.history.pushState(null, '', target);
  }, [view, hasSession]);
}

/** A hand-typed `%` that is not an escape stays as typed instead of throwing. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
