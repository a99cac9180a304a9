import { lazy, Suspense, useDeferredValue, useState } from 'react';
import { selectSession, useSessionStore, type SessionStore } from '../store/session-store';
import { HomeScreen } from './home-screen';
import { MapSlot } from './map-slot';
import { RecordsScreens } from './records-screens';
import { LibraryNavLink } from '../features/library/library-nav-link';
import { StorageBanner } from '../features/library/storage-banner';
import { UpdateBanner } from './update-banner';
import { useRecordsStartup, useShareFragment, useStepRoute } from './router';
import { ScreenBoundary } from '../ui/screen-boundary';
import { SkipLink } from '../ui/skip-link';
import { showView, selectView, useRecordsStore } from '../store/records';

const WizardPanel = lazy(() => import('./wizard-panel').then((m) => ({ default: m.WizardPanel })));
const ShareView = lazy(() => import('../features/transfer/share-view').then((m) => ({ default: m.ShareView })));

const selectHasSession = (s: SessionStore) => selectSession(s) !== null;

/** The step in the address; a component of its own so a step change does not re-render the shell. */
function StepRoute() {
  useStepRoute();
  return null;
}

/** The shell: the brand bar, then either the home screen or the wizard beside the decision map. */
export function App() {
  // A session that opens (New decision, a restored draft) swaps in the wizard and the map in a
  // render React may interrupt: they mount in slices, so the page keeps answering input meanwhile
  // (a restored draft's first render is the start-up's longest task otherwise). Closing is at once.
  const live = useSessionStore(selectHasSession);
  const hasSession = useDeferredValue(live) && live;
  // In presentation mode the wizard moves beside the full-screen map instead of being rendered twice.
  const [presenting, setPresenting] = useState(false);
  const share = useShareFragment();
  // The map (and its presentation dialog) unmounts under a share view: leave presentation mode with it.
  if (share.payload !== null && presenting) setPresenting(false);
  useRecordsStartup();
  const view = useRecordsStore(selectView);
  // The way back from a screen that failed: an open session steps aside as a draft (as the library link does), to resume from the start screen.
  const goHome = () => {
    useSessionStore.getState().close();
    share.leave();
    window.history.pushState(null, '', '#/');
    showView({ kind: 'home' });
  };
  const wizard = (
    <Suspense fallback={<p className="step-loading">Opening the session…</p>}>
      <WizardPanel />
    </Suspense>
  );
  return (
    <div className="app">
      <StepRoute />
      <SkipLink />
      <header className="app-bar">
        <p className="brand">
          <svg className="brand-mark" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <path d="M6 3v6a4 4 0 0 0 4 4h4a4 4 0 0 1 4 4v4M18 3v6a4 4 0 0 1-4 4M6 21v-4" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
          </svg>
          Forkpoint
        </p>
        <p className="tagline">Build or buy, decided in one whiteboard hour</p>
        <LibraryNavLink />
      </header>
      <StorageBanner />
      <UpdateBanner />
      {share.payload !== null ? (
        // A shared link is what the user just opened: it shows even over an open session, which stays as it was.
        <main id="main">
          <ScreenBoundary onHome={goHome} resetKey={share.payload}>
            <Suspense fallback={<p>Opening the shared decision…</p>}>
              <ShareView payload={share.payload} onLeave={share.leave} />
            </Suspense>
          </ScreenBoundary>
        </main>
      ) : hasSession ? (
        <div className="workspace">
          <main className="workspace-main" id="main">
            <ScreenBoundary onHome={goHome}>{presenting ? null : wizard}</ScreenBoundary>
          </main>
          <ScreenBoundary onHome={goHome}>
            <MapSlot presentationPanel={presenting ? wizard : null} onPresentingChange={setPresenting} />
          </ScreenBoundary>
        </div>
      ) : (
        <main id="main">
          <ScreenBoundary onHome={goHome} resetKey={view}>
            <RecordsScreens home={<HomeScreen />} />
          </ScreenBoundary>
        </main>
      )}
    </div>
  );
}
