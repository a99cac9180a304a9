import { decide } from '../../domain/decision';
import { revisitByOf } from '../../domain/guidance/follow-ups';
import type { Session } from '../../domain/session';

const weeks = (value: number | null) => (value === null ? 'not estimated' : `${value} week${value === 1 ? '' : 's'}`);

/** The follow-ups as the team recorded them; only what was written down or applies, as text. */
export function RecordFollowUps({ session }: { session: Session }) {
  const f = session.followUps;
  const outcome = decide(session).outcome;
  const buys = outcome === 'buy' || outcome === 'buy-and-wrap';
  const names = f.unstableRequirements.map((id) => session.framing.requirements.find((r) => r.id === id)?.name).filter(Boolean);
  const triggers = f.triggers.map((t) => t.trim()).filter(Boolean);
  const facts: [string, string][] = [
    ['Why buying will not do', f.whyNotBuy.trim()],
    ['Exit plan: how the data comes out', f.exitPlan.dataOut.trim()],
    ['Exit plan: what we would move to', f.exitPlan.alternative.trim()],
    ['Evaluation and integration', buys || f.evaluationWeeks !== null || f.integrationWeeks !== null ? `${weeks(f.evaluationWeeks)} to evaluate, ${weeks(f.integrationWeeks)} to integrate` : ''],
    ['Operators to ramp up', f.operators === null ? '' : String(f.operators)],
    ['Requirements expected to change', names.join(', ')],
    ['Owner', f.owner.trim()],
    ['Backup owner', f.backupOwner.trim()],
    ['Revisit by', outcome ? revisitByOf(session, outcome) : ''],
    ['What reopens it sooner', triggers.join('; ')],
  ];
  const shown = facts.filter(([, value]) => value !== '');
  return (
    <section className="card" aria-labelledby="record-follow-ups">
      <h2 id="record-follow-ups">Follow-ups</h2>
      {shown.length === 0 ? (
        <p>No follow-ups recorded.</p>
      ) : (
        <dl className="record-facts">
          {shown.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
