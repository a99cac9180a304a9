import { describe, expect, it } from 'vitest';
import { newSession } from '../session';
import { stepName } from '../step-name';
import { framed } from '../testing/sessions';
import { DraftSchema, draftTitle, holdsNoWork, newDraft, NEW_WORK } from './draft';

const AT = '2026-11-30T09:00:00.000Z';
const fresh = () => newSession('2026-11-30');

describe('a waiting draft', () => {
  it('of a new decision not framed yet reads back, with what was typed into the framing form', () => {
    const draft = newDraft(fresh(), NEW_WORK, AT, { step: 'framing', value: { componentName: 'Vector store' } });
    expect(DraftSchema.safeParse(JSON.parse(JSON.stringify(draft))).data).toEqual(draft);
  });

  it('past the framing still needs a named component', () => {
    const unnamed = { ...framed(), framing: { ...framed().framing, componentName: '' } };
    expect(DraftSchema.safeParse(newDraft(unnamed, NEW_WORK, AT)).success).toBe(false);
  });

  it('is called by the name typed, the framing’s name, or “Untitled decision”', () => {
    expect(draftTitle(newDraft(fresh(), NEW_WORK, AT, { step: 'framing', value: { componentName: '  Feature store ' } }))).toBe('Feature store');
    expect(draftTitle(newDraft(fresh(), NEW_WORK, AT, { step: 'framing', value: { componentName: 3 } }))).toBe('Untitled decision');
    expect(draftTitle(newDraft(fresh(), NEW_WORK, AT))).toBe('Untitled decision');
    expect(draftTitle(newDraft(framed(), NEW_WORK, AT))).toBe(framed().framing.componentName);
  });

  it('holds no work only when nothing was typed, framed or carried over from a record', () => {
    expect(holdsNoWork(newDraft(fresh(), NEW_WORK, AT))).toBe(true);
    // The clock runs from the moment the framing opens: not work.
    expect(holdsNoWork(newDraft({ ...fresh(), timer: { startedAt: 1, pausedAt: null, pausedMs: 0, visits: [] } as never }, NEW_WORK, AT))).toBe(true);
    expect(holdsNoWork(newDraft(fresh(), NEW_WORK, AT, { step: 'framing', value: { componentName: '' } }))).toBe(false);
    expect(holdsNoWork(newDraft(framed(), NEW_WORK, AT))).toBe(false);
    expect(holdsNoWork(newDraft(fresh(), { ...NEW_WORK, whatChanged: 'A new vendor.' }, AT))).toBe(false);
  });
});

describe('stepName', () => {
  it.each([
    ['framing', 'Framing'],
    ['differentiator', '1. Core differentiator?'],
    ['maintenance', '5. Can you maintain it?'],
    ['outcome', 'Outcome'],
  ] as const)('%s is “%s”', (step, name) => {
    expect(stepName(step)).toBe(name);
  });
});
