import { useEffect, useRef } from 'react';

/**
 * For list editors: call the returned function when "Add" is pressed, and once the
 * list has grown the new row's first field (found by `idOf(last index)`) takes focus.
 */
export function useFocusNewRow(count: number, idOf: (index: number) => string): () => void {
  const addedRef = useRef(false);
  useEffect(() => {
    if (!addedRef.current) return;
    addedRef.current = false;
    document.getElementById(idOf(count - 1))?.focus();
  }, [count, idOf]);
  return () => {
    addedRef.current = true;
  };
}
