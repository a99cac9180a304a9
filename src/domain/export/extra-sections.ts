import { BUCKET_NAMES, BUCKETS } from '../framing';
import type { Coverage } from '../answers';
import { decide } from '../decision';
import { describePath } from '../explain';
import { OUTCOME_NAMES } from '../outcomes';
import type { DecisionRecord, RecordId } from '../record/record';
import type { Session } from '../session';
import { mdCell, mdCode, mdInline } from './escape';
import { endSentence } from '../sentence';
import { kebab } from './file-name';
import { pathFlowchart } from './mermaid-path';
import { revisitByOf } from '../guidance/follow-ups';
import type { FollowUps } from '../guidance/schemas';

/** How another record is named in links: its number and component name, when the library knows it. */
export interface RecordRef {
  readonly number: number | null;
  readonly componentName: string;
}
export type RecordLookup = (id: RecordId) => RecordRef | undefined;

const COVERAGE_NAMES: Record<Coverage, string> = { covered: 'Covered', partial: 'Partly', missing: 'Not covered' };

function linkTo(id: RecordId, lookup: RecordLookup | undefined): string {
  const ref = lookup?.(id);
  if (!ref) return `record ${mdCode(id)}`;
  const name = mdInline(ref.componentName);
  if (ref.number === null) return name;
  const base = `${String(ref.number).padStart(4, '0')}-${kebab(ref.componentName)}`;
  return `[${String(ref.number).padStart(4, '0')} ${name}](${base}.md)`;
}

export function moreInformation(record: DecisionRecord, session: Session, lookup?: RecordLookup): string {
  const lines: string[] = [];
  if (record.supersedes) lines.push(`Supersedes ${linkTo(record.supersedes, lookup)}.`);
  if (record.supersededBy) lines.push(`Superseded by ${linkTo(record.supersededBy, lookup)}.`);
  const outcome = decide(session).outcome;
  const { followUps } = session;
  const revisitBy = revisitByOf(session, outcome);
  lines.push(`Revisit by ${revisitBy}${followUps.revisitBy ? '' : ' (the default for this outcome)'}.`);
  const triggers = followUps.triggers.map((t) => t.trim()).filter(Boolean);
  if (triggers.length) lines.push(`Reopen it sooner if: ${endSentence(triggers.map(mdInline).join('; '))}`);
  const people = [session.framing.facilitator && `facilitated by ${mdInline(session.framing.facilitator)}`].filter(Boolean);
  lines.push(`Worked through the Forkpoint build-vs-buy tree on ${session.framing.date}${people.length ? `, ${people.join('')}` : ''}.`);
  if (record.tags.length) lines.push(`Tags: ${record.tags.map(mdInline).join(', ')}.`);
  return `## More Information\n\n${lines.map((l) => `* ${l}`).join('\n')}`;
}

export function pathSection(session: Session): string {
  const steps = describePath(session).map((step) => {
    const answer = session.answers[step.node];
    const rationale = answer?.rationale.trim();
    return `* **${step.number}. ${mdInline(step.title)}** ${mdInline(step.answer)}${rationale ? ` — ${mdInline(rationale)}` : ''}`;
  });
  const list = steps.length ? steps.join('\n') : '_No node has been answered yet._';
  return `## Path Through the Tree\n\n\`\`\`mermaid\n${pathFlowchart(session)}\n\`\`\`\n\n${list}`;
}

export function coverageSection(session: Session): string {
  const { requirements, candidates } = session.framing;
  if (requirements.length === 0) return '## Requirement Coverage\n\n_No requirement was listed._';
  const fit = session.answers.requirements?.candidates;
  const header = `| Requirement | Priority |${candidates.map((c) => ` ${mdCell(c.name)} |`).join('')}`;
  const rule = `| --- | --- |${candidates.map(() => ' --- |').join('')}`;
  const sorted = [...requirements].sort((a, b) => BUCKETS.indexOf(a.bucket) - BUCKETS.indexOf(b.bucket));
  const rows = sorted.map((r) => {
    const cells = candidates.map((c) => {
      const coverage = fit?.[c.id]?.coverage[r.id];
      return ` ${coverage ? COVERAGE_NAMES[coverage] : '—'} |`;
    });
    return `| ${mdCell(r.name)} | ${BUCKET_NAMES[r.bucket]} |${cells.join('')}`;
  });
  return `## Requirement Coverage\n\n${[header, rule, ...rows].join('\n')}`;
}

/** The follow-ups the outcome demands (docs/domain.md#follow-ups), as recorded; a blank one is said to be missing. */
export function followUpItems(session: Session): string[] {
  const f: FollowUps = session.followUps;
  const text = (value: string) => (value.trim() ? mdInline(value) : '_not recorded_');
  const weeks = (value: number | null) => (value === null ? '_not estimated_' : `${value} week${value === 1 ? '' : 's'}`);
  const names = (ids: readonly string[]) =>
    ids.map((id) => session.framing.requirements.find((r) => r.id === id)?.name).filter((n): n is string => Boolean(n)).map(mdInline);
  const unstable = names(f.unstableRequirements);
  const outcome = decide(session).outcome;
  const buys = outcome === 'buy' || outcome === 'buy-and-wrap';
  const builds = outcome === 'build';
  return [
    (builds || f.whyNotBuy.trim()) && `Why buying will not do: ${text(f.whyNotBuy)}`,
    (buys || f.exitPlan.dataOut.trim() || f.exitPlan.alternative.trim()) &&
      `Exit plan — how the data comes out: ${text(f.exitPlan.dataOut)}; the alternative: ${text(f.exitPlan.alternative)}`,
    (buys || f.evaluationWeeks !== null || f.integrationWeeks !== null) && `Evaluation time: ${weeks(f.evaluationWeeks)}; integration time: ${weeks(f.integrationWeeks)}`,
    (buys || f.operators !== null) &&
      `Operators to ramp up: ${f.operators === null ? '_not counted_' : `${f.operators} (one to two weeks each: ${f.operators}–${f.operators * 2} weeks in all)`}`,
    `Requirements expected to change within twelve months: ${unstable.length ? unstable.join(', ') : f.requirementsReviewed ? 'none' : '_not reviewed_'}`,
    (builds || f.owner.trim() || f.backupOwner.trim()) && `Owner: ${text(f.owner)}; backup: ${text(f.backupOwner)}`,
  ].filter((item): item is string => Boolean(item));
}

export function historySection(record: DecisionRecord): string {
  const rows = record.revisions.map((revision) => {
    const outcome = decide(revision.session).outcome;
    return `| ${revision.number} | ${revision.savedAt.slice(0, 10)} | ${mdCell(revision.whatChanged) || '—'} | ${outcome ? OUTCOME_NAMES[outcome] : 'Undecided'} |`;
  });
  const statuses = record.statusHistory.map((change) => `* ${change.at.slice(0, 10)}: ${change.status}${change.note.trim() ? ` — ${mdInline(change.note)}` : ''}`);
  return [
    '## Revision History',
    ['| Revision | Saved | What changed | Outcome |', '| --- | --- | --- | --- |', ...rows].join('\n'),
    '### Status Changes',
    statuses.join('\n') || '_None._',
  ].join('\n\n');
}

