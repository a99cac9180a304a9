import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { shareFragment } from '../domain/export/share-fragment';
import { restoreFolder, selectView, showView, startDraftSync, startRecords, useRecordsStore } from '../store/records';
import { selectSession, selectStep, useSessionStore } from '../store/session-store';
import { hashOfStep as hashOf, hashOfView, isRecordsHash, stepOf, viewFromHash } from './routes';

/*
 * The router: start-up, and the three ways the address and the screen follow each
 * other (the wizard's step, the records screens, a share link). The addresses
 * themselves are parsed and written in routes.ts.
 */

/**
 * Opens storage once the app mounts and keeps the draft in sync. A reload on a
 * wizard step (`#/<step>`) restores the draft straight into the wizard; otherwise
 * it is offered with a "Resume" button.
 */
/** The address's fragment; none when the home screen is rendered at build time (main.tsx, prerender-home.tsx). */
const currentHash = () => (typeof window === 'undefined' ? '' : window.location.hash);

// Read when the module loads: the step routing rewrites the hash once the app mounts.
const initialHash = currentHash();

export function useRecordsStartup(): void {
  useEffect(() => {
    const stop = startDraftSync();
    const step = stepOf(initialHash);
    // The remembered decisions folder reopens once storage is up; its code loads only then.
    void startRecords({ restoreDraft: step !== null }).then(() => restoreFolder());
    return stop;
  }, []);
}

/**
 * Mirrors the wizard's step in the URL hash, so the browser's Back and Forward move
 * along answered steps. The session stays the truth: a hash it cannot reach is put back.
 */
export function useStepRoute(): void {
  // The address follows the step's screen, which shows after the map's urgent update (store/screen-session.ts).
  const step = useDeferredValue(useSessionStore(selectStep));
  const first = useRef(true);

  useEffect(() => {
    const target = hashOf(step);
    const initial = first.current;
    first.current = false;
    // A share link owns the hash while it is shown, even over an open session; the records screens own it while no session is open.
    if (shareFragment(window.location.hash) !== null) return;
    if (step === null && isRecordsHash(window.location.hash)) return;
    if (window.location.hash === target) return;
    if (initial) window.history.replaceState(null, '', target);
    else window.history.pushState(null, '', target);
  }, [step]);

  useEffect(() => {
    const onPop = () => {
      if (shareFragment(window.location.hash) !== null) return;
      const { session, goTo, dismissRejection } = useSessionStore.getState();
      const wanted = stepOf(window.location.hash);
      const current = session?.step ?? null;
      if (wanted === current) return;
      if (session && wanted && goTo(wanted)) return;
      dismissRejection();
      window.history.replaceState(null, '', hashOf(current));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
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


/** The `#share=…` payload of the current URL, or null; `leave` goes back to the app's own screens. */
export function useShareFragment(): { payload: string | null; leave: () => void } {
  const [payload, setPayload] = useState(() => shareFragment(currentHash()));
  useEffect(() => {
    const sync = () => setPayload(shareFragment(window.location.hash));
    window.addEventListener('hashchange', sync);
    window.addEventListener('popstate', sync);
    return () => {
      window.removeEventListener('hashchange', sync);
      window.removeEventListener('popstate', sync);
    };
  }, []);
  const leave = useCallback(() => setPayload(null), []);
  return { payload, leave };
}
