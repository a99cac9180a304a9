import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AnswerInput } from '../../domain/answers';
import type { FieldErrors } from '../../domain/framing';
import { selectRejection, useSessionStore, type SessionStore } from '../../store/session-store';

// One empty object, not a new one per render: the memoised grid cells and cards compare it.
const NO_ERRORS: FieldErrors = {};

const selectSubmit = (s: SessionStore) => ({ answer: s.answer, dismissRejection: s.dismissRejection });

export interface AnswerForm {
  /** Messages by field key: the form's own checks, or else the engine's. */
  readonly errors: FieldErrors;
  /** Title of the error summary; null when there is nothing to show. */
  readonly message: string | null;
  /** Changes identity on every refused submit, to move focus to the first invalid field. */
  readonly attempt: object | null;
  /** Sends the answer unless the form's own checks found something the engine cannot see. */
  readonly submit: (input: AnswerInput, localErrors?: FieldErrors) => void;
}

/** Submitting a node's answer and showing why it was refused. */
export function useAnswerForm(): AnswerForm {
  const rejection = useSessionStore(selectRejection);
  const { answer, dismissRejection } = useSessionStore(useShallow(selectSubmit));
  const [local, setLocal] = useState<{ errors: FieldErrors } | null>(null);
  const submit = (input: AnswerInput, localErrors: FieldErrors = {}) => {
    const count = Object.keys(localErrors).length;
    if (count > 0) {
      dismissRejection();
      setLocal({ errors: localErrors });
      return;
    }
    setLocal(null);
    answer(input);
  };
  if (local) {
    const count = Object.keys(local.errors).length;
    return { errors: local.errors, message: count === 1 ? 'One answer needs attention.' : `${count} answers need attention.`, attempt: local, submit };
  }
  return { errors: rejection?.errors ?? NO_ERRORS, message: rejection?.message ?? null, attempt: rejection, submit };
}
