import { useMemo } from 'react';
import { calendarDay } from '../domain/calendar-day';
import { textDiff } from '../domain/adr/text-diff';
import { outsideEditOf } from '../domain/record/edited-outside';
import type { DecisionRecord } from '../domain/record/record';

/**
 * The warning for a record whose current text was edited in its file outside
 * Forkpoint: when, what changed against Forkpoint's own text (a line diff that
 * does not rely on colour: each line says "added" or "removed"), and what a save does.
 */
export function OutsideEditNotice({ record }: { readonly record: DecisionRecord }) {
  const edit = outsideEditOf(record);
  const diff = useMemo(() => (edit ? textDiff(edit.base, edit.text) : []), [edit]);
  if (!edit) return null;
  const added = diff.filter((d) => d.kind === 'added').length;
  const removed = diff.filter((d) => d.kind === 'removed').length;
  return (
    <section className="card outside-edit" aria-labelledby="outside-edit-title">
      <h2 id="outside-edit-title">Text edited outside Forkpoint</h2>
      <p className="warning">
        The text of revision {edit.revision} was edited in its file outside Forkpoint (read on {calendarDay(edit.at)}). Forkpoint keeps it as the team wrote it: {added}{' '}
        {added === 1 ? 'line' : 'lines'} added and {removed} removed against the text Forkpoint wrote.
      </p>
      <p>
        <strong>What a save does:</strong> changing the status or the tags rewrites the metadata and keeps this text in the file. A revisit starts a new revision written with
        Forkpoint’s text; this text stays recorded with revision {edit.revision}.
      </p>
      <pre className="text-diff" tabIndex={0} aria-label="What changed against Forkpoint’s text">
        {diff.map((d, i) =>
          d.kind === 'gap' ? (
            <span key={i} className="diff-gap">{`… ${d.lines} unchanged ${d.lines === 1 ? 'line' : 'lines'}\n`}</span>
          ) : d.kind === 'added' ? (
            <ins key={i}>{`+ ${d.line}\n`}</ins>
          ) : d.kind === 'removed' ? (
            <del key={i}>{`− ${d.line}\n`}</del>
          ) : (
            <span key={i}>{`  ${d.line}\n`}</span>
          ),
        )}
      </pre>
    </section>
  );
}
