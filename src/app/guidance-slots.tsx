import { FollowUpsPanel } from '../features/follow-ups/follow-ups-panel';
import { SavePanel } from '../features/library/save-panel';
import { ModelLensGate } from '../features/model-lens/model-lens-gate';
import { ProfileGuidance } from '../features/profile-guidance/profile-guidance';
import { VendorCriteriaTable } from '../features/vendor-criteria/vendor-criteria-table';
import type { Slots } from '../ui/slots';
import { lazy, Suspense } from 'react';

// The cost model and its chart are off the first screen: loaded when the outcome shows.
// The lens summary computes its crossover with the cost model: it loads with it.
const LensSummary = lazy(() => import('../features/model-lens/lens-summary').then((m) => ({ default: m.LensSummary })));
const CostPanel = lazy(() => import('../features/costs/cost-panel').then((m) => ({ default: m.CostPanel })));

/** The guidance around the tree, plugged into the wizard's screens (docs/domain.md: #follow-ups, #organisation-profiles, #around-the-tree). */
export const guidanceSlots: Slots = {
  nodeGuidance: (node) => <ProfileGuidance node={node} />,
  outcome: () => (
    <>
      <Suspense fallback={null}>
        <LensSummary />
      </Suspense>
      <FollowUpsPanel />
      <VendorCriteriaTable />
      <Suspense fallback={null}>
        <CostPanel />
      </Suspense>
      <SavePanel />
    </>
  ),
  stepGate: (step, screen) => (step === 'differentiator' ? <ModelLensGate>{screen}</ModelLensGate> : screen),
};
