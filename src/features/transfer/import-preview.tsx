import type { LibraryCheck } from '../../domain/export/against-library';
import type { ImportProblem } from '../../domain/export/problems';
import { decide } from '../../domain/decision';
import { OUTCOME_NAMES } from '../../domain/outcomes';
import { currentRevision } from '../../domain/record/record';
import { SafeText } from './safe-text';

/** Why an import was refused: every problem with its file and where in it. */
export function ImportProblems({ problems }: { problems: readonly ImportProblem[] }) {
  return (
    <div className="warning import-problems" role="alert">
      <p>
        <strong>Nothing was imported.</strong> {problems.length === 1 ? 'One problem was found' : `${problems.length} problems were found`}; your library is unchanged.
      </p>
      <ul>
        {problems.slice(0, 20).map((p, i) => (
          <li key={i}>
            <SafeText text={p.file} /> — <code>{p.where}</code>: <SafeText text={p.message} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What the import would add, before anything is stored. */
import { isAssignableNumber } from '../../domain/export/file-name';
export function ImportPreview({ check }: { check: LibraryCheck }) {
  const renumbered = new Map(check.renumbered.map((r) => [r.id, r]));
  return (
    <div className="import-preview">
      <ul>
        {check.toAdd.map((record) => {
          const revision = currentRevision(record);
          const outcome = decide(revision.session).outcome;
          const moved = renumbered.get(record.id);
          return (
            <li key={record.id}>
              <strong>
                <SafeText text={revision.session.framing.componentName} />
              </strong>{' '}
              — {outcome ? OUTCOME_NAMES[outcome] : 'undecided'}, {record.status}, {record.revisions.length} revision{record.revisions.length === 1 ? '' : 's'}
              {moved && ` (number ${moved.from} ${isAssignableNumber(moved.from) ? 'is taken here' : 'is beyond the numbers Forkpoint hands out'}: it becomes ${moved.to})`}
            </li>
          );
        })}
      </ul>
      {check.alreadyThere.length > 0 && (
        <p>
          {check.alreadyThere.length === 1 ? 'One decision is' : `${check.alreadyThere.length} decisions are`} already in your library exactly as in the file and will be skipped.
        </p>
      )}
    </div>
  );
}
