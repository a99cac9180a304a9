import { describe, expect, it } from 'vitest';
import { categoryOf, isDecisionFileName, planRescan, type FileStamp } from './folder-scan';

const stamp = (path: string, size = 100, lastModified = 1): FileStamp => ({ path, size, lastModified });

describe('planRescan', () => {
  const previous = new Map([stamp('0001-a.md'), stamp('0002-b.md'), stamp('sec/0003-c.md')].map((s) => [s.path, s]));

  it('reads only new files and files whose size or last-modified time moved', () => {
    const plan = planRescan(previous, [stamp('0001-a.md'), stamp('0002-b.md', 101), stamp('sec/0003-c.md', 100, 2), stamp('0004-d.md')]);
    expect(plan.read).toEqual(['0002-b.md', 'sec/0003-c.md', '0004-d.md']);
    expect(plan.unchanged).toEqual(['0001-a.md']);
    expect(plan.gone).toEqual([]);
  });

  it('reports files that left the folder and reads nothing when nothing changed', () => {
    const plan = planRescan(previous, [stamp('0001-a.md'), stamp('sec/0003-c.md')]);
    expect(plan).toEqual({ read: [], gone: ['0002-b.md'], unchanged: ['0001-a.md', 'sec/0003-c.md'] });
  });
});

describe('decision files and categories', () => {
  it.each([
    ['0001-use-postgres.md', true],
    ['20260301-rotate-secrets.md', true],
    ['README.md', false],
    ['index.md', false],
    ['template.md', false],
    ['adr-template.md', false],
    ['.hidden.md', false],
    ['diagram.png', false],
  ])('%s is a decision file: %s', (name, expected) => expect(isDecisionFileName(name)).toBe(expected));

  it('takes the subfolder as the category', () => {
    expect(categoryOf('0001-a.md')).toBe('');
    expect(categoryOf('security/0003-c.md')).toBe('security');
    expect(categoryOf('platform/data/0004-d.md')).toBe('platform/data');
  });
});
