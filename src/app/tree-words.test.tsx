import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { decide } from '../domain/decision';
import { describePath } from '../domain/explain';
import { writeAdr } from '../domain/adr/write-adr';
import { currentRevision } from '../domain/record/record';
import { recordOf } from '../domain/testing/records';
import { TREE } from '../domain/tree';
import { buildFlow } from '../features/map/build-flow';
import { pathLines } from '../features/map/path-lines';
import { SESSIONS } from '../features/map/testing/sessions';
import { toSvg } from '../features/map/to-svg';
import { RecordBody } from '../features/record-view/record-body';
import { GAP_VERDICT_CHOICES } from '../features/wizard/choices';
import type * as TreeEdges from '../domain/tree-edges';

// Rename one answer in the tree's edge table before anything reads it. Every screen and
// export that shows this answer must then show the new words and never the old ones:
// a consumer that wrote "Narrow core gaps" itself would fail here.
vi.mock('../domain/tree-edges', async (importOriginal) => {
  const table = await importOriginal<typeof TreeEdges>();
  const edge = table.EDGES.find((e) => e.id === 'gaps-to-buy-and-wrap');
  Object.assign(edge ?? {}, { label: 'Thin layer of our own' });
  return table;
});

const RENAMED = /thin layer of our own/i;
const OLD = /narrow core gaps/i;
const session = SESSIONS.buyAndWrap();

describe('one edge label, renamed in the tree table', () => {
  it('is what the wizard offers and where it says the answer leads', () => {
    const offered = GAP_VERDICT_CHOICES.find((c) => c.value === 'narrow-core-gaps')?.label;
    expect(offered).toBe('Thin layer of our own');
    expect(TREE.gaps.leadsTo.map((l) => l.answer)).toContain('Thin layer of our own');
  });

  it('labels the map edge and the SVG export', () => {
    const flow = buildFlow(session);
    expect(flow.edges.find((e) => e.id === 'gaps-to-buy-and-wrap')?.data?.label).toBe('Thin layer of our own');
    const svg = toSvg(flow, 'Decision map', pathLines(describePath(session), decide(session), session));
    expect(svg).toMatch(RENAMED);
    expect(svg).not.toMatch(OLD);
  });

  it('is the answer in the record view and in the Markdown export', () => {
    const record = recordOf(session);
    const { container } = render(<RecordBody revision={currentRevision(record)} />);
    expect(container.textContent).toMatch(RENAMED);
    expect(container.textContent).not.toMatch(OLD);
    const markdown = writeAdr(record, 'madr');
    expect(markdown).toMatch(RENAMED);
    expect(markdown).not.toMatch(OLD);
  });
});
