/**
 * Which tab has which draft open, so a second tab never writes over the draft another
 * one is working on. A tab holds a Web Lock named after the session while the session
 * is open; the browser lets go of it when the tab closes or crashes. Without Web Locks
 * (an old browser) every draft counts as free, as before drafts were claimed.
 */
export interface DraftClaims {
  /**
   * Holds the session for this tab; false when another tab holds it. With `waitMs`, waits that
   * long for the other holder to let go (a page being reloaded lets go as it unloads).
   */
  claim(sessionId: string, waitMs?: number): Promise<boolean>;
  /** Lets go of the session (it was closed, saved away or discarded in this tab). */
  release(sessionId: string): void;
  /** The sessions other tabs hold open now. */
  heldElsewhere(): Promise<ReadonlySet<string>>;
}

/** The part of the browser's `LockManager` used here, so a test can share a small one between two "tabs". */
export interface Locks {
  request(name: string, options: LockOptions, callback: (lock: Lock | null) => Promise<void> | undefined): Promise<unknown>;
  query(): Promise<LockManagerSnapshot>;
}

function browserLocks(): Locks | null {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
}

export function createDraftClaims(database: string, locks: Locks | null = browserLocks()): DraftClaims {
  const prefix = `${database}:draft:`;
  const held = new Map<string, () => void>();
  return {
    async claim(sessionId, waitMs = 0) {
      if (held.has(sessionId) || !locks) return true;
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      const got = await new Promise<boolean>((answer) => {
        // The lock is held until `released` settles. Without a wait, a lock another tab holds gives null at once.
        const options: LockOptions = waitMs > 0 ? { signal: AbortSignal.timeout(waitMs) } : { ifAvailable: true };
        locks
          .request(prefix + sessionId, options, (lock) => {
            answer(lock !== null);
            return lock ? released : undefined;
          })
          .catch(() => answer(false));
      });
      if (got) held.set(sessionId, release);
      return got;
    },
    release(sessionId) {
      held.get(sessionId)?.();
      held.delete(sessionId);
    },
    async heldElsewhere() {
      if (!locks) return new Set();
      const snapshot = await locks.query();
      const names = (snapshot.held ?? []).flatMap((lock) => (lock.name?.startsWith(prefix) ? [lock.name.slice(prefix.length)] : []));
      return new Set(names.filter((id) => !held.has(id)));
    },
  };
}
