import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { writeAdr } from '../../src/domain/adr/write-adr';
import { typicalRecord } from '../../src/domain/export/testing/typical-record';
import { decideBuild } from './faults-helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Issue 12 §1 and §5 in Chromium. An OPFS directory stands in for the folder the user
 * would pick: the init script makes `showDirectoryPicker` return it, and the test reads
 * and edits its files the way an editor or `git pull` would.
 */

const FIXTURES = 'tests/fixtures/adr-folder';

function fixtureFiles(dir = FIXTURES): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(files, fixtureFiles(path));
    else files[relative(FIXTURES, path)] = readFileSync(path, 'utf8');
  }
  return files;
}

async function pickerReturnsOpfs(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('decisions', { create: true });
  });
}

/** Writes files into the stand-in folder, as another program would. */
async function writeFiles(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(async (entries) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('decisions', { create: true });
    for (const [path, text] of entries) {
      const parts = path.split('/');
      const name = parts.pop() ?? '';
      let dir = root;
      for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, Object.entries(files));
}

/** Every file in the stand-in folder, path → text. */
async function readFolder(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const entry of (dir as unknown as { values(): AsyncIterable<FileSystemFileHandle | FileSystemDirectoryHandle> }).values()) {
        if (entry.kind === 'directory') await walk(entry, `${prefix}${entry.name}/`);
        else out[`${prefix}${entry.name}`] = await (await entry.getFile()).text();
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('decisions', { create: true }), '');
    return out;
  });
}

const OURS = '0003-ranking-service.md';

/** Decisions listed once the folder is open: ours and the three ADRs other tools wrote (notes.md holds none). */
const LISTED: number = 4;

async function openPrefilledFolder(page: Page): Promise<string> {
  await pickerReturnsOpfs(page);
  await page.goto('/');
  const ours = writeAdr({ ...typicalRecord(), number: 3 }, 'madr');
  await writeFiles(page, { ...fixtureFiles(), [OURS]: ours });
  await page.goto('/#/library');
  await page.getByRole('button', { name: 'Open a decisions folder' }).click();
  await expect(page.getByText(new RegExp(`^decisions: ${LISTED === 1 ? 'one decision' : `${LISTED} decisions`} listed in the library\\.`))).toBeVisible();
  return ours;
}

const row = (page: Page, title: string) => page.getByRole('article', { name: title });

test('our file in the folder is listed and its readable part rendered, without the data block', async ({ page }) => {
  await openPrefilledFolder(page);
  const ours = typicalRecord().revisions[0]?.session.framing.componentName ?? '';
  await expect(row(page, ours)).toContainText('In the folder');
  await page.getByText('One file was not read').click();
  await expect(page.locator('.folder-refused li').filter({ hasText: 'notes.md' })).toBeVisible();
  await expectNoAxeViolations(page);

  await row(page, ours).getByRole('link').click();
  const body = page.getByRole('region', { name: 'The decision as written in the file' });
  await expect(body.getByRole('heading', { name: 'Context and Problem Statement' })).toBeVisible();
  await expect(body).not.toContainText('forkpoint-record');
  await expectNoAxeViolations(page);
});

test('a folder of MADR, adr-tools, log4brains and Forkpoint files: all listed, foreign ones read-only and rendered safely', async ({ page }) => {
  await openPrefilledFolder(page);
  const ours = typicalRecord().revisions[0]?.session.framing.componentName ?? '';
  for (const title of ['Store domain events in PostgreSQL', 'Record architecture decisions', 'Rotate service secrets with Vault', ours]) {
    await expect(row(page, title)).toBeVisible();
  }
  await expect(row(page, 'Rotate service secrets with Vault')).toContainText('security');
  await expect(row(page, 'Store domain events in PostgreSQL')).toContainText('Written elsewhere, read-only');
  await expect(page.getByText('One file was not read')).toBeVisible();
  await expectNoAxeViolations(page);

  // Search works over folder files as over browser records.
  await page.getByRole('searchbox').fill('audit');
  await expect(row(page, 'Rotate service secrets with Vault')).toBeVisible();
  await expect(row(page, 'Record architecture decisions')).toHaveCount(0);
  await page.getByRole('searchbox').fill('');

  await row(page, 'Store domain events in PostgreSQL').getByRole('link').click();
  const body = page.getByRole('region', { name: 'The ADR as written' });
  await expect(body.getByRole('heading', { name: 'Context and Problem Statement' })).toBeVisible();
  await expect(body.getByRole('link', { name: 'runbook' })).toHaveAttribute('href', 'https://example.com/runbooks/events');
  await expect(body).toContainText("<script>alert('this must stay text')</script>");
  await expect(body.getByRole('link', { name: 'not a link' })).toHaveCount(0);
  await expect(body.locator('script')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Start a decision from this ADR' }).click();
  await expect(page.getByLabel('Component name', { exact: false }).first()).toHaveValue('Store domain events in PostgreSQL');
});

test('a status edited in a file outside the app shows in the library without a reload', async ({ page }, testInfo) => {
  const ours = await openPrefilledFolder(page);
  const name = typicalRecord().revisions[0]?.session.framing.componentName ?? '';
  await expect(row(page, name)).toContainText('Proposed');
  // As a pull request would under MADR: the front matter's status line only; the data block is left as it was.
  const edited = ours.replace('\nstatus: proposed\n', '\nstatus: deprecated\n');
  expect(edited).not.toBe(ours);
  const writtenAt = Date.now();
  await writeFiles(page, { [OURS]: edited });
  // The 2 s the issue asks for is a figure to read (here and in bench/folder.mjs), not a timeout: CI may run on a busy machine.
  await expect(row(page, name)).toContainText('Deprecated');
  testInfo.annotations.push({ type: 'edit shown after (ms)', description: String(Date.now() - writtenAt) });
});

test('a decision-maker and the prose edited in a file show after a rescan as dated changes, with the diff; a status save keeps them', async ({ page }) => {
  const ours = await openPrefilledFolder(page);
  const name = typicalRecord().revisions[0]?.session.framing.componentName ?? '';
  const sentence = 'Should we build Vector store for product search ourselves, or buy it?';
  const prose = `${sentence} Reviewed in pull request 42: the EU region is a must.`;
  // As a pull request would: one more decision-maker in the front matter and a sentence in the prose; the data block left as it was.
  const edited = ours.replace('  - Edsger Dijkstra\n', '  - Edsger Dijkstra\n  - Barbara Liskov\n').replace(sentence, prose);
  expect(edited).toContain('Barbara Liskov');
  expect(edited).toContain('pull request 42');
  await writeFiles(page, { [OURS]: edited });
  await page.getByRole('button', { name: 'Rescan the folder' }).click();
  await expect(row(page, name)).toContainText('Text edited outside Forkpoint');
  await expectNoAxeViolations(page);

  await row(page, name).getByRole('link').click();
  await expect(page.getByRole('list', { name: 'History' })).toContainText('Decision-makers: Ada Lovelace, Grace Hopper, Edsger Dijkstra, Barbara Liskov (from the file)');
  await expect(page.getByRole('list', { name: 'History' })).toContainText('Text of revision 1 edited outside Forkpoint (from the file)');
  const notice = page.getByRole('region', { name: 'Text edited outside Forkpoint' });
  await expect(notice).toContainText('1 line added and 1 removed');
  await expect(notice).toContainText('What a save does');
  const diff = notice.getByLabel('What changed against Forkpoint’s text');
  await expect(diff.locator('ins')).toContainText(`+ ${prose}`);
  await expect(diff.locator('del')).toContainText(`− ${sentence}`);
  await expectNoAxeViolations(page);

  // A status change rewrites the file's metadata and keeps what the team wrote.
  await page.getByRole('button', { name: 'Mark as accepted in the file' }).click();
  await expect(page.getByRole('heading', { name: 'Status: Accepted' })).toBeVisible();
  const saved = (await readFolder(page))[OURS] ?? '';
  expect(saved).toContain('status: accepted');
  expect(saved).toContain('  - Barbara Liskov');
  expect(saved).toContain(prose);
  await expect(notice).toContainText('1 line added and 1 removed');
});

test('a save writes a new file, numbered after the highest present; the remembered folder reopens after a reload', async ({ page }) => {
  await openPrefilledFolder(page);
  await decideBuild(page, 'Search ranking');
  await page.getByRole('button', { name: 'Save to the folder “decisions”' }).click();
  await expect(page.getByText('Written to the folder as 0004-search-ranking.md.')).toBeVisible();
  const files = await readFolder(page);
  expect(files['0004-search-ranking.md']).toContain('# Search ranking');
  expect(Object.keys(files).sort()).toEqual([...Object.keys(fixtureFiles()), OURS, '0004-search-ranking.md'].sort());

  await page.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Decision library' }).click();
  await expect(page.getByRole('heading', { name: 'Decision library' })).toBeVisible();
  await page.reload();
  await expect(row(page, 'Search ranking')).toContainText('In the folder');
});

test('the format of new files can be changed: it is remembered, and a save writes a log4brains file with a dated name that reads back', async ({ page }) => {
  await openPrefilledFolder(page);
  const format = page.getByRole('group', { name: 'New files in this folder' });
  const layout = format.getByLabel('Layout');
  const naming = format.getByLabel('File names');
  // What the folder's files suggest, and how many agree: two MADR files, an adr-tools one, a log4brains one, notes.md unread.
  await expect(layout.locator('option:checked')).toHaveText('As the folder: MADR 4 (2 of 5 files)');
  await expect(naming.locator('option:checked')).toHaveText('As the folder: numbered (3 of 5 files)');
  await layout.selectOption({ label: 'log4brains: a Status, Date list under the title' });
  await naming.selectOption({ label: 'Dated: 20261130-title.md' });
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(row(page, 'Store domain events in PostgreSQL')).toBeVisible();
  await expect(format.getByLabel('Layout')).toHaveValue('log4brains');
  await expect(format.getByLabel('File names')).toHaveValue('YYYYMMDD');

  await decideBuild(page, 'Search ranking');
  await page.getByRole('button', { name: 'Save to the folder “decisions”' }).click();
  const written = page.getByText(/^Written to the folder as \d{8}-search-ranking\.md\.$/);
  await expect(written).toBeVisible();
  const name = (await written.textContent())?.match(/\d{8}-search-ranking\.md/)?.[0] ?? '';
  const text = (await readFolder(page))[name] ?? '';
  expect(text).toMatch(/^# Search ranking: build it ourselves\n\n- Status: proposed\n/);
  expect(text).not.toMatch(/^---/);

  await page.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Decision library' }).click();
  await expect(row(page, 'Search ranking')).toContainText('In the folder');
  await row(page, 'Search ranking').getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Search ranking', exact: true })).toBeVisible();
});

test('a save based on a file that changed on disk is refused, nothing overwritten; delete → Trash → Restore', async ({ page }) => {
  await openPrefilledFolder(page);
  const name = typicalRecord().revisions[0]?.session.framing.componentName ?? '';
  await row(page, name).getByRole('link').click();
  await expect(page.getByRole('heading', { name: /^Status:/ })).toBeVisible();

  const before = (await readFolder(page))[OURS] ?? '';
  const edited = before.replace('## Context and Problem Statement', '## Context and Problem Statement\n\nA line added in a pull request.');
  expect(edited).not.toBe(before);
  await writeFiles(page, { [OURS]: edited });
  await page.getByRole('button', { name: /in the file$/ }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Not saved: the file changed in the folder');
  await expect(alert).toContainText('A line added in a pull request.');
  expect((await readFolder(page))[OURS]).toBe(edited);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Reload from the folder' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete the file (a copy stays in the Trash)' }).click();
  await expect(page.getByRole('heading', { name: 'Decision library' })).toBeVisible();
  await expect(row(page, name)).toHaveCount(0);
  expect(Object.keys(await readFolder(page))).not.toContain(OURS);

  await page.getByRole('link', { name: /^Trash/ }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: `Restore ${name}` }).click();
  await expect(page.getByText(`Restored to ${OURS} in the folder.`)).toBeVisible();
  // The file comes back exactly as it was deleted, edits made outside the app included.
  expect((await readFolder(page))[OURS]).toBe(edited);
  await page.getByRole('link', { name: '← Decision library' }).click();
  await expect(row(page, name)).toBeVisible();
});

test('the portfolio counts the opened folder’s decisions when the team chooses it', async ({ page }) => {
  await openPrefilledFolder(page);
  await page.evaluate(() => {
    window.location.hash = '#/portfolio';
  });
  await expect(page.getByRole('heading', { level: 1, name: 'What we buy and what we build' })).toBeVisible();
  // The browser's library is empty; the folder holds one decision Forkpoint wrote (a proposed Buy) and three ADRs from other tools.
  await expect(page.getByText('0 decisions chosen')).toBeVisible();
  await page.getByLabel('Decisions from').selectOption('folder');
  await expect(page.getByText('One decision chosen')).toBeVisible();
  await expect(page.getByRole('table').first()).toContainText('Buy');
  await expectNoAxeViolations(page);
});

test('a browser record: delete moves it to the Trash, Restore brings it back', async ({ page }) => {
  await page.goto('/');
  await decideBuild(page, 'Vector store');
  await page.getByRole('button', { name: 'Save decision' }).click();
  await page.getByRole('link', { name: 'Open it in the library' }).click();
  await page.getByRole('button', { name: 'Delete this decision' }).click();
  await page.getByRole('button', { name: 'Move to the Trash' }).click();
  await expect(page.getByRole('heading', { name: 'Trash' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore Vector store' }).click();
  await expect(page.getByText('Restored to this browser’s library.')).toBeVisible();
  await page.reload();
  await page.goto('/#/library');
  await expect(row(page, 'Vector store')).toBeVisible();
});

test('a decision file deleted outside the app leaves the library with a notice; its copy waits in the Trash', async ({ page }) => {
  await openPrefilledFolder(page);
  const name = typicalRecord().revisions[0]?.session.framing.componentName ?? '';
  await expect(row(page, name)).toBeVisible();
  await page.evaluate(async (file) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('decisions');
    await root.removeEntry(file);
  }, OURS);
  await expect(page.getByText(`${OURS} was deleted from the folder. A copy is in this browser’s Trash for 30 days.`)).toBeVisible();
  await expect(row(page, name)).toHaveCount(0);
  await page.getByRole('link', { name: /^Trash/ }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
});

test('"Copy to the folder" writes a browser record as a new file; "Copy to this browser" brings a folder record in', async ({ page }) => {
  await openPrefilledFolder(page);
  await decideBuild(page, 'Vector store');
  await page.getByRole('button', { name: 'Save decision' }).click();
  await page.getByRole('link', { name: 'Open it in the library' }).click();
  await page.getByRole('button', { name: 'Copy to the folder “decisions”' }).click();
  await expect(page.getByText('Written as 0004-vector-store.md.')).toBeVisible();
  expect((await readFolder(page))['0004-vector-store.md']).toContain('# Vector store');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: '← Decision library' }).click();
  const name = typicalRecord().revisions[0]?.session.framing.componentName ?? '';
  await row(page, name).getByRole('link').click();
  await page.getByRole('button', { name: 'Copy to this browser' }).click();
  await expect(page.getByText('Copied to this browser’s library.')).toBeVisible();
  await page.getByRole('link', { name: '← Decision library' }).click();
  await expect(page.getByRole('article', { name })).toHaveCount(2);
});
