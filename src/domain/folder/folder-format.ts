import type { FileNameConvention, WriteFormat } from '../adr/adr-file';
import { conventionOf, type FolderConvention } from '../adr/folder-convention';
import type { FolderFormatChoice } from './folder-format-choice';
import type { FolderItem } from './folder-item';

/** What a new file is written as. */
export interface NewFileFormat {
  readonly layout: WriteFormat;
  readonly naming: FileNameConvention;
}

/** The team's choice where it made one, the folder's own convention elsewhere. */
export function newFileFormat(convention: FolderConvention, choice: FolderFormatChoice): NewFileFormat {
  return {
    layout: choice.layout === 'detected' ? convention.format : choice.layout,
    naming: choice.naming === 'detected' ? convention.naming : choice.naming,
  };
}

/** The convention of an opened folder, from its files as already read (no file is parsed again). */
export function conventionOfItems(items: Iterable<FolderItem>): FolderConvention {
  const list = [...items];
  return conventionOf(
    list.map((item) => item.stamp.path),
    list.map((item) => (item.kind === 'refused' ? null : item.adr.format)),
  );
}
