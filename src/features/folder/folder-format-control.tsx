import { useMemo } from 'react';
import type { FileNameConvention, WriteFormat } from '../../domain/adr/adr-file';
import { conventionOfItems } from '../../domain/folder/folder-format';
import type { FolderFormatChoice } from '../../domain/folder/folder-format-choice';
import { chooseFolderFormat, useFolderStore } from '../../store/records';
import { SelectField, type Choice } from '../../ui/select-field';

const LAYOUTS: Record<WriteFormat, string> = {
  madr: 'MADR 4: front matter, then the title',
  log4brains: 'log4brains: a Status, Date list under the title',
  'adr-tools': 'adr-tools: “# 7. Title”, Date and a Status section',
};

const NAMINGS: Record<FileNameConvention, string> = {
  NNNN: 'Numbered: 0007-title.md',
  YYYYMMDD: 'Dated: 20261130-title.md',
};

const SHORT_LAYOUTS: Record<WriteFormat, string> = { madr: 'MADR 4', log4brains: 'log4brains', 'adr-tools': 'adr-tools' };

const ofFiles = (count: number, files: number) => (files === 0 ? 'the folder is empty' : `${count} of ${files} ${files === 1 ? 'file' : 'files'}`);

function choicesOf<T extends string>(names: Record<T, string>, detected: string): Choice<T | 'detected'>[] {
  return [{ value: 'detected', label: detected }, ...(Object.entries(names) as [T, string][]).map(([value, label]) => ({ value, label }))];
}

/**
 * How new files are written in the open folder: as its files already are (said with how
 * many files agree), or the layout and naming the team picks. Files already there keep theirs.
 */
export function FolderFormatControl() {
  const items = useFolderStore((s) => s.items);
  const choice = useFolderStore((s) => s.format);
  const convention = useMemo(() => conventionOfItems(items.values()), [items]);
  const { files, layout, naming } = convention.evidence;
  const detectedLayout = layout === 0 ? `As the folder: ${SHORT_LAYOUTS[convention.format]} (no file to go by)` : `As the folder: ${SHORT_LAYOUTS[convention.format]} (${ofFiles(layout, files)})`;
  const detectedNaming = `As the folder: ${convention.naming === 'NNNN' ? 'numbered' : 'dated'} (${naming === 0 ? 'no name to go by' : ofFiles(naming, files)})`;
  const change = (next: Partial<FolderFormatChoice>) => void chooseFolderFormat({ ...choice, ...next });
  return (
    <fieldset className="folder-format">
      <legend>New files in this folder</legend>
      <SelectField
        name="folder-layout"
        label="Layout"
        value={choice.layout}
        choices={choicesOf(LAYOUTS, detectedLayout)}
        onChange={(layout) => {
          if (layout) change({ layout });
        }}
      />
      <SelectField
        name="folder-naming"
        label="File names"
        value={choice.naming}
        choices={choicesOf(NAMINGS, detectedNaming)}
        onChange={(naming) => {
          if (naming) change({ naming });
        }}
      />
      <p className="hint">Files already in the folder keep their own layout when Forkpoint rewrites them. The choice is remembered with the folder.</p>
    </fieldset>
  );
}
