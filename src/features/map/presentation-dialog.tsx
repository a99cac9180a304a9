import { useEffect, useRef, type ReactNode } from 'react';
import { moveBetweenAnsweredNodes } from './answered-node-keys';

interface PresentationDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * The map full screen for the room: a modal <dialog> (the page behind it is
 * inert, Escape closes it) that also asks the browser for full screen where
 * it may. Leaving browser full screen leaves the presentation too. Arrow keys
 * move between the answered questions, Enter goes back to one.
 */
export function PresentationDialog({ open, onClose, children }: PresentationDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // jsdom and very old browsers have no showModal: the open attribute still shows it.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // Optional: some browsers or embeddings refuse; the dialog already covers the window.
      dialog.requestFullscreen?.().catch(() => undefined);
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
    if (!open && document.fullscreenElement === dialog) void document.exitFullscreen().catch(() => undefined);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const dialog = ref.current;
    const onFullscreenChange = () => {
      if (document.fullscreenElement !== dialog) onClose();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (dialog) moveBetweenAnsweredNodes(event, dialog);
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, onClose]);

  return (
    <dialog ref={ref} className="map-present" aria-label="Decision map, presentation mode" onClose={onClose}>
      {open ? children : null}
    </dialog>
  );
}
