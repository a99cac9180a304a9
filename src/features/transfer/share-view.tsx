import { useEffect, useRef, useState } from 'react';
import { calendarDay } from '../../domain/calendar-day';
import type { ImportProblem } from '../../domain/export/problems';
import type { SharedRecord } from '../../domain/export/share-link';
import { showView, storeImported } from '../../store/records';
import { useSessionStore } from '../../store/session-store';
import { SafeText } from './safe-text';
import { SharedRecordBody } from './shared-record';
import './transfer.css';

type Opened = { kind: 'opening' } | { kind: 'broken'; problems: readonly ImportProblem[] } | { kind: 'open'; shared: SharedRecord };

/** A decision opened from a share link: read-only, with "Save a copy" into this browser's library. */
export function ShareView({ payload, onLeave }: { payload: string; onLeave: () => void }) {
  const [opened, setOpened] = useState<Opened>({ kind: 'opening' });
  const [message, setMessage] = useState<string | null>(null);
  const savingCopy = useRef(false);

  useEffect(() => {
    let live = true;
    const show = (next: Opened) => {
      if (live) setOpened(next);
    };
    import('../../domain/export/share-link')
      .then(({ readShareLink }) => readShareLink(payload))
      .then(
        (result) => show(result.ok ? { kind: 'open', shared: result.value } : { kind: 'broken', problems: result.error }),
        // Whatever the link does to the reader, the view ends with a message, never on "Opening the shared decision…".
        (error: unknown) => show({ kind: 'broken', problems: [{ file: 'share link', where: 'link', message: `This share link could not be read (${error instanceof Error ? error.message : String(error)}).` }] }),
      );
    return () => {
      live = false;
    };
  }, [payload]);

  // A session open under the shared view is where the user was: Close goes back to it.
  const leave = () => {
    const session = useSessionStore.getState().session;
    window.history.pushState(null, '', session ? `#/${session.step}` : '#/');
    onLeave();
    if (!session) showView({ kind: 'home' });
  };

  const saveCopy = async (shared: SharedRecord) => {
    // A second click while the first copy is being stored would store a second copy.
    if (savingCopy.current) return;
    savingCopy.current = true;
    try {
      await storeCopy(shared);
    } finally {
      savingCopy.current = false;
    }
  };

  const storeCopy = async (shared: SharedRecord) => {
    const { copyFromShare } = await import('../../domain/export/share-link');
    const copy = copyFromShare(shared, new Date().toISOString());
    const stored = await storeImported([copy]);
    if (!stored.ok) return setMessage(stored.error);
    window.history.pushState(null, '', `#/records/${encodeURIComponent(copy.id)}`);
    // The saved copy is shown in the record view; an open session steps aside as a draft, as it does for the library.
    useSessionStore.getState().close();
    onLeave();
    showView({ kind: 'record', id: copy.id, compare: null });
  };

  if (opened.kind === 'opening') return <p role="status">Opening the shared decision…</p>;
  if (opened.kind === 'broken') {
    return (
      <div className="shared-record page-column">
        <h1>This share link cannot be opened</h1>
        <p className="warning" role="alert">
          {opened.problems.map((p) => p.message).join(' ')} Nothing was saved.
        </p>
        <button type="button" className="button-secondary" onClick={leave}>
          Go to Forkpoint
        </button>
      </div>
    );
  }
  const { shared } = opened;
  return (
    <article className="shared-record page-column" aria-labelledby="shared-title">
      <p>
        <span className="read-only-badge">Shared decision · read-only</span>
      </p>
      <h1 id="shared-title">
        <SafeText text={shared.revision.session.framing.componentName} />
      </h1>
      <p>
        Status: {shared.status} · revision {shared.revision.number}, saved {calendarDay(shared.revision.savedAt)}
        {shared.tags.length > 0 && (
          <>
            {' '}
            · tags: <SafeText text={shared.tags.join(', ')} />
          </>
        )}
      </p>
      <div className="transfer-actions">
        <button type="button" className="button-primary" onClick={() => void saveCopy(shared)}>
          Save a copy
        </button>
        <button type="button" className="button-secondary" onClick={leave}>
          Close
        </button>
      </div>
      {message && (
        <p className="warning" role="alert">
          {message}
        </p>
      )}
      <SharedRecordBody shared={shared} />
    </article>
  );
}
