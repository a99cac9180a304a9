import type { DecisionRecord } from '../record/record';
import { parseJsonText } from './json-text';
import { DATA_BLOCK_END, DATA_BLOCK_START, FRONT_MATTER_FENCE, NAMESPACE } from './markdown-format';
import { parsedFail, parsedOk, type ImportProblem, type Parsed } from './problems';
import { parseRecordStrict } from './strict-record';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a Markdown file exported by Forkpoint: checks the front matter, then
 * takes the record from the data block at the end. Every refusal names the line.
 */
export async function recordFromMarkdown(text: string, file: string): Promise<Parsed<DecisionRecord>> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fail = (line: number, message: string): Parsed<DecisionRecord> => parsedFail({ file, where: `line ${line}`, message });

  if (lines[0]?.trim() !== FRONT_MATTER_FENCE) return fail(1, 'No front matter: a Forkpoint Markdown export starts with a line "---".');
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === FRONT_MATTER_FENCE);
  if (close < 0) return fail(1, 'The front matter that starts here is never closed with "---": the file looks truncated.');

  const frontMatter = await readFrontMatter(lines.slice(1, close).join('\n'), file);
  if (!frontMatter.ok) return frontMatter;
  const ours = frontMatter.value[NAMESPACE];
  if (!isObject(ours)) return fail(2, `The front matter has no "${NAMESPACE}" section: this file was not exported by Forkpoint.`);

  const start = lines.findIndex((line, i) => i > close && line.startsWith(DATA_BLOCK_START));
  if (start < 0) return fail(lines.length, 'The Forkpoint data block at the end of the file is missing: the file is truncated or was not exported by Forkpoint.');
  const end = lines.findIndex((line, i) => i > start && line.trim() === DATA_BLOCK_END);
  if (end < 0) return fail(start + 1, 'The Forkpoint data block that starts here is never closed: the file looks truncated.');

  const json = parseJsonText(lines.slice(start + 1, end).join('\n'), file, start + 1);
  if (!json.ok) return json;
  const record = parseRecordStrict(json.value, file, `data block (line ${start + 2}) `);
  if (!record.ok) return record;

  const mismatch: ImportProblem[] = [];
  if (ours.id !== record.value.id) mismatch.push({ file, where: 'front matter', message: `The front matter names record "${String(ours.id)}" but the data block holds "${record.value.id}": the file was edited by hand.` });
  if (frontMatter.value.status !== record.value.status) mismatch.push({ file, where: 'front matter, status', message: `The front matter says status "${String(frontMatter.value.status)}" but the record says "${record.value.status}": the file was edited by hand. Change the status in Forkpoint instead.` });
  return mismatch.length ? parsedFail(...mismatch) : parsedOk(record.value);
}

async function readFrontMatter(source: string, file: string): Promise<Parsed<Record<string, unknown>>> {
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = (error.linePos?.[0].line ?? 1) + 1;
    return parsedFail({ file, where: `line ${line}`, message: `The front matter is not valid YAML (${error.code}).` });
  }
  const value: unknown = doc.toJS({ maxAliasCount: 0 });
  if (!isObject(value)) return parsedFail({ file, where: 'line 2', message: 'The front matter should be a list of "key: value" lines.' });
  return parsedOk(value);
}
