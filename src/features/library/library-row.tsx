import { memo } from 'react';
import { matchingSnippet, type LibraryEntry } from '../../domain/record/query';
import { OUTCOME_NAMES } from '../../domain/outcomes';
import { Highlighted } from './highlighted';
import { PROFILE_NAMES } from '../../domain/framing';
import { STATUS_NAMES } from '../../domain/record/record';

interface LibraryRowProps {
  readonly entry: LibraryEntry;
  readonly terms: readonly string[];
  readonly due: boolean;
  readonly onOpen: (entry: LibraryEntry) => void;
}

/** One decision in the library: what it is about, where it landed, and when to look again. Rendered again only when its props change (not on each keystroke's first, urgent render). */
export const LibraryRow = memo(function LibraryRow({ entry, terms, due, onOpen }: LibraryRowProps) {
  const snippet = matchingSnippet(entry, terms);
  return (
    <article className={`library-row${due ? ' is-due' : ''}`} aria-label={entry.component || 'Untitled decision'}>
      <h3 className="library-row-title">
        <a
          href={entry.origin.kind === 'folder' ? `#/folder/${encodeURIComponent(entry.origin.path)}` : `#/records/${encodeURIComponent(entry.id)}`}
          onClick={(event) => {
            event.preventDefault();
            onOpen(entry);
          }}
        >
          <Highlighted text={entry.component || 'Untitled decision'} terms={terms} />
        </a>
      </h3>
      <p className="library-row-facts">
        {entry.origin.kind === 'folder' && (
          <span className="origin-badge">
            {entry.origin.foreign ? 'Written elsewhere, read-only' : 'In the folder'}
            {entry.origin.category ? ` · ${entry.origin.category}` : ''}
          </span>
        )}
        <span className={`status-badge status-${entry.status}`}>{STATUS_NAMES[entry.status]}</span>
        <span>{entry.outcome ? OUTCOME_NAMES[entry.outcome] : 'No outcome yet'}</span>
        {entry.adopted && <span>Adopted: {entry.adopted}</span>}
        {entry.profile && <span>{PROFILE_NAMES[entry.profile]}</span>}
        <span>Decided {entry.date}</span>
        <span className={due ? 'due-date' : undefined}>
          {due ? 'Revisit overdue since ' : 'Revisit by '}
          {entry.revisitBy}
        </span>
        {entry.revisions > 1 && <span>{entry.revisions} revisions</span>}
        {entry.editedOutside && <span className="edited-outside-badge">Text edited outside Forkpoint</span>}
        {entry.tags.map((tag) => (
          <span key={tag} className="tag">
            #{tag}
          </span>
        ))}
      </p>
      {snippet && (
        <p className="library-row-snippet">
          <Highlighted text={snippet} terms={terms} />
        </p>
      )}
    </article>
  );
});
