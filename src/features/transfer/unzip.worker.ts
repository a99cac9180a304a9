/**
 * Unpacks one archive per message off the main thread, so a hostile zip cannot
 * freeze the tab: a thin shell around the domain's `unpackArchive` (which counts
 * the bytes really produced and stops at the caps). The unpacked bytes are
 * transferred back, not copied.
 */
import { unpackArchive, type Unpacked } from '../../domain/export/unzip/unpack-archive';

const reply = (result: Unpacked) => {
  const transfer = result.ok ? result.entries.flatMap((entry) => (entry.kind === 'read' ? [entry.bytes.buffer] : [])) : [];
  self.postMessage(result, { transfer });
};

self.addEventListener('message', (event: MessageEvent<Uint8Array>) => {
  void unpackArchive(event.data).then(reply);
});
