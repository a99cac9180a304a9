import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { dayAndTime } from '../../domain/calendar-day';
import { draftTitle, type Draft } from '../../domain/record/draft';
import { stepName } from '../../domain/step-name';
import { timeAgo } from '../../domain/time-ago';
import { discardDraft, resumeDraft, selectHasDraftsToShow, undoDiscard, useRecordsStore, type RecordsState } from '../../store/records';
import './waiting-drafts.css';

const selectDrafts = (s: RecordsState) => ({
  waiting: s.waiting,
  openElsewhere: s.openElsewhere,
  unreadable: s.unreadableDrafts,
  discarded: s.discarded,
  notice: s.draftNotice,
});

/**
 * Every draft waiting in this browser — work a team left without saving — with its
 * name, where it was left and when it last changed: resume it, or discard it (with Undo).
 * A draft another tab has open is listed, but only that tab may go on with it.
 */
export function WaitingDrafts({ heading: Heading = 'h2' }: { readonly heading?: 'h2' | 'h3' }) {
  const { waiting, openElsewhere, unreadable, discarded, notice } = useRecordsStore(useShallow(selectDrafts));
  const show = useRecordsStore(selectHasDraftsToShow);
  // When the list was first shown: "5 minutes ago" does not need to tick.
  const [now] = useState(() => new Date());
  if (!show) return null;
  return (
    <section className="waiting-drafts" aria-labelledby="waiting-drafts-title">
      <Heading id="waiting-drafts-title">{waiting.length === 1 ? 'One draft is waiting' : `${waiting.length || 'No'} drafts are waiting`}</Heading>
      <div role="status">
        {notice && <p className="warning">{notice}</p>}
        {discarded && (
          <p>
            The draft of “{draftTitle(discarded)}” was discarded.{' '}
            <button type="button" className="button-secondary" onClick={() => void undoDiscard()}>
              Undo
            </button>
          </p>
        )}
      </div>
      {waiting.length > 0 && (
        <ul className="waiting-list">
          {waiting.map((draft) => (
            <WaitingDraft key={draft.session.id} draft={draft} now={now} elsewhere={openElsewhere.has(draft.session.id)} />
          ))}
        </ul>
      )}
      {unreadable > 0 && (
        <p className="warning">
          {unreadable === 1 ? 'One stored draft' : `${unreadable} stored drafts`} could not be read (written by a damaged or newer copy of the app); {unreadable === 1 ? 'it is' : 'they are'} kept as {unreadable === 1 ? 'it is' : 'they are'}.
        </p>
      )}
    </section>
  );
}

function WaitingDraft({ draft, now, elsewhere }: { readonly draft: Draft; readonly now: Date; readonly elsewhere: boolean }) {
  const title = draftTitle(draft);
  const id = draft.session.id;
  return (
    <li className="waiting-draft">
      <p className="waiting-draft-title">{title}</p>
      <p className="waiting-draft-where">
        At {stepName(draft.session.step)} · last change {timeAgo(draft.savedAt, now)} (<time dateTime={draft.savedAt}>{dayAndTime(draft.savedAt)}</time>)
      </p>
      {elsewhere ? (
        <p className="waiting-draft-elsewhere">Open in another tab: go on with it there.</p>
      ) : (
        <p className="waiting-draft-actions">
          <button type="button" className="button-primary" aria-label={`Resume ${title}`} onClick={() => void resumeDraft(id)}>
            Resume
          </button>
          <button type="button" className="button-secondary" aria-label={`Discard ${title}`} onClick={() => void discardDraft(id)}>
            Discard
          </button>
        </p>
      )}
    </li>
  );
}
