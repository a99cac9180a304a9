import { useSyncExternalStore } from 'react';

/** Takes the waiting version into use: the page reloads once it controls the page. */
type ApplyUpdate = () => Promise<void>;

let applyUpdate: ApplyUpdate | null = null;
const listeners = new Set<() => void>();

/** Called by the service worker's registration (./service-worker.ts) when a new version has installed and waits. */
export function announceUpdate(apply: ApplyUpdate): void {
  applyUpdate = apply;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getWaitingUpdate = () => applyUpdate;

/** A notice when a newer Forkpoint has been deployed and cached: it takes over only when the team reloads. */
export function UpdateBanner() {
  const update = useSyncExternalStore(subscribe, getWaitingUpdate, () => null);
  if (update === null) return null;
  return (
    <div className="update-banner" role="status">
      <p>
        <strong>A new version of Forkpoint is ready.</strong> Reload to start using it; a decision in progress is kept as a draft.
      </p>
      <button type="button" className="button-primary" onClick={() => void update()}>
        Reload
      </button>
    </div>
  );
}
