/** Test helper: builds a database as an older schema version left it, from a committed fixture. */
import { completion, request } from '../idb-promises';
import { openDatabase } from '../open-database';
import { MIGRATIONS } from '../schema';

export interface DbFixture {
  readonly version: number;
  readonly stores: Readonly<Record<string, readonly { readonly key: string; readonly value: unknown }[]>>;
}

export async function loadFixture(factory: IDBFactory, name: string, fixture: DbFixture): Promise<void> {
  const opened = await openDatabase({ factory, name, migrations: MIGRATIONS.slice(0, fixture.version) });
  if (!opened.ok) throw new Error(`Could not create the fixture database: ${opened.error.detail}`);
  const db = opened.value;
  const names = Object.keys(fixture.stores);
  const tx = db.transaction(names, 'readwrite');
  const done = completion(tx);
  for (const store of names) for (const row of fixture.stores[store] ?? []) tx.objectStore(store).put(row.value, row.key);
  await done;
  db.close();
}

/** Reads every row of a store as stored, without parsing. */
export async function rawRows(factory: IDBFactory, name: string, store: string): Promise<unknown[]> {
  const opened = await openDatabase({ factory, name, migrations: MIGRATIONS });
  if (!opened.ok) throw new Error(opened.error.detail);
  const rows: unknown[] = await request<unknown[]>(opened.value.transaction(store, 'readonly').objectStore(store).getAll());
  opened.value.close();
  return rows;
}
