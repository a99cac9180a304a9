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
  onChange: (candidateId: string, requirementId: string, value: Coverage | '') => void;
}

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
                const key = `candidates.${c.id}.coverage.${r.id}`;
                return (
                  <td key={c.id}>
                    <SelectField
                      name={key}
                      label=""
                      ariaLabel={`${r.name} for ${c.name}`}
                      value={coverageOf(c.id)[r.id] ?? ''}
                      placeholder="Choose"
                      choices={COVERAGE_CHOICES}
                      error={errors[key]}
                      className={`coverage-cell${coverageOf(c.id)[r.id] ? ` is-${coverageOf(c.id)[r.id]}` : ''}`}
                      onChange={(v) => onChange(c.id, r.id, v)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
