import { describe, expect, it } from 'vitest';
import { typicalRecord } from '../export/testing/typical-record';
import { checkRecord, MAX_RECORD_CHARS, MAX_RECORD_NESTING } from './readable';
import { currentRevision } from './record';

const withDescription = (description: string) => {
  const record = typicalRecord();
  const revision = currentRevision(record);
  return { ...record, revisions: [{ ...revision, session: { ...revision.session, framing: { ...revision.session.framing, description } } }] };
};

describe('checkRecord: the one check for a write and a read', () => {
  it('accepts a record the app makes', () => {
    expect(checkRecord(typicalRecord()).ok).toBe(true);
  });

  it('refuses a record past the size limit, and accepts one just under it', () => {
    const base = JSON.stringify(typicalRecord()).length;
    expect(checkRecord(withDescription('x'.repeat(MAX_RECORD_CHARS - base))).ok).toBe(true);
    expect(checkRecord(withDescription('x'.repeat(MAX_RECORD_CHARS + 1)))).toEqual({ ok: false, error: 'It is larger than 2,000,000 characters.' });
  });

  it('refuses nesting past the limit without walking it recursively', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(checkRecord({ ...typicalRecord(), tags: deep })).toEqual({ ok: false, error: `It nests more than ${MAX_RECORD_NESTING} levels deep.` });
  });

  it('refuses a prototype key and a number outside the safe range, in words', () => {
    expect(checkRecord(JSON.parse(`{"__proto__": {"x": 1}, "id": "rec_1"}`)).ok).toBe(false);
    const unsafe = checkRecord({ ...typicalRecord(), number: 2 ** 53 });
    expect(unsafe.ok ? '' : unsafe.error).toMatch(/^number: /);
  });
});
