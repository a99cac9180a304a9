import * as z from 'zod/mini';
import { StepSchema } from './session';

/**
 * What the team has typed at a step but not yet submitted (ticked checks, grid cells, a
 * half-written rationale), kept so a reload or a closed tab does not lose it. The value is
 * the step screen's own form shape: that screen checks it with its own schema when it reads
 * it back, and starts empty when it does not fit (an older version of the form, a hand edit).
 */
export const StepInputSchema = z.object({ step: StepSchema, value: z.unknown() });
export type StepInput = z.infer<typeof StepInputSchema>;
