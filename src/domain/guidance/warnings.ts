import { decide } from '../decision';
import type { Session } from '../session';
import { buysProduct, stability } from './follow-ups';

export type WarningKey = 'dependency' | 'unstable-requirements' | 'startup-build' | 'enterprise-owner' | 'regulated-review';

/** A warning or reminder shown with the outcome and carried into the record. */
export interface OutcomeWarning {
  readonly key: WarningKey;
  readonly text: string;
}

/**
 * What the outcome screen and the record warn about, given the adopted outcome,
 * the follow-ups filled in so far and the organisation profile (docs/domain.md#follow-ups, #organisation-profiles).
 */
export function outcomeWarnings(session: Session): OutcomeWarning[] {
  const outcome = decide(session).outcome;
  if (outcome === null) return [];
  const f = session.followUps;
  const { profile } = session.framing;
  const warnings: OutcomeWarning[] = [];
  const buying = buysProduct(outcome);

  if (buying && (f.exitPlan.dataOut.trim() === '' || f.exitPlan.alternative.trim() === '')) {
    warnings.push({
      key: 'dependency',
      text: 'Without an exit plan — how the data comes out and what you would move to — this is a dependency, not a vendor relationship.',
    });
  }
  const s = stability(session.framing, f);
  if (s.many) {
    warnings.push({
      key: 'unstable-requirements',
      text: `${s.unstable} of the ${s.counted} must- and should-haves are expected to change within a year. Requirements that move favour buying: a product can be swapped; a build has to be rewritten.`,
    });
  }
  if (profile === 'startup' && outcome === 'build' && session.answers.differentiator?.answer === 'no') {
    warnings.push({
      key: 'startup-build',
      text: 'You are about to build something you judged not to be a differentiator. At an early-stage startup that time comes out of the product itself: buy the closest option unless nothing can do the job.',
    });
  }
  if (profile === 'enterprise' && outcome === 'build') {
    warnings.push({
      key: 'enterprise-owner',
      text: 'Internal builds in large organisations tend to lose their maintainer when the next initiative starts. Name an owner and a backup before you commit.',
    });
  }
  if (profile === 'regulated' && buying) {
    warnings.push({
      key: 'regulated-review',
      text: 'Start the vendor security review and procurement now — they can take months — and keep a build fallback ready in case the review stalls.',
    });
  }
  return warnings;
}
