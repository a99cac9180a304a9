/* eslint-disable @typescript-eslint/unbound-method -- the init scripts wrap IndexedDB's prototype methods and call them with their own `this` */
import type { Page } from '@playwright/test';
import type { DecisionRecord } from '../../src/domain/record/record';
import { restoreRecord } from '../../src/domain/record/restore';
import { DB_NAME, DB_VERSION } from '../../src/storage/schema';
import { expect } from './fixtures';
import { ROOMY_TEAM, WizardDriver, type FramingInput } from './driver';

/**
 * Shared pieces of the fault matrix (issue 7): an init script that watches every
 * IndexedDB write and every "Saved" the page shows, raw reads and seeds of the
 * database from the page, and a quick walk to a savable outcome.
 */

export interface FaultLog {
  /** Committed readwrite transactions that touched the records store. */
  recordCommits: number;
  /** Each time "Saved as revision" appeared: the commits seen by then. */
  claims: number[];
  /** A "Saved" shown with no new records commit since the previous one. */
  earlyClaims: string[];
  puts: number;
  /** Puts made before the records store was first read in full (the library's first list). */
  putsBeforeLoaded: number;
  listed: boolean;
  clears: number;
  deletes: number;
}

declare global {
  interface Window {
    __faults?: FaultLog;
  }
}

/** Installs the watcher; call before the first navigation of every page under test. */
export async function watchStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: FaultLog = { recordCommits: 0, claims: [], earlyClaims: [], puts: 0, putsBeforeLoaded: 0, listed: false, clears: 0, deletes: 0 };
    window.__faults = log;
    const storeNames = (names: string | Iterable<string>) => (typeof names === 'string' ? [names] : [...names]);
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, names: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
      const tx = transaction.call(this, names, mode, options);
      if (mode === 'readwrite' && storeNames(names).includes('records')) tx.addEventListener('complete', () => (log.recordCommits += 1));
      return tx;
    } as typeof transaction;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      log.puts += 1;
      if (!log.listed) log.putsBeforeLoaded += 1;
      return put.apply(this, args);
    } as typeof put;
    const getAll = IDBObjectStore.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
      const req = getAll.apply(this, args);
      // The library is listed from the summaries store (records are read whole only when needed).
      if (this.name === 'summaries') req.addEventListener('success', () => (log.listed = true));
      return req;
    } as typeof getAll;
    const clear = IDBObjectStore.prototype.clear;
    IDBObjectStore.prototype.clear = function (this: IDBObjectStore) {
      log.clears += 1;
      return clear.call(this);
    };
    const del = IDBObjectStore.prototype.delete;
    IDBObjectStore.prototype.delete = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
      if (this.name === 'records') log.deletes += 1;
      return del.call(this, key);
    };
    const seen = new WeakSet<Node>();
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('.save-panel .saved')) {
        if (seen.has(el)) continue;
        seen.add(el);
        const previous = log.claims.at(-1) ?? 0;
        if (log.recordCommits <= previous) log.earlyClaims.push(el.textContent ?? '');
        log.claims.push(log.recordCommits);
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/**
 * A full disk, switched on and off with `window.__diskFull`. Chromium 14x here does
 * not enforce CDP `Storage.overrideQuotaForOrigin` on IndexedDB writes (a 0-byte
 * quota still took 30 MB), so this reproduces what a real quota failure looks like
 * to the app: the write request fails with AbortError and the transaction aborts
 * with a QuotaExceededError as its error — the wrapped form.
 */
export async function injectDiskFull(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      const req = put.apply(this, args);
      if ((window as unknown as { __diskFull?: boolean }).__diskFull) {
        const tx = this.transaction;
        Object.defineProperty(tx, 'error', { value: new DOMException('The disk is full (simulated).', 'QuotaExceededError') });
        tx.abort();
      }
      return req;
    } as typeof put;
  });
}

export async function faultLog(page: Page): Promise<FaultLog> {
  const log = await page.evaluate(() => window.__faults);
  if (!log) throw new Error('watchStorage was not installed on this page');
  return log;
}

/** Asserts the page never showed "Saved" before a records transaction committed. */
export async function expectNoEarlySaved(page: Page): Promise<void> {
  expect((await faultLog(page)).earlyClaims, '"Saved" shown before the transaction committed').toEqual([]);
}

export interface RawStore {
  readonly exists: boolean;
  readonly version: number;
  readonly rows: readonly { readonly key: string; readonly text: string }[];
  readonly drafts: number;
  /** Each stored draft as JSON text. */
  readonly draftTexts: readonly string[];
}

/** Reads the records store as stored, without creating the database if it is missing. */
export async function readStore(page: Page): Promise<RawStore> {
  return page.evaluate(async (name) => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === name)) return { exists: false, version: 0, rows: [], drafts: 0, draftTexts: [] };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    const all = <T>(store: string, what: 'getAll' | 'getAllKeys') =>
      new Promise<T[]>((resolve, reject) => {
        const req = db.transaction(store, 'readonly').objectStore(store)[what]();
        req.onsuccess = () => resolve(req.result as T[]);
        req.onerror = () => reject(req.error ?? new Error('read failed'));
      });
    const keys = await all<IDBValidKey>('records', 'getAllKeys');
    const values = await all<unknown>('records', 'getAll');
    const draftValues = db.objectStoreNames.contains('drafts') ? await all<unknown>('drafts', 'getAll') : [];
    const version = db.version;
    db.close();
    return { exists: true, version, rows: keys.map((k, i) => ({ key: typeof k === 'string' ? k : JSON.stringify(k), text: JSON.stringify(values[i]) })), drafts: draftValues.length, draftTexts: draftValues.map((d) => JSON.stringify(d)) };
  }, DB_NAME);
}

/** Every stored row parses as a record; returns them by id. */
export function parseAll(store: RawStore): Map<string, DecisionRecord> {
  const records = new Map<string, DecisionRecord>();
  for (const row of store.rows) {
    // Read the way the app reads a row: older record formats are restored to today's.
    const restored = restoreRecord(JSON.parse(row.text));
    expect(restored.ok, `stored row ${row.key} is a readable record`).toBe(true);
    if (restored.ok) records.set(row.key, restored.value);
  }
  return records;
}

/**
 * Writes a database at `version` straight from the page, from a blank document of
 * the app's origin (so the app itself does not open it first). Stores missing in
 * `stores` are still created as that version's schema had them.
 */
export interface SeedRow {
  readonly key: string;
  readonly value?: unknown;
  /** The value as JSON text, parsed in the page: keeps own `__proto__` keys that argument passing would lose. */
  readonly json?: string;
}

export async function seedDatabase(page: Page, version: number, stores: Record<string, readonly SeedRow[]>): Promise<void> {
  await page.route('**/__seed', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto('/__seed');
  await page.evaluate(
    async ({ name, version, stores }) => {
      // The stores (and from version 4 the records' save-count index, from 5 the summaries' updatedAt index) each schema version has: src/storage/schema.ts.
      const schema = ['records', ...(version >= 2 ? ['drafts', 'meta'] : []), ...(version >= 3 ? ['trash', 'folders'] : []), ...(version >= 4 ? ['summaries'] : [])];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name, version);
        req.onupgradeneeded = () => {
          for (const store of new Set([...schema, ...Object.keys(stores)])) if (!req.result.objectStoreNames.contains(store)) req.result.createObjectStore(store);
          if (version >= 4) req.transaction?.objectStore('records').createIndex('saveCount', 'saveCount');
          if (version >= 5) req.transaction?.objectStore('summaries').createIndex('updatedAt', 'updatedAt');
        };
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('seed open failed'));
      });
      const names = Object.keys(stores);
      if (names.length > 0) {
        const tx = db.transaction(names, 'readwrite');
        for (const store of names) for (const row of stores[store] ?? []) tx.objectStore(store).put(row.json === undefined ? row.value : JSON.parse(row.json), row.key);
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onabort = () => reject(tx.error ?? new Error('seed aborted'));
        });
      }
      db.close();
    },
    { name: DB_NAME, version, stores },
  );
  await page.unroute('**/__seed');
}

/** A few seeded records through the domain's own builders, as a save would store them. */
export function seedRows(records: readonly DecisionRecord[]): { key: string; value: unknown }[] {
  return records.map((record) => ({ key: record.id, value: record }));
}

/** Walks to a Build outcome that can be decided: a Build is proposed only once the team said why buying will not do. */
export async function decideBuild(page: Page, componentName: string, framing: Partial<FramingInput> = {}): Promise<WizardDriver> {
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({ componentName, ...ROOMY_TEAM, ...framing });
  await w.answer('Yes');
  await w.rationale('Our ranking quality is what customers pay us for.');
  await w.next();
  await w.next();
  await w.expectOutcome('Build');
  await page.getByLabel(/^Why will buying not do\?/).fill('No product ranks our catalogue the way our customers expect.');
  return w;
}

export async function saveDecision(page: Page, button = 'Save decision'): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await expect(page.getByText(/^Saved as revision \d+\./)).toBeVisible();
}

export async function openLibrary(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Decision library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Decision library' })).toBeVisible();
}

export { DB_NAME, DB_VERSION };

/**
 * A second tab on the same saved record, at its outcome: a revisit of it, started from the
 * library. (The draft the first tab has open is that tab's: a second tab cannot resume it.)
 */
export async function revisitInAnotherTab(other: Page, componentName: string): Promise<WizardDriver> {
  await other.goto('/#/library');
  await other.getByRole('link', { name: componentName }).click();
  await other.getByLabel('What changed? (required)').fill('Checked again in another tab.');
  await other.getByRole('button', { name: 'Start revisit' }).click();
  await other.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Outcome' }).click();
  const w = new WizardDriver(other);
  await w.expectOutcome('Build');
  return w;
}
