import { useState } from 'react';
import type { CandidateFit } from '../../../domain/answers';
import { assessFit } from '../../../domain/rules';
import type { Session } from '../../../domain/session';
import { keepBefore } from '../../../domain/transition';
import { candidatesAt } from '../../../domain/validate-answer';
import { NodeScreen } from '../node-screen';
import { useAnswerForm } from '../use-answer-form';
import { CoverageGrid } from './coverage-grid';
import { FitCard, type FitDraft } from './fit-card';

function draftOf(given: CandidateFit | undefined): FitDraft {
  if (!given) return { coverage: {}, picked: null, overrideReason: '' };
  return { coverage: given.coverage, picked: given.verdict === given.suggested ? null : given.verdict, overrideReason: given.overrideReason };
}

/** Node 3: the requirement × candidate coverage grid, then each candidate's verdict. */
export function RequirementsNode({ session }: { session: Session }) {
  const { framing, answers } = session;
  const candidates = candidatesAt(framing, keepBefore(answers, 'requirements'), 'requirements');
  const [drafts, setDrafts] = useState<Record<string, FitDraft>>(() =>
    Object.fromEntries(candidates.map((c) => [c.id, draftOf(answers.requirements?.candidates[c.id])])),
  );
  const [rationale, setRationale] = useState(answers.requirements?.rationale ?? '');
  const form = useAnswerForm();
  const draft = (id: string) => drafts[id] ?? draftOf(undefined);
  const update = (id: string, patch: Partial<FitDraft>) => setDrafts((all) => ({ ...all, [id]: { ...draft(id), ...patch } }));

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
        onChange={(candidateId, requirementId, value) => {
          const { [requirementId]: _previous, ...rest } = draft(candidateId).coverage;
          update(candidateId, { coverage: value === '' ? rest : { ...rest, [requirementId]: value } });
        }}
      />
      {candidates.map((c) => (
        <FitCard key={c.id} candidate={c} requirements={framing.requirements} draft={draft(c.id)} errors={form.errors} onChange={(patch) => update(c.id, patch)} />
      ))}
    </NodeScreen>
  );
}
