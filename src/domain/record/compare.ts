import { NODE_IDS } from '../answers';
import { costLines } from '../cost/compare-lines';
import { decide } from '../decision';
import { candidateName, requirementName, summarise } from '../explain';
import type { Framing } from '../framing';
import { checkNames } from '../maturity-checks';
import { OUTCOME_NAMES } from '../outcomes';
import type { Revision } from './record';
import type { Session } from '../session';
import { stepName } from '../step-name';

export type ChangeSection = 'framing' | 'answers' | 'outcome' | 'costs';

/** One line that differs between two revisions; an empty side means "not given". */
export interface RevisionChange {
  readonly section: ChangeSection;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

export interface RevisionComparison {
  readonly from: number;
  readonly to: number;
  readonly changes: readonly RevisionChange[];
}

type Lines = Map<string, string>;

/**
 * What differs between two revisions — framing inputs, answers (with per-candidate
 * details and rationales) and the outcome — as labelled before/after pairs in a
 * stable order. Lines that are equal are left out.
 */
export function compareRevisions(a: Revision, b: Revision): RevisionComparison {
  const changes: RevisionChange[] = [];
  const sections: [ChangeSection, (s: Session) => Lines][] = [
    ['framing', (s) => framingLines(s.framing)],
    ['answers', answerLines],
    ['outcome', outcomeLines],
    ['costs', costLines],
  ];
  for (const [section, linesOf] of sections) {
    const before = linesOf(a.session);
    const after = linesOf(b.session);
    const labels = [...before.keys(), ...[...after.keys()].filter((k) => !before.has(k))];
    for (const label of labels) {
      const x = before.get(label) ?? '';
      const y = after.get(label) ?? '';
      if (x !== y) changes.push({ section, label, before: x, after: y });
    }
  }
  return { from: a.number, to: b.number, changes };
}

function framingLines(f: Framing): Lines {
  return new Map([
    ['Component', f.componentName],
    ['What it does', f.description],
    ['Kind', f.componentKind],
    ['Layer', f.layer],
    ['Engineers', String(f.capacity.engineers)],
    ['Production systems maintained', String(f.capacity.systemsMaintained)],
    ['Spare capacity (engineers)', String(f.capacity.spareEngineers)],
    ['Organisation profile', f.profile],
    ['Candidates', f.candidates.map((c) => (c.vendor ? `${c.name} (${c.vendor})` : c.name)).join(', ')],
    ['Requirements', f.requirements.map((r) => `${r.name} [${r.bucket}]`).join(', ')],
    ['Participants', f.participants.join(', ')],
    ['Facilitator', f.facilitator],
    ['Date', f.date],
  ]);
}

function answerLines(s: Session): Lines {
  const { framing: f, answers } = s;
  const lines: Lines = new Map();
  const put = (label: string, value: string | undefined) => {
    if (value !== undefined && value !== '') lines.set(label, value);
  };
  for (const node of NODE_IDS) {
    const title = stepName(node);
    put(title, summarise(f, answers, node) ?? undefined);
    put(`${title} — rationale`, answers[node]?.rationale.trim());
  }
  for (const [id, m] of Object.entries(answers.maturity?.candidates ?? {})) {
    const held = checkNames(m.checks, true);
    put(`Maturity checks — ${candidateName(f, id)}`, held.length ? held.join(', ') : 'none');
    put(`Maturity override — ${candidateName(f, id)}`, m.overrideReason.trim());
  }
  for (const [id, fit] of Object.entries(answers.requirements?.candidates ?? {})) {
    for (const [req, coverage] of Object.entries(fit.coverage)) put(`Coverage — ${candidateName(f, id)} — ${requirementName(f, req)}`, coverage);
    put(`Requirements override — ${candidateName(f, id)}`, fit.overrideReason.trim());
  }
  for (const [id, g] of Object.entries(answers.gaps?.candidates ?? {})) {
    for (const [req, rating] of Object.entries(g.gaps)) {
      put(`Gap — ${candidateName(f, id)} — ${requirementName(f, req)}`, rating.kind === 'core' ? `core, ${rating.breadth}` : rating.kind);
    }
    put(`Gaps override — ${candidateName(f, id)}`, g.overrideReason.trim());
  }
  put('Maintenance override', answers.maintenance?.overrideReason.trim());
  return lines;
}

function outcomeLines(s: Session): Lines {
  const d = decide(s);
  return new Map([
    ['Outcome', d.outcome ? OUTCOME_NAMES[d.outcome] : 'No outcome yet'],
    ['Adopted option', d.chosen?.label ?? 'None'],
  ]);
}
