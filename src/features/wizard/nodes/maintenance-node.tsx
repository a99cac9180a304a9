import { useState } from 'react';
import type { YesNo } from '../../../domain/answers';
import { suggestMaintenance } from '../../../domain/rules';
import type { Session } from '../../../domain/session';
import { RadioGroup } from '../../../ui/radio-group';
import { Suggestion } from '../../../ui/suggestion';
import { followOrOverride, labelOf, YES_NO } from '../choices';
import { NodeScreen } from '../node-screen';
import { OverrideReason } from '../override-reason';
import { useAnswerForm } from '../use-answer-form';

/** Node 5: can the team give a fifth of an engineer to it, for good? Suggested from the framing's capacity. */
export function MaintenanceNode({ session }: { session: Session }) {
  const suggestion = suggestMaintenance(session.framing.capacity);
  const given = session.answers.maintenance;
  const [picked, setPicked] = useState<YesNo | null>(given ? followOrOverride(given.answer, given.suggested) : null);
  const [overrideReason, setOverrideReason] = useState(given?.overrideReason ?? '');
  const [rationale, setRationale] = useState(given?.rationale ?? '');
  const form = useAnswerForm();
  const answer = picked ?? suggestion.suggested;
  const overridden = answer !== suggestion.suggested;
  return (
    <NodeScreen
      node="maintenance"
      form={form}
      rationale={rationale}
      onRationale={setRationale}
      onNext={() => form.submit({ node: 'maintenance', answer, overrideReason: overridden ? overrideReason : '', rationale })}
    >
      <Suggestion reasons={suggestion.reasons}>
        <strong>{labelOf(YES_NO, suggestion.suggested)}</strong>, from the capacity you gave in the framing.
      </Suggestion>
      <RadioGroup
        name="answer"
        legend="Can the team maintain it for good?"
        value={answer}
        suggested={suggestion.suggested}
        choices={YES_NO}
        onChange={(v) => setPicked(followOrOverride(v, suggestion.suggested))}
      />
      <OverrideReason name="overrideReason" show={overridden} value={overrideReason} error={form.errors.overrideReason} onChange={setOverrideReason} />
    </NodeScreen>
  );
}
