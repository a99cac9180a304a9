import { useEffect, useState } from 'react';
import type { SpendLine } from '../../domain/portfolio/spend-lines';
import { loadSpendLines, saveSpendLines, selectStorageReady, useRecordsStore } from '../../store/records';

export type SpendState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'unreadable'; readonly message: string }
  | { readonly kind: 'ready'; readonly lines: readonly SpendLine[]; readonly problem: string | null; readonly change: (lines: readonly SpendLine[]) => void };

/** The stored spend lines, read once storage is open; changes are written through at once. */
export function useSpendLines(): SpendState {
  const ready = useRecordsStore(selectStorageReady);
  const [lines, setLines] = useState<readonly SpendLine[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    void loadSpendLines().then((read) => {
      if (!live) return;
      if (read.ok) setLines(read.lines);
      else setUnreadable(read.message);
    });
    return () => {
      live = false;
    };
  }, [ready]);
  if (unreadable) return { kind: 'unreadable', message: unreadable };
  if (!lines) return { kind: 'loading' };
  return {
    kind: 'ready',
    lines,
    problem,
    change: (next) => {
      setLines(next);
      void saveSpendLines(next).then(setProblem);
    },
  };
}
