import { lazy, Suspense, type ReactNode } from 'react';
import { selectSession, useSessionStore, type SessionStore } from '../store/session-store';

// React Flow weighs ~57 KiB gzip and the map is never on the first screen: load it with the workspace.
const DecisionMap = lazy(() => import('../features/map/decision-map'));
// The share link's QR code, shown in presentation mode at the outcome; its encoder loads when it is made.
const ShareQr = lazy(() => import('../features/transfer/share-qr').then((m) => ({ default: m.ShareQr })));

const selectGoTo = (s: SessionStore) => s.goTo;

interface MapSlotProps {
  /** What presentation mode shows beside the map: the wizard, so the team keeps answering. */
  presentationPanel?: ReactNode;
  onPresentingChange?: (presenting: boolean) => void;
}

/**
 * The decision map's place beside the wizard (src/features/map fills it).
 * Keep the aside and its label: tests and screen reader users find the map by it.
 */
export function MapSlot({ presentationPanel, onPresentingChange }: MapSlotProps) {
  const session = useSessionStore(selectSession);
  const goTo = useSessionStore(selectGoTo);
  return (
    <aside className="map-slot" aria-label="Decision map">
      {session ? (
        <Suspense fallback={<p className="map-placeholder">Loading the map…</p>}>
          <DecisionMap session={session} onGoTo={goTo} presentationPanel={presentationPanel} presentationExtra={<Suspense fallback={null}><ShareQr /></Suspense>} onPresentingChange={onPresentingChange} />
        </Suspense>
      ) : null}
    </aside>
  );
}
