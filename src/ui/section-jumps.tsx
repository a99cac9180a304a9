import { useLayoutEffect, useState } from 'react';

interface Jump {
  readonly headingId: string;
  readonly label: string;
}

/** The sections directly inside `container` that are named by a heading, in page order. */
function sectionsIn(container: HTMLElement): Jump[] {
  return [...container.querySelectorAll<HTMLElement>(':scope > section[aria-labelledby]')].flatMap((section) => {
    const headingId = section.getAttribute('aria-labelledby') ?? '';
    const heading = document.getElementById(headingId);
    const label = heading?.textContent?.trim() ?? '';
    return heading && label ? [{ headingId, label }] : [];
  });
}

const sameJumps = (a: readonly Jump[], b: readonly Jump[]) => a.length === b.length && a.every((j, i) => j.headingId === b[i]?.headingId && j.label === b[i]?.label);

/**
 * "On this page": one button a section of a long screen, read from the screen
 * itself (panels that load later join the list), so a keyboard reaches any part —
 * Save at the end of the outcome — in a few presses. A jump moves focus to the
 * section's heading, so the next Tab is inside it.
 */
export function SectionJumps({ container }: { container: HTMLElement | null }) {
  const [jumps, setJumps] = useState<readonly Jump[]>([]);
  // Read before the screen first paints: the list appearing after it would push every section down (a layout shift).
  // So the container comes as state (a callback ref), not a ref object: this layout effect runs before a parent's ref is set.
  useLayoutEffect(() => {
    const root = container;
    if (!root) return;
    const read = () => setJumps((before) => {
      const now = sectionsIn(root);
      return sameJumps(before, now) ? before : now;
    });
    read();
    const observer = new MutationObserver(read);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [container]);
  if (jumps.length < 2) return null;
  return (
    <nav className="section-jumps" aria-label="On this page">
      <ul>
        {jumps.map((jump) => (
          <li key={jump.headingId}>
            <button type="button" className="button-quiet" onClick={() => goTo(jump.headingId)}>
              {jump.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function goTo(headingId: string): void {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}
