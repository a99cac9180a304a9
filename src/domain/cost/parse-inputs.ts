import { err, ok, type Result } from '../result';
import { fieldErrors } from '../zod-issues';
import { CostInputsSchema, type CostInputs } from './schemas';

/** The inputs, or one message per field path (`buy.0.pricing.price`) for the form to show at the field. */
export function parseCostInputs(input: unknown): Result<CostInputs, Record<string, string>> {
  const parsed = CostInputsSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(fieldErrors(parsed.error.issues));
}
