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

interface CoverageGridProps {
  requirements: readonly Requirement[];
  candidates: readonly Candidate[];
  coverageOf: (candidateId: string) => Readonly<Record<string, Coverage>>;
  errors: FieldErrors;
  /** Keep it stable (useCallback): each cell is memoised, so a change re-renders only the cell it changes. */
  onChange: (candidateId: string, requirementId: string, value: Coverage | '') => void;
}

/** The error key (and field name) of one cell. */
const cellKey = (candidateId: string, requirementId: string) => `candidates.${candidateId}.coverage.${requirementId}`;

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

/** One row per requirement, one column per candidate; each cell a select named "<requirement> for <candidate>". */
export function CoverageGrid({ requirements, candidates, coverageOf, errors, onChange }: CoverageGridProps) {
  if (requirements.length === 0) {
    return <p className="notice">No requirements were listed in the framing, so nothing counts against a candidate here.</p>;
  }
  return (
    <div className="grid-scroll">
      <table className="coverage-grid">
        <caption>How well each candidate covers each requirement</caption>
        <thead>
          <tr>
            <th scope="col">Requirement</th>
            {candidates.map((c) => (
              <th key={c.id} scope="col">
                {c.name}
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
