/**
 * A record whose every string field holds a hostile payload (issue 11's "escape
 * at the edge"): each would run script, inject an element, close a code span,
 * a comment or a Mermaid label, or garble XML if an exporter let it through.
 * Fields the schema constrains (dates, enums, and ids once they have a format)
 * keep their generated value, so the record stays one the app accepts.
 */
import { DecisionRecordSchema, type DecisionRecord } from '../../record/record';

export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '[click](javascript:window.__pwned=3)',
  'x`\n\n<svg onload=window.__pwned=4>\n\n`',
  '"><iframe src="javascript:window.__pwned=5"></iframe>',
  '--> <a href="javascript:window.__pwned=6">a</a> <!--',
  '``` \n<details open ontoggle=window.__pwned=7>\n```',
  '"]; click A call window.__pwned(8) %% | -->|"x"| B',
  '\u0000\u0008\u001b\u202e<b onmouseover=window.__pwned=9>ctl</b>\uFFFF',
  '<![CDATA[ ]]> &lt;script&gt; &#60;img src=x onerror=window.__pwned=10&#62;',
  'https://example.com/"onmouseover="window.__pwned=11" <javascript:window.__pwned=12>',
] as const;

type Path = readonly (string | number)[];

function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function setAt(target: unknown, path: Path, value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}

const startsWith = (path: readonly PropertyKey[], prefix: readonly PropertyKey[]) => prefix.length <= path.length && prefix.every((key, i) => key === path[i]);

const getAt = (target: unknown, path: Path): unknown => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], target);

/** `record` with every string field set to one of `PAYLOADS` in turn, except where the schema refuses it. */
export function withHostileStrings(record: DecisionRecord): DecisionRecord {
  const copy = structuredClone(record);
  const paths = stringPaths(copy);
  paths.forEach((path, i) => setAt(copy, path, PAYLOADS[i % PAYLOADS.length]));
  // Put back, round by round, the fields the schema refused: an id or enum that changed can invalidate another field.
  for (let round = 0; round < 10; round += 1) {
    const parsed = DecisionRecordSchema.safeParse(copy);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      // The field itself, or every string under the object the issue is about.
      const related = paths.filter((p) => startsWith(issue.path, p) || startsWith(p, issue.path));
      for (const path of related) setAt(copy, path, getAt(record, path));
    }
  }
  throw new Error('the record did not become valid with its constrained fields restored');
}

/** How many string fields of `record` hold a payload. */
export function hostileFieldCount(record: DecisionRecord, hostile: DecisionRecord): number {
  return stringPaths(hostile).filter((path) => getAt(hostile, path) !== getAt(record, path)).length;
}
