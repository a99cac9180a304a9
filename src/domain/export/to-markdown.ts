import { decide } from '../decision';
import { OUTCOME_NAMES } from '../outcomes';
import { currentRevision, type DecisionRecord } from '../record/record';
import { mdHeading } from './escape';
import { coverageSection, followUpsSection, historySection, moreInformation, pathSection, type RecordLookup } from './extra-sections';
import { madrSections } from './madr-sections';
import { DATA_BLOCK_END, DATA_BLOCK_START, NAMESPACE } from './markdown-format';
import { titleOf } from './outcome-text';
import { revisitByOf } from '../guidance/follow-ups';
import { recordToJson } from './to-json';

/**
 * The record as a MADR 4 decision record: front matter, MADR's sections, then the
 * path (Mermaid and list), requirement coverage, follow-ups and revision history.
 * The whole record rides at the end in an HTML comment, which GitHub does not
 * show, so importing the file gives back exactly this record.
 */
export async function recordToMarkdown(record: DecisionRecord, lookup?: RecordLookup): Promise<string> {
  const { stringify } = await import('yaml');
  const revision = currentRevision(record);
  const session = revision.session;
  const decision = decide(session);
  const framing = session.framing;
  const makers = [...new Set([framing.facilitator, ...framing.participants].map((p) => p.trim()).filter(Boolean))];
  const frontMatter = {
    status: record.status,
    date: record.updatedAt.slice(0, 10),
    'decision-makers': makers,
    consulted: [],
    informed: [],
    [NAMESPACE]: {
      format: record.formatVersion,
      id: record.id,
      number: record.number,
      revision: revision.number,
      outcome: decision.outcome ? OUTCOME_NAMES[decision.outcome] : null,
      'adopted-option': decision.chosen?.label ?? null,
      'revisit-by': revisitByOf(session, decision.outcome),
      tags: record.tags,
    },
  };
  // Quoting every string keeps `status: "accepted"` as MADR writes it and a name like `---` a plain string.
  const yaml = stringify(frontMatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 })
    // MADR writes the date bare.
    .replace(/^date: "(\d{4}-\d{2}-\d{2})"$/m, 'date: $1');
  const body = [
    `# ${mdHeading(titleOf(framing.componentName, decision))}`,
    ...madrSections(session),
    moreInformation(record, session, lookup),
    pathSection(session),
    coverageSection(session),
    followUpsSection(session),
    historySection(record),
  ];
  const data = `${DATA_BLOCK_START} v${record.formatVersion}: the whole record, read back by Forkpoint's import. Edits above this line are not imported.\n${recordToJson(record).trimEnd()}\n${DATA_BLOCK_END}`;
  return `---\n${yaml}---\n\n${body.join('\n\n')}\n\n${data}\n`;
}
