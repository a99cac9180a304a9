import type { RecordLookup } from '../../domain/export/extra-sections';
import type { RecordId } from '../../domain/record/record';
import { useRecordsStore } from '../../store/records';

/** How the Markdown names other records: by number and title, from the library's summaries. */
export function libraryLookup(): RecordLookup {
  const byId = new Map(useRecordsStore.getState().entries.map((e) => [e.id, e]));
  return (id: RecordId) => {
    const entry = byId.get(id);
    return entry ? { number: entry.number, componentName: entry.component } : undefined;
  };
}
