import { BUCKET_NAMES, type Framing } from '../../domain/framing';
import type { FollowUps } from '../../domain/guidance/schemas';
import type { RequirementId } from '../../domain/ids';


interface Props {
  readonly framing: Framing;
  readonly followUps: FollowUps;
  readonly onChange: (patch: Partial<FollowUps>) => void;
}

/** Which requirements the team expects to change within a year, or that none will. */
export function RequirementChanges({ framing, followUps, onChange }: Props) {
  const chosen = new Set<string>(followUps.unstableRequirements);
  const toggle = (id: RequirementId, on: boolean) =>
    onChange({
      requirementsReviewed: true,
      unstableRequirements: on ? [...followUps.unstableRequirements, id] : followUps.unstableRequirements.filter((r) => r !== id),
    });
  const none = followUps.requirementsReviewed && followUps.unstableRequirements.length === 0;
  return (
    <fieldset className="requirement-changes">
      <legend>Which requirements do you expect to change in the next twelve months?</legend>
      <p className="field-hint">When many are likely to move, buying keeps you flexible: a product can be swapped, a build has to be rewritten.</p>
      {framing.requirements.map((r) => (
        <label key={r.id} className="check">
          <input type="checkbox" checked={chosen.has(r.id)} onChange={(e) => toggle(r.id, e.target.checked)} /> {r.name}{' '}
          <span className="vendor">({BUCKET_NAMES[r.bucket].toLowerCase()})</span>
        </label>
      ))}
      <label className="check">
        <input
          type="checkbox"
          checked={none}
          onChange={(e) => onChange({ requirementsReviewed: e.target.checked, unstableRequirements: [] })}
        />{' '}
        None of them is expected to change
      </label>
    </fieldset>
  );
}
