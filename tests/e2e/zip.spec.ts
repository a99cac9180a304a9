import type { Page } from '@playwright/test';
import { deflateSync } from 'fflate';
import { buildZip, directoryOffset, type RawEntry } from '../../src/domain/export/testing/zip-builder';
import { typicalRecord } from '../../src/domain/export/testing/typical-record';
import { recordToJson } from '../../src/domain/export/to-json';
import type { DecisionRecord, RecordId } from '../../src/domain/record/record';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { DB_VERSION, parseAll, readStore, seedDatabase, seedRows } from './faults-helpers';

/**
 * Issue 11: archives are unpacked by the bytes they really produce, in a worker.
 * A zip that lies about its sizes is refused quickly with that reason while the
 * page stays responsive; a damaged zip says what is damaged; entries the import
 * leaves out are each named with the reason; and IndexedDB, read after a reload,
 * holds exactly what it held (or what was imported), nothing else.
 */

const MB = 1024 * 1024;
const mine: DecisionRecord = { ...typicalRecord(), id: 'rec_mine' as RecordId, number: 1 };

/** A library holding one record, opened on the library screen; returns the stored rows as they are. */
async function libraryWithOneRecord(page: Page): Promise<string> {
  await seedDatabase(page, DB_VERSION, { records: seedRows([mine]) });
  await page.goto('/#/library');
  await expect(page.getByRole('heading', { level: 1, name: 'Decision library' })).toBeVisible();
  await expect(page.getByText('1 decision', { exact: true })).toBeVisible();
  return JSON.stringify((await readStore(page)).rows);
}

async function importZip(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.getByLabel('Import decisions').setInputFiles([{ name, mimeType: 'application/zip', buffer: Buffer.from(bytes) }]);
}

/** After a reload the stored rows are exactly `before`. */
async function expectUnchanged(page: Page, before: string): Promise<void> {
  await page.reload();
  await expect(page.getByText('1 decision', { exact: true })).toBeVisible();
  expect(JSON.stringify((await readStore(page)).rows)).toBe(before);
}

test('a zip whose entries claim 1 KB but unpack to 5 MB each is refused in seconds with that reason, the page responsive, nothing stored', async ({ page }) => {
  const before = await libraryWithOneRecord(page);
  // 60 entries, each 5 MB of zeros that claims 1 KB: 300 MB if unpacked, about 300 KB packed.
  const zeros = new Uint8Array(5 * MB + 1024);
  const packed = deflateSync(zeros);
  const entries: RawEntry[] = Array.from({ length: 60 }, (_, i) => ({ name: `${String(i).padStart(4, '0')}-lie.json`, data: zeros, packed, claimedSize: 1024, crc: 0 }));
  const zip = buildZip(entries);
  expect(zip.length).toBeLessThan(2 * MB);

  // A heartbeat every 50 ms: the longest gap between beats is how long the page was frozen.
  await page.evaluate(() => {
    const w = window as unknown as { __beat: number; __longest: number };
    w.__beat = performance.now();
    w.__longest = 0;
    setInterval(() => {
      const now = performance.now();
      w.__longest = Math.max(w.__longest, now - w.__beat);
      w.__beat = now;
    }, 50);
  });
  const started = Date.now();
  await importZip(page, 'lies.zip', zip);
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert).toContainText('lies.zip › 0000-lie.json — archive entry: Larger than 5 MB once unpacked (the archive says 1 KB)', { timeout: 20_000 });
  const seconds = (Date.now() - started) / 1000;
  expect(seconds, 'refused within 20 s on a busy machine (about 2 s alone)').toBeLessThan(20);
  await expect(alert).toContainText('lies.zip — archive: The archive holds no decision record Forkpoint can read.');
  await expect(alert).toContainText('… and 41 more problems, not listed here.');
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  expect(longest, 'longest time the page did not respond (ms)').toBeLessThan(1_000);
  await expectUnchanged(page, before);
});

test('a damaged zip is refused with what is damaged, under its own name, with no garbage shown', async ({ page }) => {
  const before = await libraryWithOneRecord(page);
  const json = new TextEncoder().encode(recordToJson({ ...mine, id: 'rec_theirs' as RecordId }));
  const zip = buildZip([{ name: '0002-theirs.json', data: json }]);
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });

  const broken = zip.slice();
  broken.set([0x13, 0x37, 0xff, 0xfe], directoryOffset(broken));
  await importZip(page, 'broken.zip', broken);
  await expect(alert).toContainText('broken.zip — archive: Damaged archive: its table of contents is broken at entry 1.');

  await importZip(page, 'cut.zip', zip.subarray(0, zip.length - 30));
  await expect(alert).toContainText('cut.zip — archive: Damaged archive: its table of contents is missing, so the file is cut short or is not a zip archive.');

  const sum = buildZip([{ name: '0002-theirs.json', data: json, crc: 0x12345678 }]);
  await importZip(page, 'sum.zip', sum);
  await expect(alert).toContainText('sum.zip › 0002-theirs.json — archive entry: Damaged archive: its contents do not match their checksum.');
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  expect(await alert.textContent()).not.toMatch(/[\uFFFD\u0000-\u0008]/);
  await expectUnchanged(page, before);
});

test('entries with climbing, repeated, __proto__ or control-character names and oversized ones are each listed by name and reason; the good record imports', async ({ page }) => {
  const before = await libraryWithOneRecord(page);
  const theirs: DecisionRecord = { ...mine, id: 'rec_theirs' as RecordId, number: 2 };
  const json = new TextEncoder().encode(recordToJson(theirs));
  const zip = buildZip([
    { name: '0002-theirs.json', data: json },
    { name: '../../0003-escape.json', data: json },
    { name: '0002-theirs.json', data: new TextEncoder().encode('{}') },
    { name: '__proto__', data: json },
    { name: 'evil\u0000\u202Egnp.json\u0007', data: json },
    { name: '0004-big.json', data: new Uint8Array(6 * MB), claimedSize: 100 },
  ]);
  await importZip(page, 'mixed.zip', zip);
  await expect(page.getByRole('heading', { name: 'Ready to import' })).toBeVisible();
  const leftOut = page.locator('.import-left-out');
  await expect(leftOut).toContainText('5 files in the archive are left out:');
  const items = leftOut.getByRole('listitem');
  await expect(items).toHaveText([
    'mixed.zip › ../../0003-escape.json — A path outside the archive: Forkpoint reads only files inside it.',
    'mixed.zip › 0002-theirs.json — A second file with the same name: only the first one was read.',
    'mixed.zip › __proto__ — Not a record file: Forkpoint reads the .md and .json files it exports.',
    'mixed.zip › evilgnp.json — Not a record file: Forkpoint reads the .md and .json files it exports.',
    'mixed.zip › 0004-big.json — Larger than 5 MB once unpacked (the archive says 100 bytes): Forkpoint reads files of up to 5 MB.',
  ]);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Import 1 decision' }).click();
  await expect(page.getByText('Imported 1 decision.')).toBeVisible();

  await page.reload();
  await expect(page.getByText('2 decisions', { exact: true })).toBeVisible();
  const stored = parseAll(await readStore(page));
  expect([...stored.keys()].sort()).toEqual(['rec_mine', 'rec_theirs']);
  expect(stored.get('rec_theirs')).toEqual({ ...theirs, saveCount: stored.get('rec_theirs')?.saveCount });
  // The record that was there is stored byte for byte as before.
  expect(JSON.stringify((await readStore(page)).rows.filter((row) => row.key === 'rec_mine'))).toBe(before);
});
