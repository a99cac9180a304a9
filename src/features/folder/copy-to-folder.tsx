import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DecisionRecord } from '../../domain/record/record';
import { saveRecordToFolder, useFolderStore, type FolderState } from '../../store/records';

const selectOpen = (s: FolderState) => ({ status: s.status, notice: s.notice });

/** "Copy to the folder" for a browser record, while a writable decisions folder is open. */
export function CopyToFolder({ record }: { readonly record: DecisionRecord }) {
  const { status, notice } = useFolderStore(useShallow(selectOpen));
  const [written, setWritten] = useState<string | null>(null);
  if (status.kind !== 'open' || !status.writable) return null;
  return (
    <section className="card no-print" aria-labelledby="copy-to-folder-title">
      <h2 id="copy-to-folder-title">Decisions folder</h2>
      <button type="button" className="button-secondary" onClick={() => void saveRecordToFolder(record).then(setWritten)}>
        Copy to the folder “{status.name}”
      </button>
      <p role="status">{written ? `Written as ${written}.` : (notice ?? '')}</p>
    </section>
  );
}
