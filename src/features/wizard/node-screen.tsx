import { useRef, type ReactNode } from 'react';
import type { NodeId } from '../../domain/answers';
import { TREE } from '../../domain/tree';
import { ErrorSummary } from '../../ui/error-summary';
import { NodeGuidanceSlot } from '../../ui/slots';
import { useFocusFirstInvalid } from '../../ui/focus-first-invalid';
import { StepHeading } from '../../ui/step-heading';
import { TextField } from '../../ui/text-field';
import { BackButton } from './back-button';
import type { AnswerForm } from './use-answer-form';

interface NodeScreenProps {
  node: NodeId;
  form: AnswerForm;
  onNext: () => void;
  rationale: string;
  onRationale: (value: string) => void;
  /** Node 1 "Yes" needs a written reason. */
  rationaleRequired?: boolean;
  children: ReactNode;
}

/** The frame every node shares: number, question, test, guidance, the node's own controls, rationale, Back and Next. */
export function NodeScreen({ node, form, onNext, rationale, onRationale, rationaleRequired = false, children }: NodeScreenProps) {
  const text = TREE[node];
  const ref = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(ref, form.attempt);
  return (
    <form
      ref={ref}
      className="step node"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onNext();
      }}
    >
      <StepHeading kicker={`Node ${text.number} of 5 · ${text.title}`}>{text.question}</StepHeading>
      <div className="node-brief">
        <section className="node-test" aria-labelledby={`${node}-test`}>
          <h2 id={`${node}-test`}>The test</h2>
          <p>{text.test}</p>
        </section>
        <section className="node-guidance" aria-labelledby={`${node}-guidance`}>
          <h2 id={`${node}-guidance`}>Guidance</h2>
          {text.guidance.map((g) => (
            <p key={g}>{g}</p>
          ))}
          <NodeGuidanceSlot node={node} />
          <p className="leads-to">
            {text.leadsTo.map((l) => (
              <span key={l.answer}>
                <strong>{l.answer}</strong> → {l.to}
              </span>
            ))}
          </p>
        </section>
      </div>
      {form.message && <ErrorSummary title={form.message} messages={Object.values(form.errors)} />}
      <div className="node-controls">{children}</div>
      <TextField
        name="rationale"
        label={rationaleRequired ? 'Rationale (required for “Yes”)' : 'Rationale (optional)'}
        hint={rationaleRequired ? 'What would your product lose if two competitors bought this from the same vendor?' : 'Why the team answered this way, for whoever reads the record later.'}
        multiline
        rows={3}
        value={rationale}
        error={form.errors.rationale}
        onChange={onRationale}
      />
      <div className="actions">
        <BackButton />
        <button type="submit" className="button-primary">
          Next
        </button>
      </div>
    </form>
  );
}
