import { useSyncExternalStore, type ReactNode } from 'react';

const subscribe = () => () => {};

/**
 * Its children render in the browser only, once the page's markup is React's: not in the home
 * screen rendered at build time (src/app/prerender-home.tsx) and not in the render that takes
 * that markup over, which must match it. For what depends on the browser (its capabilities,
 * a screen's code still loading); it appears in the render right after.
 */
export function BrowserOnly({ children }: { children: ReactNode }) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return inBrowser ? children : null;
}
