import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { calendarDay } from '../../domain/calendar-day';
import { useShallow } from 'zustand/react/shallow';
import { currentRevision, type DecisionRecord, type RecordId } from '../../domain/record/record';
import { titleOf } from '../../domain/record/ops';
import { beginSuccessor, openRecord, showView, useRecordsStore, type RecordsState } from '../../store/records';
import { OutsideEditNotice } from '../../ui/outside-edit';
import { RecordBody } from './record-body';
import { StatusPanel } from './status-panel';
import { TagEditor } from './tag-editor';
import './record-print.css';

interface RecordScreenProps {
  readonly id: RecordId;
  /** History, revisit and comparison, composed in by src/app. */
  readonly extras?: (record: DecisionRecord) => ReactNode;
}

/** One decision, read-only, as the team left it; prints on one or two A4/Letter pages. */
export function RecordScreen({ id, extras }: RecordScreenProps) {
  const selectOne = useMemo(() => (s: RecordsState) => ({ record: s.records.get(id) ?? null, notice: s.notice, records: s.records }), [id]);
  const { record, notice, records } = useRecordsStore(useShallow(selectOne));
  // The library holds summaries: the record and those it links to are read whole when its screen opens (again when another tab changed it).
  const [lookedFor, setLookedFor] = useState<RecordId | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const held = record !== null;
  useEffect(() => {
    let live = true;
    void openRecord(id).then(() => live && setLookedFor(id));
    return () => {
      live = false;
    };
  }, [id, held]);
  const loaded = lookedFor === id;
  const back = (
    <p className="no-print">
      <a href="#/library" onClick={(e) => (e.preventDefault(), showView({ kind: 'library' }))}>
        ← Decision library
      </a>
    </p>
  );
  if (!record) {
    return (
      <div className="record-view page-column">
        {back}
        <h1>{loaded ? 'Decision not found' : 'Opening the decision…'}</h1>
        {loaded && <p>No decision with this id is stored in this browser.</p>}
      </div>
    );
  }
  const revision = currentRevision(record);
  const link = (otherId: RecordId | null) => {
    if (!otherId) return null;
    const other = records.get(otherId);
    return (
      <a href={`#/records/${encodeURIComponent(otherId)}`} onClick={(e) => (e.preventDefault(), showView({ kind: 'record', id: otherId, compare: null }))}>
        {other ? titleOf(other) : otherId}
      </a>
    );
  };
  return (
    <article className="record-view page-column" aria-labelledby="record-title">
      {back}
      <h1 id="record-title">{titleOf(record)}</h1>
      <p className="record-meta">
        Revision {revision.number} of {record.revisions.length} · saved {calendarDay(revision.savedAt)}
        {revision.whatChanged && ` · what changed: ${revision.whatChanged}`}
      </p>
      {notice && (
        <p className="warning" role="alert">
          {notice}
        </p>
      )}
      {record.supersedes && <p className="notice">This decision supersedes {link(record.supersedes)}.</p>}
      {record.supersededBy && (
        <p className="notice">
          {record.status === 'superseded' ? 'Superseded by ' : 'A successor is being decided: '}
          {link(record.supersededBy)}.
        </p>
      )}
      <div className="record-actions no-print">
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          Print
        </button>{' '}
        {record.status !== 'superseded' && !record.supersededBy && (
          <button type="button" className="button-secondary" onClick={() => setRefusal(beginSuccessor(record))}>
            Start a decision that supersedes this one
          </button>
        )}
      </div>
      {refusal && (
        <p className="warning" role="alert">
          {refusal}
        </p>
      )}
      <StatusPanel record={record} />
      <TagEditor record={record} />
      <OutsideEditNotice record={record} />
      <RecordBody revision={revision} />
      {extras?.(record)}
    </article>
  );
}
