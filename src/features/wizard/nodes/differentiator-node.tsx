import * as z from 'zod/mini';
import { YesNoSchema } from '../../../domain/answers';
import type { Session } from '../../../domain/session';
import { RadioGroup } from '../../../ui/radio-group';
import { YES_NO } from '../choices';
import { NodeScreen } from '../node-screen';
import { useAnswerForm } from '../use-answer-form';
import { useStepInput } from '../use-step-input';

/** Node 1's form as typed. */
const DifferentiatorInputSchema = z.object({ answer: z.nullable(YesNoSchema), rationale: z.string() });

/** Node 1: would two competitors buying the same component take away your edge? */
export function DifferentiatorNode({ session }: { session: Session }) {
  const given = session.answers.differentiator;
  const [input, setInput] = useStepInput('differentiator', DifferentiatorInputSchema, () => ({ answer: given?.answer ?? null, rationale: given?.rationale ?? '' }));
  const { answer, rationale } = input;
  const setRationale = (value: string) => setInput((i) => ({ ...i, rationale: value }));
  const form = useAnswerForm();
  return (
    <NodeScreen
      node="differentiator"
      form={form}
      rationale={rationale}
      onRationale={setRationale}
      rationaleRequired={answer === 'yes'}
      onNext={() =>
        answer === null
          ? form.submit({ node: 'differentiator', answer: 'no', rationale }, { answer: 'Choose Yes or No.' })
          : form.submit({ node: 'differentiator', answer, rationale })
      }
    >
      <RadioGroup
        name="answer"
        legend={`Is ${session.framing.componentName} a core differentiator?`}
        value={answer}
        choices={YES_NO}
        error={form.errors.answer}
        onChange={(value) => setInput((i) => ({ ...i, answer: value }))}
      />
    </NodeScreen>
  );
}
