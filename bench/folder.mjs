/**
 * A decisions folder of 1,000 files in Chromium, an OPFS directory standing in for
 * the folder the user picks (as in tests/e2e/folder.spec.ts): half Forkpoint
 * exports of generated records, half MADR files written by hand in the shape of
 * tests/fixtures/adr-folder. First rows: the click on "Open a decisions folder"
 * until the library shows a row from the folder. Open: the same click until
 * the panel reports the first scan (every file listed, read and parsed). Rescan
 * unchanged: the click on "Rescan the folder" until the next scan is reported
 * (sizes and last-modified times compared, nothing read); median of 5.
 */
import { readFileSync } from 'node:fs';
import { generateRecords } from './domain.mjs';
import { median, round1 } from './stats.mjs';

const FILES = 1000;

/**
 * @param {import('./domain.mjs').Domain} domain
 * @returns {[string, string][]} path → text
 */
function folderFiles(domain) {
  const madr = readFileSync('tests/fixtures/adr-folder/0001-store-events-in-postgres.md', 'utf8');
  const records = generateRecords(domain, FILES / 2);
  /** @type {[string, string][]} */
  const files = [];
  for (const [i, record] of records.entries()) files.push([`${String(i + 1).padStart(4, '0')}-generated.md`, domain.adr.writeAdr(record, 'madr')]);
  for (let i = 0; i < FILES / 2; i++) {
    const n = FILES / 2 + i + 1;
    files.push([`${i % 4 === 0 ? 'platform/' : ''}${String(n).padStart(4, '0')}-handwritten.md`, madr.replace('# Store domain events in PostgreSQL', `# Handwritten decision ${n}`)]);
  }
  return files;
}

/** Init script: the folder picker returns an OPFS directory. */
function pickerReturnsOpfs() {
  /** @type {Window & { showDirectoryPicker?: () => Promise<FileSystemDirectoryHandle> }} */ (window).showDirectoryPicker = async () =>
    (await navigator.storage.getDirectory()).getDirectoryHandle('bench-decisions', { create: true });
}

/**
 * In the page: clicks the button named `name`; resolves with the time until the panel reports a new scan.
 * @param {string} name
 */
async function clickUntilScanned(name) {
  const scans = () => Number(document.querySelector('.folder-last-scan')?.getAttribute('data-scans') ?? 0);
  const before = scans();
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!(button instanceof HTMLButtonElement)) throw new Error(`no button “${name}”`);
  const rowsBefore = document.querySelectorAll('.library-row').length;
  /** @type {number | null} */
  let firstRowMs = null;
  const start = performance.now();
  button.click();
  for (let i = 0; i < 60_000 && scans() === before; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 2));
    if (firstRowMs === null && document.querySelectorAll('.library-row').length > rowsBefore) firstRowMs = performance.now() - start;
  }
  if (scans() === before) throw new Error('no scan reported');
  return { ms: performance.now() - start, firstRowMs, text: document.querySelector('.folder-last-scan')?.textContent ?? '' };
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {import('./domain.mjs').Domain} domain
 */
export async function benchFolder(browser, url, domain) {
  const files = folderFiles(domain);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(pickerReturnsOpfs);
    await page.goto(`${url}/#/library`);
    await page.evaluate(async (entries) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('bench-decisions', { create: true });
      for (const [path, text] of entries) {
        const parts = path.split('/');
        const name = parts.pop() ?? '';
        let dir = root;
        for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    }, files);
    await page.getByRole('button', { name: 'Open a decisions folder' }).waitFor();
    const opened = await page.evaluate(clickUntilScanned, 'Open a decisions folder');
    if (!opened.text.includes(`Checked ${FILES} files`)) throw new Error(`the first scan did not see every file: ${opened.text}`);
    const rescans = [];
    for (let i = 0; i < 5; i++) {
      const rescan = await page.evaluate(clickUntilScanned, 'Rescan the folder');
      if (!rescan.text.includes('none had')) throw new Error(`an unchanged rescan read files: ${rescan.text}`);
      rescans.push(rescan.ms);
    }
    if (opened.firstRowMs === null) throw new Error('the library showed no row of the folder');
    return { files: FILES, firstRowsMs: round1(opened.firstRowMs), openMs: round1(opened.ms), rescanMs: round1(median(rescans)) };
  } finally {
    await context.close();
  }
}
