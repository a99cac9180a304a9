import { defineConfig } from '@playwright/test';

const isCI = Boolean(process.env.CI);
// E2E_PORT / E2E_DIST let several builds be tested side by side (one engineer's dist-x on its own port).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_DIST ?? 'dist';
const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * Browser tests against the production build served by `vite preview`
 * (`npm test` builds first). Uses the system Chromium; never run
 * `npx playwright install` (it downloads a browser and fails offline).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  workers: 2,
  // .ci/run counts a flaky test (passed on retry) as failed, so a retry would only cost time.
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_DIST ? `test-results/e2e-${OUT_DIR}.json` : 'test-results/e2e.json' }]],
  outputDir: `test-results/e2e-artifacts-${OUT_DIR}`,
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    // The app registers a service worker (src/app/service-worker.ts). Left on, it would serve every
    // navigation from its cache, past the `page.route` stand-in pages some specs open, and cache the
    // whole app in the background of every test. tests/e2e/offline.spec.ts turns it back on.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ${OUT_DIR}`,
    url: BASE_URL,
    reuseExistingServer: !isCI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
