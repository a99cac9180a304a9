import { revisitByOf } from '../guidance/follow-ups';
import { decide } from '../decision';
import { currentRevision } from '../record/record';
import { err, ok, type Result } from '../result';
import type { AdrFile, AdrProblem } from './adr-file';
import { findDataBlock } from './data-block';
import { applyFileEdits } from './file-edits';
import { readFrontMatter } from './front-matter';
import { readLayout } from './read-layout';
import { NAMESPACE } from './write-adr';

export interface ReadOptions {
  /** When edits found in the file are dated; by default the file's own date (else the record's last update). */
  readonly now?: string;
}

/**
 * Reads one ADR file, whatever tool wrote it: MADR 2/3/4 (front matter or none),
 * log4brains, adr-tools, Backstage-style. A file Forkpoint wrote also gives its
 * record, with the edits made to the file since (status, tags in the metadata)
 * applied as dated changes. Pure and synchronous: `yaml` is imported statically,
 * so load this module lazily from the UI.
 */
export function readAdr(text: string, fileName: string, options: ReadOptions = {}): Result<AdrFile, AdrProblem> {
  const clean = text.replace(/^\uFEFF/, '');
  const block = findDataBlock(clean, fileName);
  if (!block.ok) return block;
  // The lines above the data block; the split gives one more, empty, for the block's own line.
  const content = (block.value ? clean.slice(0, block.value.offset) : clean).split(/\r?\n/);
  if (block.value) content.pop();
  const front = readFrontMatter(content);
  if (!front.ok) return front;
  const layout = readLayout(content, front.value.bodyStart, front.value.values, fileName);
  if (!layout.ok) return layout;
  const ours = front.value.values?.[NAMESPACE];
  if (!block.value) {
    if (ours === undefined) return ok(layout.value);
    return err({ line: content.length, message: 'Forkpoint wrote this file, but the data block at its end is missing: the file is truncated.' });
  }
  const record = block.value.record;
  const claimedId = typeof ours === 'object' && ours !== null && 'id' in ours ? ours.id : undefined;
  if (claimedId !== undefined && claimedId !== record.id) {
    return err({ line: 2, message: `The front matter names record ${JSON.stringify(claimedId)} but the data block holds "${record.id}": the two parts come from different records.` });
  }
  const edited = applyFileEdits(record, layout.value, options.now, block.value.textHash);
  const session = currentRevision(edited).session;
  const meta = layout.value.meta.revisitBy ? layout.value.meta : { ...layout.value.meta, revisitBy: revisitByOf(session, decide(session).outcome) };
  return ok({ ...layout.value, meta, record: edited });
}

export type { AdrProblem };
