import '@xyflow/react/dist/style.css';
import './map.css';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { NodeId } from '../../domain/answers';
import { decide } from '../../domain/decision';
import { describePath } from '../../domain/explain';
import type { Session } from '../../domain/session';
import { buildFlow } from './build-flow';
import { stableFlow } from './stable-flow';
import { CurrentQuestion } from './current-question';
import { DownloadButtons } from './download-buttons';
import { MapCanvas } from './map-canvas';
import { PathList } from './path-list';
import { pathLines } from './path-lines';
import { PresentationDialog } from './presentation-dialog';
import { RouteSwitcher, validView } from './route-switcher';
import type { RouteView } from './routes';
import { useAnnouncement } from './use-announcement';
import { focusNextFrame } from '../../ui/focus-next-frame';
import { useAfterPaint } from '../../ui/use-after-paint';

export interface DecisionMapProps {
  readonly session: Session;
  /** Takes the wizard back to an answered node (the store's `step.goto`). */
  readonly onGoTo: (step: NodeId) => void;
  /**
   * The wizard's current-question panel, shown beside the map in presentation
   * mode so the team can keep answering there. Without it the map shows the
   * question and a way back to the wizard.
   */
  readonly presentationPanel?: ReactNode;
  /** Shown beside the map in presentation mode, above the panel (the share link's QR code at the outcome). */
  readonly presentationExtra?: ReactNode;
  /** Told when presentation mode opens and closes, e.g. to move the wizard into the panel rather than show it twice. */
  readonly onPresentingChange?: (presenting: boolean) => void;
}

/**
 * The decision map: the tree with the team's path lit, a text alternative,
 * announcements of path changes, a presentation mode and image downloads.
 * Pure props: it reads no store, so the app decides where the session comes from.
 */
export default function DecisionMap({ session, onGoTo, presentationPanel, presentationExtra, onPresentingChange }: DecisionMapProps) {
  const decision = useMemo(() => decide(session), [session]);
  const [chosenView, setView] = useState<RouteView>('all');
  const view = validView(decision.walk, chosenView);
  const flow = useMemo(() => stableFlow(buildFlow(session, view)), [session, view]);
  const lines = useMemo(() => pathLines(describePath(session), decision, session), [session, decision]);
  const message = useAnnouncement(session);
  const [presenting, setPresentingState] = useState(false);
  const presentButton = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(false);
  const label = `Decision map for ${session.framing.componentName.trim() || 'this decision'}`;
  // React Flow mounts after the screen has painted, in a task of its own: mounted with the wizard's
  // step, its measuring (which lays the page out) and its first renders made the start-up's longest task.
  const canvasReady = useAfterPaint();

  const setPresenting = useCallback(
    (value: boolean) => {
      setPresentingState(value);
      onPresentingChange?.(value);
    },
    [onPresentingChange],
  );
  const leave = useCallback(() => setPresenting(false), [setPresenting]);

  // Back to the Present button once the dialog is gone: in an effect, and in the next frame as a
  // step heading takes focus, so it comes after whatever the app remounts on leaving (that heading).
  useEffect(() => {
    const leaving = wasPresenting.current && !presenting;
    wasPresenting.current = presenting;
    return leaving ? focusNextFrame(() => presentButton.current) : undefined;
  }, [presenting]);

  const switcher = <RouteSwitcher walk={decision.walk} view={view} onChange={setView} />;

  return (
    <div className="map">
      {/* The toolbar and the canvas share the slot's height, however many rows the toolbar wraps to. */}
      <div className="map__stage">
        <div className="map__toolbar">
          {switcher}
          <button type="button" className="button-secondary" ref={presentButton} onClick={() => setPresenting(true)}>
            Present
          </button>
          <DownloadButtons flow={flow} session={session} pathLines={lines} />
        </div>
        {presenting ? (
          <p className="map__away">The map is shown full screen.</p>
        ) : (
          <div className="map__canvas">{canvasReady ? <MapCanvas flow={flow} onGoTo={onGoTo} label={label} /> : null}</div>
        )}
      </div>
      <p role="status" className="map__status">
        {presenting ? '' : message}
      </p>
      <PathList session={session} />
      <PresentationDialog open={presenting} onClose={leave}>
        <div className="map-present__canvas">
          <MapCanvas flow={flow} onGoTo={onGoTo} label={label} />
        </div>
        <div className="map-present__panel">
          <div className="map-present__actions">
            {switcher}
            <button type="button" className="button-secondary" onClick={leave}>
              Leave presentation
            </button>
          </div>
          <p className="map-present__keys">
            <kbd>←</kbd> <kbd>→</kbd> move between answered questions · <kbd>Enter</kbd> goes back there · <kbd>Esc</kbd> leaves
          </p>
          {presenting && presentationExtra}
          {presentationPanel ?? <CurrentQuestion session={session} onBack={leave} />}
          <p role="status" className="map__status">
            {presenting ? message : ''}
          </p>
        </div>
      </PresentationDialog>
    </div>
  );
}
