import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ROOMY_TEAM, WizardDriver } from './driver';
import { decideBuild } from './faults-helpers';

/** Issue 5's export, import and share link, and issue 7's hostile input, in a real browser. */

const XSS = '<img src=x onerror="window.__pwned=1">';

async function decideAndSave(page: Page, componentName: string, rationale = 'Our ranking quality is what customers pay us for.'): Promise<void> {
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({ componentName, ...ROOMY_TEAM });
  await w.answer('Yes');
  await w.rationale(rationale);
  await w.next();
  await w.next();
  await w.expectOutcome('Build');
  // A Build is proposed only once the team said why buying will not do.
  await page.getByLabel(/^Why will buying not do\?/).fill('No product ranks our catalogue the way our customers expect.');
  await page.getByRole('button', { name: 'Save decision' }).click();
  await expect(page.getByText(/^Saved as revision \d+\./)).toBeVisible();
  await page.getByRole('link', { name: 'Open it in the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: componentName })).toBeVisible();
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function openLibrary(page: Page): Promise<void> {
  await page.goto('/#/library');
  await expect(page.getByRole('heading', { level: 1, name: 'Decision library' })).toBeVisible();
}

async function importFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  await page.getByLabel('Import decisions').setInputFiles(files);
}

/** The record as JSON, without the save counter each browser's library keeps for itself. */
function comparable(json: string): unknown {
  const { saveCount: _saveCount, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return rest;
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { __canary: string }).__canary = 'untouched';
  });
  return page;
}

test('Markdown and JSON downloads import into a fresh browser profile as equal records', async ({ page, browser }) => {
  // A whole session, two downloads and two imports in a second profile: triple time on a busy two-core machine.
  test.slow();
  await decideAndSave(page, 'Retrieval pipeline | `v2` ---');
  const md = await download(page, 'Download Markdown (MADR)');
  const json = await download(page, 'Download JSON');
  expect(md.name).toBe('0001-retrieval-pipeline-v2.md');
  expect(json.name).toBe('0001-retrieval-pipeline-v2.json');
  expect(md.text).toMatch(/^---\nstatus: proposed\ndate: \d{4}-\d{2}-\d{2}\n/);
  // The title reads as typed: only the backticks, which would start a code span, are escaped.
  expect(md.text).toContain('\n# Retrieval pipeline | \\`v2\\` ---: build it ourselves\n');
  expect(md.text).toContain('Chosen option: "Build it ourselves", because');

  for (const file of [
    { name: md.name, mimeType: 'text/markdown', buffer: Buffer.from(md.text) },
    { name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.text) },
  ]) {
    const other = await freshPage(browser);
    await openLibrary(other);
    await importFiles(other, [file]);
    await expect(other.getByRole('heading', { name: 'Ready to import' })).toBeVisible();
    await expect(other.locator('.import-preview')).toContainText('Retrieval pipeline | `v2` --- — Build, proposed, 1 revision');
    await expectNoAxeViolations(other);
    await other.getByRole('button', { name: 'Import 1 decision' }).click();
    await expect(other.getByText('Imported 1 decision.')).toBeVisible();
    await other.getByRole('link', { name: 'Retrieval pipeline | `v2` ---' }).click();
    const again = await download(other, 'Download JSON');
    expect(again.name).toBe(json.name);
    expect(comparable(again.text)).toEqual(comparable(json.text));
    await other.context().close();
  }
});

test('a malformed, oversized or colliding import shows what is wrong and leaves the library unchanged', async ({ page }) => {
  // A whole decision walked and saved, then five imports read and refused (one file over 5 MB): 10 s alone, past 30 s on a busy machine.
  test.slow();
  await decideAndSave(page, 'Feature store');
  const json = await download(page, 'Download JSON');
  await openLibrary(page);
  await expect(page.getByText('1 decision', { exact: true })).toBeVisible();

  await importFiles(page, [{ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(json.text.slice(0, 300)) }]);
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert).toContainText('cut.json');
  await expect(alert).toContainText(/line \d+/);
  await expect(alert).toContainText('truncated');
  await expectNoAxeViolations(page);

  const edited = JSON.stringify({ ...(JSON.parse(json.text) as object), formatVersion: 7 });
  await importFiles(page, [{ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(edited) }]);
  await expect(alert).toContainText('$.formatVersion: Format version 7 was written by a newer Forkpoint');

  await importFiles(page, [{ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(6 * 1024 * 1024, 32) }]);
  await expect(alert).toContainText('The file is too large (6.00 MB): Forkpoint imports files of up to 5 MB.');

  const changed = json.text.replace('"status": "proposed"', '"status": "accepted"');
  await importFiles(page, [{ name: 'changed.json', mimeType: 'application/json', buffer: Buffer.from(changed) }]);
  await expect(alert).toContainText('already holds a different version');

  await page.reload();
  await expect(page.getByText('1 decision', { exact: true })).toBeVisible();
});

test('a share link opens the record read-only and "Save a copy" stores it; a tampered link saves nothing', async ({ page, browser }) => {
  await decideAndSave(page, 'Vector store');
  await page.getByRole('button', { name: 'Make a share link' }).click();
  const field = page.getByLabel(/Read-only link to this revision \(\d[\d,]* characters/);
  const url = await field.inputValue();
  expect(url).toMatch(/#share=1\.[A-Za-z0-9_-]+$/);
  expect(url.length).toBeLessThan(2000);

  const other = await freshPage(browser);
  await other.goto(url);
  await expect(other.getByText('Shared decision · read-only')).toBeVisible();
  await expect(other.getByRole('heading', { level: 1, name: 'Vector store' })).toBeVisible();
  await expect(other.getByText('Our ranking quality is what customers pay us for.').first()).toBeVisible();
  // Laid out as the record view: a centred reading column with margins, not text against the window's edge.
  const column = await other.getByRole('article').boundingBox();
  const viewport = other.viewportSize();
  expect(column && column.x).toBeGreaterThan(16);
  expect(column && viewport && viewport.width - (column.x + column.width)).toBeGreaterThan(16);
  await expectNoAxeViolations(other);
  // Clicked twice in one go, as a double-click or an impatient hand does: one copy is stored.
  await other.getByRole('button', { name: 'Save a copy' }).evaluate((button: HTMLElement) => {
    button.click();
    button.click();
  });
  await expect(other.getByRole('heading', { level: 1, name: 'Vector store' })).toBeVisible();
  await expect(other).toHaveURL(/#\/records\//);
  await openLibrary(other);
  await expect(other.getByText('1 decision', { exact: true })).toBeVisible();

  const broken = await freshPage(browser);
  await broken.goto(url.slice(0, url.length - 25));
  await expect(broken.getByRole('heading', { level: 1, name: 'This share link cannot be opened' })).toBeVisible();
  await expect(broken.getByRole('alert')).toContainText('Nothing was saved.');
  await expectNoAxeViolations(broken);
  await openLibrary(broken);
  await expect(broken.getByText('No decisions saved yet.')).toBeVisible();
  await other.context().close();
  await broken.context().close();
});

test('Save clicked five times in one go stores one decision, with no false "another tab changed it"', async ({ page }) => {
  await decideBuild(page, 'Impatient save');
  await page.getByRole('button', { name: 'Save decision' }).evaluate((button: HTMLElement) => {
    for (let i = 0; i < 5; i++) button.click();
  });
  await expect(page.getByText(/^Saved as revision 1\./)).toBeVisible();
  await expect(page.getByText(/another tab changed/i)).toHaveCount(0);
  await page.getByRole('link', { name: 'Open it in the library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impatient save' })).toBeVisible();
  await openLibrary(page);
  await expect(page.getByText('1 decision', { exact: true })).toBeVisible();
});

test('XSS payloads in free text stay text in the record, the share view and the import preview', async ({ page, browser }) => {
  await page.addInitScript(() => {
    (window as unknown as { __canary: string }).__canary = 'untouched';
  });
  await decideAndSave(page, `Store ${XSS}`, `Because <script>window.__pwned=2</script> ${XSS} see javascript:alert(1) and https://example.com/why`);
  const json = await download(page, 'Download JSON');
  await page.getByRole('button', { name: 'Make a share link' }).click();
  const url = await page.getByLabel(/Read-only link/).inputValue();

  const other = await freshPage(browser);
  await other.goto(url);
  await expect(other.getByRole('heading', { level: 1, name: `Store ${XSS}` })).toBeVisible();
  await expect(other.getByRole('link', { name: 'https://example.com/why' }).first()).toHaveAttribute('href', 'https://example.com/why');
  await expect(other.getByRole('link', { name: /javascript/ })).toHaveCount(0);
  await openLibrary(other);
  await importFiles(other, [{ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(json.text) }]);
  await expect(other.locator('.import-preview')).toContainText(`Store ${XSS}`);

  for (const p of [page, other]) {
    // In the body, where the app renders what it read (index.html's own inline script is in <head>).
    expect(await p.locator('body').locator('img[src="x"], script:not([src])').count()).toBe(0);
    expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await p.evaluate(() => (window as unknown as { __canary?: string }).__canary)).toBe('untouched');
  }
  await other.context().close();
});
