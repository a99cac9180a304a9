import { analyseCosts } from '../../domain/cost/analysis';
import { candidateLabel, candidatesInPlay } from '../../domain/cost/in-play';
import { sendGuidance } from '../../store/guidance-actions';
import { selectSession, useSessionStore } from '../../store/session-store';
import { draftOf } from './cost-draft';
import { CostForm } from './cost-form';
import { CostResults } from './cost-results';
import './costs.css';

/** "Three-year cost" on the outcome screen: the inputs, then what they add up to. */
export function CostPanel() {
  const session = useSessionStore(selectSession);
  if (!session) return null;
  const costs = session.costs;
  const followUps = session.followUps;
  const initial = draftOf(costs, {
    candidates: candidatesInPlay(session).map((c) => c.id),
    integrationWeeks: followUps.integrationWeeks,
    operators: followUps.operators,
  });
  const analysis = costs ? analyseCosts(costs) : null;
  return (
    <section className="card costs" aria-labelledby="costs-title">
      <h2 id="costs-title">Three-year cost</h2>
      <p className="lead">Buying each candidate still in play against building it, month by month for 36 months.</p>
      <CostForm
        // A new set of stored inputs (a revisit, another session) starts the form afresh.
        key={session.id}
        initial={initial}
        nameOf={(id) => candidateLabel(session, id)}
        onSubmit={(inputs) => {
          const result = sendGuidance({ type: 'costs.edited', costs: inputs });
          return result && !result.ok ? { ...result.error.errors } : null;
        }}
      />
      {costs && analysis && (
        <div aria-live="polite">
          {analysis.ok ? (
            <CostResults inputs={costs} analysis={analysis.value} nameOf={(b) => candidateLabel(session, b.candidateId)} />
          ) : (
            <p className="warning">{analysis.error}</p>
          )}
        </div>
      )}
    </section>
  );
}
