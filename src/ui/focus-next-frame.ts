/** The focus move waiting for the next frame, and where focus was when the first of that frame's moves was asked. */
let pending: { frame: number; before: Element | null } | null = null;

/**
 * Moves focus to an element in the next animation frame rather than at once; returns the cancel.
 * focus() lays the page out (to scroll the element into view): called in a commit, that whole
 * layout lands in the task that mounted the screen (on a restored outcome, 30 ms more of one task
 * on a phone). The frame lays the page out anyway, before it paints. As if each moved focus at
 * once, the last move asked before the frame wins; and if focus moved meanwhile (a click into a
 * field), it stays where it went.
 */
export function focusNextFrame(target: () => HTMLElement | null): () => void {
  const before = pending?.before ?? document.activeElement;
  if (pending) cancelAnimationFrame(pending.frame);
  const frame = requestAnimationFrame(() => {
    pending = null;
    if (document.activeElement === before) target()?.focus();
  });
  pending = { frame, before };
  return () => {
    if (pending?.frame !== frame) return;
    cancelAnimationFrame(frame);
    pending = null;
  };
}
