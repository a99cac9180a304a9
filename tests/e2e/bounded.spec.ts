import type { Page } from '@playwright/test';
import { zlibSync, strToU8 } from 'fflate';
import { currentRevision, type DecisionRecord, type RecordId } from '../../src/domain/record/record';
import { renameSessionIds } from '../../src/domain/record/session-ids';
import { sharedRecordOf } from '../../src/domain/export/share-link';
import { SHARE_DICTIONARY_V1 } from '../../src/domain/export/share-dictionary';
import { typicalRecord } from '../../src/domain/export/testing/typical-record';
import { recordToJson } from '../../src/domain/export/to-json';
import { expect, test } from './fixtures';
import { WizardDriver, ROOMY_TEAM } from './driver';
import { DB_VERSION, openLibrary, parseAll, readStore, seedDatabase } from './faults-helpers';
import { repairId } from '../../src/domain/ids';

/**
 * Issue 11, the bounded-parsing and identity classes: every parse of outside input
 * (file, front matter, data block, share link, address) ends in a message, never
 * a hang or a blank page; a record is known by its content, not its save counter;
 * and whatever a share link carries reads back. Each test ends by reading
 * IndexedDB as stored.
 */

const DEPTH = 100_000;
const MESSAGE_DEADLINE = { timeout: 15_000 };

async function importFiles(page: Page, files: readonly { name: string; text: string }[]): Promise<void> {
  if (page.url() === 'about:blank') await page.goto('/');
  await openLibrary(page);
  await page.getByLabel('Import decisions').setInputFiles(files.map((f) => ({ name: f.name, mimeType: f.name.endsWith('.md') ? 'text/markdown' : 'application/json', buffer: Buffer.from(f.text) })));
}

/** After a reload: every stored row reads as a record, none is listed as unreadable. */
async function storedAfterReload(page: Page): Promise<Map<string, DecisionRecord>> {
  // A fresh load of the app itself: a share link would keep its view over the library.
  await page.goto('about:blank');
  await page.goto('/');
  await openLibrary(page);
  await expect(page.getByText(/could not be read/)).toHaveCount(0);
  return parseAll(await readStore(page));
}

const importRefusal = (page: Page) => page.getByRole('alert').filter({ hasText: 'Nothing was imported.' });

const named = (name: string): DecisionRecord => {
  const record = typicalRecord();
  const revision = currentRevision(record);
  return { ...record, revisions: [{ ...revision, session: { ...revision.session, framing: { ...revision.session.framing, componentName: name } } }] };
};

/** A share fragment made from any JSON text, as a hand-made link would be. */
const payloadOf = (json: string) => `1.${Buffer.from(zlibSync(strToU8(json), { level: 9, dictionary: strToU8(SHARE_DICTIONARY_V1) })).toString('base64url')}`;

test.describe('bounded parsing', () => {
  test('a JSON file, a data block and front matter nested 100,000 deep, and a YAML alias, are refused with messages', async ({ page }) => {
    test.slow();
    const deepJson = recordToJson(named('Deep JSON')).replace('"tags": []', `"tags": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`);
    const block = `# Deep block\n\n<!-- forkpoint-record v1: the whole record\n${deepJson}\n-->\n`;
    const frontMatter = `---\nstatus: accepted\ntags: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n---\n# Deep front matter\n`;
    const alias = '---\nstatus: &s accepted\nrevisit: *s\n---\n# Aliased\n';
    await importFiles(page, [
      { name: 'deep.json', text: deepJson },
      { name: 'deep-block.md', text: block },
      { name: 'deep-front-matter.md', text: frontMatter },
      { name: 'alias.md', text: alias },
    ]);
    const refusal = importRefusal(page);
    await expect(refusal).toBeVisible(MESSAGE_DEADLINE);
    await expect(refusal.getByRole('listitem')).toHaveCount(4);
    await expect(refusal.getByRole('listitem').filter({ hasText: 'deep.json' })).toContainText('nests more than 40 levels deep');
    await expect(refusal.getByRole('listitem').filter({ hasText: 'deep-block.md' })).toContainText('nests more than 40 levels deep');
    await expect(refusal.getByRole('listitem').filter({ hasText: 'deep-front-matter.md' })).toContainText('The front matter nests more than 40 levels deep');
    await expect(refusal.getByRole('listitem').filter({ hasText: 'alias.md' })).toContainText('YAML aliases');
    await expect(page.getByText('Reading the files…')).toHaveCount(0);
    expect((await storedAfterReload(page)).size).toBe(0);
  });

  test('a file the browser can no longer read ends the import with a message, not on “Reading the files…”', async ({ page }) => {
    // As when the picked file changed or vanished on disk before it was read.
    await page.addInitScript(() => {
      Blob.prototype.arrayBuffer = () => Promise.reject(new DOMException('The requested file could not be read.', 'NotReadableError'));
    });
    await importFiles(page, [{ name: 'gone.json', text: recordToJson(named('Gone')) }]);
    await expect(importRefusal(page)).toContainText('The files could not be read (The requested file could not be read.)', MESSAGE_DEADLINE);
    await expect(page.getByText('Reading the files…')).toHaveCount(0);
    expect((await readStore(page)).rows).toEqual([]);
  });

  test('a share link nested 100,000 deep shows why it cannot be opened, and saves nothing', async ({ page }) => {
    const json = JSON.stringify(sharedRecordOf(typicalRecord())).replace('"tags":[]', `"tags":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`);
    await page.goto(`/#share=${payloadOf(json)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'This share link cannot be opened' })).toBeVisible(MESSAGE_DEADLINE);
    await expect(page.getByRole('alert')).toContainText('nests more than 40 levels deep');
    expect((await storedAfterReload(page)).size).toBe(0);
  });

  test.describe(() => {
    // The library's code is refused below: with the service worker the page would read it from its cache.
    test.use({ serviceWorkers: 'block' });

    test('a screen that fails shows what happened and a way back to the start, where the open decision waits', async ({ page }) => {
      test.slow();
      // The library's code cannot be loaded (a deploy replaced it, the network dropped it): its screen fails.
      await page.route('**/assets/library-screen-*.js', (route) => route.abort('failed'));
      await page.goto('/');
      const w = new WizardDriver(page);
      await w.start();
      await w.frame({ componentName: 'Kept session', ...ROOMY_TEAM });
      await page.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Decision library' }).click();
      const failed = page.getByRole('alert').filter({ hasText: 'This screen could not be shown' });
      await expect(failed).toContainText('library-screen');
      await failed.getByRole('button', { name: 'Back to the start' }).click();
      await expect(page.getByRole('button', { name: 'Resume Kept session' })).toBeVisible();
      expect((await readStore(page)).draftTexts.some((text) => text.includes('Kept session'))).toBe(true);
    });
  });

  test('a broken address (#/records/%E0%A4%A) says no such decision instead of a blank page; an open session stays', async ({ page }) => {
    await page.goto('/#/records/%E0%A4%A');
    await expect(page.getByRole('heading', { level: 1, name: 'Decision not found' })).toBeVisible();
    await openLibrary(page);

    const w = new WizardDriver(page);
    await w.start();
    await w.frame({ componentName: 'Kept session', ...ROOMY_TEAM });
    await page.evaluate(() => (window.location.hash = '#/records/%E0%A4%A'));
    await expect(page.getByRole('heading', { level: 1, name: /core differentiator/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'This screen could not be shown' })).toHaveCount(0);
  });
});

test.describe('identity, not bookkeeping', () => {
  test('restoring a backup into a library that already imported it says it is already there, not “a different version”', async ({ page }) => {
    const backup = recordToJson({ ...named('Backed-up gateway'), saveCount: 7, number: 3 });
    await importFiles(page, [{ name: '0003-backed-up-gateway.json', text: backup }]);
    await page.getByRole('button', { name: 'Import 1 decision' }).click();
    await expect(page.getByText('Imported 1 decision.')).toBeVisible();
    await page.getByLabel('Import decisions').setInputFiles({ name: '0003-backed-up-gateway.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect(page.getByText('Every decision in the file is already in your library: nothing to import.')).toBeVisible();
    await expect(importRefusal(page)).toHaveCount(0);
    const stored = await storedAfterReload(page);
    expect([...stored.values()].map((r) => currentRevision(r).session.framing.componentName)).toEqual(['Backed-up gateway']);
  });

  test('candidate and requirement ids equal to the share encoding’s own words share and save back as written', async ({ page, context }) => {
    test.slow();
    const typical = named('Worded gateway');
    const words = new Map<string, string>([
      ...currentRevision(typical).session.framing.candidates.map((c, i) => [c.id, ['proposed', 's'][i] ?? c.id] as const),
      ...currentRevision(typical).session.framing.requirements.map((r, i) => [r.id, ['c1', 'midsize', 'r0'][i] ?? r.id] as const),
    ]);
    const record = {
      ...typical,
      id: 'rec_worded' as RecordId,
      status: 'proposed' as const,
      tags: ['proposed'],
      revisions: typical.revisions.map((r) => ({ ...r, session: renameSessionIds(r.session, (kind, id) => (kind === 'session' ? 'c0' : (words.get(id) ?? id))) })),
    };
    await importFiles(page, [{ name: 'worded.json', text: recordToJson(record) }]);
    await page.getByRole('button', { name: 'Import 1 decision' }).click();
    await page.getByRole('link', { name: 'Worded gateway' }).click();
    await page.getByRole('button', { name: 'Make a share link' }).click();
    const url = await page.getByLabel(/Read-only link/).inputValue();

    const shared = await context.newPage();
    await shared.goto(url);
    await expect(shared.getByText('Shared decision · read-only')).toBeVisible();
    await expect(shared.getByText(/^Status: proposed/)).toBeVisible();
    await shared.getByRole('button', { name: 'Save a copy' }).click();
    // The share view's own heading has the same name: wait for the record view the stored copy opens in.
    await expect(shared).toHaveURL(/#\/records\//);
    await expect(shared.getByRole('heading', { level: 1, name: 'Worded gateway' })).toBeVisible();

    const stored = await storedAfterReload(shared);
    expect(stored.size).toBe(2);
    const copy = [...stored.values()].find((r) => r.id !== 'rec_worded');
    const names = (r: DecisionRecord | undefined) => (r ? currentRevision(r).session.framing.candidates.map((c) => c.name) : []);
    expect(names(copy)).toEqual(names(stored.get('rec_worded')));
    expect(copy?.tags).toEqual(['proposed']);
  });

  test('a share link whose candidates share an id is refused at the door, nothing saved', async ({ page }) => {
    const shared = sharedRecordOf(named('Twin candidates'));
    const { framing } = shared.revision.session;
    const [first, second] = framing.candidates;
    if (!first || !second) throw new Error('the typical record has two candidates');
    const twins = { ...shared, revision: { ...shared.revision, session: { ...shared.revision.session, framing: { ...framing, candidates: [first, { ...second, id: first.id }] } } } };
    await page.goto(`/#share=${payloadOf(JSON.stringify(twins))}`);
    await expect(page.getByRole('heading', { level: 1, name: 'This share link cannot be opened' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('the same id ("c0")');
    await expect(page.getByRole('button', { name: 'Save a copy' })).toHaveCount(0);
    expect((await storedAfterReload(page)).size).toBe(0);
  });
});

test.describe('ids are ids', () => {
  test('records stored under ids from before the id format read back repaired, their references too, and save again', async ({ page }) => {
    test.slow();
    const oldId = 'rec `old` 2025/Q4';
    const newerId = 'rec <b>newer</b>';
    const asV3 = (record: DecisionRecord) => ({ key: record.id, json: JSON.stringify({ ...record, formatVersion: 3 }) });
    const old = { ...named('Old gateway'), id: oldId as RecordId, supersededBy: newerId as RecordId, status: 'superseded' as const };
    const newer = { ...named('Newer gateway'), id: newerId as RecordId, supersedes: oldId as RecordId };
    await seedDatabase(page, DB_VERSION, { records: [asV3(old), asV3(newer)] });
    await page.goto('/');
    await openLibrary(page);
    await expect(page.getByText(/could not be read/)).toHaveCount(0);
    await page.getByRole('link', { name: 'Newer gateway' }).click();
    await expect(page).toHaveURL(new RegExp(`#/records/${repairId(newerId)}$`));
    await page.getByText('This decision supersedes').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Old gateway' })).toBeVisible();
    // A change saves into the repaired row.
    await page.getByLabel('New tag').fill('kept');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await expect(page.getByRole('list', { name: 'Tags of this decision' }).getByText('kept')).toBeVisible();

    const stored = await storedAfterReload(page);
    expect([...stored.keys()].sort()).toEqual([repairId(newerId), repairId(oldId)].sort());
    expect(stored.get(repairId(newerId))?.supersedes).toBe(repairId(oldId));
    expect(stored.get(repairId(oldId))?.tags).toEqual(['kept']);
  });

  test('a share link with an id outside the format is refused with the reason', async ({ page }) => {
    const shared = sharedRecordOf(named('Spaced ids'));
    const json = JSON.stringify(shared).replaceAll('"c0"', '"candidate one"');
    await page.goto(`/#share=${payloadOf(json)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'This share link cannot be opened' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('An id is 1 to 64 letters, digits, “-” or “_”');
    expect((await storedAfterReload(page)).size).toBe(0);
  });
});
