import { describe, expect, it } from 'vitest';
import { typicalRecord } from '../export/testing/typical-record';
import { adrFileName, detectFolderConvention } from './file-name';
import { writeAdr } from './write-adr';

describe('adrFileName', () => {
  it('names a record by number or by its creation day', () => {
    const record = { ...typicalRecord(), number: 7 };
    expect(adrFileName(record, 'NNNN')).toBe('0007-vector-store-for-product-search.md');
    expect(adrFileName(record, 'YYYYMMDD')).toBe('20261122-vector-store-for-product-search.md');
    expect(adrFileName({ number: null, title: 'Ünïcode & more', date: '2026-01-02' }, 'NNNN')).toBe('0000-unicode-more.md');
  });
});

describe('detectFolderConvention', () => {
  it('defaults an empty folder to MADR 4 with NNNN names, starting at 1', () => {
    expect(detectFolderConvention([])).toEqual({ naming: 'NNNN', format: 'madr', nextNumber: 1, evidence: { files: 0, layout: 0, naming: 0 } });
  });

  it('takes the naming from the names, numbering after the highest number', () => {
    expect(detectFolderConvention(['docs/0003-a.md', '0012-b.md', 'README.md'])).toMatchObject({ naming: 'NNNN', format: 'madr', nextNumber: 13 });
    expect(detectFolderConvention(['20240101-a.md', '20240305-b.md', '0001-c.md'])).toMatchObject({
      naming: 'YYYYMMDD',
      format: 'log4brains',
      evidence: { files: 3, layout: 0, naming: 2 },
    });
  });

  it('takes the layout from the texts by majority', () => {
    const record = typicalRecord();
    const texts = [writeAdr(record, 'adr-tools'), writeAdr(record, 'adr-tools'), writeAdr(record, 'madr'), 'not an ADR at all'];
    expect(detectFolderConvention(['0001-a.md', '0002-b.md', '0003-c.md', '0004-d.md'], texts)).toEqual({
      naming: 'NNNN',
      format: 'adr-tools',
      nextNumber: 5,
      evidence: { files: 4, layout: 2, naming: 4 },
    });
  });
});
