import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeAdr } from '../adr/write-adr';
import { typicalRecord } from '../export/testing/typical-record';
import { contextOf, readableBody } from './adr-text';
import { folderEntry, statusOf } from './folder-entry';
import { readFolderFile } from './folder-item';

const fixture = (path: string) => readFileSync(new URL(`../adr/fixtures/${path}`, import.meta.url), 'utf8');
const stamp = (path: string) => ({ path, size: 100, lastModified: Date.UTC(2026, 10, 3) });

describe('a folder file, read', () => {
  it('gives the record of a file Forkpoint wrote, listed as ours, editable, in its subfolder’s category', () => {
    const record = { ...typicalRecord(), number: 3 };
    const item = readFolderFile(writeAdr(record, 'madr'), stamp('platform/0003-ranking.md'));
    expect(item.kind).toBe('record');
    const entry = folderEntry(item);
    expect(entry).toMatchObject({ id: record.id, origin: { kind: 'folder', path: 'platform/0003-ranking.md', category: 'platform', foreign: false } });
  });

  it('lists an ADR another tool wrote as read-only, with the title, status, date and number the file states', () => {
    const item = readFolderFile(fixture('adr-tools/0002-write-decisions-in-markdown.md'), stamp('0002-write-decisions-in-markdown.md'));
    expect(item.kind).toBe('foreign');
    const entry = folderEntry(item);
    expect(entry).toMatchObject({ key: 'folder:0002-write-decisions-in-markdown.md', number: 2, status: 'accepted', outcome: null, origin: { foreign: true, category: '' } });
    expect(entry?.haystack).toContain('markdown');
  });

  it('dates a foreign ADR that states no date by the file’s last change', () => {
    const item = readFolderFile('# Use a queue\n\nWe use a queue.\n', stamp('0009-use-a-queue.md'));
    expect(folderEntry(item)).toMatchObject({ component: 'Use a queue', date: '2026-11-03', status: 'proposed', revisitBy: '' });
  });

  it('refuses a file it cannot read, saying where, and lists no decision for it', () => {
    const item = readFolderFile('---\nstatus: accepted\n# never closed\n', stamp('notes.md'));
    expect(item).toMatchObject({ kind: 'refused', message: expect.stringMatching(/^Line 1: .*never closed/) as unknown });
    expect(folderEntry(item)).toBeNull();
  });
});

describe('status words other tools write', () => {
  it('reads MADR’s and log4brains’ words, and counts an unknown or missing status as proposed', () => {
    expect(statusOf('Accepted')).toBe('accepted');
    expect(statusOf('superseded by ADR-0014')).toBe('superseded');
    expect(statusOf('Rejected')).toBe('rejected');
    expect(statusOf('in review')).toBe('proposed');
    expect(statusOf(undefined)).toBe('proposed');
  });
});

describe('the readable part of a file', () => {
  it('drops the front matter and Forkpoint’s data block, keeping the prose', () => {
    const text = writeAdr({ ...typicalRecord(), number: 3 }, 'madr');
    const body = readableBody(text);
    expect(body.startsWith('# ')).toBe(true);
    expect(body).not.toContain('forkpoint-record');
    expect(readableBody('# Plain\n\nText\n')).toBe('# Plain\n\nText');
  });

  it('finds the context section under MADR’s and Nygard’s headings, and nothing when there is none', () => {
    expect(contextOf('# T\n\n## Context and Problem Statement\n\nWe need a queue.\n\n## Decision\n\nUse one.')).toBe('We need a queue.');
    expect(contextOf('# T\n\n## Context\n\nLast section.')).toBe('Last section.');
    expect(contextOf('# T\n\n## Decision\n\nUse one.')).toBe('');
  });
});
