/* eslint-disable @typescript-eslint/unbound-method -- the init scripts wrap IndexedDB's prototype methods and call them with their own `this` */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { MIGRATIONS } from '../../src/storage/schema';
import { restoreRecord } from '../../src/domain/record/restore';
import { expect, test } from './fixtures';
import { decideBuild, DB_VERSION, faultLog, parseAll, readStore, seedDatabase, watchStorage, type SeedRow } from './faults-helpers';

/**
 * Fault matrix (issue 7), rows 7 and 8: an older database opened by this build,
 * and an upgrade while another tab holds the old version open.
 */

interface LargeFixture {
  readonly version: number;
  readonly stores: Record<string, SeedRow[]>;
}

const fixturePath = (version: number) => `tests/fixtures/large-db-v${version}.json`;
const loadFixture = (version: number) => JSON.parse(readFileSync(fixturePath(version), 'utf8')) as LargeFixture;
const banner = (page: Page) => page.locator('.storage-banner');

test('7. every schema version has a 1,000-record fixture, so every migration is exercised below', () => {
  for (const { version } of MIGRATIONS) expect(existsSync(fixturePath(version)), `${fixturePath(version)} (node tests/fixtures/generate-large-db.mjs)`).toBe(true);
});

for (const { version } of MIGRATIONS) {
  test(`7. a version-${version} database with 1,000 records opened by this build: all upgraded and valid`, async ({ page }) => {
    await watchStorage(page);
    const fixture = loadFixture(version);
    await seedDatabase(page, fixture.version, fixture.stores);
    await page.goto('/#/library');
    await expect(page.getByText('1000 decisions')).toBeVisible();
    await expect(page.locator('.quarantine')).toHaveCount(0);

    const store = await readStore(page);
    expect(store.version).toBe(DB_VERSION);
    const records = parseAll(store);
    expect(records.size).toBe(1000);
    expect([...records.values()]).toEqual((fixture.stores.records ?? []).map((r) => restoreRecord(r.value)).flatMap((r) => (r.ok ? [r.value] : [])));
    expect((await faultLog(page)).clears).toBe(0);
  });
}

test('7. a failing migration aborts the upgrade and leaves the old data as it was', async ({ page, context }) => {
  const fixture = loadFixture(1);
  await seedDatabase(page, 1, fixture.stores);
  // The version-2 migration breaks halfway (after creating its first store).
  await page.addInitScript(() => {
    const create = IDBDatabase.prototype.createObjectStore;
    IDBDatabase.prototype.createObjectStore = function (this: IDBDatabase, name: string, options?: IDBObjectStoreParameters) {
      if (name === 'meta') throw new DOMException('Simulated failure in a migration.', 'UnknownError');
      return create.call(this, name, options);
    };
  });
  await page.goto('/#/library');
  await expect(banner(page)).toContainText('Upgrading the saved decisions failed, so they were left exactly as they were');

  const other = await context.newPage();
  await other.route('**/__read', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>read</title>' }));
  await other.goto('/__read');
  const store = await readStore(other);
  expect(store.version).toBe(1);
  expect(parseAll(store).size).toBe(1000);
});

/** This tab plays a newer build: it opens the database one version up (a migration with nothing to do). */
async function asNewerBuild(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      return open.call(this, name, name === 'forkpoint' && version !== undefined ? version + 1 : version);
    };
  });
}

test('8. an upgrade while an old tab is open: the old tab flushes, closes and says reload; no work lost', async ({ page, context }) => {
  await page.clock.install();
  await decideBuild(page, 'Upgrade in flight');
  // An edit still inside its debounce window: only in memory until the old tab flushes.
  await page.getByLabel(/^Why will buying not do\?/).fill('Typed in the old tab just before the update.');

  const newer = await context.newPage();
  await asNewerBuild(newer);
  await newer.goto('/#/library');
  await expect(banner(page)).toContainText('Updated — reload.');
  await expect(banner(page).getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(newer.getByRole('heading', { level: 1, name: 'Decision library' })).toBeVisible();
  await expect(newer.getByText('No decisions saved yet.')).toBeVisible();
  await expect(banner(newer)).toHaveCount(0);

  const store = await readStore(newer);
  expect(store.version).toBe(DB_VERSION + 1);
  expect(store.draftTexts.join('')).toContain('Typed in the old tab just before the update.');
});

test('8. an old tab that does not let go: the new tab says close the other tab, then opens once it is closed', async ({ page, context }) => {
  await seedDatabase(page, DB_VERSION, { records: [] });
  // An old build that ignores versionchange.
  await page.addInitScript(() => {
    Object.defineProperty(IDBDatabase.prototype, 'onversionchange', { configurable: true, get: () => null, set: () => undefined });
  });
  await page.goto('/#/library');
  await expect(page.getByText('No decisions saved yet.')).toBeVisible();

  const newer = await context.newPage();
  await asNewerBuild(newer);
  await newer.goto('/#/library');
  await expect(banner(newer)).toContainText('Close the other Forkpoint tabs to continue');
  // A third tab's open waits in line behind that upgrade and hears nothing: it says so instead of a silent "Opening…".
  const third = await context.newPage();
  await asNewerBuild(third);
  await third.goto('/#/library');
  await expect(banner(third)).toContainText('Opening your saved decisions is taking longer than it should', { timeout: 15_000 });
  await page.close();
  await expect(banner(newer)).toHaveCount(0);
  await expect(newer.getByText('No decisions saved yet.')).toBeVisible();
  await expect(banner(third)).toHaveCount(0);
  await expect(third.getByText('No decisions saved yet.')).toBeVisible();
  expect((await readStore(newer)).version).toBe(DB_VERSION + 1);
});
