import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newSession } from '../../session';
import { currentRevision } from '../record';
import { restoreRecord } from '../restore';
import { guidanceDefaults } from './v2-guidance-defaults';

const v1 = JSON.parse(readFileSync(new URL('../fixtures/format-v1.json', import.meta.url), 'utf8')) as { revisions: { session: Record<string, unknown> }[] };
const fresh = newSession('2026-05-02');

describe('v1 → v2: guidance fields always present', () => {
  it('gives a session saved before the guidance existed the values a new session starts with', () => {
    const restored = restoreRecord(v1);
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    const [old] = restored.value.revisions;
    expect(old?.session.followUps).toEqual(fresh.followUps);
    expect(old?.session.modelLens).toBeNull();
    expect(old?.session.vendorScores).toEqual({});
    expect(old?.session.timer).toBeNull();
  });

  it('keeps every guidance value a session already had', () => {
    const restored = restoreRecord(v1);
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    const { session } = currentRevision(restored.value);
    expect(session.followUps.owner).toBe('Grace');
    expect(session.followUps.triggers).toEqual(['The ranking team shrinks below three']);
    expect(session.timer?.visits).toEqual([{ step: 'differentiator', at: '2026-08-02T09:00:00.000Z' }]);
  });

  it('is pure: the data it was given is left as it was', () => {
    const session = structuredClone(v1.revisions[0]?.session ?? {});
    const before = structuredClone(session);
    guidanceDefaults(session);
    expect(session).toEqual(before);
    expect('followUps' in session).toBe(false);
  });
});
