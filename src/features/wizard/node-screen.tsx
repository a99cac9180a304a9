import { useRef, type ReactNode } from 'react';
import type { NodeId } from '../../domain/answers';
import { TREE } from '../../domain/tree';
import { ErrorSummary } from '../../ui/error-summary';
import { useFocusFirstInvalid } from '../../ui/focus-first-invalid';
import { StepHeading } from '../../ui/step-heading';
import { TextField } from '../../ui/text-field';
import { useSessionStore, type SessionStore } from '../../store/session-store';
import { BackButton } from './back-button';
import { NodeGuidance } from './node-guidance';
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

const selectSessionId = (s: SessionStore) => s.session?.id;

/**
 * The frame every node shares: number, question, the test, the node's own controls, guidance, rationale,
 * Back and Next. The answers come straight after the test so they start on a laptop's first screen
 * (1366 × 768); the guidance follows them, open on the node's first visit and folded after.
 */
export function NodeScreen({ node, form, onNext, rationale, onRationale, rationaleRequired = false, children }: NodeScreenProps) {
  const text = TREE[node];
  const ref = useRef<HTMLFormElement>(null);
  const sessionId = useSessionStore(selectSessionId);
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
      <section className="node-test" aria-labelledby={`${node}-test`}>
        <h2 id={`${node}-test`}>The test</h2>
        <p>{text.test}</p>
        <p className="leads-to">
          {text.leadsTo.map((l) => (
            <span key={l.answer}>
              <strong>{l.answer}</strong> → {l.to}
            </span>
          ))}
        </p>
      </section>
      {form.message && <ErrorSummary title={form.message} messages={Object.values(form.errors)} />}
      <div className="node-controls">{children}</div>
      {sessionId && <NodeGuidance sessionId={sessionId} node={node} />}
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
