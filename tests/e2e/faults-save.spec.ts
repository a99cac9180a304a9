/* eslint-disable @typescript-eslint/unbound-method -- row 5 wraps IndexedDB's transaction() and calls it with its own `this` */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { DecisionRecordSchema } from '../../src/domain/record/record';
import { buySession, recordOf } from '../../src/domain/testing/records';
import { expect, test } from './fixtures';
import { WizardDriver } from './driver';
import { decideBuild, DB_VERSION, expectNoEarlySaved, faultLog, injectDiskFull, openLibrary, parseAll, readStore, revisitInAnotherTab, saveDecision, seedDatabase, seedRows, watchStorage } from './faults-helpers';

/**
 * Fault matrix (issue 7), rows 1, 3, 4, 5 and 6: faults that strike while the team
 * saves. Each ends by reading the database itself: every record still there and
 * readable, and no "Saved" shown before the transaction committed.
 */

const EARLIER = [recordOf(buySession(), 'rec_earlier_1'), recordOf(buySession(), 'rec_earlier_2')].map((r) => ({ ...r, saveCount: 1 }));

async function pageWithEarlierRecords(page: Page): Promise<void> {
  await watchStorage(page);
  await injectDiskFull(page);
  await seedDatabase(page, DB_VERSION, { records: seedRows(EARLIER) });
}

test('1. quota exceeded (AbortError wrapping QuotaExceededError) during a save: message within a second, work kept, export offered, saved once space is back', async ({ page }) => {
  await pageWithEarlierRecords(page);
  await decideBuild(page, 'Quota pipeline');
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

  await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = true));

  // "Within a second" means nothing waits between the failed write and the message (no timer, no
  // retry): with the page's clock stopped it must still show, however busy the machine is.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  await page.getByRole('button', { name: 'Save decision' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved.' });
  await expect(alert).toContainText('storage for this site is full');
  await page.clock.resume();
  await expect(page.getByText(/^Saved as revision/)).toHaveCount(0);
  // The edit is still on screen, in memory; the page was not reloaded.
  await expect(page.getByLabel(/^Why will buying not do\?/)).toHaveValue('No product ranks our catalogue the way our customers expect.');
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

  // Export is offered right there, as a record file the import reads.
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export to a file' }).click();
  const file = await (await download).path();
  const exported = DecisionRecordSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  expect(exported.success).toBe(true);
  expect(exported.data?.revisions[0]?.session.framing.componentName).toBe('Quota pipeline');

  const during = parseAll(await readStore(page));
  expect([...during.keys()].sort()).toEqual(['rec_earlier_1', 'rec_earlier_2']);

  // Space is back: the same save goes through.
  await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = false));
  await saveDecision(page);
  const after = parseAll(await readStore(page));
  expect(after.size).toBe(3);
  expect([...after.values()].map((r) => r.revisions[0]?.session.framing.componentName)).toContain('Quota pipeline');
  await expectNoEarlySaved(page);
});

/** Tab A decides and saves; tab B opens the same work; A then moves the record on and saves. */
async function twoTabsOnOneRecord(page: Page, context: BrowserContext): Promise<Page> {
  await watchStorage(page);
  await decideBuild(page, 'Vector index');
  await saveDecision(page);
  const other = await context.newPage();
  await watchStorage(other);
  await revisitInAnotherTab(other, 'Vector index');

  const a = new WizardDriver(page);
  await a.back();
  await a.answer('No');
  await a.overrideReason('Tab A: the platform team is full.');
  await a.next();
  await a.expectOutcome('Secure capacity first');
  await saveDecision(page, 'Save changes to the decision');
  return other;
}

/** Whether leaving now would ask first: the app's beforeunload handler, given the event the browser would send. */
function asksBeforeLeaving(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

function maintenanceAnswers(records: ReturnType<typeof parseAll>): string[] {
  return [...records.values()].map((r) => r.revisions.at(-1)?.session.answers.maintenance?.answer ?? '?').sort();
}

test('3. two tabs save the same record: the second is refused, both versions recoverable', async ({ page, context }) => {
  const other = await twoTabsOnOneRecord(page, context);

  await other.getByRole('button', { name: 'Save changes to the decision' }).click();
  await expect(other.getByRole('alert').filter({ hasText: 'Not saved: another tab changed this decision' })).toBeVisible();
  const afterRefusal = parseAll(await readStore(page));
  expect(afterRefusal.size).toBe(1);
  expect(maintenanceAnswers(afterRefusal)).toEqual(['no']);
  expect((await faultLog(other)).puts).toBe((await faultLog(other)).puts); // read twice: stable

  await other.getByRole('button', { name: 'Save as a copy' }).click();
  await expect(other.getByText(/^Saved as revision \d+\./)).toBeVisible();
  const both = parseAll(await readStore(page));
  expect(both.size).toBe(2);
  expect(maintenanceAnswers(both)).toEqual(['no', 'yes']);
  await expectNoEarlySaved(page);
  await expectNoEarlySaved(other);
});

test('4. a stale tab regains focus after another tab saved: it says so and never writes its older copy', async ({ page, context }) => {
  const other = await twoTabsOnOneRecord(page, context);
  const stored = parseAll(await readStore(page));
  const commitsBefore = (await faultLog(other)).recordCommits;

  await other.bringToFront();
  await other.evaluate(() => {
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new FocusEvent('focus'));
  });
  await expect(other.getByRole('alert').filter({ hasText: 'Another tab saved a newer version of this decision' })).toBeVisible();
  // Typing in the stale tab keeps its draft, but the record stays as tab A saved it.
  await other.getByLabel(/^Why will buying not do\?/).fill('Tab B edits an older copy.');
  await expect.poll(async () => (await readStore(other)).draftTexts.join()).toContain('Tab B edits an older copy.');
  await other.getByRole('button', { name: 'Save changes to the decision' }).click();
  await expect(other.getByRole('alert').filter({ hasText: 'Not saved: another tab changed this decision' })).toBeVisible();

  expect((await faultLog(other)).recordCommits).toBe(commitsBefore);
  const after = parseAll(await readStore(other));
  expect([...after.values()]).toEqual([...stored.values()]);
  expect(maintenanceAnswers(after)).toEqual(['no']);
});

test('5. reload in the middle of a save leaves the record whole, and a dirty form prompts before unload', async ({ page }) => {
  await watchStorage(page);
  await decideBuild(page, 'Big rationale');
  await saveDecision(page);
  const before = parseAll(await readStore(page));
  const id = [...before.keys()][0];

  // The reads below hold the save's transaction open, so the edit need not be large to reload
  // into; a megabyte here only made the test slow (its layout, the trace snapshots, every text query).
  const edit = 'The catalogue ranking is ours. '.repeat(400);
  await page.getByLabel(/^Why will buying not do\?/).fill(edit);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  // Hold the save's transaction open (a stream of reads keeps it active) so the reload lands mid-save.
  await page.evaluate(() => {
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, names: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
      const tx = transaction.call(this, names, mode, options);
      if (mode === 'readwrite' && [names].flat().includes('records')) {
        const store = tx.objectStore('records');
        const spin = () => (store.count().onsuccess = spin);
        spin();
      }
      return tx;
    } as typeof transaction;
  });
  await page.getByRole('button', { name: 'Save changes to the decision' }).click();
  await expect(page.getByText('Saving…')).toBeVisible();
  await page.reload();
  // The save was still running: leaving asked first.
  expect(dialogs).toEqual(['beforeunload']);

  const after = parseAll(await readStore(page));
  expect([...after.keys()]).toEqual([id]);
  const record = after.get(id!)!;
  // The transaction died with the page: the old version, whole (the new one would also be whole, never a mix).
  if (record.saveCount === 1) expect(record).toEqual(before.get(id!));
  else expect([record.saveCount, record.revisions.at(-1)?.session.followUps?.whyNotBuy]).toEqual([2, edit]);
  await expectNoEarlySaved(page);

  // With the draft written, leaving does not ask; an edit still in its debounce window does.
  await page.clock.install();
  await page.reload();
  await new WizardDriver(page).expectOutcome('Build');
  await page.getByLabel(/^Why will buying not do\?/).fill('An edit not yet written.');
  dialogs.length = 0;
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await new WizardDriver(page).expectOutcome('Build');
  await page.clock.runFor(1000);
  await expect.poll(async () => (await readStore(page)).draftTexts.join()).toContain('An edit not yet written.');
  // The write committed; the page knows it once its own transaction's callback ran.
  await expect.poll(() => asksBeforeLeaving(page)).toBe(false);
  dialogs.length = 0;
  await page.reload();
  expect(dialogs).toEqual([]);
});

test('6. a tab closed without beforeunload: the draft was written within its debounce window and is back', async ({ page, context }) => {
  await watchStorage(page);
  await decideBuild(page, 'Closed tab pipeline');
  await page.getByLabel(/^Why will buying not do\?/).fill('Typed just before the tab was closed.');
  // The debounce window (400 ms) passes and the draft is written; then the tab goes with no beforeunload.
  await expect.poll(async () => (await readStore(page)).draftTexts.join()).toContain('Typed just before the tab was closed.');
  await page.close({ runBeforeUnload: false });

  const reopened = await context.newPage();
  await reopened.goto('/');
  await openLibrary(reopened);
  await reopened.getByRole('button', { name: 'Resume Closed tab pipeline' }).click();
  await new WizardDriver(reopened).expectOutcome('Build');
  await expect(reopened.getByLabel(/^Why will buying not do\?/)).toHaveValue('Typed just before the tab was closed.');
});
