import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { describeIssues, fieldErrors } from './zod-issues';

const Schema = z.object({ name: z.string().check(z.minLength(1, 'Name it')), items: z.array(z.number()) });
const issuesOf = (value: unknown) => {
  const parsed = Schema.safeParse(value);
  if (parsed.success) throw new Error('expected a failure');
  return parsed.error.issues;
};

describe('zod issues', () => {
  it('keys one message per dotted field path', () => {
    expect(fieldErrors(issuesOf({ name: '', items: [1, 'x'] }))).toEqual({ name: 'Name it', 'items.1': expect.any(String) as string });
  });

  it('describes the first few issues in one line and counts the rest', () => {
    const text = describeIssues(issuesOf({ name: '', items: ['a', 'b', 'c'] }), 2, '(whole)');
    expect(text).toMatch(/^name: Name it; items\.0: .+ \(and 2 more\)$/);
    expect(describeIssues(issuesOf('nope'), 3, '(whole)')).toMatch(/^\(whole\): /);
  });
});
