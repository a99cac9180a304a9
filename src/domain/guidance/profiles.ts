import type { NodeId } from '../answers';
import { assertNever } from '../assert-never';
import type { Profile } from '../framing';

/**
 * What the organisation profile adds to a node's guidance (docs/domain.md#organisation-profiles). The
 * mid-size team is the tree's own assumption and adds nothing.
 */
export function profileGuidance(profile: Profile, node: NodeId): string[] {
  switch (profile) {
    case 'midsize':
      return [];
    case 'startup':
      if (node === 'differentiator') {
        return ['At an early-stage startup, buy everything except the product customers choose you for: every engineer-week spent on plumbing is one not spent on it.'];
      }
      if (node === 'maintenance') {
        return ['At a startup the same few engineers build the product and keep everything running. Unless this is your core product, a permanent fifth of an engineer is rarely there: lean to no.'];
      }
      return [];
    case 'enterprise':
      if (node === 'maintenance') {
        return ['In a large organisation, internal builds tend to lose their maintainer when the next initiative starts; a maintained commercial product can be the more reliable choice. Answer yes only if you can name who owns it, and who backs them up.'];
      }
      return [];
    case 'regulated':
      if (node === 'maturity') {
        return ['In a regulated industry, check each candidate’s security certifications now: a vendor security review can take months.'];
      }
      if (node === 'requirements') {
        return ['Compliance needs (audit logs, data residency, certifications) are must-haves, not should-haves.'];
      }
      return [];
    default:
      return assertNever(profile, 'profile');
  }
}
