import { registerSW } from 'virtual:pwa-register';
import { announceUpdate } from './update-banner';

/**
 * Registers the service worker that keeps the app usable offline (vite.config.ts, `offlineApp`).
 * Loaded after the first render, so neither this nor Workbox's window library (which the
 * plugin's module imports on demand) weighs on the first load. In the dev server this is a no-op.
 */
export function registerServiceWorker(): void {
  const update = registerSW({
    onNeedRefresh: () => announceUpdate(() => update(true)),
  });
}
