/**
 * fast-check arbitraries for decision records, for property tests: round trips
 * of the exports here, and the hostile-input generator (issue 7), which breaks
 * valid records in many ways. Every record generated passes DecisionRecordSchema.
 */
import fc from 'fast-check';
import type { Answers } from '../../answers';
import type { Framing } from '../../framing';
import { CRITERIA } from '../../guidance/schemas';
import { RECORD_FORMAT_VERSION } from '../../record/format';
import { DecisionRecordSchema, STATUSES, type DecisionRecord } from '../../record/record';
import { PEOPLE_ROLES, type FileEdit } from '../../record/outside-edits';
import type { Session } from '../../session';
import { LAYERS } from '../../portfolio/layers';
import type { CostInputs } from '../../cost/schemas';
import { costInputsArb } from '../../cost/testing/arbitraries';
import { buyScenario } from '../../cost/testing/inputs';

/** Text that has broken Markdown, YAML, HTML or Mermaid writers before. */
export const NASTY_TEXT = [
  '---',
  '```',
  '`code`',
  '| a | b |',
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss=1">',
  '-->',
  '<!-- forkpoint-record',
  '"quoted" and \'single\'',
  '\\',
  '# heading',
  '* item',
  '1. item',
  '[link](javascript:alert(1))',
  'key: value',
  '- yaml list',
  '&amp; &lt;',
  '${x} {{y}}',
  '__proto__',
  'émoji 🚀 and RTL עברית',
  'line one\nline two\n\nparagraph',
  '   ',
] as const;

export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...NASTY_TEXT, 'word', ' '), { maxLength: 5 }).map((parts) => parts.join(' ')) },
);

const nameArb = textArb.map((s) => s.trim() || 'Unnamed');
const idArb = (prefix: string) => fc.uuid().map((u) => `${prefix}_${u}`);
const dateArb = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
export const isoDateTimeArb = dateArb.map((d) => d.toISOString());
export const isoDateArb = dateArb.map((d) => d.toISOString().slice(0, 10));
const count = fc.nat({ max: 60 });
const amount = fc.double({ min: 0, max: 50, noNaN: true }).map((n) => n + 0);

export const framingArb: fc.Arbitrary<Framing> = fc
  .record({
    componentName: nameArb,
    description: textArb,
    componentKind: fc.constantFrom('infrastructure' as const, 'model' as const),
    layer: fc.constantFrom(...LAYERS),
    capacity: fc.record({ engineers: count, systemsMaintained: count, spareEngineers: amount }),
    profile: fc.constantFrom('startup' as const, 'midsize' as const, 'enterprise' as const, 'regulated' as const),
    candidates: fc.uniqueArray(fc.record({ id: idArb('cand'), name: nameArb, vendor: textArb, notes: textArb }), { maxLength: 3, selector: (c) => c.id }),
    requirements: fc.uniqueArray(fc.record({ id: idArb('req'), name: nameArb, bucket: fc.constantFrom('must' as const, 'should' as const, 'nice' as const) }), { maxLength: 8, selector: (r) => r.id }),
    participants: fc.array(textArb, { maxLength: 4 }),
    facilitator: textArb,
    date: isoDateArb,
  })
  .map((f) => f as Framing);

const yesNo = fc.constantFrom('yes' as const, 'no' as const);
const fit = fc.constantFrom('meets' as const, 'gaps' as const, 'must-have-missing' as const);
const gapVerdict = fc.constantFrom('no-core-gap' as const, 'narrow-core-gaps' as const, 'broad-core-gap' as const);

function answersArb(framing: Framing): fc.Arbitrary<Answers> {
  const perCandidate = <T>(value: fc.Arbitrary<T>) =>
    fc.tuple(...framing.candidates.map((c) => value.map((v) => [c.id, v] as const))).map((entries) => Object.fromEntries(entries));
  const perRequirement = <T>(value: fc.Arbitrary<T>) =>
    fc.tuple(...framing.requirements.map((r) => fc.option(value.map((v) => [r.id, v] as const), { nil: undefined })))
      .map((entries) => Object.fromEntries(entries.filter((e) => e !== undefined)));
  const checks = fc.record({ inProductionTwoYears: fc.boolean(), customersAtOurScale: fc.boolean(), publicSla: fc.boolean(), provenFailureRecord: fc.boolean() });
  const gap = fc.oneof(
    fc.record({ kind: fc.constant('core' as const), breadth: fc.constantFrom('narrow' as const, 'broad' as const) }),
    fc.record({ kind: fc.constant('edge' as const) }),
    fc.record({ kind: fc.constant('not-a-gap' as const) }),
  );
  const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  return fc
    .record({
      differentiator: optional(fc.record({ node: fc.constant('differentiator' as const), answer: yesNo, rationale: textArb })),
      maturity: optional(fc.record({ node: fc.constant('maturity' as const), candidates: perCandidate(fc.record({ checks, mature: fc.boolean(), suggested: fc.boolean(), overrideReason: textArb })), rationale: textArb })),
      requirements: optional(fc.record({ node: fc.constant('requirements' as const), candidates: perCandidate(fc.record({ coverage: perRequirement(fc.constantFrom('covered' as const, 'partial' as const, 'missing' as const)), verdict: fit, suggested: fit, overrideReason: textArb })), rationale: textArb })),
      gaps: optional(fc.record({ node: fc.constant('gaps' as const), candidates: perCandidate(fc.record({ gaps: perRequirement(gap), verdict: gapVerdict, suggested: gapVerdict, overrideReason: textArb })), rationale: textArb })),
      maintenance: optional(fc.record({ node: fc.constant('maintenance' as const), answer: yesNo, suggested: yesNo, overrideReason: textArb, rationale: textArb })),
    })
    .map((answers) => Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as Answers);
}

const weeksArb = fc.option(fc.double({ min: 0, max: 60, noNaN: true }).map((n) => n + 0), { nil: null });

function followUpsArb(framing: Framing) {
  return fc.record({
    whyNotBuy: textArb,
    exitPlan: fc.record({ dataOut: textArb, alternative: textArb }),
    evaluationWeeks: weeksArb,
    integrationWeeks: weeksArb,
    operators: fc.option(fc.nat({ max: 20 }), { nil: null }),
    unstableRequirements: fc.subarray(framing.requirements.map((r) => r.id)),
    requirementsReviewed: fc.boolean(),
    revisitBy: fc.option(isoDateArb, { nil: null }),
    triggers: fc.array(textArb, { maxLength: 3 }),
    owner: textArb,
    backupOwner: textArb,
  });
}

const modelLensArb = fc.record({
  onPremData: fc.boolean(),
  uniqueData: fc.boolean(),
  inferenceTopCost: fc.boolean(),
  modelIsDifferentiator: fc.boolean(),
  requestsPerMonth: fc.option(fc.nat(), { nil: null }),
  costPerRequest: fc.option(fc.double({ min: 0, max: 1, noNaN: true }).map((n) => n + 0), { nil: null }),
});

function vendorScoresArb(framing: Framing) {
  const score = fc.record({ score: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), note: textArb });
  const scores = fc.dictionary(fc.constantFrom(...CRITERIA), score, { maxKeys: 3 });
  return fc.tuple(...framing.candidates.map((c) => scores.map((s) => [c.id, s] as const))).map((entries) => Object.fromEntries(entries));
}

/** Cost inputs that price each of the framing's candidates. */
function costsArb(framing: Framing): fc.Arbitrary<CostInputs> {
  return costInputsArb().map((inputs) => ({ ...inputs, buy: framing.candidates.map((c) => ({ ...buyScenario(), ...inputs.buy[0], candidateId: c.id })) }));
}

const timerArb = fc.record({
  startedAt: isoDateTimeArb,
  pauses: fc.array(fc.record({ from: isoDateTimeArb, to: fc.option(isoDateTimeArb, { nil: null }) }), { maxLength: 2 }),
  visits: fc.array(fc.record({ step: fc.constantFrom('lens' as const, 'differentiator' as const, 'outcome' as const), at: isoDateTimeArb }), { maxLength: 3 }),
});

export const sessionArb: fc.Arbitrary<Session> = framingArb.chain((framing) =>
  fc.record({
    id: idArb('session'),
    framing: fc.constant(framing),
    answers: answersArb(framing),
    step: fc.constantFrom('framing' as const, 'differentiator' as const, 'maintenance' as const, 'outcome' as const),
    followUps: followUpsArb(framing),
    modelLens: fc.option(modelLensArb, { nil: null }),
    vendorScores: vendorScoresArb(framing),
    timer: fc.option(timerArb, { nil: null }),
    costs: fc.option(costsArb(framing), { nil: null }),
    adopted: fc.oneof(
      fc.constant(null),
      fc.constant({ kind: 'in-house' as const }),
      ...framing.candidates.map((c) => fc.constant({ kind: 'candidate' as const, candidateId: c.id })),
    ),
  })
    // The adoption reason (format v6) reuses a text already drawn, so the seeds the tests and the bench fix
    // give the same records as before it existed; it still carries every kind of text the generator makes.
    .map((session) => ({ ...session, adoptionReason: session.adopted ? (session.answers.differentiator?.rationale ?? '') : '' })) as fc.Arbitrary<Session>,
);

const statusArb = fc.constantFrom(...STATUSES);

const fileEditArb: fc.Arbitrary<FileEdit> = fc.oneof(
  fc.record({ kind: fc.constant('date' as const), at: isoDateTimeArb, date: isoDateArb }),
  fc.record({ kind: fc.constant('people' as const), at: isoDateTimeArb, role: fc.constantFrom(...PEOPLE_ROLES), names: fc.array(textArb, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('tags' as const), at: isoDateTimeArb, tags: fc.array(textArb, { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('text' as const), at: isoDateTimeArb, revision: fc.integer({ min: 1, max: 3 }) }),
);

/**
 * Prose a team might write in a pull request. It is written into the file as it
 * stands, so it is Markdown that reads back as the body in every layout (no line
 * a layout takes for its metadata, no blank line at either end).
 */
const editedProseArb = fc
  .array(fc.constantFrom('## Context and Problem Statement', '## Decision Outcome', 'We keep the managed queue for now.', 'Cost reviewed with finance.', 'Reviewed in the pull request; see <https://example.com/pr/7>.'), { minLength: 1, maxLength: 6 })
  .map((lines) => lines.join('\n\n'));

const outsideEditArb = fc.record({ revision: fc.integer({ min: 1, max: 3 }), at: isoDateTimeArb, base: textArb, text: editedProseArb });

/** Drawn after the rest, so a fixed seed still gives the records it gave before these fields existed. */
const fileEditsArb = fc.record({
    date: fc.option(isoDateArb, { nil: null }),
    decisionMakers: fc.option(fc.array(textArb, { maxLength: 3 }), { nil: null }),
    consulted: fc.array(textArb, { maxLength: 2 }),
    informed: fc.array(textArb, { maxLength: 2 }),
    fileEdits: fc.array(fileEditArb, { maxLength: 3 }),
    outsideEdits: fc.array(outsideEditArb, { maxLength: 2 }),
});

export const recordArb: fc.Arbitrary<DecisionRecord> = fc
  .tuple(fc.record({
    id: idArb('rec'),
    saveCount: fc.nat({ max: 1000 }),
    number: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: null }),
    tags: fc.array(textArb, { maxLength: 3 }),
    status: statusArb,
    statusHistory: fc.array(fc.record({ status: statusArb, at: isoDateTimeArb, note: textArb }), { maxLength: 3 }),
    supersedes: fc.option(idArb('rec'), { nil: null }),
    supersededBy: fc.option(idArb('rec'), { nil: null }),
    revisions: fc.array(fc.record({ savedAt: isoDateTimeArb, whatChanged: textArb, session: sessionArb }), { minLength: 1, maxLength: 3 }),
    createdAt: isoDateTimeArb,
    updatedAt: isoDateTimeArb,
  }), fileEditsArb)
  .map(([r, edits]) =>
    DecisionRecordSchema.parse({
      ...r,
      ...edits,
      formatVersion: RECORD_FORMAT_VERSION,
      revisions: r.revisions.map((rev, i) => ({ ...rev, number: i + 1 })),
      // At most one outside edit a revision, for revisions the record has.
      outsideEdits: edits.outsideEdits.filter((edit, i, all) => edit.revision <= r.revisions.length && all.findIndex((e) => e.revision === edit.revision) === i),
    }),
  );
