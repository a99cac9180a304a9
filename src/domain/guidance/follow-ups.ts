import { assertNever } from '../assert-never';
import { decide } from '../decision';
import type { Framing } from '../framing';
import type { Outcome } from '../outcomes';
import { defaultRevisitBy } from '../record/revisit-by';
import type { Session } from '../session';
import type { FollowUps } from './schemas';

export type FollowUpKey = 'why-not-buy' | 'exit-plan' | 'effort' | 'ramp-up' | 'changing-requirements' | 'revisit' | 'owners';

/** One line of the outcome screen's checklist. */
export interface ChecklistItem {
  readonly key: FollowUpKey;
  readonly label: string;
  readonly done: boolean;
  /** A blocking item keeps the outcome from being saved as decided. */
  readonly blocking: boolean;
  /** What is still missing, in a sentence; empty when done. */
  readonly missing: string;
}

const filled = (text: string) => text.trim() !== '';

/** Whether the outcome is a product the team buys and will depend on. */
export function buysProduct(outcome: Outcome | null): boolean {
  return outcome === 'buy' || outcome === 'buy-and-wrap';
}

/** Which follow-ups an outcome demands, in the order the checklist shows them. */
export function followUpsFor(outcome: Outcome, framing: Framing): FollowUpKey[] {
  const always: FollowUpKey[] = ['changing-requirements', 'revisit'];
  switch (outcome) {
    case 'build':
      return ['why-not-buy', ...(framing.profile === 'enterprise' ? (['owners'] as const) : []), ...always];
    case 'buy':
    case 'buy-and-wrap':
      return ['exit-plan', 'effort', 'ramp-up', ...always];
    case 'find-another-vendor':
    case 'secure-capacity-first':
    case 'reject-candidate':
      return always;
    default:
      return assertNever(outcome, 'outcome');
  }
}

/**
 * The follow-ups the adopted outcome demands (docs/domain.md#follow-ups, #organisation-profiles), each with what is
 * still missing. Empty while the tree has no outcome.
 */
export function followUpChecklist(session: Session): ChecklistItem[] {
  const outcome = decide(session).outcome;
  if (outcome === null) return [];
  const f = session.followUps;
  return followUpsFor(outcome, session.framing).map((key) => item(key, f, session, outcome));
}

/** True when nothing blocking is missing: the save button may record the outcome as decided. */
export function canDecide(session: Session): boolean {
  return decide(session).outcome !== null && followUpChecklist(session).every((i) => i.done || !i.blocking);
}

function item(key: FollowUpKey, f: FollowUps, session: Session, outcome: Outcome): ChecklistItem {
  const make = (label: string, done: boolean, missing: string, blocking = false): ChecklistItem => ({
    key,
    label,
    done,
    blocking,
    missing: done ? '' : missing,
  });
  switch (key) {
    case 'why-not-buy':
      return make(
        'Why buying will not do',
        filled(f.whyNotBuy),
        'Say why no product can do this for you. Building because buying is boring is the commonest mistake; the outcome cannot be recorded as decided without this.',
        true,
      );
    case 'exit-plan':
      return make(
        'Exit plan',
        filled(f.exitPlan.dataOut) && filled(f.exitPlan.alternative),
        !filled(f.exitPlan.dataOut) && !filled(f.exitPlan.alternative)
          ? 'Say how the data comes out and what you would move to.'
          : filled(f.exitPlan.dataOut)
            ? 'Say what you would move to.'
            : 'Say how the data comes out.',
      );
    case 'effort':
      return make(
        'Evaluation and integration estimated separately',
        f.evaluationWeeks !== null && f.integrationWeeks !== null,
        f.evaluationWeeks === null && f.integrationWeeks === null
          ? 'Estimate the evaluation and the integration, each on its own.'
          : f.evaluationWeeks === null
            ? 'Estimate the evaluation.'
            : 'Estimate the integration: it is usually the larger cost.',
      );
    case 'ramp-up':
      return make('Ramp-up for the operators', f.operators !== null, 'Say how many engineers will operate it: each needs one to two weeks to learn it.');
    case 'changing-requirements':
      return make(
        'Requirements expected to change within a year',
        f.requirementsReviewed,
        'Mark the requirements you expect to change in the next twelve months, or say that none will.',
      );
    case 'revisit':
      return make(
        `Revisit by ${revisitByOf(session, outcome)}, and what would reopen it`,
        f.triggers.some(filled),
        'Name at least one event that should reopen the decision before then.',
      );
    case 'owners':
      return make(
        'Named owner and backup',
        filled(f.owner) && filled(f.backupOwner),
        'Name the engineer who owns it and a backup: internal builds tend to lose their maintainer when the next initiative starts.',
      );
    default:
      return assertNever(key, 'follow-up');
  }
}

/** The revisit-by date: the team's own, or six months (Buy, Buy and wrap) or twelve from the session's date. */
export function revisitByOf(session: Session, outcome: Outcome | null = decide(session).outcome): string {
  return session.followUps.revisitBy ?? defaultRevisitBy(session.framing.date, outcome);
}

/** Ramp-up budget: one to two weeks per engineer who will operate the product. */
export function rampUp(operators: number): { readonly minWeeks: number; readonly maxWeeks: number } {
  return { minWeeks: operators, maxWeeks: operators * 2 };
}

/** "Many" unstable requirements: at least this share of the must- and should-haves. */
export const UNSTABLE_SHARE = 1 / 3;

export interface Stability {
  /** Unstable must- and should-haves; nice-to-haves never count. */
  readonly unstable: number;
  readonly counted: number;
  readonly many: boolean;
}

/** How many of the requirements that count are expected to change within a year. */
export function stability(framing: Framing, followUps: FollowUps): Stability {
  const counted = framing.requirements.filter((r) => r.bucket !== 'nice');
  const unstable = counted.filter((r) => followUps.unstableRequirements.includes(r.id)).length;
  return { unstable, counted: counted.length, many: unstable > 0 && unstable >= counted.length * UNSTABLE_SHARE };
}

/** Events that commonly reopen a decision with this outcome, offered as suggestions. */
export function suggestedTriggers(outcome: Outcome): string[] {
  const common = ['The team shrinks or takes on another production system', 'A must-have requirement changes'];
  switch (outcome) {
    case 'buy':
    case 'buy-and-wrap':
      return ['The bill grows beyond the budget', 'The vendor misses its SLA or changes its pricing', ...common];
    case 'build':
      return ['A vendor ships what we built ourselves', 'Maintenance takes more than a fifth of an engineer', ...common];
    case 'find-another-vendor':
    case 'secure-capacity-first':
    case 'reject-candidate':
      return ['A vendor ships the missing capability', 'We fund the engineer time to own it', ...common];
    default:
      return assertNever(outcome, 'outcome');
  }
}
