import { useEffect, useRef } from 'react';
import { StepSchema, type Step } from '../domain/session';
import { selectStep, useSessionStore } from '../store/session-store';
import { isRecordsHash } from '../features/library/use-records-route';
import { shareFragment } from '../domain/export/share-fragment';

const hashOf = (step: Step | null) => (step ? `#/${step}` : '#/');

function stepOf(hash: string): Step | null {
  const parsed = StepSchema.safeParse(hash.replace(/^#\/?/, ''));
  return parsed.success ? parsed.data : null;
}

/**
 * Mirrors the wizard's step in the URL hash, so the browser's Back and Forward move
 * along answered steps. The session stays the truth: a hash it cannot reach is put back.
 */
export function useHashRoute(): void {
  const step = useSessionStore(selectStep);
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
