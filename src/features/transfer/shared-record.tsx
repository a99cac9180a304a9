import { explain } from '../../domain/explain';
import { describePath } from '../../domain/explain';
import type { SharedRecord } from '../../domain/export/share-link';
import { OUTCOME_NAMES } from '../../domain/outcomes';
import { BUCKET_NAMES } from '../../domain/framing';
import { SafeText } from './safe-text';


/** A shared revision, read-only: framing, path with answers and rationale, outcome and reasons. */
export function SharedRecordBody({ shared }: { shared: SharedRecord }) {
  const { session } = shared.revision;
  const { framing } = session;
  const explanation = explain(session);
  const chosen = explanation.decision.chosen;
  const reasons = chosen ? (chosen.key.kind === 'candidate' ? (explanation.candidates.get(chosen.key.candidateId) ?? []) : explanation.inHouse) : [];
  return (
    <>
      <h2>Context</h2>
      <p>
        <SafeText text={framing.description || 'No description was given.'} />
      </p>
      <p>
        Decided on {framing.date}
        {framing.facilitator && (
          <>
            , facilitated by <SafeText text={framing.facilitator} />
          </>
        )}
        {framing.participants.length > 0 && (
          <>
            , with <SafeText text={framing.participants.join(', ')} />
          </>
        )}
        .
      </p>
      <h2>Outcome</h2>
      {chosen ? (
        <>
          <p>
            <strong>{OUTCOME_NAMES[chosen.outcome]}</strong>: <SafeText text={chosen.label} />
          </p>
          <ul>
            {reasons.map((reason, i) => (
              <li key={i}>
                <SafeText text={reason} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>No outcome yet: the session was not finished.</p>
      )}
      <h2>Path through the tree</h2>
      <ol>
        {describePath(session).map((step) => (
          <li key={step.node}>
            <strong>{step.title}</strong> <SafeText text={step.answer} />
            {session.answers[step.node]?.rationale.trim() && (
              <>
                {' — '}
                <SafeText text={session.answers[step.node]?.rationale ?? ''} />
              </>
            )}
          </li>
        ))}
      </ol>
      <h2>Options considered</h2>
      <ul>
        {framing.candidates.map((c) => (
          <li key={c.id}>
            <SafeText text={c.name} />
            {c.vendor && (
              <>
                {' '}
                (<SafeText text={c.vendor} />)
              </>
            )}
            {c.notes && (
              <>
                {' — '}
                <SafeText text={c.notes} />
              </>
            )}
          </li>
        ))}
        <li>Build it ourselves</li>
      </ul>
      {framing.requirements.length > 0 && (
        <>
          <h2>Requirements</h2>
          <ul>
            {framing.requirements.map((r) => (
              <li key={r.id}>
                {BUCKET_NAMES[r.bucket]}: <SafeText text={r.name} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
