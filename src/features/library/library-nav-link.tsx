import { showView } from '../../store/records';
import { useSessionStore } from '../../store/session-store';
import './records-nav.css';

/**
 * The app bar's way to the library from anywhere. Leaving an open session keeps
 * it: unsaved work stays as a draft and the library offers to resume it.
 */
export function LibraryNavLink() {
  return (
    <nav aria-label="Records" className="records-nav">
      <a
        href="#/library"
        onClick={(e) => {
          e.preventDefault();
          useSessionStore.getState().close();
          showView({ kind: 'library' });
        }}
      >
        Decision library
      </a>
      <a
        href="#/portfolio"
        onClick={(e) => {
          e.preventDefault();
          useSessionStore.getState().close();
          showView({ kind: 'portfolio' });
        }}
      >
        Portfolio
      </a>
    </nav>
  );
}
