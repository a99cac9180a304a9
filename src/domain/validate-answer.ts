import type {
  AnswerInput,
  Answers,
  CandidateFit,
  CandidateGaps,
  CandidateMaturity,
  GapRating,
  NodeAnswer,
  NodeId,
} from './answers';
import { assertNever } from './assert-never';
import type { Candidate, FieldErrors, Framing } from './framing';
import { err, ok, type Result } from './result';
import { assessFit, suggestGapVerdict, suggestMaintenance, suggestMaturity } from './rules';
import { walk } from './walk';

export type ValidatedAnswer = Result<NodeAnswer, { readonly message: string; readonly errors: FieldErrors }>;

/**
 * Checks an answer against the framing and the answers before it, and adds the
 * app's suggestions. `before` holds only the answers upstream of the node.
 */
export function validateAnswer(framing: Framing, before: Answers, input: AnswerInput): ValidatedAnswer {
  const errors: Record<string, string> = {};
  const answer = build(framing, before, input, errors);
  const count = Object.keys(errors).length;
  if (count === 0) return ok(answer);
  return err({ message: count === 1 ? 'One answer needs attention.' : `${count} answers need attention.`, errors });
}

function build(framing: Framing, before: Answers, input: AnswerInput, errors: Record<string, string>): NodeAnswer {
  const needsReason = (key: string, followed: boolean, reason: string) => {
    if (!followed && reason.trim() === '') errors[key] = 'Say why you are going against the suggestion.';
  };
  switch (input.node) {
    case 'differentiator':
      if (input.answer === 'yes' && input.rationale.trim() === '') {
        errors.rationale = 'Say why: what would your product lose if two competitors bought this from the same vendor?';
      }
      return input;
    case 'maturity': {
      const candidates: Record<string, CandidateMaturity> = {};
      for (const candidate of candidatesAt(framing, before, 'maturity')) {
        const given = input.candidates[candidate.id];
        if (!given) {
          errors[`candidates.${candidate.id}`] = `Say whether ${candidate.name} is mature.`;
          continue;
        }
        const suggested = suggestMaturity(given.checks);
        needsReason(`candidates.${candidate.id}.overrideReason`, given.mature === suggested, given.overrideReason);
        candidates[candidate.id] = { ...given, suggested };
      }
      return { ...input, candidates };
    }
    case 'requirements': {
      const candidates: Record<string, CandidateFit> = {};
      const counted = framing.requirements.filter((r) => r.bucket !== 'nice');
      for (const candidate of candidatesAt(framing, before, 'requirements')) {
        const given = input.candidates[candidate.id];
        if (!given) {
          errors[`candidates.${candidate.id}`] = `Mark the requirements for ${candidate.name}.`;
          continue;
        }
        for (const requirement of counted) {
          if (!given.coverage[requirement.id]) {
            errors[`candidates.${candidate.id}.coverage.${requirement.id}`] =
              `Mark how well ${candidate.name} covers “${requirement.name}”.`;
          }
        }
        const { suggested } = assessFit(framing.requirements, given.coverage);
        needsReason(`candidates.${candidate.id}.overrideReason`, given.verdict === suggested, given.overrideReason);
        candidates[candidate.id] = { ...given, suggested };
      }
      return { ...input, candidates };
    }
    case 'gaps': {
      const candidates: Record<string, CandidateGaps> = {};
      for (const candidate of candidatesAt(framing, before, 'gaps')) {
        const given = input.candidates[candidate.id];
        if (!given) {
          errors[`candidates.${candidate.id}`] = `Classify the gaps of ${candidate.name}.`;
          continue;
        }
        const coverage = before.requirements?.candidates[candidate.id]?.coverage ?? {};
        const ratings: GapRating[] = [];
        const gaps: Record<string, GapRating> = {};
        for (const id of assessFit(framing.requirements, coverage).gaps) {
          const rating = given.gaps[id];
          if (rating) {
            ratings.push(rating);
            gaps[id] = rating;
          } else errors[`candidates.${candidate.id}.gaps.${id}`] = 'Classify this gap: core, edge case, or not a gap.';
        }
        const suggested = suggestGapVerdict(ratings);
        needsReason(`candidates.${candidate.id}.overrideReason`, given.verdict === suggested, given.overrideReason);
        candidates[candidate.id] = { ...given, gaps, suggested };
      }
      return { ...input, candidates };
    }
    case 'maintenance': {
      const { suggested } = suggestMaintenance(framing.capacity);
      needsReason('overrideReason', input.answer === suggested, input.overrideReason);
      return { ...input, suggested };
    }
    default:
      return assertNever(input, 'answer');
  }
}

/** The candidates whose routes pass through `node`, given the answers before it. */
export function candidatesAt(framing: Framing, before: Answers, node: NodeId): Candidate[] {
  return walk(framing, before)
    .candidates.filter((c) => c.nodes.includes(node))
    .map((c) => c.candidate);
}
