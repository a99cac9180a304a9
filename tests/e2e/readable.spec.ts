import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import MarkdownIt from 'markdown-it';
import { currentRevision, type DecisionRecord, type RecordId } from '../../src/domain/record/record';
import { typicalRecord } from '../../src/domain/export/testing/typical-record';
import { recordToJson } from '../../src/domain/export/to-json';
import { repairId } from '../../src/domain/ids';
import { expect, test } from './fixtures';
import { ROOMY_TEAM, WizardDriver } from './driver';
import { DB_VERSION, decideBuild, openLibrary, parseAll, readStore, saveDecision, seedDatabase } from './faults-helpers';

/**
 * Issue 11: whatever the app accepts it reads back. Each test ends by reloading and
 * reading IndexedDB as stored: every row must parse, and the library must list none
 * as "could not be read".
 */

async function importJson(page: Page, name: string, record: unknown): Promise<void> {
  if (page.url() === 'about:blank') await page.goto('/');
  await openLibrary(page);
  const text = typeof record === 'string' ? record : `${JSON.stringify(record, null, 2)}\n`;
  await page.getByLabel('Import decisions').setInputFiles([{ name, mimeType: 'application/json', buffer: Buffer.from(text) }]);
}

/** After a reload: every stored row reads as a record, and the library lists no unreadable one. */
async function expectAllReadable(page: Page): Promise<Map<string, DecisionRecord>> {
  await page.reload();
  await openLibrary(page);
  await expect(page.getByText(/could not be read/)).toHaveCount(0);
  return parseAll(await readStore(page));
}

const another = (id: string, number: number | null): DecisionRecord => {
  const record = typicalRecord();
  const revision = currentRevision(record);
  const session = { ...revision.session, framing: { ...revision.session.framing, componentName: 'Imported gateway' } };
  return { ...record, id: id as RecordId, number, revisions: [{ ...revision, session }] };
};

test('a record numbered 2^53 − 1 is imported without pushing any later number past the safe range', async ({ page }) => {
  test.slow();
  await decideBuild(page, 'Vector store');
  await saveDecision(page);
  await importJson(page, 'overflow.json', JSON.parse(recordToJson(another('rec_overflow', Number.MAX_SAFE_INTEGER))) as unknown);
  await expect(page.locator('.import-preview')).toContainText('Imported gateway');
  await page.getByRole('button', { name: 'Import 1 decision' }).click();
  await expect(page.getByText('Imported 1 decision.')).toBeVisible();

  await page.getByRole('link', { name: 'Vector store' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const exported = JSON.parse(await readFile(await file.path(), 'utf8')) as DecisionRecord;
  expect(Number.isSafeInteger(exported.number)).toBe(true);
  expect(file.suggestedFilename()).toMatch(/^000\d-vector-store\.json$/);

  const stored = await expectAllReadable(page);
  expect(stored.size).toBe(2);
  for (const record of stored.values()) expect(Number.isSafeInteger(record.number), `number of ${record.id}`).toBe(true);
});

const HUGE = 'x'.repeat(2_100_000);

test('a save the reader would refuse (a 2.1-million-character description) is refused with the reason, the work kept, export offered', async ({ page }) => {
  test.slow();
  await decideBuild(page, 'Vector store', { description: HUGE });
  await page.getByRole('button', { name: 'Save decision' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved.' });
  await expect(alert).toContainText('larger than 2,000,000 characters');
  await expect(alert.getByRole('button', { name: 'Export to a file' })).toBeVisible();
  await expect(page.getByText(/^Saved as revision/)).toHaveCount(0);

  const stored = await expectAllReadable(page);
  expect(stored.size).toBe(0);
});

test('an import the reader would refuse (a 2.1-million-character description) is refused in the preview, nothing stored', async ({ page }) => {
  test.slow();
  const record = another('rec_huge_import', null);
  const revision = currentRevision(record);
  const huge = { ...record, revisions: [{ ...revision, session: { ...revision.session, framing: { ...revision.session.framing, description: HUGE } } }] };
  await importJson(page, 'huge.json', huge);
  await expect(page.getByRole('alert')).toContainText('larger than 2,000,000 characters');
  await expect(page.getByRole('button', { name: /^Import \d+ decision/ })).toHaveCount(0);
  const stored = await expectAllReadable(page);
  expect(stored.size).toBe(0);
});

test('an id field holding a backtick, blank lines and HTML is refused on import; stored before ids had a format, it is repaired and the exported Markdown stays text, rendered with raw HTML on', async ({ page }) => {
  test.slow();
  const hostile = 'x`\n\n<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>\n\n`';
  const record = { ...another('rec_hostile_ref', null), supersedes: hostile };
  await importJson(page, 'hostile.json', JSON.parse(recordToJson(record as unknown as DecisionRecord)) as unknown);
  await expect(page.getByRole('alert')).toContainText('$.supersedes: An id is 1 to 64 letters, digits, “-” or “_”');
  await expect(page.getByRole('button', { name: /^Import \d+ decision/ })).toHaveCount(0);

  // The same record as an import before ids had a format left it: record format v3, in the database.
  await seedDatabase(page, DB_VERSION, { records: [{ key: record.id, json: JSON.stringify({ ...record, formatVersion: 3 }) }] });
  await page.goto('/');
  await openLibrary(page);
  await expect(page.getByText(/could not be read/)).toHaveCount(0);
  await page.getByRole('link', { name: 'Imported gateway' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown (MADR)' }).click()]);
  const markdown = await readFile(await file.path(), 'utf8');
  const html = new MarkdownIt({ html: true }).render(markdown.slice(markdown.indexOf('\n# ')));
  // Shown as a page of its own (no Content-Security-Policy there), as a wiki or a static site would show it.
  await page.route('**/__rendered', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>rendered</title><body>${html}</body>` }));
  await page.goto('/__rendered');
  const found = await page.evaluate(() => ({
    elements: [...document.body.querySelectorAll('img, script, iframe, svg')].map((el) => el.outerHTML),
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
  }));
  expect(found.elements).toEqual([]);
  expect(found.pwned).toBeUndefined();
  // The id was repaired when the row was read: what the file names is the repaired id.
  expect(markdown).toContain(repairId(hostile));
});

test('a control character in the component name leaves the map’s SVG well-formed and its PNG downloadable', async ({ page }) => {
  const name = 'Vector\u0001 store\u001f';
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({ componentName: name, ...ROOMY_TEAM });
  const map = page.getByRole('complementary', { name: 'Decision map' });
  const [svgFile] = await Promise.all([page.waitForEvent('download'), map.getByRole('button', { name: 'Download SVG' }).click()]);
  const svg = await readFile(await svgFile.path(), 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null, title: doc.querySelector('title')?.textContent ?? '' };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.title).toContain('Vector store');
  const [pngFile] = await Promise.all([page.waitForEvent('download'), map.getByRole('button', { name: 'Download PNG' }).click()]);
  const png = await readFile(await pngFile.path());
  expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
});
