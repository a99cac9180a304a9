import { describe, expect, it } from 'vitest';
import { FileNamingSchema, WRITE_FORMATS } from '../adr/adr-file';
import { writeAdr } from '../adr/write-adr';
import { typicalRecord } from '../export/testing/typical-record';
import { conventionOfItems, newFileFormat } from './folder-format';
import { FolderFormatChoiceSchema, FOLLOW_THE_FOLDER } from './folder-format-choice';
import { readFolderFile } from './folder-item';
import { newFileName } from './folder-naming';

const stamp = (path: string) => ({ path, size: 100, lastModified: Date.UTC(2026, 10, 3) });
const record = (number: number) => ({ ...typicalRecord(), number });

describe('the format of new files in a folder', () => {
  it('detects the layout and naming from the files as read, and says how many files agree', () => {
    const items = [
      readFolderFile(writeAdr(record(1), 'log4brains'), stamp('20260301-a.md')),
      readFolderFile(writeAdr(record(2), 'log4brains'), stamp('20260302-b.md')),
      readFolderFile(writeAdr(record(3), 'madr'), stamp('0003-c.md')),
      readFolderFile('no title here\n', stamp('notes.md')),
    ];
    const convention = conventionOfItems(items);
    expect(convention).toMatchObject({ format: 'log4brains', naming: 'YYYYMMDD', evidence: { files: 4, layout: 2, naming: 2 } });
    expect(newFileFormat(convention, FOLLOW_THE_FOLDER)).toEqual({ layout: 'log4brains', naming: 'YYYYMMDD' });
  });

  it('lets the team’s choice win over what the files suggest, one part at a time', () => {
    const convention = conventionOfItems([readFolderFile(writeAdr(record(1), 'adr-tools'), stamp('0001-a.md'))]);
    expect(newFileFormat(convention, { layout: 'madr', naming: 'detected' })).toEqual({ layout: 'madr', naming: 'NNNN' });
    expect(newFileFormat(convention, { layout: 'detected', naming: 'YYYYMMDD' })).toEqual({ layout: 'adr-tools', naming: 'YYYYMMDD' });
  });

  it('accepts only known layouts and namings when a stored choice is read back', () => {
    expect(FolderFormatChoiceSchema.safeParse({ layout: 'log4brains', naming: 'YYYYMMDD' }).success).toBe(true);
    expect(FolderFormatChoiceSchema.safeParse({ layout: 'madr-2', naming: 'NNNN' }).success).toBe(false);
    expect(FolderFormatChoiceSchema.safeParse({ layout: 'madr' }).success).toBe(false);
  });

  // Every choice the folder panel offers: the new file is named as chosen, reads back as the same record, and keeps the folder's detected layout.
  describe.each(WRITE_FORMATS.flatMap((layout) => FileNamingSchema.options.map((naming) => [layout, naming] as const)))('%s with %s names', (layout, naming) => {
    it('writes a file that reads back losslessly and is detected as chosen', () => {
      const { name, number } = newFileName(['0001-a.md', '0002-b.md'], 'Vector store', '2026-11-30', 2, naming);
      expect(name).toBe(naming === 'NNNN' ? '0003-vector-store.md' : '20261130-vector-store.md');
      const saved = record(number);
      const item = readFolderFile(writeAdr(saved, layout), stamp(name));
      expect(item.kind === 'record' && item.record).toEqual(saved);
      expect(conventionOfItems([item]).format).toBe(layout);
    });
  });
});
