/**
 * The database's versioned schema. Every change appends a migration; none is
 * ever edited once shipped. `tests/fixtures/db-v{N}.json` holds a database as
 * version N left it, and a test upgrades each one to the current version.
 */

import { buildSummaries, BY_SAVE_COUNT, BY_UPDATED } from './summary-rows';

export const DB_NAME = 'forkpoint';

export const STORES = { records: 'records', drafts: 'drafts', meta: 'meta', trash: 'trash', folders: 'folders', summaries: 'summaries' } as const;

export interface Migration {
  readonly version: number;
  readonly description: string;
  /** Runs inside the upgrade transaction; a throw or a rejection aborts it and leaves the old data as it was. */
  readonly up: (db: IDBDatabase, tx: IDBTransaction) => void | Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'records: one entry per decision record, keyed by its id (out-of-line, so a damaged row without an id still has a key)',
    up: (db) => {
      db.createObjectStore(STORES.records);
    },
  },
  {
    version: 2,
    description: 'drafts (the work in progress, keyed by session id) and meta (persistence asked, last export)',
    up: (db) => {
      db.createObjectStore(STORES.drafts);
      db.createObjectStore(STORES.meta);
    },
  },
  {
    version: 3,
    description: 'trash (deleted records kept 30 days, keyed by record id) and folders (the remembered decisions folder handle)',
    up: (db) => {
      db.createObjectStore(STORES.trash);
      db.createObjectStore(STORES.folders);
    },
  },
  {
    version: 4,
    description:
      'summaries (what the library lists of each record, keyed by record id, written in the transaction that writes the record; built here for the rows already stored) and an index of records by save count, so a stale summary is found without reading its record',
    up: async (db, tx) => {
      const summaries = db.createObjectStore(STORES.summaries);
      const records = tx.objectStore(STORES.records);
      records.createIndex(BY_SAVE_COUNT, 'saveCount');
      await buildSummaries(records, summaries);
    },
  },
  {
    version: 5,
    description:
      'an index of summaries by updatedAt, so a large library shows its newest records first without reading every summary (the rows themselves are unchanged)',
    up: (_db, tx) => {
      tx.objectStore(STORES.summaries).createIndex(BY_UPDATED, 'updatedAt');
    },
  },
];

export const DB_VERSION = MIGRATIONS.length;
