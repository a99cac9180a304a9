import { decide } from '../decision';
import type { Candidate } from '../framing';
import type { CandidateId } from '../ids';
import type { Session } from '../session';

/** The candidates a buy scenario is worth pricing for: every one the tree did not reject. */
export function candidatesInPlay(session: Session): Candidate[] {
  const rejected = new Set<CandidateId>(decide(session).walk.candidates.filter((c) => c.outcome === 'reject-candidate').map((c) => c.candidate.id));
  return session.framing.candidates.filter((c) => !rejected.has(c.id));
}

/** A candidate's name as the framing gives it; a candidate since removed is named as such. */
export function candidateLabel(session: Session, id: CandidateId): string {
  return session.framing.candidates.find((c) => c.id === id)?.name ?? 'a candidate no longer in the framing';
}
