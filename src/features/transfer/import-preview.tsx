import { isAssignableNumber } from '../../domain/export/file-name';
import type { LibraryCheck } from '../../domain/export/against-library';
import type { ImportProblem } from '../../domain/export/problems';
import { decide } from '../../domain/decision';
import { OUTCOME_NAMES } from '../../domain/outcomes';
import { currentRevision } from '../../domain/record/record';
import { SafeText } from './safe-text';

const SHOWN = 20;

/** Why an import was refused: every problem with its file and where in it, then the archive entries left out. */
export function ImportProblems({ problems, leftOut = [] }: { problems: readonly ImportProblem[]; leftOut?: readonly ImportProblem[] }) {
  return (
    <div className="warning import-problems" role="alert">
      <p>
        <strong>Nothing was imported.</strong> {problems.length === 1 ? 'One problem was found' : `${problems.length} problems were found`}; your library is unchanged.
      </p>
      <ul>
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <SafeText text={p.file} /> — <code>{p.where}</code>: <SafeText text={p.message} />
          </li>
        ))}
      </ul>
      <More count={problems.length} what="problem" />
      <LeftOutList entries={leftOut} />
    </div>
  );
}

/** Archive entries the import does not read, each by its (cleaned) name and the reason. */
export function LeftOutList({ entries }: { entries: readonly ImportProblem[] }) {
  if (entries.length === 0) return null;
  return (
    <div className="import-left-out">
      <p>{entries.length === 1 ? 'One file in the archive is left out:' : `${entries.length} files in the archive are left out:`}</p>
      <ul>
        {entries.slice(0, SHOWN).map((entry, i) => (
          <li key={i}>
            <SafeText text={entry.file} /> — <SafeText text={entry.message} />
          </li>
        ))}
      </ul>
      <More count={entries.length} what="file" />
    </div>
  );
}

/** Files an import leaves out, each with why, listed beside what it will bring in. */
export function SkippedFiles({ problems }: { problems: readonly ImportProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice import-skipped">
      <p>
        <strong>{problems.length === 1 ? 'One file will not be imported' : `${problems.length} files will not be imported`}</strong>; the others are not held
        back by it:
      </p>
      <ul>
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <SafeText text={p.file} /> — <code>{p.where}</code>: <SafeText text={p.message} />
          </li>
        ))}
      </ul>
      <More count={problems.length} what="file" />
    </div>
  );
}

function More({ count, what }: { count: number; what: string }) {
  return count > SHOWN ? <p>… and {count - SHOWN} more {what}s, not listed here.</p> : null;
}

/** What the import would add, before anything is stored. */
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
