import type { NodeId } from '../answers';
import { assertNever } from '../assert-never';
import { decide } from '../decision';
import { OUTCOME_NAMES, type Outcome } from '../outcomes';
import type { Session } from '../session';
import { TREE } from '../tree';
import { answerLabel, fitLabel, gapLabel, inSentence } from '../tree-edges';
import type { CandidateRoute, InHouseCause } from '../walk';
import { mermaidText } from './escape';

type Vertex = NodeId | Outcome;

/** The edge of the tree each reason for taking node 5 follows: its label is the table's (src/domain/tree-edges.ts). */
const IN_HOUSE_EDGE: Record<InHouseCause, readonly [NodeId, string]> = {
  differentiator: ['differentiator', 'yes'],
  'no-mature-option': ['maturity', 'no'],
  'all-rejected': ['requirements', 'none-left'],
};

interface Edge {
  readonly from: Vertex;
  readonly to: Vertex;
  readonly labels: string[];
}

/**
 * The team's path as a Mermaid flowchart (GitHub draws it): the nodes visited,
 * each candidate's way through them with the answer that moved it on, and the
 * outcomes reached. User text is entity-escaped, so no name can break the chart.
 */
export function pathFlowchart(session: Session): string {
  const { walk } = decide(session);
  const edges: Edge[] = [];
  const add = (from: Vertex, to: Vertex, label: string) => {
    const existing = edges.find((e) => e.from === from && e.to === to);
    if (existing) existing.labels.push(label);
    else edges.push({ from, to, labels: [label] });
  };
  if (walk.route.includes('maturity')) add('differentiator', 'maturity', answerLabel('differentiator', 'no'));
  for (const route of walk.candidates) candidateEdges(session, route, add);
  if (walk.inHouse) {
    const [from, when] = IN_HOUSE_EDGE[walk.inHouse.cause];
    add(from, 'maintenance', answerLabel(from, when));
    if (walk.inHouse.outcome) add('maintenance', walk.inHouse.outcome, answerLabel('maintenance', session.answers.maintenance?.answer === 'yes' ? 'yes' : 'no'));
  }

  const vertices = new Set<Vertex>(walk.route);
  for (const e of edges) vertices.add(e.from).add(e.to);
  const lines = ['flowchart TD'];
  for (const v of vertices) lines.push(`  ${v.replaceAll('-', '_')}${vertexShape(v, walk.pending === v)}`);
  for (const e of edges) lines.push(`  ${e.from.replaceAll('-', '_')} -->|"${mermaidText(e.labels.join('; '))}"| ${e.to.replaceAll('-', '_')}`);
  return lines.join('\n');
}

function vertexShape(v: Vertex, pending: boolean): string {
  if (isNode(v)) return `["${TREE[v].number}. ${mermaidText(TREE[v].title)}${pending ? ' (not answered yet)' : ''}"]`;
  return `(["${mermaidText(OUTCOME_NAMES[v])}"])`;
}

function isNode(v: Vertex): v is NodeId {
  return v in TREE;
}

function candidateEdges(session: Session, route: CandidateRoute, add: (from: Vertex, to: Vertex, label: string) => void): void {
  const name = route.candidate.name;
  const nodes = route.nodes;
  nodes.forEach((node, i) => {
    const next: Vertex | null = nodes[i + 1] ?? route.outcome;
    if (next) add(node, next, `${name}: ${answerAt(session, route, node)}`);
  });
}

function answerAt(session: Session, route: CandidateRoute, node: NodeId): string {
  const id = route.candidate.id;
  const { answers } = session;
  switch (node) {
    case 'differentiator':
      return answerLabel('differentiator', answers.differentiator?.answer === 'yes' ? 'yes' : 'no');
    case 'maturity':
      return answers.maturity?.candidates[id]?.mature ? 'mature' : 'not mature';
    case 'requirements': {
      return inSentence(fitLabel(answers.requirements?.candidates[id]?.verdict ?? 'must-have-missing'));
    }
    case 'gaps': {
      return inSentence(gapLabel(answers.gaps?.candidates[id]?.verdict ?? 'broad-core-gap'));
    }
    case 'maintenance':
      return answerLabel('maintenance', answers.maintenance?.answer === 'yes' ? 'yes' : 'no');
    default:
      return assertNever(node, 'node');
  }
}
