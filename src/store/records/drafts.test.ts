import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { buySession } from '../../domain/testing/records';
import { openRecordStore } from '../../storage/indexeddb-record-store';
import { sessionState, type SessionStore } from '../session-store';
import { createRecordsController } from './controller';

let count = 0;

/** A tab on database `name`: its own session store and records controller, keeping drafts. */
async function tab(factory: IDBFactory, name: string, restoreDraft: boolean) {
  const session = createStore<SessionStore>()(sessionState);
  const controller = createRecordsController({ session, openStore: (options) => openRecordStore({ ...options, factory, name }) });
  await controller.startRecords({ restoreDraft });
  const stop = controller.startDraftSync();
  return { session, controller, stop };
}

const HALF_GRID = { candidates: { acme: { coverage: { hybrid: 'covered' }, picked: null, overrideReason: '' } }, rationale: 'half typed' };

describe('the draft of a half-filled step', () => {
  it('keeps what was typed at the open step and gives it back after a reload', async () => {
    const factory = new IDBFactory();
    const name = `drafts-${++count}`;
    const first = await tab(factory, name, false);
    first.session.getState().open({ ...buySession(), step: 'requirements' });
    first.session.getState().keepStepInput('requirements', HALF_GRID);
    first.controller.flushDraft();
    await vi.waitFor(() => expect(first.controller.hasUnsavedWork()).toBe(false));
    first.stop();

    const reloaded = await tab(factory, name, true);
    expect(reloaded.session.getState().session?.step).toBe('requirements');
    expect(reloaded.session.getState().stepInput).toEqual({ step: 'requirements', value: HALF_GRID });
    reloaded.stop();
  });
});
