import type { Framing } from '../framing';
import type { CandidateId } from '../ids';
import { CRITERIA, type CandidateScores, type Criterion, type CriterionScore, type VendorScores } from './schemas';

export const CRITERION_NAMES: Record<Criterion, string> = {
  features: 'Features',
  scalability: 'Scalability',
  reliability: 'Reliability',
  security: 'Security certifications',
  pricing: 'Pricing model',
  documentation: 'Documentation',
  ecosystem: 'Ecosystem integration',
  support: 'Support',
  reputation: 'Reputation and financial stability',
  'proof-of-concept': 'Proof-of-concept result',
};

export const EMPTY_SCORE: CriterionScore = { score: null, note: '' };

export function scoreOf(scores: VendorScores, candidate: CandidateId, criterion: Criterion): CriterionScore {
  return scores[candidate]?.[criterion] ?? EMPTY_SCORE;
}

/** A candidate's scores with one criterion changed; an empty score and note drop the entry. */
export function withScore(scores: CandidateScores, criterion: Criterion, value: CriterionScore): CandidateScores {
  const next: CandidateScores = { ...scores };
  if (value.score === null && value.note.trim() === '') delete next[criterion];
  else next[criterion] = value;
  return next;
}

/** The criteria someone scored or annotated for at least one candidate, in the checklist's order. */
export function criteriaInUse(framing: Framing, scores: VendorScores): Criterion[] {
  return CRITERIA.filter((k) => framing.candidates.some((c) => { const s = scoreOf(scores, c.id, k); return s.score !== null || s.note.trim() !== ''; }));
}

export interface CandidateSummary {
  readonly id: CandidateId;
  readonly name: string;
  /** Mean of the criteria scored so far; null when none is. */
  readonly average: number | null;
  readonly scored: number;
}

/** Each candidate's average over the criteria the team scored, for the side-by-side view. */
export function summarise(framing: Framing, scores: VendorScores): CandidateSummary[] {
  return framing.candidates.map((c) => {
    const values = CRITERIA.map((k) => scoreOf(scores, c.id, k).score).filter((s): s is number => s !== null);
    const average = values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
    return { id: c.id, name: c.name, average, scored: values.length };
  });
}
