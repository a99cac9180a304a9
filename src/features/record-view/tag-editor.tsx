import { useState } from 'react';
import type { DecisionRecord } from '../../domain/record/record';
import { MAX_TAG_LENGTH } from '../../domain/record/ops';
import { setRecordTags } from '../../store/records';
import './tag-editor.css';

/** The record's tags, which the library filters by: add one by name, remove any with its own button. */
export function TagEditor({ record }: { record: DecisionRecord }) {
  const [draft, setDraft] = useState('');
  const [said, setSaid] = useState('');
  const save = async (tags: readonly string[], message: string): Promise<boolean> => {
    const saved = await setRecordTags(record.id, tags);
    if (saved) setSaid(message);
    return saved;
  };
  return (
    <section className="card tag-editor" aria-labelledby="record-tags">
      <h2 id="record-tags">Tags</h2>
      {record.tags.length === 0 ? (
        <p>No tags yet. Tags let the library filter decisions, e.g. by team or area.</p>
      ) : (
        <ul className="tag-list" aria-label="Tags of this decision">
          {record.tags.map((tag) => (
            <li key={tag} className="tag">
              <span>{tag}</span>
              <button
                type="button"
                className="tag-remove no-print"
                aria-label={`Remove tag ${tag}`}
                onClick={() => void save(record.tags.filter((t) => t !== tag), `Tag “${tag}” removed.`)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="tag-add no-print"
        onSubmit={(e) => {
          e.preventDefault();
          const tag = draft.trim();
          if (tag === '') return;
          void save([...record.tags, tag], `Tag “${tag}” added.`).then((saved) => saved && setDraft(''));
        }}
      >
        <div className="field">
          <label htmlFor="tag-new">New tag</label>
          <input id="tag-new" type="text" maxLength={MAX_TAG_LENGTH} value={draft} onChange={(e) => setDraft(e.target.value)} />
        </div>
        <button type="submit" className="button-secondary">
          Add tag
        </button>
      </form>
      <p role="status" className="visually-hidden">
        {said}
      </p>
    </section>
  );
}
