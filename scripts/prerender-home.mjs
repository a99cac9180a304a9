// @ts-check
import { createHash } from 'node:crypto';
import { runnerImport } from 'vite';

/*
 * The home screen, rendered at build time into index.html's #root (src/app/prerender-home.tsx),
 * with the first screen's style sheet inlined: a first visit paints it as soon as the page is in,
 * instead of waiting for a style sheet (a round trip more on a slow mobile link) and for the app's
 * script (~110 KiB gzip), which then hydrates it (src/main.tsx).
 */

/**
 * Runs in <head> before anything is painted: an address that names another screen than home
 * (`#/library`, `#/outcome`, `#share=…`; home is no fragment or `#/`, src/app/routes.ts) marks the
 * page, global.css hides the prerendered home, and main.tsx renders that screen afresh instead of
 * hydrating: a deep link never flashes the home screen.
 */
export const DEEP_LINK_SCRIPT = "if(!/^#?\\/?$/.test(location.hash))document.documentElement.classList.add('deep-link')";

/** The Content-Security-Policy source that lets exactly that inline script run (vite.config.ts). */
export const DEEP_LINK_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(DEEP_LINK_SCRIPT).digest('base64')}'`;

const EMPTY_ROOT = '<div id="root"></div>';
/** The link Vite writes for the entry's style sheet (the lazy screens' sheets are loaded by their chunks). */
const STYLESHEET_LINK = /<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/g;
const NO_CSS = '\0prerender-no-css';
/** The entry script and the chunks Vite preloads with it. */
const SCRIPT_TAGS = /<script type="module" crossorigin src="[^"]+"><\/script>|<link rel="modulepreload" crossorigin href="[^"]+">/g;

/**
 * Style sheets are the browser build's business: imported for Node they are empty modules.
 * @type {import('vite').Plugin}
 */
const cssAsNothing = {
  name: 'forkpoint-prerender-no-css',
  enforce: 'pre',
  resolveId: (source) => (source.endsWith('.css') ? NO_CSS : undefined),
  load: (id) => (id === NO_CSS ? 'export {}' : undefined),
};

/**
 * Build only: the dev server serves an empty #root, which main.tsx fills.
 * @returns {import('vite').Plugin}
 */
export function prerenderHome() {
  let root = process.cwd();
  return {
    name: 'forkpoint-prerender-home',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      // After Vite has written the links to the built files, which this reads from the bundle.
      order: 'post',
      async handler(html, { bundle }) {
        if (!html.includes(EMPTY_ROOT)) throw new Error(`prerender-home: index.html has no ${EMPTY_ROOT} to render home into`);
        /** @type {{ module: { renderHome: () => string } }} */
        const { module } = await runnerImport('/src/app/prerender-home.tsx', { root, mode: 'production', logLevel: 'warn', plugins: [cssAsNothing] });
        const inlined = html.replace(STYLESHEET_LINK, (_link, /** @type {string} */ file) => {
          const sheet = bundle?.[file];
          if (sheet?.type !== 'asset') throw new Error(`prerender-home: ${file} is not in the build`);
          // The link stays, disabled (never fetched, never applied): a lazy screen whose chunk lists this sheet among
          // its dependencies finds it linked and does not append it again, after the screens' own sheets (whose
          // rules would then lose to global.css's).
          return `<style>${String(sheet.source)}</style><link rel="stylesheet" crossorigin href="/${file}" disabled>`;
        });
        // The app's script is a module, so it never held up the first paint, and home paints from this markup
        // without it: the browser is told it is not urgent. (Lighthouse's simulation otherwise counts a script of
        // high priority whose download ended before the page's first paint as render-blocking, and home's first
        // paint read 0.75 s or 1.5 s depending on which finished first over loopback.)
        const unhurried = inlined.replace(SCRIPT_TAGS, (tag) => tag.replace(/ crossorigin/, ' crossorigin fetchpriority="low"'));
        if (unhurried === inlined) throw new Error('prerender-home: no module script or preload found to mark');
        return {
          html: unhurried.replace(EMPTY_ROOT, `<div id="root">${module.renderHome()}</div>`),
          tags: [{ tag: 'script', children: DEEP_LINK_SCRIPT, injectTo: 'head-prepend' }],
        };
      },
    },
  };
}
