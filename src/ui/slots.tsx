import { createContext, use, type ReactNode } from 'react';
import type { NodeId } from '../domain/answers';
import type { Step } from '../domain/session';

/**
 * Places where src/app plugs other features into the wizard's screens, since a
 * feature never imports another. Each slot renders nothing when unfilled.
 */
export interface Slots {
  /** Extra guidance under a node's own guidance. */
  readonly nodeGuidance?: (node: NodeId) => ReactNode;
  /** Panels on the outcome screen, after the candidates' results. */
  readonly outcome?: () => ReactNode;
  /** May show another screen in place of a step's (the model-layer questions before node 1). */
  readonly stepGate?: (step: Step, screen: ReactNode) => ReactNode;
}

export const SlotsContext = createContext<Slots>({});

export function NodeGuidanceSlot({ node }: { node: NodeId }) {
  return use(SlotsContext).nodeGuidance?.(node) ?? null;
}

export function OutcomeSlot() {
  return use(SlotsContext).outcome?.() ?? null;
}

export function StepGate({ step, children }: { step: Step; children: ReactNode }) {
  const gate = use(SlotsContext).stepGate;
  return gate ? gate(step, children) : children;
}
