import type { Bucket, Candidate, Framing, Profile } from '../../../domain/framing';
import { newId } from '../../../domain/ids';
import type { Layer } from '../../../domain/portfolio/layers';
import type { CandidateId, RequirementId } from '../../../domain/ids';

export interface RequirementDraft {
  readonly id: RequirementId;
  readonly name: string;
  /** Empty until the team picks one: there is no default bucket. */
  readonly bucket: Bucket | '';
}

/** A change to one of the framing's lists (candidates, requirements), applied to whatever the list holds by then. */
export type ListChange<T> = (list: readonly T[]) => readonly T[];

/**
 * What the framing form holds while the team types. Capacity stays as the raw
 * text so "abc" or "-1" reaches the engine's schema and comes back as a message.
 */
export interface FramingDraft {
  readonly componentName: string;
  readonly description: string;
  readonly componentKind: Framing['componentKind'];
  readonly layer: Layer;
  readonly profile: Profile;
  readonly engineers: string;
  readonly systemsMaintained: string;
  readonly spareEngineers: string;
  readonly candidates: readonly Candidate[];
  readonly requirements: readonly RequirementDraft[];
  /** Names separated by commas. */
  readonly participants: string;
  readonly facilitator: string;
  readonly date: string;
}

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
