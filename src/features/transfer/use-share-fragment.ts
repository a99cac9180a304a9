import { useCallback, useEffect, useState } from 'react';
import { shareFragment } from '../../domain/export/share-fragment';

/** The `#share=…` payload of the current URL, or null; `leave` goes back to the app's own screens. */
export function useShareFragment(): { payload: string | null; leave: () => void } {
  const [payload, setPayload] = useState(() => shareFragment(window.location.hash));
  useEffect(() => {
    const sync = () => setPayload(shareFragment(window.location.hash));
    window.addEventListener('hashchange', sync);
    window.addEventListener('popstate', sync);
    return () => {
      window.removeEventListener('hashchange', sync);
      window.removeEventListener('popstate', sync);
    };
  }, []);
  const leave = useCallback(() => setPayload(null), []);
  return { payload, leave };
}
