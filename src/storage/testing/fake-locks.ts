import type { Locks } from '../draft-claims';

/**
 * Test helper: the browser's Web Locks as several tabs of one origin share them, for
 * jsdom, which has none. Exclusive locks only; a wait ends when the holder lets go or
 * its `signal` aborts.
 */
export function fakeLocks(): Locks {
  const held = new Map<string, Promise<unknown>>();
  const grant = (name: string, callback: (lock: Lock | null) => Promise<void> | undefined) => {
    const holding = Promise.resolve(callback({ name, mode: 'exclusive' }));
    const done = holding.finally(() => held.delete(name));
    held.set(name, done);
    return done;
  };
  return {
    async request(name, options, callback) {
      while (held.has(name)) {
        if (options.ifAvailable) return callback(null);
        if (options.signal?.aborted) throw new DOMException('The wait was aborted.', 'AbortError');
        await Promise.race([held.get(name), new Promise((resolve) => setTimeout(resolve, 10))]).catch(() => undefined);
      }
      return grant(name, callback);
    },
    query: () => Promise.resolve({ held: [...held.keys()].map((name) => ({ name, mode: 'exclusive' as const, clientId: 'test' })), pending: [] }),
  };
}
