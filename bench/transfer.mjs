/**
 * Export of 1,000 records as one archive and import of that archive, through the
 * library screen's "Export the whole library (.zip)" and "Import decisions" in
 * Chromium. Export: the click until the zip is handed to the browser as a blob
 * (the archive is built: Markdown and JSON per record). Import, into a second,
 * empty library: the file input's change until the preview shows (unpacked, every
 * file parsed strictly, checked against the library), then the click on "Import
 * 1000 decisions" until "Imported 1000 decisions." (one IndexedDB transaction).
 */
import { readFile } from 'node:fs/promises';
import { seedRecords, waitForDatabase } from './app.mjs';
import { generateRecords, withSummaries } from './domain.mjs';
import { round1 } from './stats.mjs';

const RECORDS = 1000;

/** Init script: notes when a Blob becomes a download URL (the archive is ready). */
function watchBlobs() {
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object) => {
    /** @type {Window & { __benchBlobAt?: number }} */ (window).__benchBlobAt = performance.now();
    return original(object);
  };
}

/**
 * In the page: clicks the export button; resolves with the time until the zip's Blob URL is made.
 * @returns {Promise<number>}
 */
async function clickExportUntilBlob() {
  const w = /** @type {Window & { __benchBlobAt?: number }} */ (window);
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Export the whole library'));
  if (!button) throw new Error('no export button');
  delete w.__benchBlobAt;
  const start = performance.now();
  button.click();
  for (let i = 0; i < 1200 && w.__benchBlobAt === undefined; i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
  if (w.__benchBlobAt === undefined) throw new Error('no archive within 30 s');
  return w.__benchBlobAt - start;
}

/** In the page: notes when the import input's change event fires (the file is chosen). */
function watchImport() {
  const w = /** @type {Window & { __benchImport?: { change: number } }} */ (window);
  const input = document.querySelector('.transfer input[type="file"]');
  if (!input) throw new Error('no import input');
  w.__benchImport = { change: 0 };
  input.addEventListener('change', () => w.__benchImport && (w.__benchImport.change = performance.now()), { capture: true });
}

/**
 * In the page: the time from the watched change event until `text` shows in the transfer card.
 * @param {string} text
 * @returns {Promise<number>}
 */
async function waitForText(text) {
  const w = /** @type {Window & { __benchImport?: { change: number } }} */ (window);
  for (let i = 0; i < 2400; i += 1) {
    const card = document.querySelector('.transfer');
    if (card?.textContent?.includes(text)) return performance.now() - (w.__benchImport?.change ?? 0);
    if (card?.querySelector('.import-problems')) throw new Error(`import refused: ${card.querySelector('.import-problems')?.textContent ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`"${text}" did not show within 60 s`);
}

/**
 * In the page: clicks the confirm button; resolves with the time until the import is reported done.
 * @returns {Promise<number>}
 */
async function clickImportUntilDone() {
  const button = [...document.querySelectorAll('.transfer button')].find((b) => b instanceof HTMLButtonElement && b.textContent?.startsWith('Import '));
  if (!(button instanceof HTMLButtonElement)) throw new Error('no confirm button');
  const start = performance.now();
  button.click();
  for (let i = 0; i < 2400; i += 1) {
    if (document.querySelector('.transfer')?.textContent?.includes('Imported ')) return performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the import was not reported done within 60 s');
}

/** @param {import('@playwright/test').Page} page @param {string} url @param {number} count */
async function openLibrary(page, url, count) {
  await page.goto('about:blank');
  await page.goto(`${url}/#/library`);
  const expected = count === 0 ? 'No decisions saved yet.' : `${count} decisions`;
  await page.getByText(expected, { exact: false }).first().waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Export the whole library (.zip)' }).waitFor({ timeout: 30_000 });
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {import('./domain.mjs').Domain} domain
 */
export async function benchTransfer(browser, url, domain) {
  const records = generateRecords(domain, RECORDS);
  const source = await browser.newContext({ acceptDownloads: true });
  const target = await browser.newContext();
  try {
    await source.addInitScript(watchBlobs);
    const page = await source.newPage();
    await page.goto(`${url}/`);
    await seedRecords(page, withSummaries(domain, records), RECORDS);
    await openLibrary(page, url, RECORDS);
    const [download, exportMs] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.evaluate(clickExportUntilBlob)]);
    const filePath = await download.path();
    const bytes = await readFile(filePath);

    const other = await target.newPage();
    await other.goto(`${url}/`);
    await waitForDatabase(other);
    await openLibrary(other, url, 0);
    await other.evaluate(watchImport);
    await other.locator('.transfer input[type="file"]').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/zip', buffer: bytes });
    const previewMs = await other.evaluate(waitForText, 'Ready to import');
    const commitMs = await other.evaluate(clickImportUntilDone);
    await other.getByText(`${RECORDS} decisions`).first().waitFor({ timeout: 60_000 });

    return {
      records: RECORDS,
      archiveBytes: bytes.length,
      exportMs: round1(exportMs),
      importPreviewMs: round1(previewMs),
      importCommitMs: round1(commitMs),
      importMs: round1(previewMs + commitMs),
    };
  } finally {
    await source.close();
    await target.close();
  }
}
