const STEPS: Partial<Record<string, 1 | -1>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** Where arrow keys already mean something: typing, choosing in a list, moving between radios. */
function ownsArrows(target: EventTarget): boolean {
  if (!(target instanceof Element)) return false;
  return target.matches('input, select, textarea, [contenteditable="true"]') || target.closest('[role="radiogroup"], [role="listbox"]') !== null;
}

/**
 * Presentation mode's keyboard: arrows move the focus between the answered
 * questions on the map (they are buttons, so Enter takes the wizard there),
 * wrapping round at either end. Left alone wherever arrows already work.
 * Listened for on the document: the wizard in the panel remounts on every
 * step and focus may be on the page for a moment.
 */
export function moveBetweenAnsweredNodes(event: KeyboardEvent, scope: HTMLElement): void {
  const step = STEPS[event.key];
  if (step === undefined || event.altKey || event.ctrlKey || event.metaKey || (event.target !== null && ownsArrows(event.target))) return;
  const buttons = [...scope.querySelectorAll<HTMLButtonElement>('button.map-node__body')];
  if (buttons.length === 0) return;
  const at = buttons.findIndex((b) => b === document.activeElement);
  const next = at === -1 ? (step > 0 ? 0 : buttons.length - 1) : (at + step + buttons.length) % buttons.length;
  buttons[next]?.focus();
  event.preventDefault();
}
