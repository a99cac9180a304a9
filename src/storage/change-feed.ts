/**
 * Tells every tab (this one included) which records changed, so open libraries
 * refresh without a reload. BroadcastChannel does not deliver to its own sender,
 * hence the local listeners.
 */
export interface ChangeFeed {
  publish(ids: readonly string[]): void;
  subscribe(listener: ChangeListener): () => void;
  close(): void;
}

/** `remote` is true for changes made by another tab. */
export type ChangeListener = (ids: readonly string[], remote: boolean) => void;

interface ChangeMessage {
  readonly type: 'records-changed';
  readonly ids: readonly string[];
}

function isChangeMessage(data: unknown): data is ChangeMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'records-changed' && Array.isArray((data as { ids?: unknown }).ids);
}

export function createChangeFeed(name: string): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`${name}-changes`);
  const notify = (ids: readonly string[], remote: boolean) => listeners.forEach((l) => l(ids, remote));
  if (channel) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isChangeMessage(event.data)) notify(event.data.ids.map(String), true);
    };
  }
  return {
    publish(ids) {
      channel?.postMessage({ type: 'records-changed', ids } satisfies ChangeMessage);
      notify(ids, false);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel?.close();
    },
  };
}
