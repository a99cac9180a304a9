import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Issue 16: the built index.html holds the home screen (scripts/prerender-home.mjs), so a first
 * visit paints it before the app's script has arrived; the script then takes that markup over.
 * An address that names another screen never shows the home screen on the way.
 */

const HOME_HEADING = 'Build or buy? Decide it together, in one hour.';

/** Holds back every script of the build until the returned function is called, as a slow link would. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Console errors and uncaught exceptions: a hydration mismatch is reported as one. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('home paints before the script arrives, and the script takes it over without a mismatch', async ({ page }) => {
  const errors = collectErrors(page);
  const release = await holdScripts(page);
  await page.goto('/', { waitUntil: 'commit' });

  await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New decision' })).toBeVisible();
  await expect(page.getByText('Opening saved decisions…')).toBeVisible();

  release();
  // Storage has been read: the app runs and its first render matched the page.
  await expect(page.getByText('No decision saved in this browser yet.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Decisions folder' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'New decision' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Frame the decision' })).toBeVisible();
  expect(errors).toEqual([]);
});

for (const [screen, address, heading] of [
  ['the library', '/#/library', 'Decision library'],
  ['a wizard step with no draft to restore', '/#/differentiator', HOME_HEADING],
  ['a broken share link', '/#share=not-a-record', 'This share link cannot be opened'],
] as const) {
  test(`a link to ${screen} shows no home screen while the script loads`, async ({ page }) => {
    const errors = collectErrors(page);
    const release = await holdScripts(page);
    await page.goto(address, { waitUntil: 'commit' });
    // The whole page is parsed; only the held scripts are missing.
    await page.waitForFunction(() => document.readyState !== 'loading');
    await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeHidden();

    release();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('the first screen’s styles, inlined in the page, are not loaded again by a screen that loads later', async ({ page }) => {
  const sheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') sheets.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'New decision' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Frame the decision' })).toBeVisible();
  // The map's export code is one of the chunks that list the first screen's style sheet among their dependencies.
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);

  const inlined = await page.locator('link[rel="stylesheet"][disabled]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(inlined).toHaveLength(1);
  expect(sheets).not.toContain(inlined[0]);
  // Every sheet linked in the page is either that one, left disabled, or a later screen's own.
  expect(await page.locator('link[rel="stylesheet"]:not([disabled])').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname))).toEqual(
    expect.not.arrayContaining(inlined),
  );
});
