import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyMeta, type AdrMeta } from './adr-file';
import { readAdr } from './read-adr';

function read(path: string) {
  const result = readAdr(readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8'), path.split('/').pop() ?? path);
  if (!result.ok) throw new Error(`${path}: ${result.error.message}`);
  return result.value;
}

const meta = (fields: Partial<AdrMeta> & { title: string }): AdrMeta => ({ ...emptyMeta(fields.title), ...fields });

describe('reading the ADRs a team already has', () => {
  it('MADR 4: the front matter’s status, date and people, the title right after it', () => {
    const adr = read('madr4/0003-use-a-managed-queue.md');
    expect(adr.format).toBe('madr');
    expect(adr.meta).toEqual(meta({ number: 3, title: 'Use a managed queue for order events', status: 'accepted', date: '2025-03-14', decisionMakers: ['Priya Raman', 'Tomás Ferreira'], consulted: ['Platform team'], informed: ['Support leads'] }));
    expect(adr.body).toMatch(/^## Context and Problem Statement\n\nOrder events/);
    expect(adr.body).toContain('### Confirmation');
    expect(adr.record).toBeUndefined();
  });

  it('MADR 3: `deciders` on one line, a blank line before the title', () => {
    const adr = read('madr3/0004-keep-sessions-in-redis.md');
    expect(adr.format).toBe('madr');
    expect(adr.meta).toEqual(meta({ number: 4, title: 'Keep web sessions in Redis', status: 'proposed', date: '2024-11-02', decisionMakers: ['Ana Souza', 'Li Wei'], consulted: ['Security guild'], informed: ['Everyone on call'] }));
  });

  it('MADR’s minimal template: a title and the sections, nothing else', () => {
    const adr = read('madr-minimal/0005-log-in-json.md');
    expect(adr.format).toBe('madr');
    expect(adr.meta).toEqual(meta({ number: 5, title: 'Log in JSON' }));
    expect(adr.body.split('\n')[0]).toBe('## Context and Problem Statement');
  });

  it('MADR 2: the status list after the title, a superseded status with its link', () => {
    const adr = read('madr2/0002-choose-a-ui-kit.md');
    expect(adr.format).toBe('madr-2');
    expect(adr.meta).toEqual(meta({ number: 2, title: 'Choose a UI kit for the admin console', status: 'superseded by adr-0007', date: '2021-06-30', decisionMakers: ['Marta Nowak', 'Ibrahim Said'], supersededBy: ['0007-build-on-the-design-system.md'] }));
    expect(adr.body).toMatch(/^Technical Story: the console/);
    expect(adr.body).not.toContain('Status:');
  });

  it('log4brains: dash bullets with tags, a dated file name that is not a number', () => {
    const adr = read('log4brains/20240305-adopt-feature-flags.md');
    expect(adr.format).toBe('log4brains');
    expect(adr.meta).toEqual(meta({ title: 'Adopt feature flags for risky releases', status: 'accepted', date: '2024-03-05', decisionMakers: ['Jonas Berg', 'Aiko Tanaka'], tags: ['release', 'backend'] }));
  });

  it('adr-tools: the number in the title, an early dd/mm/yyyy date, "Superceded by" in the status section', () => {
    const adr = read('adr-tools/0001-record-decisions.md');
    expect(adr.format).toBe('adr-tools');
    expect(adr.meta).toEqual(meta({ number: 1, title: 'Record decisions', status: 'superceded by 2. write decisions in markdown', date: '2018-02-03', supersededBy: ['0002-write-decisions-in-markdown.md'] }));
    expect(adr.body).toMatch(/^## Context\n/);
    expect(adr.body).not.toContain('## Status');
  });

  it('adr-tools: a "Supersedes" link beside the status', () => {
    const adr = read('adr-tools/0002-write-decisions-in-markdown.md');
    expect(adr.meta).toMatchObject({ number: 2, title: 'Write decisions in Markdown', status: 'accepted', date: '2019-07-21', supersedes: ['0001-record-decisions.md'], supersededBy: [] });
  });

  it('Backstage-style: status and date from the front matter, the first H1 after a comment', () => {
    const adr = read('backstage/0006-serve-docs-with-techdocs.md');
    expect(adr.format).toBe('madr');
    expect(adr.meta).toEqual(meta({ number: 6, title: 'Serve service docs from the developer portal', status: 'deprecated', date: '2023-09-18' }));
  });

  it.each([
    ['no title at all', 'Some notes about the database.\n', /No title/, 1],
    ['front matter never closed', '---\nstatus: accepted\n# Title\n', /never closed/, 1],
    ['front matter that is not YAML', '---\nstatus: [unclosed\n---\n# Title\n', /not valid YAML/, 2],
    ['a duplicate key', '---\nstatus: accepted\nstatus: rejected\n---\n# Title\n', /not valid YAML/, 2],
    ['YAML aliases', '---\na: &x [1, 2]\nb: *x\n---\n# Title\n', /aliases/, 2],
    ['front matter that is a list', '---\n- a\n- b\n---\n# Title\n', /key: value/, 2],
  ])('refuses %s and says where', (_name, text, message, line) => {
    const result = readAdr(text, 'x.md');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(message);
      expect(result.error.line).toBe(line);
    }
  });

  it('does not take a heading inside a code block for the title', () => {
    const result = readAdr('```\n# not a title\n```\n\n# The title\n', 'x.md');
    expect(result.ok && result.value.meta.title).toBe('The title');
  });

  it('reads a status or date it does not know as written, and an impossible date as none', () => {
    const result = readAdr('---\nstatus: On hold\ndate: 2024-02-30\n---\n# T\n', 'x.md');
    expect(result.ok && result.value.meta).toMatchObject({ status: 'on hold' });
    expect(result.ok && result.value.meta.date).toBeUndefined();
  });
});
