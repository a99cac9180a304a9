/* eslint-disable @typescript-eslint/unbound-method -- row 12's init script wraps IndexedDB's getAll and calls it with its own `this` */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { DecisionRecordSchema } from '../../src/domain/record/record';
import { buySession, inHouseSession, recordOf } from '../../src/domain/testing/records';
import { expect, test } from './fixtures';
import { decideBuild, DB_VERSION, faultLog, openLibrary, parseAll, readStore, saveDecision, seedDatabase, seedRows, watchStorage } from './faults-helpers';

/**
 * Fault matrix (issue 7), rows 2, 9, 10, 11, 12 and 13: storage that is missing,
 * newer, cleared, damaged or busy when the app opens it, and the backup reminder.
 * Each ends by reading the database itself (or, where the user cleared it, the
 * export): every record still there and readable.
 */

const SEEDED = [recordOf(buySession(), 'rec_seed_1'), recordOf(inHouseSession(), 'rec_seed_2')].map((r) => ({ ...r, saveCount: 1 }));
const SEEDED_IDS = SEEDED.map((r) => r.id).sort();
const banner = (page: Page) => page.locator('.storage-banner');

const UNAVAILABLE = {
  'IndexedDB missing': () => Object.defineProperty(window, 'indexedDB', { get: () => undefined }),
  'IndexedDB throwing SecurityError': () =>
    Object.defineProperty(window, 'indexedDB', {
      get: () => {
        throw new DOMException('Access to storage is not allowed from this context.', 'SecurityError');
      },
    }),
  'open failing with UnknownError': () => {
    IDBFactory.prototype.open = function () {
      const req = { error: new DOMException('Internal error opening backing store.', 'UnknownError'), onerror: null as ((e: { preventDefault(): void }) => void) | null };
      setTimeout(() => req.onerror?.({ preventDefault: () => undefined }), 0);
      return req as unknown as IDBOpenDBRequest;
    };
  },
} as const;

for (const [name, script] of Object.entries(UNAVAILABLE)) {
  test(`2. storage unavailable at start (${name}): "not saving" mode, export offered, the real database untouched`, async ({ page, context }) => {
    await seedDatabase(page, DB_VERSION, { records: seedRows(SEEDED) });
    await page.addInitScript(script);
    await decideBuild(page, 'Private window pipeline');
    await expect(banner(page)).toContainText('Not saving.');
    await expect(banner(page)).toContainText('does not let the app store data here');

    await page.getByRole('button', { name: 'Save decision' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Not saved.' })).toBeVisible();
    const download = page.waitForEvent('download');
    await banner(page).getByRole('button', { name: 'Export this decision to a file' }).click();
    const exported = DecisionRecordSchema.safeParse(JSON.parse(await readFile(await (await download).path(), 'utf8')));
    expect(exported.data?.revisions[0]?.session.framing.componentName).toBe('Private window pipeline');

    // A tab without the fault still finds every record, at the same version.
    const other = await context.newPage();
    await other.goto('/');
    const store = await readStore(other);
    expect(store.version).toBe(DB_VERSION);
    expect([...parseAll(store).keys()].sort()).toEqual(SEEDED_IDS);
  });
}

test('9. a database written by a newer version (VersionError): a clear message, no write, nothing deleted', async ({ page }) => {
  await watchStorage(page);
  await seedDatabase(page, DB_VERSION + 5, { records: seedRows(SEEDED) });
  await decideBuild(page, 'Time traveller');
  await expect(banner(page)).toContainText('written by a newer version of Forkpoint. Nothing was changed');
  await page.getByRole('button', { name: 'Save decision' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved.' })).toBeVisible();
  await page.waitForTimeout(600);

  const log = await faultLog(page);
  expect([log.puts, log.clears, log.deletes]).toEqual([0, 0, 0]);
  const store = await readStore(page);
  expect(store.version).toBe(DB_VERSION + 5);
  expect([...parseAll(store).keys()].sort()).toEqual(SEEDED_IDS);
});

test('10. site data cleared while the app is open: it notices, warns and exports what it holds', async ({ page }) => {
  await watchStorage(page);
  await seedDatabase(page, DB_VERSION, { records: seedRows(SEEDED) });
  await page.goto('/#/library');
  await expect(page.getByText('2 decisions')).toBeVisible();

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'indexeddb' });
  await expect(banner(page)).toContainText('connection to the browser’s storage was closed');

  const download = page.waitForEvent('download');
  await banner(page).getByRole('button', { name: 'Export every decision held in this tab' }).click();
  const zip = unzipSync(new Uint8Array(await readFile(await (await download).path())));
  // The library archive: a README, and each record as Markdown and as JSON.
  expect(Object.keys(zip).filter((name) => name.endsWith('.md'))).toHaveLength(SEEDED.length + 1);
  const held = Object.entries(zip)
    .filter(([name]) => name.endsWith('.json'))
    .map(([, bytes]) => DecisionRecordSchema.parse(JSON.parse(strFromU8(bytes))));
  expect(held.map((r) => r.id).sort()).toEqual(SEEDED_IDS);
  expect(held).toEqual(expect.arrayContaining(SEEDED));
  // The app did not write the records back on its own: the user cleared them.
  expect((await faultLog(page)).puts).toBe(0);
});

test('11. hand-corrupted rows are quarantined and listed, the others load, the raw value exports', async ({ page }) => {
  await watchStorage(page);
  const good = SEEDED[0]!;
  const damaged = [
    { key: 'rec_wrong_types', value: { ...good, id: 'rec_wrong_types', saveCount: 'three', tags: 'not a list' } },
    { key: 'rec_missing_id', value: Object.fromEntries(Object.entries({ ...good }).filter(([k]) => k !== 'id')) },
    { key: 'rec_huge', value: { ...good, id: 'rec_huge', tags: ['x'.repeat(10_000_000)] } },
    { key: 'rec_proto', json: `{"__proto__": {"isAdmin": true}, ${JSON.stringify({ ...good, id: 'rec_proto' }).slice(1)}` },
  ];
  await seedDatabase(page, DB_VERSION, { records: [...seedRows([good]), ...damaged] });
  const before = await readStore(page);
  await page.goto('/#/library');

  await expect(page.getByRole('heading', { name: '4 stored decisions could not be read' })).toBeVisible();
  await expect(page.getByText('1 decision', { exact: true })).toBeVisible();
  const list = page.locator('.quarantine');
  await expect(list).toContainText('rec_wrong_types: could not be read — saveCount');
  await expect(list).toContainText('rec_missing_id: could not be read — id');
  await expect(list).toContainText('rec_huge: could not be read — It is larger than');
  await expect(list).toContainText('rec_proto: could not be read — It holds the key “__proto__”');
  expect(await page.evaluate(() => ({} as Record<string, unknown>).isAdmin)).toBeUndefined();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export raw data of rec_proto' }).click();
  const raw = await readFile(await (await download).path(), 'utf8');
  expect(raw).toContain('"__proto__"');
  expect(raw).toContain('"isAdmin": true');

  // Nothing was rewritten: every row is stored exactly as it was.
  const after = await readStore(page);
  expect(after.rows).toEqual(before.rows);
  expect((await faultLog(page)).puts).toBe(0);
});

test('12. another tab writes while this one is still loading: nothing written before loading, no clear(), nothing lost', async ({ page, context }) => {
  await seedDatabase(page, DB_VERSION, { records: seedRows(SEEDED) });
  await watchStorage(page);
  // Hold this tab's first read of the library (its summaries) until the test lets it go.
  await page.addInitScript(() => {
    const w = window as unknown as { __release?: boolean };
    const getAll = IDBObjectStore.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
      const req = getAll.apply(this, args);
      if (this.name !== 'summaries' || w.__release) return req;
      let handler: ((this: IDBRequest, ev: Event) => unknown) | null = null;
      Object.defineProperty(req, 'onsuccess', { get: () => handler, set: (h: typeof handler) => (handler = h) });
      req.addEventListener('success', (event) => {
        const go = () => (w.__release ? handler?.call(req, event) : setTimeout(go, 20));
        go();
      });
      return req;
    } as typeof getAll;
  });
  await page.goto('/#/library');
  await expect(page.getByText('Opening saved decisions…')).toBeVisible();

  const other = await context.newPage();
  await watchStorage(other);
  await decideBuild(other, 'Written while the other tab loads');
  await saveDecision(other);
  await page.evaluate(() => ((window as unknown as { __release: boolean }).__release = true));

  await expect(page.getByText('3 decisions')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Written while the other tab loads' })).toBeVisible();
  const mine = await faultLog(page);
  expect([mine.putsBeforeLoaded, mine.clears, mine.deletes]).toEqual([0, 0, 0]);
  expect((await faultLog(other)).clears).toBe(0);
  expect(parseAll(await readStore(page)).size).toBe(3);
});

test('13. persistent storage status and the export reminder after 30 days', async ({ page }) => {
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
  await seedDatabase(page, DB_VERSION, { records: seedRows(SEEDED), meta: [{ key: 'lastExportAt', value: daysAgo(12) }] });
  await page.goto('/#/library');
  const status = page.locator('.library .storage-status');
  await expect(status).toContainText(/persistent storage/);
  await expect(status).toContainText('Last exported 12 days ago.');
  await expect(status.locator('.warning')).toHaveCount(0);

  // Nineteen days later the reminder shows.
  await page.clock.install({ time: Date.now() + 19 * 86_400_000 });
  await page.reload();
  await expect(status).toContainText('Last exported 31 days ago. Export it to a file now');
  await expect(status.locator('.warning')).toBeVisible();

  // Exporting the library clears it and is remembered.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the whole library (.zip)' }).click();
  await download;
  await page.reload();
  await expect(status).toContainText('Last exported today.');
  await expect(status.locator('.warning')).toHaveCount(0);

  // Persistence is asked on the first save, and the answer is shown.
  await decideBuild(page, 'Persistence');
  await saveDecision(page);
  await openLibrary(page);
  await expect(status).toContainText(/The browser (granted|did not grant) persistent storage/);
  expect(parseAll(await readStore(page)).size).toBe(3);
});
