import * as z from 'zod/mini';
import { YesNoSchema } from '../../../domain/answers';
import { suggestMaintenance } from '../../../domain/rules';
import type { Session } from '../../../domain/session';
import { RadioGroup } from '../../../ui/radio-group';
import { Suggestion } from '../../../ui/suggestion';
import { followOrOverride, labelOf, YES_NO } from '../choices';
import { NodeScreen } from '../node-screen';
import { OverrideReason } from '../override-reason';
import { useAnswerForm } from '../use-answer-form';
import { useStepInput } from '../use-step-input';

/** Node 5's form as typed; `picked` is null while the team follows the suggestion. */
const MaintenanceInputSchema = z.object({ picked: z.nullable(YesNoSchema), overrideReason: z.string(), rationale: z.string() });

/** Node 5: can the team give a fifth of an engineer to it, for good? Suggested from the framing's capacity. */
export function MaintenanceNode({ session }: { session: Session }) {
  const suggestion = suggestMaintenance(session.framing.capacity);
  const given = session.answers.maintenance;
  const [input, setInput] = useStepInput('maintenance', MaintenanceInputSchema, () => ({
    picked: given ? followOrOverride(given.answer, given.suggested) : null,
    overrideReason: given?.overrideReason ?? '',
    rationale: given?.rationale ?? '',
  }));
  const { picked, overrideReason, rationale } = input;
  const setRationale = (value: string) => setInput((i) => ({ ...i, rationale: value }));
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
      <RadioGroup
        name="answer"
        legend="Can the team maintain it for good?"
        value={answer}
        suggested={suggestion.suggested}
        choices={YES_NO}
        onChange={(v) => setInput((i) => ({ ...i, picked: followOrOverride(v, suggestion.suggested) }))}
      />
      {/* After the choice (which marks the suggested one), so the answer starts on a laptop's first screen. */}
      <Suggestion reasons={suggestion.reasons}>
        <strong>{labelOf(YES_NO, suggestion.suggested)}</strong>, from the capacity you gave in the framing.
      </Suggestion>
      <OverrideReason name="overrideReason" show={overridden} value={overrideReason} error={form.errors.overrideReason} onChange={(value) => setInput((i) => ({ ...i, overrideReason: value }))} />
    </NodeScreen>
  );
}
