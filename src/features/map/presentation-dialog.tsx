import { useEffect, useRef, type ReactNode } from 'react';

interface PresentationDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * The map full screen for the room: a modal <dialog> (the page behind it is
 * inert, Escape closes it) that also asks the browser for full screen where
 * it may. Leaving browser full screen leaves the presentation too.
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
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => document.removeEventListener('fullscreenchange', onFullscreenChange);
  }, [open, onClose]);

  return (
    <dialog ref={ref} className="map-present" aria-label="Decision map, presentation mode" onClose={onClose}>
      {open ? children : null}
    </dialog>
  );
}
