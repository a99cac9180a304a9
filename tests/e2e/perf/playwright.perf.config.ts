import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../../../playwright.config';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const server = Array.isArray(base.webServer) ? base.webServer[0] : base.webServer;

/** Measurements, not tests: run with `npx playwright test -c tests/e2e/perf/playwright.perf.config.ts`. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /.*\.perf\.ts$/,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  ...(server ? { webServer: { ...server, cwd: root } } : {}),
});
