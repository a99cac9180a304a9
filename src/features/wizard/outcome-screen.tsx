import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { needsAdoption } from '../../domain/decision';
import { describePath, explain } from '../../domain/explain';
import { OUTCOME_NAMES } from '../../domain/outcomes';
import type { OptionKey, Session } from '../../domain/session';
import { sameOption } from '../../domain/walk';
import { useSessionStore, type SessionStore } from '../../store/session-store';
import { RadioGroup } from '../../ui/radio-group';
import { SectionJumps } from '../../ui/section-jumps';
import { OutcomeSlot } from '../../ui/slots';
import { StepHeading } from '../../ui/step-heading';
import { TextField } from '../../ui/text-field';
import { BackButton } from './back-button';

const selectOutcomeActions = (s: SessionStore) => ({ adopt: s.adopt, explainAdoption: s.explainAdoption, newDecision: s.newDecision });
const keyOf = (key: OptionKey) => (key.kind === 'in-house' ? 'in-house' : key.candidateId);

/** Where the tree lands: the outcome, why, the path taken, each candidate's result and the adopted option. */
export function OutcomeScreen({ session }: { session: Session }) {
  const { adopt, explainAdoption } = useSessionStore(useShallow(selectOutcomeActions));
  const [page, setPage] = useState<HTMLDivElement | null>(null);
  const explanation = explain(session);
  const { decision } = explanation;
  const chosen = decision.chosen;
  if (!chosen || !decision.outcome) {
    return (
      <div className="step outcome">
        <StepHeading>No outcome yet</StepHeading>
        <p>Some answers are missing. Go back and finish the path.</p>
        <BackButton />
      </div>
    );
  }
  const reasons = chosen.key.kind === 'in-house' ? explanation.inHouse : (explanation.candidates.get(chosen.key.candidateId) ?? []);
  const path = describePath(session);
  return (
    <div className="step outcome" ref={setPage}>
      <StepHeading kicker={`Outcome for ${session.framing.componentName}${chosen.key.kind === 'candidate' ? ` · ${chosen.label}` : ''}`}>
        {OUTCOME_NAMES[decision.outcome]}
      </StepHeading>
      <SectionJumps container={page} />
      <section aria-labelledby="outcome-why" className="card outcome-why">
        <h2 id="outcome-why">Why</h2>
        <ul>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </section>

      {needsAdoption(decision) && decision.proposed && (
        <RadioGroup
          name="adopted"
          className="adopt"
          legend="Which option does the team adopt?"
          hint={`Proposed: ${decision.proposed.label} (${OUTCOME_NAMES[decision.proposed.outcome]}), the best-ranked option.${decision.tieBreak ? ` ${decision.tieBreak}` : ''}`}
          value={keyOf(chosen.key)}
          suggested={keyOf(decision.proposed.key)}
          choices={decision.options.map((o) => ({ value: keyOf(o.key), label: `${o.label} — ${OUTCOME_NAMES[o.outcome]}` }))}
          onChange={(value) => {
            const option = decision.options.find((o) => keyOf(o.key) === value);
            if (option && !sameOption(option.key, chosen.key)) adopt(option.key);
          }}
        />
      )}
      {decision.proposed && !sameOption(chosen.key, decision.proposed.key) && (
        <TextField
          name="adoptionReason"
          label={`Why adopt ${chosen.label} over the proposal?`}
          hint="The reason goes into the record and its Markdown, beside the proposal the team set aside."
          multiline
          rows={2}
          value={session.adoptionReason}
          onChange={explainAdoption}
        />
      )}

      <section aria-labelledby="outcome-path" className="card">
        <h2 id="outcome-path">The path</h2>
        <ol className="path">
          {path.map((p) => (
            <li key={p.node}>
              <span className="path-node">
                Node {p.number}: {p.title}
              </span>{' '}
              <span className="path-answer">{p.answer}</span>
            </li>
          ))}
        </ol>
      </section>

      {decision.walk.candidates.length > 0 && (
        <section aria-labelledby="outcome-candidates" className="card">
          <h2 id="outcome-candidates">Each candidate</h2>
          <ul className="candidate-results">
            {decision.walk.candidates.map(({ candidate, outcome }) => (
              <li key={candidate.id}>
                <h3>
                  {candidate.name}: <span className={`outcome-tag outcome-${outcome ?? 'none'}`}>{outcome ? OUTCOME_NAMES[outcome] : 'No outcome'}</span>
                </h3>
                <ul>
                  {(explanation.candidates.get(candidate.id) ?? []).map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}

      <OutcomeSlot />
      <div className="actions">
        <BackButton />
      </div>
    </div>
  );
}
