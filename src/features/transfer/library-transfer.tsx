import { useId, useState } from 'react';
import { FileButton } from '../../ui/file-button';
import { calendarDay } from '../../domain/calendar-day';
import type { LibraryCheck } from '../../domain/export/against-library';
import type { ImportProblem } from '../../domain/export/problems';
import type { ImportPlan } from '../../domain/export/import-plan';
import { useRecordsStore, ensureNumbers, storeImported, markExported, wholeLibrary } from '../../store/records';
import { ImportPreview, ImportProblems, LeftOutList, SkippedFiles } from './import-preview';
import { unpackInWorker } from './unpack-in-worker';
import { saveFile } from '../../ui/save-file';
import { libraryLookup } from './library-lookup';
import './transfer.css';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'refused'; problems: readonly ImportProblem[]; leftOut?: readonly ImportProblem[] }
  /** `skipped`: the files refused, each with why; the others can still be imported. `leftOut`: archive entries not read. */
  | { kind: 'preview'; check: LibraryCheck; skipped: readonly ImportProblem[]; leftOut: readonly ImportProblem[] }
  | { kind: 'done'; message: string };

/** The whole library out as one archive; decisions in from .md, .json or .zip files, previewed first. */
export function LibraryTransfer() {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const hintId = useId();

  const exportAll = async () => {
    setExportMessage(null);
    const records = await wholeLibrary();
    if (records.length === 0) return setExportMessage('The library is empty: there is nothing to export yet.');
    const numbered = await ensureNumbers(records);
    if (!numbered.ok) return setExportMessage(numbered.error);
    const { buildArchive, archiveName } = await import('../../domain/export/archive');
    const zip = await buildArchive(numbered.value, libraryLookup());
    saveFile(archiveName(calendarDay()), zip, 'application/zip');
    await markExported();
  };

  const read = async (files: readonly File[]) => {
    if (files.length === 0) return;
    const { sizeProblem, planImport } = await import('../../domain/export/import-plan');
    // Sizes are checked from File.size, before a single byte is read.
    const tooBig = files.map((f) => sizeProblem(f.name, f.size)).filter((p): p is ImportProblem => p !== null);
    if (tooBig.length > 0) return setState({ kind: 'refused', problems: tooBig });
    setState({ kind: 'reading' });
    let plan: ImportPlan;
    try {
      plan = await planImport(await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))), unpackInWorker);
    } catch (error) {
      return setState({ kind: 'refused', problems: [{ file: 'import', where: 'reading', message: `The files could not be read (${error instanceof Error ? error.message : String(error)}).` }] });
    }
    const { leftOut } = plan;
    if (plan.records.length === 0) return setState({ kind: 'refused', problems: plan.problems, leftOut });
    const { checkAgainstLibrary } = await import('../../domain/export/against-library');
    const check = checkAgainstLibrary(plan.records, await wholeLibrary(), useRecordsStore.getState().highestNumber);
    if (check.problems.length > 0) return setState({ kind: 'refused', problems: check.problems, leftOut });
    if (check.toAdd.length === 0 && plan.problems.length > 0) return setState({ kind: 'refused', problems: plan.problems, leftOut });
    if (check.toAdd.length === 0) return setState({ kind: 'done', message: 'Every decision in the file is already in your library: nothing to import.' });
    setState({ kind: 'preview', check, skipped: plan.problems, leftOut });
  };

  const confirm = async (check: LibraryCheck) => {
    const stored = await storeImported(check.toAdd);
    setState(stored.ok ? { kind: 'done', message: `Imported ${stored.value} decision${stored.value === 1 ? '' : 's'}.` } : { kind: 'refused', problems: [{ file: 'library', where: 'storage', message: stored.error }] });
  };

  const reset = () => setState({ kind: 'idle' });

  return (
    <section className="card transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">Export and import</h2>
      <div className="transfer-actions">
        <button type="button" className="button-secondary" onClick={() => void exportAll()}>
          Export the whole library (.zip)
        </button>
      </div>
      {exportMessage && (
        <p className="warning" role="alert">
          {exportMessage}
        </p>
      )}
      <p>
        <FileButton
          label="Import decisions"
          multiple
          accept=".md,.json,.zip,text/markdown,application/json,application/zip"
          describedBy={hintId}
          onFiles={(files) => void read(files)}
        />
        <br />
        <small id={hintId}>Markdown or JSON files exported by Forkpoint, or a library archive (.zip). You will see what they hold before anything is stored.</small>
      </p>
      {state.kind === 'reading' && <p role="status">Reading the files…</p>}
      {state.kind === 'refused' && <ImportProblems problems={state.problems} leftOut={state.leftOut} />}
      {state.kind === 'done' && <p role="status">{state.message}</p>}
      {state.kind === 'preview' && (
        <div role="region" aria-labelledby="preview-title">
          <h3 id="preview-title">Ready to import</h3>
          <ImportPreview check={state.check} />
          <SkippedFiles problems={state.skipped} />
          <LeftOutList entries={state.leftOut} />
          <div className="transfer-actions">
            <button type="button" className="button-primary" onClick={() => void confirm(state.check)}>
              Import {state.check.toAdd.length} decision{state.check.toAdd.length === 1 ? '' : 's'}
            </button>
            <button type="button" className="button-secondary" onClick={reset}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
