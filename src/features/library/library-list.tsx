import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';
import type { LibraryEntry } from '../../domain/record/query';
import { LibraryRow } from './library-row';

interface LibraryListProps {
  readonly rows: readonly LibraryEntry[];
  readonly terms: readonly string[];
  readonly isDue: (entry: LibraryEntry) => boolean;
  readonly onOpen: (entry: LibraryEntry) => void;
}

const estimateSize = () => 112;

/** The result list, virtualised: only the rows in view are in the DOM, so 10,000 records scroll smoothly. */
export function LibraryList({ rows, terms, isDue, onOpen }: LibraryListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer measures every row again whenever this function changes: only when the rows do, not on each render.
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the build has no React Compiler; the virtualizer re-renders itself on scroll
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    overscan: 8,
    getItemKey,
    // jsdom and the first paint have no layout: render a first screenful anyway.
    initialRect: { width: 800, height: 900 },
  });
  return (
    <div ref={scroller} className="library-scroller" tabIndex={0} role="region" aria-label="Decisions found">
      <ul className="library-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = rows[item.index];
          if (!entry) return null;
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <LibraryRow entry={entry} terms={terms} due={isDue(entry)} onOpen={onOpen} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
