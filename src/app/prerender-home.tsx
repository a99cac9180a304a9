import { renderToString } from 'react-dom/server';
import { App } from './app';

/**
 * The home screen's markup, rendered at build time into dist/index.html (scripts/prerender-home.mjs)
 * so a first visit paints it before the script has loaded; main.tsx hydrates it. It is the app's
 * first render before anything is read from storage: the same one the browser's first render
 * makes, so the two match. Runs in Node: the app keeps browser APIs out of its modules' top level
 * and out of home's first render. (StrictMode, which main.tsx adds, renders no markup.)
 */
export function renderHome(): string {
  return renderToString(<App />);
}
