import { lazy, Suspense, type ReactNode } from 'react';
import { LibraryEntryCard } from '../features/library/library-entry';
import { useRecordsRoute } from './router';
import { selectView, useRecordsStore } from '../store/records';
import { BrowserOnly } from '../ui/browser-only';

// The library and the record view are not needed on the first screen: loaded on demand.
const LibraryScreen = lazy(() => import('../features/library/library-screen').then((m) => ({ default: m.LibraryScreen })));
const RecordScreen = lazy(() => import('../features/record-view/record-screen').then((m) => ({ default: m.RecordScreen })));
const RevisitForm = lazy(() => import('../features/revisit/revisit-form').then((m) => ({ default: m.RevisitForm })));
const LibraryTransfer = lazy(() => import('../features/transfer/library-transfer').then((m) => ({ default: m.LibraryTransfer })));
const RecordExport = lazy(() => import('../features/transfer/record-export').then((m) => ({ default: m.RecordExport })));
const RecordCosts = lazy(() => import('../features/costs/record-costs').then((m) => ({ default: m.RecordCosts })));
const PortfolioScreen = lazy(() => import('../features/portfolio/portfolio-screen').then((m) => ({ default: m.PortfolioScreen })));
const FolderPanel = lazy(() => import('../features/folder/folder-panel').then((m) => ({ default: m.FolderPanel })));
const FolderFileScreen = lazy(() => import('../features/folder/folder-file-screen').then((m) => ({ default: m.FolderFileScreen })));
const CopyToFolder = lazy(() => import('../features/folder/copy-to-folder').then((m) => ({ default: m.CopyToFolder })));
const TrashScreen = lazy(() => import('../features/trash/trash-screen').then((m) => ({ default: m.TrashScreen })));
const DeleteRecord = lazy(() => import('../features/trash/delete-record').then((m) => ({ default: m.DeleteRecord })));
const RevisionHistory = lazy(() => import('../features/revisit/revision-history').then((m) => ({ default: m.RevisionHistory })));

/** Follows the records routes and shows home, the library or one record when no session is open. */
export function RecordsScreens({ home }: { home: ReactNode }) {
  useRecordsRoute();
  const view = useRecordsStore(selectView);
  switch (view.kind) {
    case 'home':
      return (
        <>
          {home}
          <LibraryEntryCard />
          {/* What it offers depends on the browser (folder access or read-only), and its code loads on demand. */}
          <BrowserOnly>
            <Suspense fallback={null}>
              <FolderPanel />
            </Suspense>
          </BrowserOnly>
        </>
      );
    case 'library':
      return (
        <Suspense fallback={<p>Opening the library…</p>}>
          <LibraryScreen folderPanel={<FolderPanel />} after={<LibraryTransfer />} />
        </Suspense>
      );
    case 'portfolio':
      return (
        <Suspense fallback={<p>Opening the portfolio…</p>}>
          <PortfolioScreen />
        </Suspense>
      );
    case 'record':
      return (
        <Suspense fallback={<p>Opening the decision…</p>}>
          <RecordScreen
            id={view.id}
            extras={(record) => (
              <>
                <RecordCosts record={record} />
                <RecordExport record={record} />
                <CopyToFolder record={record} />
                <RevisionHistory record={record} compare={view.compare} />
                <RevisitForm record={record} />
                <DeleteRecord record={record} />
              </>
            )}
          />
        </Suspense>
      );
    case 'folder-file':
      return (
        <Suspense fallback={<p>Opening the file…</p>}>
          <FolderFileScreen path={view.path} />
        </Suspense>
      );
    case 'trash':
      return (
        <Suspense fallback={<p>Opening the Trash…</p>}>
          <TrashScreen />
        </Suspense>
      );
  }
}
