import 'fake-indexeddb/auto';
import { indexedDB } from 'fake-indexeddb';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { hostileCaseArb } from '../../domain/export/testing/hostile-files';
import { buySession, recordOf } from '../../domain/testing/records';
import { rawRows } from '../../storage/testing/fixture-db';
import { openRecordStore } from '../../storage/indexeddb-record-store';
import { DB_NAME, STORES } from '../../storage/schema';
import { startRecords } from '../../store/records';
import { LibraryTransfer } from './library-transfer';

// jsdom has no Worker: archives are unpacked in-thread by the very function the worker runs
// (the real worker is exercised in Chromium by tests/e2e/zip.spec.ts).
vi.mock('./unpack-in-worker', async () => ({ unpackInWorker: (await import('../../domain/export/unzip/unpack-archive')).unpackArchive }));

/** Every row of every store, as text: what "byte for byte unchanged" compares. */
async function dump(): Promise<string> {
  const stores = await Promise.all(Object.values(STORES).map((store) => rawRows(indexedDB, DB_NAME, store)));
  return JSON.stringify(stores);
}

describe('hostile files through the import screen', () => {
  // Slow by nature: 200 files through the real import screen (~77 s under coverage with every core busy).
  it('refuses 200 generated malformed files and lying zips with a message, leaving the stored library byte for byte unchanged', async () => {
    await startRecords({ restoreDraft: false });
    const opened = await openRecordStore();
    if (!opened.ok) throw new Error(opened.error.detail);
    const stored = recordOf(buySession());
    await opened.value.save([{ record: stored, expected: 0 }]);
    const before = await dump();
    expect(before).toContain(stored.id);

    // A person can pick any file with "All files", so the input's accept list does not filter here.
    const user = userEvent.setup({ applyAccept: false });
    render(<LibraryTransfer />);
    const cases = fc.sample(hostileCaseArb, { numRuns: 200, seed: 7 });
    // The fixed seed reaches most of the generator's 49 kinds (nesting, sizes past each limit and zip lies included).
    expect(new Set(cases.map((c) => c.kind)).size).toBeGreaterThanOrEqual(40);
    for (const hostile of cases) {
      const files = (await hostile.build()).map((f) => new File([f.bytes.slice()], f.name));
      await user.upload(screen.getByLabelText('Import decisions'), files);
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/Nothing was imported/));
      expect(screen.getByRole('alert').textContent, hostile.kind).toMatch(hostile.expected);
      expect(screen.queryByRole('button', { name: /^Import \d+ decision/ })).toBeNull();
    }
    expect(await dump()).toBe(before);
    opened.value.close();
  }, 180_000);
});
