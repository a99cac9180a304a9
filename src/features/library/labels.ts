import type { Profile } from '../../domain/framing';
import type { Status } from '../../domain/record';

export const STATUS_NAMES: Record<Status, string> = {
  draft: 'Draft',
  proposed: 'Proposed',
  accepted: 'Accepted',
  rejected: 'Rejected',
  deprecated: 'Deprecated',
  superseded: 'Superseded',
};

export const PROFILE_NAMES: Record<Profile, string> = {
  startup: 'Early-stage startup',
  midsize: 'Mid-size team',
  enterprise: 'Large enterprise',
  regulated: 'Regulated industry',
};

