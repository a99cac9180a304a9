/**
 * Generates N valid decision records for benchmarks (library load, search, save).
 * Deterministic: the same N gives the same records. Used by records-perf.spec.ts
 * and meant for `npm run bench`.
 */
import type { DecisionRecord, RecordId, Status } from '../../../src/domain/record/record';
import { recordFromSession } from '../../../src/domain/record/ops';
import { buySession, inHouseSession } from '../../../src/domain/testing/records';
import type { Profile } from '../../../src/domain/framing';

const PROFILES: readonly Profile[] = ['startup', 'midsize', 'enterprise', 'regulated'];
const STATUSES: readonly Status[] = ['proposed', 'accepted', 'accepted', 'rejected', 'deprecated'];
const NOUNS = ['Vector store', 'Feature store', 'Embedding service', 'Model gateway', 'Retrieval pipeline', 'Eval harness', 'Prompt registry', 'Labelling tool'];
const AREAS = ['search', 'support bot', 'recommendations', 'fraud scoring', 'document QA', 'ads ranking', 'catalogue', 'billing'];

export function generateRecords(count: number): DecisionRecord[] {
  const templates = [recordFromSession(buySession(), '2026-01-01T00:00:00.000Z', 'rec_t0' as RecordId), recordFromSession(inHouseSession('yes'), '2026-01-01T00:00:00.000Z', 'rec_t1' as RecordId)];
  const records: DecisionRecord[] = [];
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length]!;
    const record = structuredClone(template);
    const revision = record.revisions[0]!;
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const year = 2024 + (i % 3);
    revision.session.framing.componentName = `${NOUNS[i % NOUNS.length]} for ${AREAS[(i >> 3) % AREAS.length]} #${i}`;
    revision.session.framing.profile = PROFILES[i % PROFILES.length]!;
    revision.session.framing.date = `${year}-${month}-${day}`;
    const at = `${year}-${month}-${day}T10:00:00.000Z`;
    const status = STATUSES[i % STATUSES.length]!;
    records.push({
      ...record,
      id: `rec_bench_${i}` as RecordId,
      saveCount: 1,
      status,
      statusHistory: [...record.statusHistory, { status, at, note: '' }],
      tags: [AREAS[i % AREAS.length]!.replace(' ', '-')],
      createdAt: at,
      updatedAt: at,
    });
  }
  return records;
}
