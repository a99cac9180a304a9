import { assertNever } from '../assert-never';
import { CostInputsSchema, type CostInputs } from '../cost/schemas';
import type { CandidateId } from '../ids';
import type { Session } from '../session';
import { fieldErrors } from '../zod-issues';
import { accept, reject, type TransitionResult } from '../rejection';
import { lensApplies } from './model-lens';
import {
  CandidateScoresSchema,
  FollowUpsSchema,
  ModelLensSchema,
  type CandidateScores,
  type FollowUps,
  type ModelLens,
  type TimedStep,
} from './schemas';
import { pause, resume, startTimer, visit } from './timebox';

export type TimerChange = { readonly kind: 'pause' } | { readonly kind: 'resume' } | { readonly kind: 'visit'; readonly step: TimedStep };

/** The events of the guidance around the tree; `transition` hands them to `applyGuidance`. */
export type GuidanceEvent =
  | { readonly type: 'follow-ups.edited'; readonly followUps: FollowUps }
  | { readonly type: 'lens.answered'; readonly lens: ModelLens }
  | { readonly type: 'costs.edited'; readonly costs: CostInputs | null }
  | { readonly type: 'vendor.scored'; readonly candidateId: CandidateId; readonly scores: CandidateScores }
  /** `at` is the clock's reading in epoch milliseconds: the engine never reads a clock itself. */
  | { readonly type: 'timer.changed'; readonly change: TimerChange; readonly at: number };

/** Applies a guidance event. Pure: the same session and event always give the same result. */
export function applyGuidance(session: Session, event: GuidanceEvent): TransitionResult {
  switch (event.type) {
    case 'follow-ups.edited': {
      const parsed = FollowUpsSchema.safeParse(event.followUps);
      if (!parsed.success) return reject('invalid-answer', 'Some follow-ups need attention.', fieldErrors(parsed.error.issues));
      const known = new Set<string>(session.framing.requirements.map((r) => r.id));
      if (!parsed.data.unstableRequirements.every((id) => known.has(id))) {
        return reject('invalid-answer', 'Pick the changing requirements from the framing’s list.', { unstableRequirements: 'Unknown requirement' });
      }
      return accept({ ...session, followUps: parsed.data });
    }
    case 'lens.answered': {
      if (!lensApplies(session)) return reject('not-reachable', 'The model-layer questions are for models and inference services.');
      const parsed = ModelLensSchema.safeParse(event.lens);
      if (!parsed.success) return reject('invalid-answer', 'Some model-layer answers need attention.', fieldErrors(parsed.error.issues));
      return accept({ ...session, modelLens: parsed.data });
    }
    case 'costs.edited': {
      if (event.costs === null) return accept({ ...session, costs: null });
      const parsed = CostInputsSchema.safeParse(event.costs);
      if (!parsed.success) return reject('invalid-answer', 'Some cost figures need attention.', fieldErrors(parsed.error.issues));
      const known = new Set<string>(session.framing.candidates.map((c) => c.id));
      if (!parsed.data.buy.every((b) => known.has(b.candidateId))) return reject('not-an-option', 'Price only the candidates in the framing.');
      return accept({ ...session, costs: parsed.data });
    }
    case 'vendor.scored': {
      if (!session.framing.candidates.some((c) => c.id === event.candidateId)) {
        return reject('not-an-option', 'That candidate is not in the framing.');
      }
      const parsed = CandidateScoresSchema.safeParse(event.scores);
      if (!parsed.success) return reject('invalid-answer', 'Scores run from 1 to 5.', fieldErrors(parsed.error.issues));
      return accept({ ...session, vendorScores: { ...session.vendorScores, [event.candidateId]: parsed.data } });
    }
    case 'timer.changed':
      return changeTimer(session, event.change, event.at);
    default:
      return assertNever(event, 'guidance event');
  }
}

function changeTimer(session: Session, change: TimerChange, at: number): TransitionResult {
  const { timer } = session;
  switch (change.kind) {
    case 'visit':
      // The first visit to a step starts the hour.
      return accept({ ...session, timer: timer ? visit(timer, change.step, at) : startTimer(at, change.step) });
    case 'pause':
    case 'resume':
      if (!timer) return reject('not-reachable', 'The timer starts with the first node.');
      return accept({ ...session, timer: change.kind === 'pause' ? pause(timer, at) : resume(timer, at) });
    default:
      return assertNever(change, 'timer change');
  }
}
