import type { NodeId } from '../../domain/answers';
import { PROFILE_NAMES } from '../../domain/framing';
import { profileGuidance } from '../../domain/guidance/profiles';
import { useSessionStore, type SessionStore } from '../../store/session-store';

const selectProfile = (s: SessionStore) => s.session?.framing.profile ?? 'midsize';

/** What the organisation profile adds to a node's guidance; nothing for a mid-size team. */
export function ProfileGuidance({ node }: { node: NodeId }) {
  const profile = useSessionStore(selectProfile);
  const notes = profileGuidance(profile, node);
  if (notes.length === 0) return null;
  return (
    <div className="profile-guidance" aria-labelledby={`${node}-profile`} role="group">
      <h3 id={`${node}-profile`}>For an organisation like yours: {PROFILE_NAMES[profile].toLowerCase()}</h3>
      {notes.map((n) => (
        <p key={n}>{n}</p>
      ))}
    </div>
  );
}
