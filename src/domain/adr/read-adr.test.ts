import { describe, expect, it } from 'vitest';
import { typicalRecord } from '../export/testing/typical-record';
import { readAdr } from './read-adr';
import { writeAdr } from './write-adr';
import { RECORD_FORMAT_VERSION } from '../record/format';

const record = { ...typicalRecord(), number: 3, tags: ['search'] };

function readBack(text: string) {
  const result = readAdr(text, '0003-vector-store.md', { now: '2026-12-03T09:00:00.000Z' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('reading a file Forkpoint wrote', () => {
  it('gives back the record, with a byte-order mark and Windows line ends too', () => {
    const text = `\uFEFF${writeAdr(record, 'madr').replace(/\n/g, '\r\n')}`;
    expect(readBack(text).record).toEqual(record);
    expect(readBack(text).meta).toMatchObject({ number: 3, status: 'proposed', date: '2026-11-22', revisitBy: '2027-05-22', tags: ['search'] });
  });

  it.each(['madr', 'log4brains', 'adr-tools'] as const)('applies a status changed in a %s file as a dated change “from the file”', (format) => {
    const text = writeAdr(record, format);
    const edited = format === 'madr' ? text.replace('\nstatus: proposed\n', '\nstatus: accepted\n') : format === 'log4brains' ? text.replace('- Status: proposed', '- Status: accepted') : text.replace('## Status\n\nProposed', '## Status\n\nAccepted');
    expect(edited).not.toBe(text);
    const back = readBack(edited).record;
    expect(back?.status).toBe('accepted');
    expect(back?.statusHistory.at(-1)).toEqual({ status: 'accepted', at: '2026-12-03T09:00:00.000Z', note: 'from the file' });
  });

  it('takes tags edited in the front matter', () => {
    const edited = writeAdr(record, 'madr').replace('tags:\n  - search\n', 'tags:\n  - search\n  - vendors\n');
    expect(readBack(edited).record?.tags).toEqual(['search', 'vendors']);
  });

  it('writes a draft as MADR’s “proposed” and reads it back as a draft', () => {
    const draft = { ...record, status: 'draft' as const };
    const text = writeAdr(draft, 'madr');
    expect(text).toContain('\nstatus: proposed\n');
    expect(readBack(text).record).toEqual(draft);
  });

  it('reads a data block whose closing line has white space around it', () => {
    const text = writeAdr(record, 'madr').replace(/\n-->\n$/, '\n  -->\t\n');
    expect(text).toMatch(/ {2}-->\t\n$/);
    expect(readBack(text).record).toEqual(record);
  });

  it('points at the same line of a damaged data block whatever the line ends', () => {
    const damaged = writeAdr(record, 'madr').replace(`"formatVersion": ${RECORD_FORMAT_VERSION},`, `"formatVersion": ${RECORD_FORMAT_VERSION},,`);
    const lineOf = (text: string) => {
      const result = readAdr(text, 'x.md');
      return result.ok ? null : result.error.line;
    };
    const line = damaged.split('\n').findIndex((l) => l.includes(',,')) + 1;
    expect(lineOf(damaged)).toBe(line);
    expect(lineOf(`\uFEFF${damaged.replace(/\n/g, '\r\n')}`)).toBe(line);
  });

  it.each([
    ['the data block cut off', (md: string) => md.slice(0, md.lastIndexOf('<!--')), /data block at its end is missing/],
    ['the data block never closed', (md: string) => md.slice(0, md.lastIndexOf('-->')), /never closed/],
    ['an id that is not the data block’s', (md: string) => md.replace(/^ {2}id: .*$/m, '  id: rec_other'), /names record "rec_other"/],
    ['a data block that is not JSON', (md: string) => md.replace(`"formatVersion": ${RECORD_FORMAT_VERSION},`, `"formatVersion": ${RECORD_FORMAT_VERSION},,`), /not valid JSON/],
  ])('refuses %s', (_name, damage, message) => {
    const result = readAdr(damage(writeAdr(record, 'madr')), 'x.md');
    expect(result.ok ? 'read' : result.error.message).toMatch(message);
  });
});
