import { useSessionStore, type SessionStore } from '../../store/session-store';

const selectBack = (s: SessionStore) => s.back;

/** One step back along the path; answers stay until one is changed. */
export function BackButton() {
  const back = useSessionStore(selectBack);
  return (
    <button type="button" className="button-secondary" onClick={() => back()}>
      Back
    </button>
  );
}
