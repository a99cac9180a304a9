import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type * as z from 'zod/mini';
import type { Step } from '../../domain/session';
import { useSessionStore } from '../../store/session-store';

/**
 * A step screen's form state, like useState, also kept in the session store as the team
 * types, so the draft holds it and a reload comes back to the same half-filled step. It
 * starts from the kept input when that is for this step and fits `schema`, else from `initial`.
 * The setter is stable: memoised rows and cells may take callbacks built on it.
 */
export function useStepInput<S extends z.ZodMiniType>(step: Step, schema: S, initial: () => z.output<S>): [z.output<S>, Dispatch<SetStateAction<z.output<S>>>] {
  const [value, setValue] = useState<z.output<S>>(() => {
    const kept = useSessionStore.getState().stepInput;
    const parsed = kept?.step === step ? schema.safeParse(kept.value) : null;
    return parsed?.success ? parsed.data : initial();
  });
  const first = useRef(value);
  useEffect(() => {
    // Only a change is worth keeping: opening a step is not an edit.
    if (value !== first.current) useSessionStore.getState().keepStepInput(step, value);
  }, [step, value]);
  return [value, setValue];
}
