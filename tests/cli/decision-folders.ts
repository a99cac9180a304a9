import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { WriteFormat } from '../../src/domain/adr/adr-file';
import { writeAdr } from '../../src/domain/adr/write-adr';
import type { DecisionRecord, RecordId, Status } from '../../src/domain/record/record';
import { buySession, inHouseSession, recordOf } from '../../src/domain/testing/records';
import type { Session } from '../../src/domain/session';
import { play } from '../../src/domain/testing/sessions';

/** A Buy with every follow-up its outcome asks for: revisit by 2027-05-22 (six months after 2026-11-22). */
export function completeBuy(): Session {
  const session = buySession();
  return play(session, {
    type: 'follow-ups.edited',
    followUps: {
      ...session.followUps,
      exitPlan: { dataOut: 'Nightly export of every vector to our bucket.', alternative: 'Self-hosted pgvector.' },
      evaluationWeeks: 2,
      integrationWeeks: 4,
      operators: 2,
      requirementsReviewed: true,
      triggers: ['The bill doubles'],
    },
  });
}

/** A record as the app saves it, numbered and with a status. */
export function numbered(session: Session, id: string, number: number, status: Status = 'accepted'): DecisionRecord {
  const record = recordOf(session, id);
  return { ...record, number, status, statusHistory: [...record.statusHistory, { status, at: '2026-11-23T09:00:00.000Z', note: '' }] };
}

/** Writes `files` (path relative to the folder → content) into a new temporary folder and returns it. */
export function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'forkpoint-cli-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/**
 * Our own files, as the app writes them (MADR 4 unless another layout is asked for): a complete Buy (0001), a Build whose
 * follow-ups are missing (0002), a Buy superseded by 0004, and in a category
 * subfolder a decision that supersedes a record that is not in the folder (0005).
 */
export function ourDecisions(format: WriteFormat = 'madr'): Record<string, string> {
  const superseded = { ...numbered(completeBuy(), 'rec_old', 3), status: 'superseded' as const, supersededBy: 'rec_new' as RecordId };
  const successor = { ...numbered(completeBuy(), 'rec_new', 4), supersedes: 'rec_old' as RecordId };
  const orphan = { ...numbered(completeBuy(), 'rec_orphan', 5), supersedes: 'rec_gone' as RecordId };
  return {
    '0001-vector-store.md': writeAdr(numbered(completeBuy(), 'rec_buy', 1), format),
    '0002-ranking.md': writeAdr(numbered(inHouseSession('yes'), 'rec_build', 2), format),
    '0003-old-vector-store.md': writeAdr(superseded, format),
    '0004-new-vector-store.md': writeAdr(successor, format),
    'search/0005-reranker.md': writeAdr(orphan, format),
  };
}

/** ADRs other tools wrote, one subfolder per tool (the reader's own fixtures, in those tools' layouts). */
export const FOREIGN_ADRS = join(import.meta.dirname, '../../src/domain/adr/fixtures');
