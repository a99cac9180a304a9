import { memo } from 'react';
import type { Coverage } from '../../../domain/answers';
import type { Candidate, FieldErrors, Requirement } from '../../../domain/framing';
import { SelectField, type Choice } from '../../../ui/select-field';
import { BUCKET_NAMES } from '../../../domain/framing';

const COVERAGE_CHOICES: readonly Choice<Coverage>[] = [
  { value: 'covered', label: 'Covered' },
  { value: 'partial', label: 'Partly covered' },
  { value: 'missing', label: 'Not covered' },
];

type CoverageOf = (candidateId: string) => Readonly<Record<string, Coverage>>;

interface CoverageGridProps {
  requirements: readonly Requirement[];
  candidates: readonly Candidate[];
  coverageOf: CoverageOf;
  errors: FieldErrors;
  /** Keep it stable (useCallback): each cell is memoised, so a change re-renders only the cell it changes. */
  onChange: (candidateId: string, requirementId: string, value: Coverage | '') => void;
  /** Marks one requirement the same for every candidate (a row). Keep it stable. */
  onRow: (requirementId: string, value: Coverage) => void;
  /** Marks every requirement the same for one candidate (a column). Keep it stable. */
  onColumn: (candidateId: string, value: Coverage) => void;
}

/** The error key (and field name) of one cell. */
const cellKey = (candidateId: string, requirementId: string) => `candidates.${candidateId}.coverage.${requirementId}`;

/** The value every cell shares, or '' while they differ or some are unmarked. */
function common(values: readonly (Coverage | undefined)[]): Coverage | '' {
  const first = values[0];
  return first !== undefined && values.every((v) => v === first) ? first : '';
}

interface CoverageCellProps {
  requirement: Requirement;
  candidate: Candidate;
  value: Coverage | '';
  error: string | undefined;
  onChange: CoverageGridProps['onChange'];
}

const CoverageCell = memo(function CoverageCell({ requirement, candidate, value, error, onChange }: CoverageCellProps) {
  return (
    <td>
      <SelectField
        name={cellKey(candidate.id, requirement.id)}
        label=""
        ariaLabel={`${requirement.name} for ${candidate.name}`}
        value={value}
        placeholder="Choose"
        choices={COVERAGE_CHOICES}
        error={error}
        className={`coverage-cell${value ? ` is-${value}` : ''}`}
        onChange={(v) => onChange(candidate.id, requirement.id, v)}
      />
    </td>
  );
});

interface MarkAllProps {
  /** The requirement's or candidate's id, handed back to onMark. */
  id: string;
  name: string;
  ariaLabel: string;
  value: Coverage | '';
  onMark: (id: string, value: Coverage) => void;
}

/** One select that marks a whole row or column; it shows the value they share, "Mark all…" while they differ. */
const MarkAll = memo(function MarkAll({ id, name, ariaLabel, value, onMark }: MarkAllProps) {
  return (
    <SelectField
      name={name}
      label=""
      ariaLabel={ariaLabel}
      value={value}
      placeholder="Mark all…"
      choices={COVERAGE_CHOICES}
      className="coverage-mark-all"
      onChange={(v) => {
        // The placeholder marks nothing: clearing a whole row or column by accident would lose work.
        if (v !== '') onMark(id, v);
      }}
    />
  );
});

/**
 * One row per requirement, one column per candidate; each cell a select named "<requirement> for <candidate>".
 * With several candidates a row's header can mark it for all of them, and with several requirements a
 * column's header can mark all of them for its candidate. The requirement column stays in view while
 * the grid scrolls sideways.
 */
export function CoverageGrid({ requirements, candidates, coverageOf, errors, onChange, onRow, onColumn }: CoverageGridProps) {
  if (requirements.length === 0) {
    return <p className="notice">No requirements were listed in the framing, so nothing counts against a candidate here.</p>;
  }
  const rowsMarkable = candidates.length > 1;
  const columnsMarkable = requirements.length > 1;
  return (
    <div className="grid-scroll" role="region" aria-labelledby="coverage-grid-title" tabIndex={0}>
      <table className="coverage-grid">
        <caption id="coverage-grid-title">How well each candidate covers each requirement</caption>
        <thead>
          <tr>
            <th scope="col">Requirement</th>
            {candidates.map((c) => (
              <th key={c.id} scope="col">
                {c.name}
                {columnsMarkable && (
                  <MarkAll
                    id={c.id}
                    name={`coverage.all-requirements.${c.id}`}
                    ariaLabel={`Mark every requirement for ${c.name}`}
                    value={common(requirements.map((r) => coverageOf(c.id)[r.id]))}
                    onMark={onColumn}
                  />
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {requirements.map((r) => (
            <tr key={r.id} className={`bucket-${r.bucket}`}>
              <th scope="row">
                {r.name}
                <span className="bucket-tag">{BUCKET_NAMES[r.bucket]}</span>
                {rowsMarkable && (
                  <MarkAll
                    id={r.id}
                    name={`coverage.all-candidates.${r.id}`}
                    ariaLabel={`Mark ${r.name} for every candidate`}
                    value={common(candidates.map((c) => coverageOf(c.id)[r.id]))}
                    onMark={onRow}
                  />
                )}
              </th>
              {candidates.map((c) => {
                const value = coverageOf(c.id)[r.id] ?? '';
                return <CoverageCell key={c.id} requirement={r} candidate={c} value={value} error={errors[cellKey(c.id, r.id)]} onChange={onChange} />;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
