import { useState } from 'react';
import { decide } from '../../domain/decision';
import { followUpChecklist, followUpsFor, rampUp, revisitByOf } from '../../domain/guidance/follow-ups';
import type { FollowUps } from '../../domain/guidance/schemas';
import { outcomeWarnings } from '../../domain/guidance/warnings';
import { sendGuidance } from '../../store/guidance-actions';
import { selectSession, useSessionStore } from '../../store/session-store';
import { TextField } from '../../ui/text-field';
import { Checklist } from './checklist';
import { NumberField } from './number-field';
import { OutcomeWarnings } from './outcome-warnings';
import { RequirementChanges } from './requirement-changes';
import { RevisitFields } from './revisit-fields';
import './follow-ups.css';

/** The follow-ups the outcome demands (docs/domain.md#follow-ups, #organisation-profiles): a checklist, the warnings, and the fields to fill them in. */
export function FollowUpsPanel() {
  const session = useSessionStore(selectSession);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const outcome = session ? decide(session).outcome : null;
  if (!session || !outcome) return null;
  const f = session.followUps;
  const keys = new Set(followUpsFor(outcome, session.framing));
  const update = (patch: Partial<FollowUps>) => {
    const result = sendGuidance({ type: 'follow-ups.edited', followUps: { ...f, ...patch } });
    setErrors(result && !result.ok ? { ...result.error.errors } : {});
  };
  const reasons = [session.answers.differentiator?.rationale, session.answers.maturity?.rationale].filter((r) => r && r.trim() !== '');
  const ramp = f.operators === null ? null : rampUp(f.operators);

  return (
    <section className="card follow-ups" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">Follow-ups</h2>
      <OutcomeWarnings warnings={outcomeWarnings(session)} />
      <Checklist items={followUpChecklist(session)} />

      {keys.has('why-not-buy') && (
        <TextField
          name="whyNotBuy"
          multiline
          rows={3}
          label="Why will buying not do? (required to decide)"
          hint={reasons.length > 0 ? `Your rationale so far: ${reasons.join(' — ')}` : 'What no product on the market can do for you, in your system.'}
          value={f.whyNotBuy}
          onChange={(whyNotBuy) => update({ whyNotBuy })}
        />
      )}
      {keys.has('owners') && (
        <div className="field-pair">
          <TextField name="owner" label="Named owner" value={f.owner} onChange={(owner) => update({ owner })} />
          <TextField name="backupOwner" label="Backup owner" value={f.backupOwner} onChange={(backupOwner) => update({ backupOwner })} />
        </div>
      )}
      {keys.has('exit-plan') && (
        <fieldset className="exit-plan">
          <legend>Exit plan</legend>
          <TextField
            name="exitPlan.dataOut"
            multiline
            rows={2}
            label="How does the data come out?"
            value={f.exitPlan.dataOut}
            onChange={(dataOut) => update({ exitPlan: { ...f.exitPlan, dataOut } })}
          />
          <TextField
            name="exitPlan.alternative"
            multiline
            rows={2}
            label="What would you move to?"
            value={f.exitPlan.alternative}
            onChange={(alternative) => update({ exitPlan: { ...f.exitPlan, alternative } })}
          />
        </fieldset>
      )}
      {keys.has('effort') && (
        <div className="field-pair">
          <NumberField name="evaluationWeeks" label="Evaluation (weeks)" hint="Trials, references, proof of concept." value={f.evaluationWeeks} onChange={(evaluationWeeks) => update({ evaluationWeeks })} />
          <NumberField name="integrationWeeks" label="Integration (weeks)" hint="Wiring it into your system, estimated on its own." value={f.integrationWeeks} onChange={(integrationWeeks) => update({ integrationWeeks })} />
        </div>
      )}
      {keys.has('ramp-up') && (
        <div className="ramp-up">
          <NumberField name="operators" integer label="Engineers who will operate it" value={f.operators} onChange={(operators) => update({ operators })} />
          <p aria-live="polite" className="ramp-up-total">
            {ramp && `Ramp-up: ${f.operators} × 1–2 weeks = ${ramp.minWeeks}–${ramp.maxWeeks} engineer-weeks in all.`}
          </p>
        </div>
      )}
      <RequirementChanges framing={session.framing} followUps={f} onChange={update} />
      <RevisitFields outcome={outcome} revisitBy={revisitByOf(session, outcome)} followUps={f} error={errors.revisitBy} onChange={update} />
    </section>
  );
}
