import { CRITERION_NAMES, criteriaInUse, scoreOf, summarise } from '../guidance/vendor-criteria';
import { overridesOf } from '../overrides';
import type { Session } from '../session';
import { mdCell, mdInline } from '../export/escape';
import { followUpItems } from '../export/extra-sections';

/** MADR's place for how the decision will be checked: the follow-ups the outcome demands (docs/domain.md#follow-ups). */
export function confirmationSection(session: Session): string {
  return `### Confirmation\n\n${followUpItems(session).map((item) => `* ${item}`).join('\n')}`;
}

/** Where the team went against the app, with the reason it gave; empty when it never did. */
export function overridesSection(session: Session): string {
  const overrides = overridesOf(session);
  if (overrides.length === 0) return '';
  const lines = overrides.map((o) => {
    const who = o.candidate ? `, ${mdInline(o.candidate)}` : '';
    const reason = o.reason ? mdInline(o.reason) : '_no reason was recorded_';
    return `* Node ${o.nodeNumber} (${mdInline(o.nodeTitle)})${who}: the app suggested ${o.suggested}; the team answered ${o.answered}, because ${reason}`;
  });
  return `## Overridden Suggestions\n\n${lines.join('\n')}`;
}

/** The vendor scores (1–5) per criterion and candidate, with the notes; empty when nothing was scored. */
export function vendorScoresSection(session: Session): string {
  const { candidates } = session.framing;
  const scores = session.vendorScores;
  const used = criteriaInUse(session.framing, scores);
  if (candidates.length === 0 || used.length === 0) return '';
  const cell = (text: string) => mdCell(text) || '—';
  const header = `| Criterion |${candidates.map((c) => ` ${cell(c.name)} |`).join('')}`;
  const rule = `| --- |${candidates.map(() => ' --- |').join('')}`;
  const rows = used.map((k) => `| ${CRITERION_NAMES[k]} |${candidates.map((c) => {
    const s = scoreOf(scores, c.id, k);
    const text = [s.score === null ? '' : `${s.score}/5`, s.note.trim()].filter(Boolean).join(' — ');
    return ` ${cell(text)} |`;
  }).join('')}`);
  const averages = `| Average |${summarise(session.framing, scores).map((s) => ` ${s.average === null ? '—' : `${s.average}/5 (${s.scored} scored)`} |`).join('')}`;
  return `## Vendor Scores\n\n${[header, rule, ...rows, averages].join('\n')}`;
}
