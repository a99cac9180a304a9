import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { PROBLEM_KINDS, type ProblemKind } from '../domain/decision-folder/problems';

export const DEFAULT_DIR = 'docs/decisions';

export type Command =
  | { readonly name: 'help' }
  | { readonly name: 'version' }
  | {
      readonly name: 'check';
      readonly dir: string;
      readonly today: string | null;
      readonly failOn: readonly ProblemKind[];
      readonly format: 'text' | 'json';
    }
  | { readonly name: 'index'; readonly dir: string; readonly today: string | null; readonly check: boolean };

/** A command line the tool cannot run, said in one line. */
export class UsageError extends Error {}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  today: { type: 'string' },
  'fail-on': { type: 'string' },
  format: { type: 'string' },
  check: { type: 'boolean' },
} as const;

/** The flags as parseArgs hands them over, checked. */
const FlagsSchema = z.object({
  help: z.optional(z.boolean()),
  version: z.optional(z.boolean()),
  today: z.optional(z.iso.date({ error: (issue) => `--today wants a date as YYYY-MM-DD, got "${String(issue.input)}"` })),
  'fail-on': z.optional(z.string()),
  format: z.optional(z.enum(['text', 'json'], { error: (issue) => `--format is text or json, not "${String(issue.input)}"` })),
  check: z.optional(z.boolean()),
});

/** Reads `forkpoint <command> [DIR] [flags]`; throws UsageError for anything it does not know. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? firstSentence(error.message) : 'cannot read the command line');
  }
  const flags = FlagsSchema.safeParse(parsed.values);
  if (!flags.success) throw new UsageError(flags.error.issues[0]?.message ?? 'cannot read the flags');
  const values = flags.data;
  const positionals = parsed.positionals;
  if (values.version) return { name: 'version' };
  const [command, dir = DEFAULT_DIR, ...extra] = positionals;
  if (values.help || command === undefined || command === 'help') return { name: 'help' };
  if (extra.length > 0) throw new UsageError(`one folder at most, got also: ${extra.join(' ')}`);
  const today = values.today ?? null;

  switch (command) {
    case 'check': {
      if (values.check) throw new UsageError('--check belongs to "forkpoint index"');
      return { name: 'check', dir, today, failOn: failOn(values['fail-on']), format: values.format ?? 'text' };
    }
    case 'index': {
      if (values['fail-on'] !== undefined || values.format !== undefined) {
        throw new UsageError('--fail-on and --format belong to "forkpoint check"');
      }
      return { name: 'index', dir, today, check: values.check === true };
    }
    default:
      throw new UsageError(`unknown command "${command}": use check or index (forkpoint --help)`);
  }
}

function failOn(text: string | undefined): readonly ProblemKind[] {
  if (text === undefined) return [];
  const words = text.split(',').map((w) => w.trim()).filter(Boolean);
  if (words.includes('any')) return PROBLEM_KINDS;
  const unknown = words.filter((w) => !(PROBLEM_KINDS as readonly string[]).includes(w));
  if (unknown.length > 0 || words.length === 0) {
    throw new UsageError(`--fail-on takes any or a list of ${PROBLEM_KINDS.join(', ')}; not "${unknown.join(',') || text}"`);
  }
  return PROBLEM_KINDS.filter((kind) => words.includes(kind));
}

function firstSentence(text: string): string {
  return text.split(/(?<=[.'])\s|\n/)[0] ?? text;
}
