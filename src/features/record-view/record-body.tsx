import { NODE_IDS } from '../../domain/answers';
import { describePath, explain, summarise } from '../../domain/explain';
import { OUTCOME_NAMES } from '../../domain/outcomes';
import { BUCKET_NAMES, capacityWords, PROFILE_NAMES } from '../../domain/framing';
import type { Revision } from '../../domain/record/record';
import { TREE } from '../../domain/tree';
import { RecordFollowUps } from './record-follow-ups';
import { RecordOverrides } from './record-overrides';
import { RecordVendorScores } from './record-vendor-scores';

/** One revision, read-only: framing, path, answers, reasons, outcome and follow-ups. All text is rendered as text. */
export function RecordBody({ revision }: { revision: Revision }) {
  const { session } = revision;
  const { framing, answers } = session;
  const capacity = capacityWords(framing.capacity);
  const explanation = explain(session);
  const { decision } = explanation;
  const path = describePath(session);
  const chosen = decision.chosen;
  const reasons = chosen ? (chosen.key.kind === 'in-house' ? explanation.inHouse : (explanation.candidates.get(chosen.key.candidateId) ?? [])) : [];
  return (
    <>
      <section className="card record-outcome" aria-labelledby="record-outcome">
        <h2 id="record-outcome">Outcome</h2>
        <p className="record-outcome-name">{decision.outcome ? OUTCOME_NAMES[decision.outcome] : 'No outcome yet: the walk is unfinished.'}</p>
        {chosen && <p>Adopted option: {chosen.label}</p>}
        {chosen && decision.proposed && decision.proposed.label !== chosen.label && (
          <p>
            Adopted over the app’s proposal, {decision.proposed.label} ({OUTCOME_NAMES[decision.proposed.outcome]}):{' '}
            {session.adoptionReason.trim() || 'no reason was given.'}
          </p>
        )}
        {reasons.length > 0 && (
          <>
            <h3>Why</h3>
            <ul>
              {reasons.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="record-framing">
        <h2 id="record-framing">Framing</h2>
        <dl className="record-facts">
          <dt>Component</dt>
          <dd>{framing.componentName}</dd>
          <dt>What it does</dt>
          <dd>{framing.description || '—'}</dd>
          <dt>Team capacity</dt>
          <dd>
            {capacity.engineers}, {capacity.systems}, {capacity.spare} of spare time
          </dd>
          <dt>Organisation profile</dt>
          <dd>{PROFILE_NAMES[framing.profile]}</dd>
          <dt>Candidates</dt>
          <dd>{framing.candidates.length ? framing.candidates.map((c) => `${c.name}${c.vendor ? ` (${c.vendor})` : ''}${c.notes ? ` — ${c.notes}` : ''}`).join('; ') : 'None listed'}</dd>
          <dt>Requirements</dt>
          <dd>{framing.requirements.length ? framing.requirements.map((r) => `${r.name} (${BUCKET_NAMES[r.bucket]})`).join('; ') : 'None listed'}</dd>
          <dt>Participants</dt>
          <dd>{framing.participants.join(', ') || '—'}</dd>
          <dt>Facilitator</dt>
          <dd>{framing.facilitator || '—'}</dd>
          <dt>Date</dt>
          <dd>{framing.date}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="record-path">
        <h2 id="record-path">Path through the tree</h2>
        {path.length === 0 ? (
          <p>No node answered yet.</p>
        ) : (
          <ol className="record-path">
            {path.map((step) => (
              <li key={step.node}>
                <strong>
                  {step.number}. {step.title}
                </strong>{' '}
                → {step.answer}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card" aria-labelledby="record-answers">
        <h2 id="record-answers">Answers</h2>
        <dl className="record-facts">
          {NODE_IDS.filter((node) => answers[node]).map((node) => (
            <div key={node}>
              <dt>{TREE[node].question}</dt>
              <dd>
                {summarise(framing, answers, node)}
                {answers[node]?.rationale.trim() && <span className="record-rationale"> — Rationale: {answers[node]?.rationale.trim()}</span>}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <RecordOverrides session={session} />
      <RecordVendorScores session={session} />
      <RecordFollowUps session={session} />
    </>
  );
}
