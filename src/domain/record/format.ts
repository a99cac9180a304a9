import type { FormatStep } from './format-step';
import { guidanceDefaults } from './steps/v2-guidance-defaults';
import { costsAndLayer } from './steps/v3-costs-and-layer';
import { idFormatDraft, idFormatRecord, idFormatSession } from './steps/v4-id-format';
import { fileEditsRecord } from './steps/v5-file-edits';
import { adoptionReason } from './steps/v6-adoption-reason';

/**
 * The steps, oldest first: `FORMAT_STEPS[i]` turns version i + 1 into version
 * i + 2. Append a step to change the format; never edit or reorder a shipped one.
 */
export const FORMAT_STEPS: readonly FormatStep[] = [
  // → v2
  { description: 'The guidance fields (followUps, modelLens, vendorScores, timer) are always present', session: guidanceDefaults },
  // → v3
  { description: 'The three-year cost inputs (costs, null until entered) and the framing’s layer (other when not given)', session: costsAndLayer },
  // → v4
  { description: 'Ids are letters, digits, "-" and "_" (1 to 64); any other is repaired the same way wherever it occurs', session: idFormatSession, record: idFormatRecord, draft: idFormatDraft },
  // → v5
  { description: 'Edits made in the file outside Forkpoint: date, decision-makers, consulted, informed (set from the file), the dated file edits and the edited text', record: fileEditsRecord },
  // → v6
  { description: 'Why the team adopted another option than the proposal (empty when it did not say, or followed the proposal)', session: adoptionReason },
];

/** The version this app writes; it reads every version from 1 up to it. */
export const RECORD_FORMAT_VERSION = FORMAT_STEPS.length + 1;
