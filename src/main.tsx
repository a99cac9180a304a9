import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

// The built index.html holds the home screen, rendered at build time (scripts/prerender-home.mjs):
// on home it is taken over as it stands. An address that names another screen has marked the page
// in <head> (so the home screen stayed hidden): that screen renders afresh. The dev server's #root is empty.
const DEEP_LINK = 'deep-link';
const html = document.documentElement;
if (container.hasChildNodes() && !html.classList.contains(DEEP_LINK)) {
  // In a transition: the home screen is on screen already, so React may take its markup over in
  // slices, between which the page answers (a click hydrates what it hits first), rather than in
  // one task that Lighthouse counts as blocking.
  startTransition(() => {
    hydrateRoot(container, app);
  });
} else {
  container.replaceChildren();
  html.classList.remove(DEEP_LINK);
  createRoot(container).render(app);
}

// Offline support is not needed to show the first screen: it loads after it.
void import('./app/service-worker').then((worker) => worker.registerServiceWorker());
