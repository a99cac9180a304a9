import { useState } from 'react';
import { OUTCOMES, OUTCOME_NAMES } from '../../domain/outcomes';
import { PROFILES } from '../../domain/framing';
import { STATUSES } from '../../domain/record/record';
import type { LibraryQuery, SortKey } from '../../domain/record/query';
import { PROFILE_NAMES } from '../../domain/framing';
import { STATUS_NAMES } from '../../domain/record/record';

const SORT_NAMES: Record<SortKey, string> = {
  updated: 'Last changed',
  date: 'Decision date',
  component: 'Component name',
  'revisit-by': 'Revisit-by date',
  outcome: 'Outcome',
  status: 'Status',
};

interface FiltersProps {
  readonly query: LibraryQuery;
  readonly tags: readonly string[];
  readonly onChange: (patch: Partial<LibraryQuery>) => void;
}

/** More tags than this are added to the tag select when it is first focused or pressed, not with the list. */
const TAGS_AT_ONCE = 50;

/** Search box, filters and sort order of the library. */
export function LibraryFilters({ query, tags, onChange }: FiltersProps) {
  // A select lays out every option to find its width: hundreds of tags took longer than the list's first rows.
  const [allTags, showAllTags] = useState(false);
  const tagOptions = allTags || tags.length <= TAGS_AT_ONCE ? tags : query.tag ? [query.tag] : [];
  return (
    <form className="library-filters" role="search" aria-label="Search and filter decisions" onSubmit={(e) => e.preventDefault()}>
      <div className="field library-search">
        <label htmlFor="library-search">Search names, descriptions and rationales</label>
        <input id="library-search" type="search" value={query.text} onChange={(e) => onChange({ text: e.target.value })} />
      </div>
      <div className="library-filter-row">
        <Select id="filter-outcome" label="Outcome" value={query.outcome} onChange={(v) => onChange({ outcome: v as LibraryQuery['outcome'] })}>
          <option value="any">Any outcome</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_NAMES[o]}
            </option>
          ))}
        </Select>
        <Select id="filter-status" label="Status" value={query.status} onChange={(v) => onChange({ status: v as LibraryQuery['status'] })}>
          <option value="any">Any status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_NAMES[s]}
            </option>
          ))}
        </Select>
        <Select id="filter-profile" label="Profile" value={query.profile} onChange={(v) => onChange({ profile: v as LibraryQuery['profile'] })}>
          <option value="any">Any profile</option>
          {PROFILES.map((p) => (
            <option key={p} value={p}>
              {PROFILE_NAMES[p]}
            </option>
          ))}
        </Select>
        <Select id="filter-tag" label="Tag" value={query.tag} onChange={(v) => onChange({ tag: v })} onReach={() => showAllTags(true)}>
          <option value="">Any tag</option>
          {tagOptions.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
        <Select id="sort" label="Sort by" value={query.sort} onChange={(v) => onChange({ sort: v as SortKey })}>
          {(Object.keys(SORT_NAMES) as SortKey[]).map((k) => (
            <option key={k} value={k}>
              {SORT_NAMES[k]}
            </option>
          ))}
        </Select>
        <Select id="sort-order" label="Order" value={query.descending ? 'desc' : 'asc'} onChange={(v) => onChange({ descending: v === 'desc' })}>
          <option value="desc">Descending</option>
          <option value="asc">Ascending</option>
        </Select>
        <div className="field library-due">
          <input id="filter-due" type="checkbox" checked={query.dueOnly} onChange={(e) => onChange({ dueOnly: e.target.checked })} />
          <label htmlFor="filter-due">Due for revisit only</label>
        </div>
      </div>
    </form>
  );
}

interface SelectProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Called when the select gets focus or a press, before its options show. */
  readonly onReach?: () => void;
  readonly children: React.ReactNode;
}

function Select(props: SelectProps) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)} onFocus={props.onReach} onPointerDown={props.onReach}>
        {props.children}
      </select>
    </div>
  );
}
