import * as z from 'zod/mini';
import { amount } from '../cost/limits';
import { LayerSchema } from './layers';

export const SIDES = ['buy', 'build'] as const;
export const SideSchema = z.enum(SIDES, { error: 'Mark the line as buy or build' });
export type Side = z.infer<typeof SideSchema>;

/** Spend that belongs to no decision (licences, API fees, seats, harness engineering hours), added by hand (docs/domain.md#portfolio). */
export const SpendLineSchema = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string().check(z.trim(), z.minLength(1, { error: 'Say what the spend is for' }), z.maxLength(200, { error: 'Keep the label under 200 characters' })),
  side: SideSchema,
  layer: LayerSchema,
  /** A year's spend, in minor units of the portfolio's currency. */
  yearly: amount('the yearly spend'),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'Use a three-letter currency code such as USD or EUR' })),
});
export type SpendLine = z.infer<typeof SpendLineSchema>;

/** The stored list, with its own version: bump it with a step in `readSpendLines` when the shape changes. */
export const SPEND_LINES_VERSION = 1;
export const SpendLinesDocSchema = z.object({ version: z.literal(SPEND_LINES_VERSION), lines: z.array(SpendLineSchema) });

/** The stored text as lines, or why it cannot be read (the caller keeps the text and writes nothing over it). */
export function readSpendLines(text: string | null): { ok: true; lines: SpendLine[] } | { ok: false; message: string } {
  if (text === null) return { ok: true, lines: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The stored spend lines are not valid JSON.' };
  }
  const parsed = SpendLinesDocSchema.safeParse(raw);
  return parsed.success ? { ok: true, lines: parsed.data.lines } : { ok: false, message: `The stored spend lines could not be read: ${parsed.error.issues[0]?.message ?? 'unknown shape'}.` };
}

export function writeSpendLines(lines: readonly SpendLine[]): string {
  return JSON.stringify({ version: SPEND_LINES_VERSION, lines });
}
