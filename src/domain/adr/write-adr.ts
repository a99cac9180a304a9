import { assertNever } from '../assert-never';
import { costSection } from '../cost/cost-section';
import { decide } from '../decision';
import { currentRevision, STATUS_NAMES, type DecisionRecord } from '../record/record';
import { outsideEditOf } from '../record/edited-outside';
import type { OutsideEdit } from '../record/outside-edits';
import type { Session } from '../session';
import { mdHeading, mdInline } from '../export/escape';
import { coverageSection, historySection, moreInformation, pathSection, type RecordLookup } from '../export/extra-sections';
import { madrSections } from '../export/madr-sections';
import { titleOf } from '../export/outcome-text';
import type { WriteFormat } from './adr-file';
import { DATA_BLOCK_START, dataBlock } from './data-block';
import { textHash } from './text-hash';
import { confirmationSection, overridesSection, vendorScoresSection } from './detail-sections';
import { FENCE, writeFrontMatter } from './front-matter';

/** Our own front-matter key: only what a reader needs to find the record (the rest is in the data block). */
export const NAMESPACE = 'forkpoint';

export interface WriteOptions {
  /** Names other records (supersede links) by number and file name, when the library knows them. */
  readonly lookup?: RecordLookup;
  /** The title and the metadata only, no body and no data block: what a file's metadata is compared with (`applyFileEdits`). */
  readonly metadataOnly?: boolean;
  /** The readable file without the data block: what a file's body is compared with (`applyFileEdits`). */
  readonly withoutData?: boolean;
}

/**
 * The record as one ADR file in the chosen layout: MADR 4 (front matter), log4brains
 * (a status list after the title) or adr-tools (`# N. Title`, `Date:`, `## Status`).
 * The readable text carries everything the decision rests on; the whole record rides
 * at the end in an HTML comment, so `readAdr` gives back exactly this record.
 */
export function writeAdr(record: DecisionRecord, format: WriteFormat, options: WriteOptions = {}): string {
  const session = currentRevision(record).session;
  const title = mdHeading(titleOf(session.framing.componentName, decide(session)));
  const edited = writableEdit(record);
  const sections = options.metadataOnly ? [] : edited ? [edited.text] : bodySections(record, session, options.lookup);
  // The text edited outside is written as the team left it; Forkpoint's own sections take the layout's bullet and heading style.
  const body = (style: (section: string) => string) => (edited ? sections : sections.map(style));
  const people = metadataPeople(record);
  const date = record.date ?? record.updatedAt.slice(0, 10);
  const withData = !options.metadataOnly && !options.withoutData;
  switch (format) {
    case 'madr': {
      const front = writeFrontMatter({
        status: statusAsWritten(record, format, options.lookup),
        date,
        ...Object.fromEntries(people.map(({ key, names }) => [key, names])),
        ...(record.tags.length ? { tags: record.tags } : {}),
        [NAMESPACE]: { format: record.formatVersion, id: record.id },
      });
      return joinFile([`${FENCE}\n${front}${FENCE}\n# ${title}`], body((s) => s), record, withData);
    }
    case 'log4brains': {
      const list = [
        `- Status: ${statusAsWritten(record, format, options.lookup)}`,
        ...people.map(({ bullet, names }) => `- ${bullet}: ${names.map(mdInline).join(', ')}`),
        `- Date: ${date}`,
        record.tags.length ? `- Tags: ${record.tags.map(mdInline).join(', ')}` : '',
      ].filter(Boolean).map((line) => line.trimEnd()); // an empty tag would leave a trailing space (markdownlint MD009)
      return joinFile([`# ${title}`, list.join('\n')], body(dashBullets), record, withData);
    }
    case 'adr-tools': {
      const heading = record.number === null ? `# ${title}` : `# ${record.number}. ${title}`;
      const status = [statusAsWritten(record, format, options.lookup), ...supersedeLines(record, options.lookup)].join('\n\n');
      // adr-tools has no place for people or tags: plain lines beside `Date:`, which Forkpoint reads back.
      const lines = [`Date: ${date}`, ...people.map(({ label, names }) => `${label}: ${names.map(mdInline).join(', ')}`), record.tags.length ? `Tags: ${record.tags.map(mdInline).join(', ')}` : '']
        .filter(Boolean)
        .map((line) => line.trimEnd());
      return joinFile([heading, lines.join('\n\n'), `## Status\n\n${status}`], body(nygardHeadings), record, withData);
    }
    default:
      return assertNever(format, 'ADR format');
  }
}

function bodySections(record: DecisionRecord, session: Session, lookup: RecordLookup | undefined): string[] {
  return [
    ...madrSections(session, confirmationSection(session)),
    moreInformation(record, session, lookup),
    pathSection(session),
    overridesSection(session),
    coverageSection(session),
    vendorScoresSection(session),
    costSection(record) ?? '',
    historySection(record),
  ].filter(Boolean);
}

/** The file: the head (title and metadata), the readable body, and the data block with the body's fingerprint. */
function joinFile(head: readonly string[], body: readonly string[], record: DecisionRecord, withData: boolean): string {
  const text = [...head, ...body].join('\n\n');
  // readLayout gives back this body: the sections, without the title and metadata above them.
  return withData ? `${text}\n\n${dataBlock(record, textHash(body.join('\n\n')))}\n` : `${text}\n`;
}

/** The decision-makers as set in the file, else the facilitator and participants of the current revision, each once. */
export function decisionMakersOf(record: DecisionRecord): string[] {
  if (record.decisionMakers) return record.decisionMakers;
  const { framing } = currentRevision(record).session;
  return [...new Set([framing.facilitator, ...framing.participants].map((p) => p.trim()).filter(Boolean))];
}

/** The people lists a file carries, in MADR's order (`bullet`: log4brains' word); empty lists are left out. */
function metadataPeople(record: DecisionRecord) {
  return [
    { key: 'decision-makers', label: 'Decision-makers', bullet: 'Deciders', names: decisionMakersOf(record) },
    { key: 'consulted', label: 'Consulted', bullet: 'Consulted', names: record.consulted },
    { key: 'informed', label: 'Informed', bullet: 'Informed', names: record.informed },
  ].filter(({ names }) => names.length > 0);
}

/**
 * The outside edit the file is written with: not one holding a line a reader would
 * take for the data block (only a crafted import has one), which stays in the data
 * block while the file gets Forkpoint's text.
 */
function writableEdit(record: DecisionRecord): OutsideEdit | null {
  const edit = outsideEditOf(record);
  return edit && !edit.text.split(/\r?\n/).some((line) => line.startsWith(DATA_BLOCK_START)) ? edit : null;
}

const adrName = (n: number) => `ADR-${String(n).padStart(4, '0')}`;

/** The status as the layout states it (adr-tools' `## Status` adds its link lines below it). */
export function statusAsWritten(record: DecisionRecord, format: WriteFormat, lookup?: RecordLookup): string {
  switch (format) {
    case 'madr':
      return madrStatus(record, lookup);
    case 'log4brains':
      return log4brainsStatus(record, lookup);
    case 'adr-tools':
      return STATUS_NAMES[record.status];
    default:
      return assertNever(format, 'ADR format');
  }
}

/** MADR's values: a draft is "proposed" (the exact status stays in the data block), `superseded by ADR-NNNN`. */
function madrStatus(record: DecisionRecord, lookup: RecordLookup | undefined): string {
  if (record.status === 'draft') return 'proposed';
  if (record.status !== 'superseded' || !record.supersededBy) return record.status;
  const number = lookup?.(record.supersededBy)?.number;
  return typeof number === 'number' ? `superseded by ${adrName(number)}` : 'superseded';
}

/** log4brains knows "draft"; a superseded record links its successor as log4brains does. */
function log4brainsStatus(record: DecisionRecord, lookup: RecordLookup | undefined): string {
  if (record.status !== 'superseded' || !record.supersededBy) return record.status;
  const ref = lookup?.(record.supersededBy);
  return ref && typeof ref.number === 'number' ? `superseded by ${adrName(ref.number)}` : 'superseded';
}

/** adr-tools' link lines under `## Status`, as `adr new -s` writes them. */
function supersedeLines(record: DecisionRecord, lookup: RecordLookup | undefined): string[] {
  const line = (verb: string, id: DecisionRecord['supersedes']) => {
    const ref = id ? lookup?.(id) : undefined;
    return ref && typeof ref.number === 'number' ? `${verb} ${adrName(ref.number)}` : '';
  };
  return [line('Supersedes', record.supersedes), record.status === 'superseded' ? line('Superseded by', record.supersededBy) : ''].filter(Boolean);
}

/** log4brains' files list with `-`; one bullet style per file keeps markdownlint's MD004 quiet. */
const dashBullets = (section: string) => section.replace(/^\* /gm, '- ');

/** adr-tools' section names for the two MADR sections they correspond to. */
const nygardHeadings = (section: string) => section.replace(/^## Context and Problem Statement$/m, '## Context').replace(/^## Decision Outcome$/m, '## Decision');
