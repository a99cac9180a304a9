import { useCallback, useMemo } from 'react';
import * as z from 'zod/mini';
import type { CandidateFit, Coverage } from '../../../domain/answers';
import { assessFit } from '../../../domain/rules';
import type { Session } from '../../../domain/session';
import { keepBefore } from '../../../domain/transition';
import { candidatesAt } from '../../../domain/validate-answer';
import { NodeScreen } from '../node-screen';
import { useAnswerForm } from '../use-answer-form';
import { CoverageGrid } from './coverage-grid';
import { FitCard, FitDraftSchema, type FitDraft } from './fit-card';
import { useStepInput } from '../use-step-input';

const NO_DRAFT: FitDraft = { coverage: {}, picked: null, overrideReason: '' };

function draftOf(given: CandidateFit | undefined): FitDraft {
  if (!given) return NO_DRAFT;
  return { coverage: given.coverage, picked: given.verdict === given.suggested ? null : given.verdict, overrideReason: given.overrideReason };
}

/** Node 3's form as typed: each candidate's marks, and the rationale. */
const RequirementsInputSchema = z.object({ candidates: z.record(z.string(), FitDraftSchema), rationale: z.string() });
type Drafts = Record<string, FitDraft>;

/** Node 3: the requirement × candidate coverage grid, then each candidate's verdict. */
export function RequirementsNode({ session }: { session: Session }) {
  const { framing, answers } = session;
  const candidates = useMemo(() => candidatesAt(framing, keepBefore(answers, 'requirements'), 'requirements'), [framing, answers]);
  const [input, setInput] = useStepInput('requirements', RequirementsInputSchema, () => ({
    candidates: Object.fromEntries(candidates.map((c) => [c.id, draftOf(answers.requirements?.candidates[c.id])])),
    rationale: answers.requirements?.rationale ?? '',
  }));
  const drafts = input.candidates;
  const rationale = input.rationale;
  const setDrafts = useCallback((change: (all: Drafts) => Drafts) => setInput((i) => ({ ...i, candidates: change(i.candidates) })), [setInput]);
  const setRationale = useCallback((value: string) => setInput((i) => ({ ...i, rationale: value })), [setInput]);
  const form = useAnswerForm();
  const draft = (id: string) => drafts[id] ?? NO_DRAFT;
  // Stable callbacks and one draft object per candidate: a change re-renders only the grid
  // cell and the candidate's card it touches (15 candidates × 60 requirements is 900 cells).
  const update = useCallback((id: string, patch: Partial<FitDraft>) => setDrafts((all) => ({ ...all, [id]: { ...(all[id] ?? NO_DRAFT), ...patch } })), [setDrafts]);
  const cover = useCallback(
    (candidateId: string, requirementId: string, value: Coverage | '') =>
      setDrafts((all) => {
        const current = all[candidateId] ?? NO_DRAFT;
        const { [requirementId]: _previous, ...rest } = current.coverage;
        return { ...all, [candidateId]: { ...current, coverage: value === '' ? rest : { ...rest, [requirementId]: value } } };
      }),
    [setDrafts],
  );
  const coverRow = useCallback(
    (requirementId: string, value: Coverage) =>
      setDrafts((all) => {
        const next = { ...all };
        for (const c of candidates) {
          const current = all[c.id] ?? NO_DRAFT;
          next[c.id] = { ...current, coverage: { ...current.coverage, [requirementId]: value } };
        }
        return next;
      }),
    [candidates, setDrafts],
  );
  const coverColumn = useCallback(
    (candidateId: string, value: Coverage) =>
      setDrafts((all) => {
        const current = all[candidateId] ?? NO_DRAFT;
        const coverage = Object.fromEntries(framing.requirements.map((r) => [r.id, value]));
        return { ...all, [candidateId]: { ...current, coverage } };
      }),
    [framing.requirements, setDrafts],
  );

  const submit = () => {
    const given: Record<string, Omit<CandidateFit, 'suggested'>> = {};
    for (const c of candidates) {
      const d = draft(c.id);
      const { suggested } = assessFit(framing.requirements, d.coverage);
      const verdict = d.picked ?? suggested;
      given[c.id] = { coverage: d.coverage, verdict, overrideReason: verdict === suggested ? '' : d.overrideReason };
    }
    form.submit({ node: 'requirements', candidates: given, rationale });
  };

  return (
    <NodeScreen node="requirements" form={form} rationale={rationale} onRationale={setRationale} onNext={submit}>
      <CoverageGrid
        requirements={framing.requirements}
        candidates={candidates}
        coverageOf={(id) => draft(id).coverage}
        errors={form.errors}
        onChange={cover}
        onRow={coverRow}
        onColumn={coverColumn}
      />
      {candidates.map((c) => (
        <FitCard key={c.id} candidate={c} requirements={framing.requirements} draft={draft(c.id)} errors={form.errors} onChange={update} />
      ))}
    </NodeScreen>
  );
}
