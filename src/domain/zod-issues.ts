/** The part of a zod issue the app reads: where it is and what is wrong. */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** A field path as the forms key it: `candidates.0.name`; the empty path is the whole value. */
export const fieldPath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** One message per field path (the first zod gives), for a form to show beside the field. */
export function fieldErrors(issues: readonly SchemaIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[fieldPath(issue.path)] ??= issue.message;
  return errors;
}

/** The first `limit` issues in one line, e.g. `title: Too short; date: Invalid (and 2 more)`. */
export function describeIssues(issues: readonly SchemaIssue[], limit: number, whole: string): string {
  const first = issues.slice(0, limit).map((i) => `${fieldPath(i.path) || whole}: ${i.message}`);
  return `${first.join('; ')}${issues.length > limit ? ` (and ${issues.length - limit} more)` : ''}`;
}
