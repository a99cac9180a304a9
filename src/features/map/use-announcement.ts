import { useState } from 'react';
import type { Session } from '../../domain/session';
import { describeChange } from './describe-change';

/** The latest change on the path, for the map's polite live region. */
export function useAnnouncement(session: Session): string {
  const [previous, setPrevious] = useState(session);
  const [message, setMessage] = useState('');
  // Adjusting state while rendering (React's pattern for "compare with the previous prop").
  if (previous !== session) {
    setPrevious(session);
    const change = describeChange(previous, session);
    if (change !== null) setMessage(change);
  }
  return message;
}
