import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { contextOf, readableBody } from '../../domain/folder/adr-text';
import { categoryOf } from '../../domain/folder/folder-scan';
import { STATUS_NAMES } from '../../domain/record/record';
import { titleOf } from '../../domain/record/ops';
import { statusOf } from '../../domain/folder/folder-entry';
import { showView, useFolderStore, type FolderState, startDecisionFromAdr } from '../../store/records';
import { OutsideEditNotice } from '../../ui/outside-edit';
import { FolderConflictPanel } from './folder-conflict';
import { FolderRecordActions } from './folder-record-actions';
import { MarkdownBody } from './markdown-body';
import './folder.css';

/** One file of the opened decisions folder: an ADR written elsewhere (read-only) or one of ours. */
export function FolderFileScreen({ path }: { readonly path: string }) {
  const select = useMemo(() => (s: FolderState) => ({ item: s.items.get(path) ?? null, status: s.status, conflict: s.conflict, notice: s.notice, reloads: s.reloads }), [path]);
  const { item, status, conflict, notice, reloads } = useFolderStore(useShallow(select));
  const [refusal, setRefusal] = useState<string | null>(null);
  const back = (
    <p>
      <a href="#/library" onClick={(e) => (e.preventDefault(), showView({ kind: 'library' }))}>
        ← Decision library
      </a>
    </p>
  );
  if (!item || item.kind === 'refused') {
    return (
      <div className="folder-file">
        {back}
        <h1>{status.kind === 'open' ? 'Not in the folder' : 'The decisions folder is not open'}</h1>
        <p>{item?.kind === 'refused' ? item.message : status.kind === 'open' ? `No decision file ${path} is in “${status.name}”.` : 'Open the folder from the library to see this file.'}</p>
        {notice && <p role="status">{notice}</p>}
      </div>
    );
  }
  const category = categoryOf(path);
  const where = (
    <p className="folder-file-where">
      <code>{path}</code>
      {category && <> · category {category}</>} · in “{status.kind === 'open' ? status.name : ''}”
    </p>
  );
  if (item.kind === 'foreign') {
    const { meta, body } = item.adr;
    const facts: [string, string][] = [
      ['Status', meta.status ?? STATUS_NAMES[statusOf(meta.status)]],
      ['Date', meta.date ?? 'not given'],
      ...(meta.decisionMakers.length ? [['Decision-makers', meta.decisionMakers.join(', ')] as [string, string]] : []),
      ...(meta.tags.length ? [['Tags', meta.tags.join(', ')] as [string, string]] : []),
    ];
    return (
      <div className="folder-file">
        {back}
        <h1>{meta.title}</h1>
        {where}
        <p className="notice">Written outside Forkpoint: shown as it is in the file, read-only. Edit it where the team keeps it.</p>
        <dl className="folder-file-facts">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <p>
          <button type="button" className="button-primary" onClick={() => setRefusal(startDecisionFromAdr(meta.title, contextOf(body)))}>
            Start a decision from this ADR
          </button>
        </p>
        {refusal && (
          <p className="warning" role="alert">
            {refusal}
          </p>
        )}
        <MarkdownBody source={readableBody(body)} label="The ADR as written" />
      </div>
    );
  }
  return (
    <div className="folder-file">
      {back}
      <h1>{titleOf(item.record)}</h1>
      {where}
      {conflict?.path === path && <FolderConflictPanel conflict={conflict} />}
      <FolderRecordActions key={reloads} item={item} writable={status.kind === 'open' && status.writable} />
      <OutsideEditNotice record={item.record} />
      <MarkdownBody source={readableBody(item.text)} label="The decision as written in the file" />
    </div>
  );
}
