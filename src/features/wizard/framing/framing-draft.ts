import * as z from 'zod/mini';
import { BucketSchema, COMPONENT_KINDS, ProfileSchema, type Candidate, type Framing } from '../../../domain/framing';
import { CandidateIdSchema, newId, RequirementIdSchema, type CandidateId, type RequirementId } from '../../../domain/ids';
import { LayerSchema } from '../../../domain/portfolio/layers';

/** A requirement as typed: its name may still be empty, its bucket not picked yet (there is no default bucket). */
const RequirementDraftSchema = z.readonly(z.object({ id: RequirementIdSchema, name: z.string(), bucket: z.union([BucketSchema, z.literal('')]) }));
export type RequirementDraft = z.infer<typeof RequirementDraftSchema>;

/** A candidate as typed: its name may still be empty. */
const CandidateDraftSchema = z.readonly(z.object({ id: CandidateIdSchema, name: z.string(), vendor: z.string(), notes: z.string() }));

/** A change to one of the framing's lists (candidates, requirements), applied to whatever the list holds by then. */
export type ListChange<T> = (list: readonly T[]) => readonly T[];

/**
 * What the framing form holds while the team types, kept in the draft as it is typed
 * (src/features/wizard/use-step-input.ts) and checked with this schema when a reload
 * reads it back. Capacity stays as the raw text so "abc" or "-1" reaches the engine's
 * schema and comes back as a message.
 */
export const FramingDraftSchema = z.readonly(
  z.object({
    componentName: z.string(),
    description: z.string(),
    componentKind: z.enum(COMPONENT_KINDS),
    layer: LayerSchema,
    profile: ProfileSchema,
    engineers: z.string(),
    systemsMaintained: z.string(),
    spareEngineers: z.string(),
    candidates: z.readonly(z.array(CandidateDraftSchema)),
    requirements: z.readonly(z.array(RequirementDraftSchema)),
    /** Names separated by commas. */
    participants: z.string(),
    facilitator: z.string(),
    date: z.string(),
  }),
);
export type FramingDraft = z.infer<typeof FramingDraftSchema>;

/** The form's starting point; a fresh session shows empty capacity fields rather than zeros. */
export function draftFromFraming(framing: Framing): FramingDraft {
  const fresh = framing.componentName === '';
  const figure = (n: number) => (fresh ? '' : String(n));
  return {
    componentName: framing.componentName,
    description: framing.description,
    componentKind: framing.componentKind,
    layer: framing.layer,
    profile: framing.profile,
    engineers: figure(framing.capacity.engineers),
    systemsMaintained: figure(framing.capacity.systemsMaintained),
    spareEngineers: figure(framing.capacity.spareEngineers),
    candidates: framing.candidates,
    requirements: framing.requirements,
    participants: framing.participants.join(', '),
    facilitator: framing.facilitator,
    date: framing.date,
  };
}

/** The framing as submitted to the engine; blanks and non-numbers become NaN so its schema names the field. */
export function framingInput(draft: FramingDraft): unknown {
  return {
    componentName: draft.componentName,
    description: draft.description,
    componentKind: draft.componentKind,
    layer: draft.layer,
    profile: draft.profile,
    capacity: {
      engineers: toNumber(draft.engineers),
      systemsMaintained: toNumber(draft.systemsMaintained),
      spareEngineers: toNumber(draft.spareEngineers),
    },
    candidates: draft.candidates,
    requirements: draft.requirements.map((r) => ({ ...r, bucket: r.bucket === '' ? undefined : r.bucket })),
    participants: draft.participants
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    facilitator: draft.facilitator,
    date: draft.date,
  };
}

function toNumber(raw: string): number {
  const text = raw.trim();
  return text === '' ? Number.NaN : Number(text);
}

export function newCandidate(): Candidate {
  return { id: newId<CandidateId>('cand'), name: '', vendor: '', notes: '' };
}

export function newRequirement(): RequirementDraft {
  return { id: newId<RequirementId>('req'), name: '', bucket: '' };
}

/**
 * A paste of several lines (a list copied from a document or a ticket) as one
 * requirement name a line: list markers and blank lines dropped.
 */
export function pastedLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s*(?:[-*+•]|\d+[.)])\s+/u, '').trim())
    .filter((line) => line !== '');
}

/**
 * The requirements after `lines` were pasted into row `index` over its characters
 * `from`–`to`: that row takes the first line where the selection was, and each
 * further line becomes a new requirement right after it, its bucket still to pick.
 */
export function withPastedRequirements(
  requirements: readonly RequirementDraft[],
  index: number,
  lines: readonly string[],
  from: number,
  to: number,
): RequirementDraft[] {
  const row = requirements[index];
  if (!row || lines.length === 0) return [...requirements];
  const [first = '', ...rest] = lines;
  const merged = { ...row, name: `${row.name.slice(0, from)}${first}${row.name.slice(to)}` };
  const added = rest.map((name) => ({ ...newRequirement(), name }));
  return [...requirements.slice(0, index), merged, ...added, ...requirements.slice(index + 1)];
}
