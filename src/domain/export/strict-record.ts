import type * as z from 'zod/mini';
import { scanKeys } from '../prototype-keys';
import { DecisionRecordSchema, type DecisionRecord } from '../record/record';
import { checkRecordShape, MAX_RECORD_NESTING } from '../record/readable';
import { restoreFormat, type Restored } from '../record/restore';
import { ok } from '../result';
import { sharedIds } from '../record/session-ids';
import { jsonPath, parsedFail, parsedOk, type ImportProblem, type Parsed } from './problems';

const MAX_PROBLEMS = 5;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses untrusted data as a decision record, strictly: a format version it can
 * read (older ones are restored to today's), the schema, no prototype keys, no key the schema does not know, no two
 * candidates or requirements sharing an id. `context` prefixes each location
 * (e.g. "data block (line 80)").
 */
export function parseRecordStrict(raw: unknown, file: string, context = ''): Parsed<DecisionRecord> {
  const at = (path: readonly PropertyKey[]) => `${context}${jsonPath(path)}`;
  const problem = (path: readonly PropertyKey[], message: string): ImportProblem => ({ file, where: at(path), message });

  if (!isObject(raw)) return parsedFail(problem([], 'Expected a decision record (a JSON object).'));
  const parsed = parseStrict(DecisionRecordSchema, raw, file, context, (r) => restoreFormat(r, 'record'));
  if (!parsed.ok) return parsed;

  const collisions = idCollisions(parsed.value).map(({ path, message }) => problem(path, message));
  if (collisions.length > 0) return parsedFail(...collisions.slice(0, MAX_PROBLEMS));
  // The check storage applies on every write and read: an import it would refuse is refused here, in the preview.
  // The schema's part of it has just passed, and its output passes it again (strict-record.test.ts).
  const readable = checkRecordShape(parsed.value);
  if (!readable.ok) return parsedFail(problem([], `Forkpoint could not read this record back once stored. ${readable.error}`));
  return parsed;
}

/**
 * Parses untrusted data with a zod schema, refusing prototype keys (before zod
 * or `restore` copies anything) and keys the schema does not know. `restore`
 * brings data written in an older record format up to today's first.
 */
export function parseStrict<T>(schema: z.ZodMiniType<T>, raw: unknown, file: string, context = '', restore?: (raw: unknown) => Restored): Parsed<T> {
  const problem = (path: readonly PropertyKey[], message: string): ImportProblem => ({ file, where: `${context}${jsonPath(path)}`, message });
  const scan = scanKeys(raw, Number.POSITIVE_INFINITY, MAX_RECORD_NESTING);
  // Checked before zod and the unknown-key walk, which recurse.
  if (scan.kind === 'too-deep') return parsedFail(problem([], `It nests more than ${MAX_RECORD_NESTING} levels deep; no Forkpoint record does.`));
  if (scan.kind === 'prototype-key') {
    const prototypeKey = scan.path;
    return parsedFail(problem(prototypeKey, `The key "${String(prototypeKey[prototypeKey.length - 1])}" is not allowed: it could tamper with the app’s objects.`));
  }
  const restored = restore ? restore(raw) : ok(raw);
  if (!restored.ok) return parsedFail(problem(restored.error.path, restored.error.message));
  const parsed = schema.safeParse(restored.value);
  if (!parsed.success) return parsedFail(...parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => problem(issue.path, issue.message)));
  const unknown = findUnknownKey(restored.value, parsed.data, []);
  if (unknown) return parsedFail(problem(unknown, `Unknown key "${String(unknown[unknown.length - 1])}": this is not part of a Forkpoint record.`));
  return parsedOk(parsed.data);
}

/**
 * zod objects drop keys they do not know, so a key in the input but not in the output is unknown.
 * `path` is one stack, pushed and popped on the way (a copy per node cost more than the walk); copied when found.
 */
function findUnknownKey(input: unknown, output: unknown, path: PropertyKey[]): PropertyKey[] | null {
  if (Array.isArray(input) && Array.isArray(output)) {
    for (let i = 0; i < input.length; i++) {
      path.push(i);
      const found = findUnknownKey(input[i], output[i], path);
      path.pop();
      if (found) return found;
    }
  } else if (isObject(input) && isObject(output)) {
    for (const key of Object.keys(input)) {
      path.push(key);
      const found = Object.hasOwn(output, key) ? findUnknownKey(input[key], output[key], path) : [...path];
      path.pop();
      if (found) return found;
    }
  }
  return null;
}

function idCollisions(record: DecisionRecord): { path: PropertyKey[]; message: string }[] {
  const found = record.revisions.flatMap((revision, r) =>
    sharedIds(revision.session).map(({ path, id }) => ({ path: ['revisions', r, 'session', ...path], message: `The id "${id}" is used twice.` })),
  );
  const numbers = new Set<number>();
  record.revisions.forEach((revision, r) => {
    if (numbers.has(revision.number)) found.push({ path: ['revisions', r, 'number'], message: `Revision number ${revision.number} appears twice.` });
    numbers.add(revision.number);
  });
  return found;
}
