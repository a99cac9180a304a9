import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { restoreRecord } from '../domain/record/restore';
import { summarize, type RecordSummary } from '../domain/record/summary';
import { loadFixture, rawRows, type DbFixture } from './testing/fixture-db';
import { openRecordStore } from './indexeddb-record-store';
import { openDatabase } from './open-database';
import { DB_VERSION, MIGRATIONS, STORES } from './schema';

const FIXTURES = import.meta.glob<DbFixture>('../../tests/fixtures/db-v*.json', { eager: true, import: 'default' });
function fixture(version: number): DbFixture {
  const found = FIXTURES[`../../tests/fixtures/db-v${version}.json`];
  if (!found) throw new Error(`tests/fixtures/db-v${version}.json is missing: every migration needs the database its previous version left`);
  return found;
}

describe('schema migrations', () => {
  it('has a committed fixture for every version that a later migration upgrades', () => {
    const present = Object.keys(FIXTURES).map((path) => path.replace('../../tests/fixtures/', ''));
    const needed = MIGRATIONS.slice(0, -1).map((m) => `db-v${m.version}.json`);
    expect(present).toEqual(expect.arrayContaining(needed));
    for (const m of MIGRATIONS.slice(0, -1)) expect(fixture(m.version).version).toBe(m.version);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it.each(MIGRATIONS.slice(0, -1).map((m) => m.version))('upgrades a version-%i database to the current version, every record intact', async (version) => {
    const factory = new IDBFactory();
    const old = fixture(version);
    await loadFixture(factory, 'upgrade', old);

    const opened = await openRecordStore({ factory, name: 'upgrade' });
    if (!opened.ok) throw new Error(opened.error.detail);
    // The upgrade built a summary for every readable row stored under its own id, before anything was listed.
    const built = (await rawRows(factory, 'upgrade', STORES.summaries)) as RecordSummary[];
    const listed = await opened.value.list();
    if (!listed.ok) throw new Error(listed.error);

    const rows = old.stores.records ?? [];
    // Readable rows are those the record format restores; older ones come back in today's format.
    const restored = rows.map((r) => ({ row: r, restored: restoreRecord(r.value) }));
    const valid = restored.flatMap(({ row, restored }) => (restored.ok ? [row] : []));
    expect(listed.value.records.map((r) => r.id).sort()).toEqual(valid.map((r) => r.key).sort());
    expect(listed.value.records).toEqual(expect.arrayContaining(restored.flatMap(({ restored }) => (restored.ok ? [restored.value] : []))));
    expect(listed.value.quarantined.map((q) => q.key)).toEqual(rows.filter((r) => !valid.includes(r)).map((r) => r.key));
    const summaries = await opened.value.listSummaries();
    if (!summaries.ok) throw new Error(summaries.error);
    const byId = (list: readonly RecordSummary[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(summaries.value.summaries)).toEqual(byId(listed.value.records.map(summarize)));
    expect(byId(built)).toEqual(byId(listed.value.records.filter((r) => rows.some((row) => row.key === r.id)).map(summarize)));
    expect(summaries.value.quarantined).toEqual(listed.value.quarantined);
    // The stores added since work.
    expect(await opened.value.setMeta('persistAsked', 'yes')).toEqual({ ok: true });
    expect(await opened.value.listDrafts()).toEqual({ ok: true, value: { drafts: [], unreadable: 0 } });
    opened.value.close();
  });

  it('leaves the old data as it was when a migration fails', async () => {
    const factory = new IDBFactory();
    await loadFixture(factory, 'failing', fixture(1));
    const failing = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        description: 'a migration that breaks halfway',
        up: (_db: IDBDatabase, tx: IDBTransaction) => {
          tx.objectStore('records').clear();
          throw new Error('broken migration');
        },
      },
    ];
    const result = await openDatabase({ factory, name: 'failing', migrations: failing });
    expect(result).toMatchObject({ ok: false, error: { failure: 'upgrade-failed' } });

    const opened = await openDatabase({ factory, name: 'failing', migrations: MIGRATIONS.slice(0, 1) });
    if (!opened.ok) throw new Error(opened.error.detail);
    expect(opened.value.version).toBe(1);
    expect(opened.value.objectStoreNames.contains('drafts')).toBe(false);
    const count = await new Promise((resolve) => {
      const req = opened.value.transaction('records').objectStore('records').count();
      req.onsuccess = () => resolve(req.result);
    });
    expect(count).toBe(fixture(1).stores.records?.length);
    opened.value.close();
  });

  it('refuses a database written by a newer app version and writes nothing', async () => {
    const factory = new IDBFactory();
    const newer = [...MIGRATIONS, { version: MIGRATIONS.length + 1, description: 'from the future', up: () => undefined }];
    const future = await openDatabase({ factory, name: 'future', migrations: newer });
    if (!future.ok) throw new Error(future.error.detail);
    future.value.close();

    expect(await openRecordStore({ factory, name: 'future' })).toMatchObject({ ok: false, error: { failure: 'newer-version' } });
    const again = await openDatabase({ factory, name: 'future', migrations: newer });
    expect(again.ok && again.value.version).toBe(MIGRATIONS.length + 1);
    if (again.ok) again.value.close();
  });
});
