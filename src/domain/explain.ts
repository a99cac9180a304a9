import type { Answers, CandidateFit, FitVerdict, GapVerdict, NodeId } from './answers';
import { assertNever } from './assert-never';
import { checkNames } from './maturity-checks';
import { endSentence, possessive } from './sentence';
import type { Candidate, Framing } from './framing';
import type { CandidateId } from './ids';
import { decide, type Decision } from './decision';
import { OUTCOME_NAMES } from './outcomes';
import { assessFit, formatPercent, suggestMaintenance } from './rules';
import type { Session } from './session';
import { TREE } from './tree';
import { fitLabel, gapLabel, inSentence } from './tree-edges';
import type { CandidateRoute, InHouseRoute } from './walk';

/** One answered node on the team's path, as people read it. */
export interface PathStep {
  readonly node: NodeId;
  readonly number: number;
  readonly title: string;
  readonly answer: string;
}

// Verbs around the edge table's labels, so a renamed answer reads the same here as on the map.
const FIT_NAMES: Record<FitVerdict, string> = {
  meets: `meets ${inSentence(fitLabel('meets'))}`,
  gaps: 'has gaps',
  'must-have-missing': 'misses a must-have',
};

const GAP_NAMES: Record<GapVerdict, string> = {
  'no-core-gap': inSentence(gapLabel('no-core-gap')),
  'narrow-core-gaps': inSentence(gapLabel('narrow-core-gaps')),
  'broad-core-gap': `a ${inSentence(gapLabel('broad-core-gap'))}`,
};

/** The answered nodes in order, each with a one-line summary of what the team said. */
export function describePath(session: Session): PathStep[] {
  const { framing, answers } = session;
  const { route } = decide(session).walk;
  return route.flatMap((node) => {
    const answer = summarise(framing, answers, node);
    return answer === null ? [] : [{ node, number: TREE[node].number, title: TREE[node].title, answer }];
  });
}

/**
 * What the team answered at a node, in parts: the words before any names ("Yes — "), one part per
 * candidate (or name), and what joins them. The map sums a long one up part by part, never mid-name.
 */
export interface AnswerParts {
  readonly lead: string;
  readonly parts: readonly string[];
  readonly joiner: ', ' | '; ';
}

/** What the team answered at a node, in a few words; null when unanswered. */
export function summarise(framing: Framing, answers: Answers, node: NodeId): string | null {
  const answer = answerParts(framing, answers, node);
  return answer && answerText(answer);
}

/** The parts of an answer as one line. */
export const answerText = (answer: AnswerParts): string => `${answer.lead}${answer.parts.join(answer.joiner)}`;

/** `summarise`, in parts; null when unanswered. */
export function answerParts(framing: Framing, answers: Answers, node: NodeId): AnswerParts | null {
  const alone = (lead: string): AnswerParts => ({ lead, parts: [], joiner: ', ' });
  switch (node) {
    case 'differentiator':
      return answers.differentiator ? alone(yesNo(answers.differentiator.answer)) : null;
    case 'maturity': {
      const given = answers.maturity;
      if (!given) return null;
      const mature = Object.keys(given.candidates).filter((id) => given.candidates[id as CandidateId]?.mature);
      if (framing.candidates.length === 0) return alone('No — no candidates were listed');
      if (mature.length === 0) return alone('No — no candidate is mature');
      return { lead: 'Yes — ', parts: mature.map((id) => candidateName(framing, id)), joiner: ', ' };
    }
    case 'requirements':
      return perCandidate(framing, answers.requirements?.candidates, (c) => FIT_NAMES[c.verdict]);
    case 'gaps':
      return perCandidate(framing, answers.gaps?.candidates, (c) => GAP_NAMES[c.verdict]);
    case 'maintenance':
      return answers.maintenance ? alone(yesNo(answers.maintenance.answer)) : null;
    default:
      return assertNever(node, 'node');
  }
}

function perCandidate<T>(framing: Framing, byCandidate: Readonly<Record<string, T>> | undefined, say: (value: T) => string): AnswerParts | null {
  if (!byCandidate) return null;
  return { lead: '', parts: Object.entries(byCandidate).map(([id, value]) => `${candidateName(framing, id)}: ${say(value)}`), joiner: '; ' };
}

/** Reasons for each candidate's outcome and for the in-house route, drawn from the team's answers. */
export interface Explanation {
  readonly decision: Decision;
  readonly candidates: ReadonlyMap<CandidateId, readonly string[]>;
  readonly inHouse: readonly string[];
}

export function explain(session: Session): Explanation {
  const decision = decide(session);
  const candidates = new Map<CandidateId, string[]>();
  for (const route of decision.walk.candidates) candidates.set(route.candidate.id, candidateReasons(session, route));
  const inHouse = decision.walk.inHouse ? inHouseReasons(session, decision.walk.inHouse) : [];
  return { decision, candidates, inHouse };
}

function candidateReasons(session: Session, route: CandidateRoute): string[] {
  const { framing, answers } = session;
  const { candidate } = route;
  const reasons: string[] = [];
  const maturity = answers.maturity?.candidates[candidate.id];
  if (maturity) {
    const failed = checkNames(maturity.checks, false);
    reasons.push(
      maturity.mature
        ? `You judged ${candidate.name} mature${failed.length ? ` although it lacks ${list(failed)}` : ': all four maturity checks hold'}.`
        : `You set ${candidate.name} aside as not mature${failed.length ? `: it lacks ${list(failed)}` : ''}.`,
    );
    pushOverride(reasons, maturity.mature !== maturity.suggested, maturity.overrideReason);
  }
  const fit = answers.requirements?.candidates[candidate.id];
  if (fit && route.nodes.includes('requirements')) reasons.push(...fitReasons(framing, candidate, fit));
  const gaps = answers.gaps?.candidates[candidate.id];
  if (gaps && route.nodes.includes('gaps')) {
    const core = Object.entries(gaps.gaps).filter(([, g]) => g.kind === 'core');
    const coreNames = list(core.map(([id, g]) => `${requirementName(framing, id)} (${g.kind === 'core' ? g.breadth : ''})`));
    reasons.push(
      gaps.verdict === 'no-core-gap'
        ? `None of ${possessive(candidate.name)} gaps touches the main flow: work around the edge cases.`
        : gaps.verdict === 'narrow-core-gaps'
          ? `${possessive(candidate.name)} core gaps are narrow — ${coreNames || 'as you judged'}: a thin layer of your own can fill them.`
          : `${candidate.name} misses a whole category of function — ${coreNames || 'as you judged'}: you would be building half the product.`,
    );
    pushOverride(reasons, gaps.verdict !== gaps.suggested, gaps.overrideReason);
  }
  if (route.nodes.includes('maintenance') && answers.maintenance) {
    reasons.push(
      answers.maintenance.answer === 'yes'
        ? 'The team can give a fifth of an engineer to it for good, so building the whole thing is open to you.'
        : 'The team cannot give a fifth of an engineer to it for good, so building is not an option: look for another vendor.',
    );
  }
  if (route.outcome) reasons.push(`Outcome for ${candidate.name}: ${OUTCOME_NAMES[route.outcome]}.`);
  return reasons;
}

function fitReasons(framing: Framing, candidate: Candidate, fit: CandidateFit): string[] {
  const assessment = assessFit(framing.requirements, fit.coverage);
  const reasons: string[] = [];
  if (assessment.missingMustHaves.length > 0) {
    reasons.push(`${candidate.name} does not fully cover the must-have${assessment.missingMustHaves.length > 1 ? 's' : ''} ${list(assessment.missingMustHaves.map((id) => `“${requirementName(framing, id)}”`))}.`);
  } else {
    reasons.push(`${candidate.name} covers every must-have and ${formatPercent(assessment.shouldHaveScore)} of the should-haves (80% needed, a partial counting half).`);
  }
  if (fit.verdict === 'gaps' && assessment.gaps.length > 0) {
    reasons.push(`Gaps to classify: ${list(assessment.gaps.map((id) => `“${requirementName(framing, id)}”`))}.`);
  }
  pushOverride(reasons, fit.verdict !== fit.suggested, fit.overrideReason);
  return reasons;
}

function inHouseReasons(session: Session, route: InHouseRoute): string[] {
  const { framing, answers } = session;
  const reasons: string[] = [];
  switch (route.cause) {
    case 'differentiator':
      reasons.push(`You judged ${framing.componentName} a core differentiator: ${endSentence(answers.differentiator?.rationale ?? '') || 'no rationale given.'}`);
      break;
    case 'no-mature-option':
      reasons.push(framing.candidates.length === 0 ? 'No commercial candidate was listed.' : 'No candidate passed as a mature commercial option.');
      break;
    case 'all-rejected':
      reasons.push('Every mature candidate misses a must-have, so none of them can be bought.');
      break;
    default:
      assertNever(route.cause, 'cause');
  }
  const maintenance = answers.maintenance;
  if (maintenance) {
    const capacity = suggestMaintenance(framing.capacity);
    if (maintenance.answer === 'yes') {
      reasons.push('The team can give a fifth of an engineer to maintaining it, permanently.');
    } else {
      reasons.push('The team cannot give a fifth of an engineer to maintaining it, permanently.');
      if (capacity.suggested === 'no') reasons.push(...capacity.reasons);
      reasons.push(`${route.cause === 'differentiator' ? 'You need to own it' : 'Nothing on the market will do, so it would be built'} but cannot keep it running yet: buy the closest option or a thin integration layer now, fund the permanent fifth of an engineer before building, and revisit.`);
    }
    pushOverride(reasons, maintenance.answer !== maintenance.suggested, maintenance.overrideReason);
    if (maintenance.rationale.trim()) reasons.push(`Your note: ${endSentence(maintenance.rationale)}`);
  }
  return reasons;
}

function pushOverride(reasons: string[], overridden: boolean, why: string): void {
  if (overridden) reasons.push(`You went against the app’s suggestion here: ${endSentence(why)}`);
}

function yesNo(answer: 'yes' | 'no'): string {
  return answer === 'yes' ? 'Yes' : 'No';
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function candidateName(framing: Framing, id: string): string {
  return framing.candidates.find((c) => c.id === id)?.name ?? 'an unknown candidate';
}

export function requirementName(framing: Framing, id: string): string {
  return framing.requirements.find((r) => r.id === id)?.name ?? 'an unknown requirement';
}
