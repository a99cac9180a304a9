import { describe, expect, it } from 'vitest';
import { recordFromMarkdown } from './from-markdown';
import { typicalRecord } from './testing/typical-record';
import { recordToMarkdown } from './to-markdown';

async function exported(): Promise<string> {
  return recordToMarkdown({ ...typicalRecord(), number: 3 });
}

async function refusal(text: string): Promise<string> {
  const result = await recordFromMarkdown(text, 'decision.md');
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error.map((p) => `${p.where}: ${p.message}`).join('\n');
}

describe('reading our Markdown back', () => {
  it('reads an exported file, with a byte-order mark and Windows line ends too', async () => {
    const md = await exported();
    const result = await recordFromMarkdown(`\uFEFF${md.replace(/\n/g, '\r\n')}`, 'decision.md');
    expect(result.ok && result.value).toEqual({ ...typicalRecord(), number: 3 });
  });

  it.each([
    ['no front matter', (md: string) => md.slice(4), /line 1: No front matter/],
    ['front matter never closed', () => `---\nstatus: "proposed"\n`, /never closed/],
    ['front matter that is not key: value lines', (md: string) => `---\n- a list\n---\n${md}`, /line 2: .*key: value/],
    ['front matter that is not YAML', (md: string) => `---\nstatus: [unclosed\n---\n${md}`, /not valid YAML/],
    ['no forkpoint section', (md: string) => md.replace(/^forkpoint:/m, 'elsewhere:'), /no "forkpoint" section/],
    ['the data block cut off', (md: string) => md.slice(0, md.lastIndexOf('<!--')), /data block .* is missing/],
    ['the data block never closed', (md: string) => md.slice(0, md.lastIndexOf('-->')), /never closed: the file looks truncated/],
    ['a status edited by hand', (md: string) => md.replace('status: "proposed"', 'status: "accepted"'), /front matter, status: .*"accepted".*"proposed"/],
  ])('refuses %s and says where', async (_name, damage, message) => {
    expect(await refusal(damage(await exported()))).toMatch(message);
  });
});
