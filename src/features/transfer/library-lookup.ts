import type { RecordLookup } from '../../domain/export/extra-sections';
import { currentRevision, type RecordId } from '../../domain/record/record';
import { useRecordsStore } from '../../store/records';

/** How the Markdown names other records: by number and title, from the library. */
export function libraryLookup(): RecordLookup {
  const { records } = useRecordsStore.getState();
  return (id: RecordId) => {
    const record = records.get(id);
    return record ? { number: record.number, componentName: currentRevision(record).session.framing.componentName } : undefined;
  };
}
