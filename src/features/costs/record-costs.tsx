import { analyseCosts } from '../../domain/cost/analysis';
import { candidateLabel } from '../../domain/cost/in-play';
import { currentRevision, type DecisionRecord } from '../../domain/record/record';
import { CostResults } from './cost-results';
import './costs.css';

/** The three-year cost the record's current revision was decided with, read-only, in the record view. */
export function RecordCosts({ record }: { record: DecisionRecord }) {
  const { session } = currentRevision(record);
  const costs = session.costs;
  const analysis = costs ? analyseCosts(costs) : null;
  return (
    <section className="card costs" aria-labelledby="record-costs-title">
      <h2 id="record-costs-title">Three-year cost</h2>
      {!costs || !analysis ? (
        <p>No cost figures were entered for this revision. Revisit the decision to work them out.</p>
      ) : analysis.ok ? (
        <CostResults inputs={costs} analysis={analysis.value} nameOf={(b) => candidateLabel(session, b.candidateId)} />
      ) : (
        <p className="warning">{analysis.error}</p>
      )}
    </section>
  );
}
