import type { VolumeUnit } from './schemas';

/** The volume's unit in running text: "4,000,000 requests a month". */
export const VOLUME_UNIT_NAMES: Record<VolumeUnit, string> = {
  requests: 'requests',
  'thousand-tokens': 'thousand tokens',
};
