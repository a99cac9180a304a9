/** Whether the browser promised to keep this site's data (it may evict it otherwise). */
export type PersistState = 'granted' | 'not-granted' | 'unsupported';

export async function persisted(): Promise<PersistState> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persisted) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'granted' : 'not-granted';
  } catch {
    return 'unsupported';
  }
}

/** Asks for persistent storage; browsers may answer without asking the user. */
export async function requestPersistence(): Promise<PersistState> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return 'unsupported';
  try {
    return (await storage.persist()) ? 'granted' : 'not-granted';
  } catch {
    return 'unsupported';
  }
}
