import { IN_HOUSE_LABEL } from '../walk';
import { explain, type Explanation } from '../explain';
import { MATURITY_CHECKS } from '../maturity-checks';
import { endSentence } from '../sentence';
import { BUCKET_NAMES, capacityWords, type Framing } from '../framing';
import { assertNever } from '../assert-never';
import { OUTCOME_NAMES, type Outcome } from '../outcomes';
import type { Session } from '../session';
import { TREE } from '../tree';
import { mdHeading, mdInline, mdParagraphs, mdQuoted } from './escape';
import { consequencesOf } from './outcome-text';

const PROFILE_NAMES: Record<Framing['profile'], string> = {
  startup: 'an early-stage startup',
  midsize: 'a mid-size team (10–50 engineers)',
  enterprise: 'a large enterprise',
  regulated: 'a regulated industry',
};


const bullets = (items: readonly string[]) => items.map((item) => `* ${item}`).join('\n');

/** MADR's sections, in MADR's order and words, from one session. */
export function madrSections(session: Session, confirmation = ''): string[] {
  const explanation = explain(session);
  return [contextSection(session.framing), driversSection(session.framing), optionsSection(session.framing), outcomeSection(session, explanation, confirmation), prosConsSection(session, explanation)];
}

function contextSection(framing: Framing): string {
  const { capacity } = framing;
  const description = mdParagraphs(framing.description) || '_No description was given._';
  const words = capacityWords(capacity);
  const team = `The team has ${words.engineers} who already ${capacity.engineers === 1 ? 'maintains' : 'maintain'} ${words.systems}, with about ${words.spare} of time free for new work. The organisation is ${PROFILE_NAMES[framing.profile]}.`;
  const question = `Should we build ${mdInline(framing.componentName)} ourselves, or buy it?`;
  return `## Context and Problem Statement\n\n${question}\n\n${description}\n\n${team}`;
}

function driversSection(framing: Framing): string {
  const drivers = framing.requirements
    .filter((r) => r.bucket !== 'nice')
    .map((r) => `${BUCKET_NAMES[r.bucket]}: ${mdInline(r.name)}`);
  return `## Decision Drivers\n\n${drivers.length ? bullets(drivers) : '_No must-have or should-have requirement was listed._'}`;
}

function optionsSection(framing: Framing): string {
  const options = [...framing.candidates.map((c) => mdInline(c.name)), IN_HOUSE_LABEL];
  return `## Considered Options\n\n${bullets(options)}`;
}

function outcomeSection(session: Session, explanation: Explanation, confirmation: string): string {
  const { decision } = explanation;
  const chosen = decision.chosen;
  if (!chosen) {
    const pending = decision.walk.pending;
    const where = pending ? ` The session stopped at node ${TREE[pending].number}, “${TREE[pending].title}”.` : '';
    return `## Decision Outcome\n\nNo option has been chosen yet.${where}`;
  }
  const reasons = chosen.key.kind === 'candidate' ? (explanation.candidates.get(chosen.key.candidateId) ?? []) : explanation.inHouse;
  const isProposal = decision.proposed !== null && decision.proposed.label === chosen.label;
  const best = isProposal ? `, the best outcome among the options.${decision.tieBreak ? ` ${mdInline(decision.tieBreak)}` : ''}` : '.';
  const reason = endSentence(session.adoptionReason);
  const adoptedNote =
    decision.proposed && decision.proposed.label !== chosen.label
      ? ` The team adopted it over the app’s proposal, ${mdQuoted(decision.proposed.label)} (${OUTCOME_NAMES[decision.proposed.outcome]})${reason ? `, because: ${mdInline(reason)}` : ', and gave no reason.'}`
      : '';
  const { good, bad } = consequencesOf(chosen.outcome, chosen.label);
  const consequences = [...good.map((g) => `Good, because ${mdInline(g)}`), ...bad.map((b) => `Bad, because ${mdInline(b)}`)];
  return [
    '## Decision Outcome',
    `${chosenOption(chosen.outcome, chosen.label)}, because the tree’s outcome for ${chosenIsTheOption(chosen.outcome) ? 'it' : mdQuoted(chosen.label)} is “${OUTCOME_NAMES[chosen.outcome]}”${best}${adoptedNote}`,
    bullets(reasons.map(mdInline)),
    '### Consequences',
    bullets(consequences),
    confirmation,
  ].filter(Boolean).join('\n\n');
}

/** Whether the outcome takes the option itself (Buy, Buy and wrap, Build), rather than turning it away. */
const chosenIsTheOption = (outcome: Outcome) => outcome === 'buy' || outcome === 'buy-and-wrap' || outcome === 'build';

/** MADR's "Chosen option" line, true for every outcome: when the option is turned away, it says what the team will do. */
function chosenOption(outcome: Outcome, label: string): string {
  switch (outcome) {
    case 'buy':
    case 'buy-and-wrap':
    case 'build':
      return `Chosen option: ${mdQuoted(label)}`;
    case 'find-another-vendor':
      return `Chosen option: "Find another vendor": the team neither buys ${mdInline(label)} nor builds the component, and looks for another product`;
    case 'secure-capacity-first':
      return 'Chosen option: "Secure capacity first": the team buys the closest option or a thin integration layer now, and funds the permanent fifth of an engineer before building';
    case 'reject-candidate':
      return `Chosen option: ${mdQuoted(`Reject ${label}`)}: the team does not buy it`;
    default:
      return assertNever(outcome, 'outcome');
  }
}

function prosConsSection(session: Session, explanation: Explanation): string {
  const { framing, answers } = session;
  const parts = ['## Pros and Cons of the Options'];
  for (const candidate of framing.candidates) {
    const lines: string[] = [];
    const maturity = answers.maturity?.candidates[candidate.id];
    if (maturity) {
      for (const check of MATURITY_CHECKS) {
        lines.push(maturity.checks[check.key] ? `Good, because it has ${check.name}` : `Bad, because it lacks ${check.name}`);
      }
    }
    const route = explanation.decision.walk.candidates.find((r) => r.candidate.id === candidate.id);
    if (route?.outcome) lines.push(`${route.outcome === 'buy' || route.outcome === 'buy-and-wrap' ? 'Good' : 'Bad'}, because the tree’s outcome for it is “${OUTCOME_NAMES[route.outcome]}”`);
    const about = [candidate.vendor.trim() ? `Vendor: ${mdInline(candidate.vendor)}` : '', mdParagraphs(candidate.notes)].filter(Boolean).join('\n\n');
    parts.push([`### ${mdHeading(candidate.name)}`, about, lines.length ? bullets(lines.map((l) => mdInline(l))) : '_Not assessed._'].filter(Boolean).join('\n\n'));
  }
  const inHouse = explanation.decision.walk.inHouse;
  const maintenance = answers.maintenance;
  const inHouseLines = [
    ...(answers.differentiator
      ? [answers.differentiator.answer === 'yes' ? 'Good, because the team judged the component a core differentiator' : 'Bad, because the team judged the component infrastructure, not a differentiator']
      : []),
    ...(maintenance ? [maintenance.answer === 'yes' ? 'Good, because the team can give a fifth of an engineer to it for good' : 'Bad, because the team cannot give a fifth of an engineer to it for good'] : []),
    ...(inHouse?.outcome ? [`Neutral, because the tree’s outcome for it is “${OUTCOME_NAMES[inHouse.outcome]}”`] : []),
  ];
  parts.push(`### ${IN_HOUSE_LABEL}\n\n${inHouseLines.length ? bullets(inHouseLines.map(mdInline)) : '_Not assessed._'}`);
  return parts.join('\n\n');
}
