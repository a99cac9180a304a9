import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { NODE_IDS, type NodeId } from '../../domain/answers';
import { decide } from '../../domain/decision';
import { answerParts, answerText, type AnswerParts } from '../../domain/explain';
import { OUTCOME_NAMES, OUTCOMES, type Outcome } from '../../domain/outcomes';
import type { Session } from '../../domain/session';
import { TREE } from '../../domain/tree';
import type { Walk } from '../../domain/walk';
import {
  EDGE_SHAPES,
  edgeId,
  OUTCOME_CENTRES,
  OUTCOME_SIZE,
  QUESTION_CENTRES,
  QUESTION_SIZE,
  topLeft,
  type MapNodeId,
  type Point,
} from './layout';
import { litBy, routesOf, stillReachable, type RouteView } from './routes';

export type QuestionState = 'answered' | 'current' | 'not-reached' | 'unreachable';
export type OutcomeState = 'reached' | 'not-reached' | 'unreachable';

export type QuestionNode = Node<
  {
    node: NodeId;
    number: number;
    title: string;
    question: string;
    state: QuestionState;
    /** What the team answered, in a few words; null while unanswered. */
    answer: string | null;
    /** The answer as drawn on the node: summed up ("… and 2 more") when it would not fit its box. */
    shortAnswer: string | null;
    /** On the route the map lights. */
    lit: boolean;
  },
  'question'
>;

export type OutcomeNode = Node<
  {
    outcome: Outcome;
    name: string;
    state: OutcomeState;
    /** Who ends here: candidate names, or "in-house". */
    reachedBy: readonly string[];
    lit: boolean;
    /** The option the team adopted, when it ends here (only once the tree is finished). */
    adopted: string | null;
  },
  'outcome'
>;

export type AppNode = QuestionNode | OutcomeNode;

export type PathEdge = Edge<{ label: string; points: readonly Point[]; labelAt: Point; lit: boolean }, 'path'>;

export interface Flow {
  readonly nodes: AppNode[];
  readonly edges: PathEdge[];
}

const STATE_WORDS: Record<QuestionState | OutcomeState, string> = {
  answered: 'answered',
  current: 'current question',
  'not-reached': 'not reached',
  unreachable: 'no longer reachable',
  reached: 'reached',
};

/** How the map names a question's state, for screen readers and the SVG. */
export function describeQuestionState(data: QuestionNode['data']): string {
  if (data.state === 'answered') return `answered: ${data.answer ?? ''}`;
  if (data.state === 'current' && data.answer) return `current question, answered earlier: ${data.answer}`;
  return STATE_WORDS[data.state];
}

export function describeOutcomeState(data: OutcomeNode['data']): string {
  if (data.adopted !== null) return `reached by ${data.reachedBy.join(', ')}; adopted: ${data.adopted}`;
  if (data.state === 'reached') return data.reachedBy.length ? `reached by ${data.reachedBy.join(', ')}` : 'reached';
  return STATE_WORDS[data.state];
}

/** Characters of names an outcome node shows before "and N more": two lines of its width. */
const SHORT_STATUS_CHARACTERS = 30;
/** Characters of an answer a question node shows after "Answered: ": the lines its box leaves under a one-line title. */
const SHORT_ANSWER_CHARACTERS = 40;

/** Whole parts while they fit in `room` characters (at least one), then "and N more". */
function sumUp(parts: readonly string[], joiner: string, room: number): string {
  const shown: string[] = [];
  let length = 0;
  for (const part of parts) {
    const rest = parts.length - shown.length - 1;
    const left = room - (rest > 0 ? ` and ${rest} more`.length : 0);
    if (shown.length > 0 && length + part.length > left) break;
    shown.push(part);
    length += part.length + joiner.length;
  }
  const more = parts.length - shown.length;
  return `${shown.join(joiner)}${more > 0 ? ` and ${more} more` : ''}`;
}

/**
 * The outcome's status as drawn on its node: who reached it (the lit border
 * already says it was reached), names while they fit in two lines, then
 * "and N more", so a crowded outcome is summed up, never cut off mid-name.
 * The adopted option is named instead, with a star. The aria-label and the
 * path list keep every name.
 */
export function shortOutcomeStatus(data: OutcomeNode['data']): string {
  if (data.adopted !== null) return `★ Adopted: ${data.adopted}`;
  if (data.state !== 'reached' || data.reachedBy.length === 0) return describeOutcomeState(data);
  return sumUp(data.reachedBy, ', ', SHORT_STATUS_CHARACTERS);
}

/**
 * A question's answer as drawn on its node: whole while it fits the box, else its parts (a candidate
 * each) while they fit, then "and N more" — never spilling out of the box. The aria-label and the path list keep it all.
 */
export function shortAnswer(answer: AnswerParts): string {
  return `${answer.lead}${sumUp(answer.parts, answer.joiner, SHORT_ANSWER_CHARACTERS - answer.lead.length)}`;
}

/**
 * React Flow's nodes and edges for a session: five questions and six
 * outcomes at fixed positions, each with its state, and the route(s) of
 * `view` lit. Pure: the same session and view always give the same flow.
 */
export function buildFlow(session: Session, view: RouteView = 'all'): Flow {
  const decision = decide(session);
  const w = decision.walk;
  const lit = litBy(routesOf(w, view));
  const reachable = stillReachable(w);
  const questions = NODE_IDS.map((node) => questionNode(session, w, node, lit.nodes.has(node), reachable));
  const adopted = session.step === 'outcome' ? decision.chosen : null;
  const outcomes = OUTCOMES.map((outcome) =>
    outcomeNode(w, outcome, lit.nodes.has(outcome), reachable, adopted?.outcome === outcome ? adopted.label : null),
  );
  const edges = EDGE_SHAPES.map((shape): PathEdge => {
    const id = edgeId(shape.source, shape.target);
    const on = lit.edges.has(id);
    return {
      id,
      type: 'path',
      source: shape.source,
      target: shape.target,
      className: on ? 'edge-lit' : 'edge-unlit',
      ...(on ? { markerEnd: { type: 'arrowclosed', width: 8, height: 8, color: LIT_COLOUR } } : {}),
      focusable: false,
      ariaLabel: `${TREE[shape.source].title} — ${shape.label} — to ${nameOf(shape.target)}${on ? ', on the path' : ''}`,
      domAttributes: litAttribute(on),
      data: { label: shape.label, points: shape.points, labelAt: shape.labelAt, lit: on },
    };
  });
  return { nodes: [...questions, ...outcomes], edges };
}

// React accepts data-* attributes on any element; React Flow's type for them lists only SVG attributes.
const litAttribute = (on: boolean) => ({ 'data-lit': String(on) }) as PathEdge['domAttributes'];

/** The lit path's colour; the second cue (stroke width, solid line, arrow) lives in map.css. */
export const LIT_COLOUR = '#1849a9';

/**
 * Nodes come with their size as `measured` too: React Flow counts a node it has not measured as not
 * initialised, and a `fitView` asked for later (the canvas resized: a window, a toolbar wrapping to a
 * second row) waits for every node to be initialised — for ever, on a read-only flow that never hands
 * measured nodes back. Then the tree stayed fitted to the canvas's first size, its bottom row cut off.
 *
 * Where a node's handles are: centred on its top and bottom edges. Given up front, React Flow
 * places the edges without measuring the node, so an answer that changes a node (its class,
 * its status) keeps that node's edges drawn instead of dropping them until the next frame's
 * measurement. The edges themselves follow layout.ts's routes; the handles only anchor them.
 */
function handlesOf(size: { width: number; height: number }, source: boolean): NodeHandle[] {
  const at = (type: NodeHandle['type'], position: Position, y: number): NodeHandle => ({ type, position, x: size.width / 2, y, width: 1, height: 1 });
  const target = at('target', Position.Top, 0);
  return source ? [target, at('source', Position.Bottom, size.height)] : [target];
}

const QUESTION_HANDLES = handlesOf(QUESTION_SIZE, true);
const OUTCOME_HANDLES = handlesOf(OUTCOME_SIZE, false);

function questionNode(session: Session, w: Walk, node: NodeId, lit: boolean, reachable: ReadonlySet<MapNodeId>): QuestionNode {
  const parts = w.route.includes(node) ? answerParts(session.framing, session.answers, node) : null;
  const answer = parts && answerText(parts);
  const state: QuestionState =
    session.step === node ? 'current' : answer !== null ? 'answered' : w.route.includes(node) || reachable.has(node) ? 'not-reached' : 'unreachable';
  const text = TREE[node];
  const data = { node, number: text.number, title: text.title, question: text.question, state, answer, shortAnswer: parts && shortAnswer(parts), lit };
  return {
    id: node,
    type: 'question',
    position: topLeft(QUESTION_CENTRES[node], QUESTION_SIZE),
    width: QUESTION_SIZE.width,
    height: QUESTION_SIZE.height,
    measured: QUESTION_SIZE,
    handles: QUESTION_HANDLES,
    className: `map-node map-node--${state}${lit ? ' map-node--lit' : ''}`,
    // The node's own button (answered nodes) takes the focus; the wrapper only names the node.
    focusable: false,
    ariaRole: 'group',
    ariaLabel: `Question ${text.number}: ${text.question} — ${describeQuestionState(data)}`,
    data,
  };
}

function outcomeNode(w: Walk, outcome: Outcome, lit: boolean, reachable: ReadonlySet<MapNodeId>, adopted: string | null): OutcomeNode {
  const reachedBy = [
    ...w.candidates.filter((c) => c.outcome === outcome).map((c) => c.candidate.name),
    ...(w.inHouse?.outcome === outcome ? ['in-house'] : []),
  ];
  const state: OutcomeState = reachedBy.length > 0 ? 'reached' : reachable.has(outcome) ? 'not-reached' : 'unreachable';
  const data = { outcome, name: OUTCOME_NAMES[outcome], state, reachedBy, lit, adopted };
  return {
    id: outcome,
    type: 'outcome',
    position: topLeft(OUTCOME_CENTRES[outcome], OUTCOME_SIZE),
    width: OUTCOME_SIZE.width,
    height: OUTCOME_SIZE.height,
    measured: OUTCOME_SIZE,
    handles: OUTCOME_HANDLES,
    className: `map-node map-node--${state}${lit ? ' map-node--lit' : ''}${adopted !== null ? ' map-node--adopted' : ''}`,
    focusable: false,
    ariaRole: 'group',
    ariaLabel: `Outcome: ${data.name} — ${describeOutcomeState(data)}`,
    data,
  };
}

function isOutcome(id: MapNodeId): id is Outcome {
  return (OUTCOMES as readonly string[]).includes(id);
}

function nameOf(id: MapNodeId): string {
  return isOutcome(id) ? OUTCOME_NAMES[id] : TREE[id].title;
}
