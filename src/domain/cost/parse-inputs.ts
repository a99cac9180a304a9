import { err, ok, type Result } from '../result';
import { CostInputsSchema, type CostInputs } from './schemas';

/** The inputs, or one message per field path (`buy.0.pricing.price`) for the form to show at the field. */
export function parseCostInputs(input: unknown): Result<CostInputs, Record<string, string>> {
  const parsed = CostInputsSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const messages: Record<string, string> = {};
  for (const issue of parsed.error.issues) messages[issue.path.map(String).join('.')] ??= issue.message;
  return err(messages);
}
