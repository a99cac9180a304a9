import { describeOutcomeState, describeQuestionState, LIT_COLOUR, type AppNode, type Flow, type PathEdge } from './build-flow';
import { MAP_BOUNDS, polylinePath } from './layout';
import { xmlText } from '../../domain/export/escape';

/**
 * The map as a standalone SVG document: the same geometry as on screen, drawn
 * with plain SVG shapes and text (no embedded HTML), so any viewer shows it
 * and the question texts stay searchable. Below the tree, the path in words.
 */
export function toSvg(flow: Flow, title: string, pathLines: readonly string[]): string {
  const pad = 24;
  const listTop = MAP_BOUNDS.height + pad * 2;
  const width = MAP_BOUNDS.width + pad * 2;
  const height = listTop + 40 + pathLines.length * 26 + pad;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="map-title" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">`,
    `<title id="map-title">${xmlText(title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${LIT_COLOUR}"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g transform="translate(${pad},${pad})">`,
    ...flow.edges.filter((e) => !e.data?.lit).map(edge),
    ...flow.edges.filter((e) => e.data?.lit).map(edge),
    ...flow.nodes.map(node),
    `</g>`,
    `<g transform="translate(${pad},${listTop})">`,
    `<text x="0" y="20" font-size="20" font-weight="700" fill="#1a1a1a">${xmlText(title)}</text>`,
    ...pathLines.map((line, i) => `<text x="0" y="${52 + i * 26}" font-size="17" fill="#1a1a1a">${i + 1}. ${xmlText(line)}</text>`),
    `</g>`,
    `</svg>`,
  ];
  return parts.join('\n');
}

function edge(e: PathEdge): string {
  if (!e.data) return '';
  const lit = e.data.lit;
  const stroke = lit
    ? `stroke="${LIT_COLOUR}" stroke-width="5" marker-end="url(#arrow)"`
    : `stroke="#767676" stroke-width="2" stroke-dasharray="8 6"`;
  const [x, y] = e.data.labelAt;
  const labelWidth = e.data.label.length * 10 + 16;
  return [
    `<g data-edge="${xmlText(e.id)}" data-lit="${String(lit)}">`,
    `<path d="${polylinePath(e.data.points)}" fill="none" ${stroke}/>`,
    `<rect x="${x - labelWidth / 2}" y="${y - 14}" width="${labelWidth}" height="28" rx="6" fill="#ffffff" stroke="${lit ? LIT_COLOUR : '#c4c4c4'}"/>`,
    `<text x="${x}" y="${y + 6}" text-anchor="middle" font-size="17" font-weight="${lit ? 700 : 400}" fill="#1a1a1a">${xmlText(e.data.label)}</text>`,
    `</g>`,
  ].join('');
}

function node(n: AppNode): string {
  const { x, y } = n.position;
  const w = n.width ?? 0;
  const h = n.height ?? 0;
  const state = n.data.state;
  const fill = state === 'unreachable' ? '#f1f1f1' : '#ffffff';
  const stroke = n.data.lit ? LIT_COLOUR : state === 'unreachable' ? '#8c8c8c' : '#4d4d4d';
  const strokeWidth = state === 'current' ? 6 : n.data.lit ? 4 : 2;
  const dash = state === 'unreachable' ? ' stroke-dasharray="6 5"' : '';
  const text = state === 'unreachable' ? '#555555' : '#1a1a1a';
  const box = `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="12" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"${dash}/>`;
  if (n.type === 'outcome') {
    return [
      `<g data-node="${n.id}"><title>${xmlText(n.ariaLabel ?? '')}</title>${box}`,
      ...wrap(n.data.name, 17).map(
        (line, i) => `<text x="${x + w / 2}" y="${y + 28 + i * 22}" text-anchor="middle" font-size="19" font-weight="700" fill="${text}">${xmlText(line)}</text>`,
      ),
      `<text x="${x + w / 2}" y="${y + h - 14}" text-anchor="middle" font-size="15" fill="${text}">${xmlText(clip(capitalise(describeOutcomeState(n.data)), 26))}</text>`,
      `</g>`,
    ].join('');
  }
  const question = wrap(n.data.question, 34).slice(0, 2);
  return [
    `<g data-node="${n.id}"><title>${xmlText(n.ariaLabel ?? '')}</title>${box}`,
    `<text x="${x + 14}" y="${y + 28}" font-size="19" font-weight="700" fill="${text}">${n.data.number} · ${xmlText(n.data.title)}</text>`,
    ...question.map((line, i) => `<text x="${x + 14}" y="${y + 52 + i * 18}" font-size="14" fill="${text}">${xmlText(line)}</text>`),
    `<text x="${x + 14}" y="${y + h - 12}" font-size="15" font-weight="${state === 'current' ? 700 : 400}" fill="${text}">${xmlText(clip(capitalise(describeQuestionState(n.data)), 32))}</text>`,
    `</g>`,
  ].join('');
}

/** Greedy word wrap by character count: good enough for fixed, known texts. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

