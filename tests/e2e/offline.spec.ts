import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { preview } from 'vite';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ROOMY_TEAM, WizardDriver } from './driver';

/** Issue 15: after one visit the app works with no network (service worker), and it installs as an app (manifest, icons). */

// playwright.config.ts blocks service workers for the other specs.
test.use({ serviceWorkers: 'allow' });

/** Until the service worker has cached the app and controls this page (it claims the first visit once installed). */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    },
    null,
    { timeout: 30_000 },
  );
}

/**
 * Whether a file the worker has to fetch, not read from its cache, still arrives: Playwright's
 * offline emulation has not always reached a service worker's own requests, and without it this
 * spec would pass with the network up.
 */
async function workerReachesNetwork(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const [name] = await caches.keys();
    const cache = await caches.open(name ?? '');
    for (const request of await cache.keys()) {
      if (new URL(request.url).pathname === '/apple-touch-icon.png') await cache.delete(request);
    }
    const image = new Image();
    image.src = '/apple-touch-icon.png';
    return image.decode().then(
      () => true,
      () => false,
    );
  });
}

test('after one visit online, the app opens, decides, saves and exports with no network', async ({ page, context }) => {
  // A whole session and a download, on a busy two-core machine.
  test.slow();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForOfflineReady(page);
  await context.setOffline(true);

  // Mid-visit: a screen that loads on demand comes from the cache, not a blank page.
  await page.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Decision library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Decision library' })).toBeVisible();

  // An offline reload opens the app, not the browser's error page.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Decision library' })).toBeVisible();

  const w = new WizardDriver(page);
  await w.start();
  await w.frame({ componentName: 'Ranking service', ...ROOMY_TEAM });
  await w.answer('Yes');
  await w.rationale('How we rank the catalogue is why customers stay.');
  await w.next();
  await w.next();
  await w.expectOutcome('Build');
  await expect(page.getByRole('complementary', { name: 'Decision map' }).getByRole('application', { name: 'Decision map for Ranking service' })).toBeVisible();

  await page.getByLabel(/^Why will buying not do\?/).fill('No product ranks our catalogue the way our customers expect.');
  await page.getByRole('button', { name: 'Save decision' }).click();
  await expect(page.getByText(/^Saved as revision \d+\./)).toBeVisible();
  await page.getByRole('link', { name: 'Open it in the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ranking service' })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown (MADR)' }).click()]);
  const markdown = await readFile(await download.path(), 'utf8');
  expect(markdown).toContain('Ranking service');
  expect(markdown).toContain('How we rank the catalogue is why customers stay.');

  expect(errors, 'errors in the page').toEqual([]);
  expect(await workerReachesNetwork(page), 'the offline emulation reaches the service worker').toBe(false);
});

test('the manifest, its icons and the favicon are served', async ({ page, request }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const faviconHref = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(manifestHref).not.toBeNull();
  expect(faviconHref).not.toBeNull();
  const manifest = await request.get(manifestHref ?? '');
  expect(manifest.status()).toBe(200);
  const { name, start_url: startUrl, display, icons } = (await manifest.json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect({ name, startUrl, display }).toEqual({ name: 'Forkpoint', startUrl: '/', display: 'standalone' });
  // What an install needs: a 192 and a 512 pixel PNG.
  expect(icons.filter((icon) => icon.type === 'image/png').map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of [...icons, { src: faviconHref ?? '', type: 'image/svg+xml' }]) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type'], icon.src).toContain(icon.type);
  }
  expect(failed, 'requests that failed').toEqual([]);
});

test('a new version deployed waits for the team: a banner offers Reload, which switches to it', async ({ page }) => {
  // A deployment of its own: a copy of the build served on a free port, changed while the page is open.
  const site = await mkdtemp(join(tmpdir(), 'forkpoint-deploy-'));
  await cp(process.env.E2E_DIST ?? 'dist', site, { recursive: true });
  const server = await preview({ logLevel: 'silent', build: { outDir: site }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  try {
    const origin = server.resolvedUrls?.local[0] ?? '';
    expect(origin).not.toBe('');
    await page.goto(origin);
    await waitForOfflineReady(page);
    const banner = page.getByRole('status').filter({ hasText: 'A new version of Forkpoint is ready' });
    await expect(banner).toHaveCount(0);

    // The next build: its service worker differs from the one running, byte for byte.
    await appendFile(join(site, 'sw.js'), '\n// the next build\n');
    await page.reload();
    await expect(banner).toBeVisible({ timeout: 30_000 });
    await expectNoAxeViolations(page);

    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(banner).toHaveCount(0);
    // The page now runs under the new worker, and none waits any more.
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return { waiting: registration.waiting !== null, controlled: navigator.serviceWorker.controller === registration.active };
      }),
    ).toEqual({ waiting: false, controlled: true });
  } finally {
    await server.close();
    await rm(site, { recursive: true, force: true });
  }
});
