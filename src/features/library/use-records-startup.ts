import { useEffect } from 'react';
import { StepSchema } from '../../domain/session';
import { restoreFolder, startDraftSync, startRecords } from '../../store/records';

/**
 * Opens storage once the app mounts and keeps the draft in sync. A reload on a
 * wizard step (`#/<step>`) restores the draft straight into the wizard; otherwise
 * it is offered with a "Resume" button.
 */
// Read when the module loads: the step routing rewrites the hash once the app mounts.
const initialHash = typeof window === 'undefined' ? '' : window.location.hash;

export function useRecordsStartup(): void {
  useEffect(() => {
    const stop = startDraftSync();
    const step = StepSchema.safeParse(initialHash.replace(/^#\/?/, ''));
    // The remembered decisions folder reopens once storage is up; its code loads only then.
    void startRecords({ restoreDraft: step.success }).then(() => restoreFolder());
    return stop;
  }, []);
}
