import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { writeAdr } from '../../domain/adr/write-adr';
import { typicalRecord } from '../../domain/export/testing/typical-record';
import { openRecordStore } from '../../storage/indexeddb-record-store';
import { sessionState, type SessionStore } from '../session-store';
import { createRecordsController } from './controller';

/** A file of a folder read through `<input webkitdirectory>`, as the browser hands it: its text can change on disk. */
function fileOnDisk(path: string, text: string) {
  const file = { name: path.split('/').pop() ?? path, webkitRelativePath: `decisions/${path}`, size: text.length, lastModified: Date.parse('2026-12-03T09:30:00.000Z'), text: () => Promise.resolve(text) };
  const edit = (next: string, at: string) => Object.assign(file, { size: next.length, lastModified: Date.parse(at), text: () => Promise.resolve(next) });
  return { file: file as unknown as File, edit };
}

describe('a rescan of the decisions folder', () => {
  it('applies a decision-maker and prose edited in a file as dated changes, losing nothing', async () => {
    const session = createStore<SessionStore>()(sessionState);
    const controller = createRecordsController({ session, openStore: (options) => openRecordStore({ ...options, factory: new IDBFactory(), name: 'folder-edits' }) });
    await controller.startRecords({ restoreDraft: false });
    const record = { ...typicalRecord(), number: 7 };
    const path = '0007-vector-store.md';
    const written = writeAdr(record, 'madr');
    const disk = fileOnDisk(path, written);
    await controller.openFolderReadOnly([disk.file]);
    const before = controller.folder.getState().items.get(path);
    expect(before?.kind === 'record' && before.record).toEqual(record);

    const sentence = 'Should we build Vector store for product search ourselves, or buy it?';
    disk.edit(written.replace('  - Edsger Dijkstra\n', '  - Edsger Dijkstra\n  - Barbara Liskov\n').replace(sentence, `${sentence} Reviewed in pull request 42.`), '2026-12-04T10:00:00.000Z');
    await controller.rescanFolder();

    const after = controller.folder.getState().items.get(path);
    if (after?.kind !== 'record') throw new Error('expected the record');
    const at = '2026-12-04T10:00:00.000Z';
    expect(after.record.decisionMakers).toEqual(['Ada Lovelace', 'Grace Hopper', 'Edsger Dijkstra', 'Barbara Liskov']);
    expect(after.record.fileEdits).toEqual([
      { kind: 'people', at, role: 'decision-makers', names: ['Ada Lovelace', 'Grace Hopper', 'Edsger Dijkstra', 'Barbara Liskov'] },
      { kind: 'text', at, revision: 1 },
    ]);
    expect(after.record.outsideEdits[0]?.text).toContain('Reviewed in pull request 42.');
    expect(after.record.revisions).toEqual(record.revisions);
    const entry = controller.folder.getState().entries.find((e) => e.origin.kind === 'folder' && e.origin.path === path);
    expect(entry?.editedOutside).toBe(true);
  });
});
