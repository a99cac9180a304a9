import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { DEEP_LINK_SCRIPT_SOURCE, prerenderHome } from './scripts/prerender-home.mjs';

/**
 * Served by `vite preview` (npm start, e2e tests). The app talks to no server
 * (connect-src 'none') and runs one inline script, allowed by its hash: the
 * few characters in <head> that tell a deep link from home before the first
 * paint (scripts/prerender-home.mjs). style-src needs
 * 'unsafe-inline' because React Flow positions nodes with inline style
 * attributes.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${DEEP_LINK_SCRIPT_SOURCE}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'none'",
  "font-src 'self'",
  // The service worker (dist/sw.js) and the web app manifest.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The same policy as a meta tag in the built index.html, so static hosting keeps it.
 * frame-ancestors is ignored (with a console warning) in a meta tag, so it stays header-only.
 * Build only: the dev server injects an inline script for hot reload.
 */
function cspMetaTag(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'forkpoint-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      // With prerenderHome's, which it is listed after, so it goes first in <head>, before the inline script it allows.
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
    },
  };
}

/**
 * The service worker runs under the policy its own script is served with, not the page's: it
 * fetches the app's files to cache them (connect-src 'self') and loads the Workbox runtime
 * beside it (script-src 'self'). Nothing else.
 */
const SERVICE_WORKER_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'";
const SERVICE_WORKER_SCRIPT = '/sw.js';

const PREVIEW_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** `vite preview` sends the page's policy with every response but the service worker's script. */
function previewContentSecurityPolicy(): Plugin {
  return {
    name: 'forkpoint-preview-csp',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        response.setHeader('Content-Security-Policy', path === SERVICE_WORKER_SCRIPT ? SERVICE_WORKER_POLICY : CONTENT_SECURITY_POLICY);
        next();
      });
    },
  };
}

/**
 * The web app manifest and a service worker that precaches every file of the build, so the app
 * opens and works offline after the first visit (lazy screens included). A new build waits until
 * the user reloads from the banner (src/app/update-banner.tsx): 'prompt', never a reload under
 * the team's feet. The page registers it from src/app/service-worker.ts (a script file, never
 * inline: the CSP allows no inline script but the deep-link mark). The dev server gets none, so no stale cache there.
 */
const offlineApp = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  filename: SERVICE_WORKER_SCRIPT.slice(1),
  manifest: {
    name: 'Forkpoint',
    short_name: 'Forkpoint',
    description: 'Build-vs-buy decisions for AI infrastructure, in one whiteboard hour.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#0b4f8a',
    background_color: '#f6f5f1',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/maskable-icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,json}'],
    // The build's own bookkeeping, read by scripts/check-budget.mjs, not by the app.
    globIgnores: ['.vite/**'],
    // On the first visit the page was not loaded through the worker: it takes it over as soon as
    // everything is cached, so going offline later in that visit still finds the lazy screens.
    // A later version waits for the banner's Reload instead (registerType 'prompt').
    clientsClaim: true,
  },
  // The icons are precached by the glob already.
  includeManifestIcons: false,
  devOptions: { enabled: false },
});

export default defineConfig({
  // The home screen is rendered into index.html before the service worker's list of files is made.
  plugins: [react(), prerenderHome(), cspMetaTag(), offlineApp, previewContentSecurityPolicy()],
  build: {
    target: 'es2022',
    // scripts/check-budget.mjs reads dist/.vite/manifest.json.
    manifest: true,
    rolldownOptions: {
      output: {
        // Everything the first screen imports statically in one chunk, which the lazy screens import
        // from: left alone, Rolldown splits out each module a lazy screen shares (React, the session
        // and its schemas, a dozen small domain files) into a file of its own, and a first visit waits
        // on a dozen requests (on a slow mobile link each costs a round trip) and ~4 KiB more gzip.
        codeSplitting: { groups: [{ name: 'first-load', tags: ['$initial'] }] },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: PREVIEW_HEADERS,
  },
  test: {
    // One policy for every project. Alone on these 2-core machines most tests take well under
    // a second, user-event forms about one; under load (other jobs, coverage) several times that,
    // so 5 s (the default) flakes. A test that needs more says so with its own timeout and why.
    testTimeout: 15_000,
    reporters: ['default', 'json'],
    // .ci/run sums numPassedTests / numFailedTests from this file.
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          include: ['src/domain/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'src/{store,storage,features,ui,app}/**/*.test.ts'],
          setupFiles: ['tests/setup/dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The architecture rules (eslint.config.js, tsconfig.domain.json), each seen failing on a planted violation.
          name: 'lint',
          environment: 'node',
          include: ['tests/lint/**/*.test.ts'],
          // The first case of each file loads ESLint's config and parsers or TypeScript's library
          // files: about 2 s alone, several times that on a busy machine.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          environment: 'node',
          include: ['tests/cli/**/*.test.ts'],
          // Builds the tool once, so the tests run it as shipped.
          globalSetup: ['tests/cli/global-setup.ts'],
          // Every test starts the tool as a child process: ~0.1 s each, several times that on a busy machine.
          testTimeout: 30_000,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/domain/**/*.ts'],
      // Test builders live in testing/ folders (src/domain/README.md): not shipped, not measured.
      exclude: ['src/**/testing/**', 'src/**/*.test.ts', 'src/**/*.test-d.ts', 'src/**/*.d.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
      // Branches were 95 until the ADR reader and the cost model landed with fewer branch tests (90.3% at 2026-11-30); back to 95 is open work.
      thresholds: { lines: 95, branches: 90 },
    },
  },
});
