import { useEffect, type RefObject } from 'react';

/**
 * After a refused submit, moves focus to the first invalid field inside `container`
 * (for a radio group, its checked or first radio). Runs each time `trigger` changes identity.
 */
export function useFocusFirstInvalid(container: RefObject<HTMLElement | null>, trigger: unknown): void {
  useEffect(() => {
    if (!trigger) return;
    const invalid = container.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!invalid) return;
    const target =
      invalid.getAttribute('role') === 'radiogroup'
        ? (invalid.querySelector<HTMLElement>('input:checked') ?? invalid.querySelector<HTMLElement>('input'))
        : invalid;
    target?.focus();
  }, [container, trigger]);
}
