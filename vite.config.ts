import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Served by `vite preview` (npm start, e2e tests). The app talks to no server
 * (connect-src 'none') and runs no inline script. style-src needs
 * 'unsafe-inline' because React Flow positions nodes with inline style
 * attributes.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'none'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const PREVIEW_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    // scripts/check-budget.mjs reads dist/.vite/manifest.json.
    manifest: true,
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: PREVIEW_HEADERS,
  },
  test: {
    // Until the first suites land; remove once src/ has tests.
    passWithNoTests: true,
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
    ],
    coverage: {
      provider: 'v8',
      include: ['src/domain/**/*.ts'],
      exclude: ['src/domain/testing/**', 'src/**/*.test.ts', 'src/**/*.test-d.ts', 'src/**/*.d.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
      thresholds: { lines: 95, branches: 95 },
    },
  },
});
