import { NODE_IDS, type AnswerInput, type Answers, type NodeId } from './answers';
import { sameValue } from './same-value';
import { assertNever } from './assert-never';
import { applyGuidance, type GuidanceEvent } from './guidance/events';
import { accept, reject, type TransitionResult } from './rejection';
import { optionsOf, sameOption, walk } from './walk';
import { validateFraming, type Framing } from './framing';
import { validateAnswer } from './validate-answer';
import type { OptionKey, Session, Step } from './session';

/** Everything that can happen to a session, as data. */
export type SessionEvent =
  | { readonly type: 'framing.submitted'; readonly framing: unknown }
  | { readonly type: 'answer.given'; readonly answer: AnswerInput }
  | { readonly type: 'step.back' }
  | { readonly type: 'step.goto'; readonly step: Step }
  | { readonly type: 'option.adopted'; readonly option: OptionKey }
  | { readonly type: 'adoption.explained'; readonly reason: string }
  | GuidanceEvent;


/**
 * The one way a session changes. Pure and total: an event that does not fit the
 * current state comes back as a typed rejection, never as an exception.
 */
export function transition(session: Session, event: SessionEvent): TransitionResult {
  switch (event.type) {
    case 'framing.submitted':
      return submitFraming(session, event.framing);
    case 'answer.given':
      return giveAnswer(session, event.answer);
    case 'step.back':
      return stepBack(session);
    case 'step.goto':
      return goTo(session, event.step);
    case 'option.adopted':
      return adopt(session, event.option);
    case 'adoption.explained':
      return session.step === 'outcome' ? accept({ ...session, adoptionReason: event.reason }) : reject('not-current-step', 'The reason for an adoption is given on the outcome step.');
    case 'follow-ups.edited':
    case 'lens.answered':
    case 'vendor.scored':
    case 'costs.edited':
    case 'timer.changed':
      return applyGuidance(session, event);
    default:
      return assertNever(event, 'event');
  }
}

function submitFraming(session: Session, input: unknown): TransitionResult {
  if (session.step !== 'framing') return reject('not-current-step', 'The framing can be changed only from the framing step.');
  const result = validateFraming(input);
  if (!result.ok) return reject('invalid-framing', 'Some framing fields need attention.', result.error);
  const framing = result.value;
  // Answers from node 2 on are per candidate and per requirement: new lists make them meaningless.
  const answers = listsChanged(session.framing, framing) ? keepBefore(session.answers, 'maturity') : session.answers;
  return accept(withAdoption({ ...session, framing, answers, step: 'differentiator' }, keptAdoption(session.adopted, framing, answers)));
}

function listsChanged(before: Framing, after: Framing): boolean {
  const candidates = (f: Framing) => f.candidates.map((c) => c.id).join('|');
  const requirements = (f: Framing) => f.requirements.map((r) => `${r.id}:${r.bucket}`).join('|');
  return candidates(before) !== candidates(after) || requirements(before) !== requirements(after);
}

function giveAnswer(session: Session, input: AnswerInput): TransitionResult {
  if (session.step !== input.node) {
    return reject('not-current-step', `The wizard is at ${session.step}, not at ${input.node}.`);
  }
  const validated = validateAnswer(session.framing, keepBefore(session.answers, input.node), input);
  if (!validated.ok) return reject('invalid-answer', validated.error.message, validated.error.errors);
  const answer = validated.value;
  const previous = session.answers[input.node];
  const unchanged = previous !== undefined && sameValue(previous, answer);
  // A changed answer invalidates everything downstream of it; an unchanged one keeps it.
  const answers = unchanged ? session.answers : { ...keepBefore(session.answers, input.node), [input.node]: answer };
  const w = walk(session.framing, answers);
  const next = w.route[w.route.indexOf(input.node) + 1] ?? (w.pending === null ? 'outcome' : input.node);
  return accept(withAdoption({ ...session, answers, step: next }, unchanged ? session.adopted : keptAdoption(session.adopted, session.framing, answers)));
}

/**
 * The team's adopted option survives changed answers (a revisit keeps its earlier
 * choice) unless that option is gone: its candidate struck from the list, or a
 * finished walk in which it no longer has an outcome.
 */
/** The session with `adopted`; an adoption that is gone takes its reason with it. */
function withAdoption(session: Session, adopted: OptionKey | null): Session {
  return { ...session, adopted, adoptionReason: adopted === null ? '' : session.adoptionReason };
}

function keptAdoption(adopted: OptionKey | null, framing: Framing, answers: Answers): OptionKey | null {
  if (adopted === null) return null;
  if (adopted.kind === 'candidate' && !framing.candidates.some((c) => c.id === adopted.candidateId)) return null;
  const w = walk(framing, answers);
  if (w.pending !== null) return adopted;
  return optionsOf(w).some((o) => sameOption(o.key, adopted)) ? adopted : null;
}

function stepBack(session: Session): TransitionResult {
  const { step } = session;
  if (step === 'framing') return reject('cannot-go-back', 'The framing is the first step.');
  if (step === 'differentiator') return accept({ ...session, step: 'framing' });
  const route = walk(session.framing, session.answers).route;
  const previous = step === 'outcome' ? route[route.length - 1] : route[route.indexOf(step) - 1];
  return previous ? accept({ ...session, step: previous }) : reject('cannot-go-back', 'There is no earlier step.');
}

function goTo(session: Session, step: Step): TransitionResult {
  if (step === 'framing') return accept({ ...session, step });
  // A session whose framing was never accepted has no tree to walk yet (a typed #/differentiator URL, say).
  if (!validateFraming(session.framing).ok) return reject('not-reachable', 'Frame the component first.');
  const w = walk(session.framing, session.answers);
  if (step === 'outcome') {
    return w.pending === null ? accept({ ...session, step }) : reject('not-reachable', 'The tree has no outcome yet.');
  }
  const reachable = w.route.includes(step) && (session.answers[step] !== undefined || w.pending === step);
  return reachable ? accept({ ...session, step }) : reject('not-reachable', `${step} is not on the path answered so far.`);
}

function adopt(session: Session, option: OptionKey): TransitionResult {
  if (session.step !== 'outcome') return reject('not-current-step', 'An option is adopted on the outcome step.');
  const options = optionsOf(walk(session.framing, session.answers));
  if (!options.some((o) => sameOption(o.key, option))) return reject('not-an-option', 'That option has no outcome to adopt.');
  // Another option than before: the reason given for the earlier one does not carry over.
  const same = session.adopted !== null && sameOption(session.adopted, option);
  return accept({ ...session, adopted: option, adoptionReason: same ? session.adoptionReason : '' });
}

/** The answers given before `node` in the tree's order. */
export function keepBefore(answers: Answers, node: NodeId): Answers {
  const kept: Answers = {};
  for (const id of NODE_IDS) {
    if (id === node) break;
    copyAnswer(kept, answers, id);
  }
  return kept;
}

function copyAnswer<K extends NodeId>(to: Answers, from: Answers, node: K): void {
  if (from[node] !== undefined) to[node] = from[node];
}
