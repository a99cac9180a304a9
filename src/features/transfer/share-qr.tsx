import { useEffect, useId, useState } from 'react';
import { sessionAsRecord } from '../../store/records';
import { selectSession, useSessionStore } from '../../store/session-store';
import './transfer.css';

type QrState =
  | { readonly kind: 'making' }
  | { readonly kind: 'ready'; readonly modules: readonly (readonly boolean[])[] }
  | { readonly kind: 'too-long'; readonly message: string };

// Typing in a follow-up at the outcome changes the session on every key: make the code once the typing pauses.
const SETTLE_MS = 300;

/**
 * The record's share link as a QR code, for presentation mode at the outcome: the
 * room scans it and takes a read-only copy of the decision away on their phones.
 * Made in the browser (the `uqr` encoder and the link's compression load on
 * demand); nothing is sent anywhere.
 */
export function ShareQr() {
  const session = useSessionStore(selectSession);
  const [state, setState] = useState<QrState>({ kind: 'making' });
  const captionId = useId();
  const atOutcome = session?.step === 'outcome';
  useEffect(() => {
    if (!atOutcome) return;
    let live = true;
    const timer = setTimeout(() => void makeQr().then((made) => live && setState(made)), SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [session, atOutcome]);
  if (!atOutcome) return null;
  return (
    <figure className="share-qr">
      {state.kind === 'ready' && <QrImage modules={state.modules} labelledBy={captionId} />}
      <figcaption id={captionId}>
        {state.kind === 'too-long' ? state.message : 'QR code of this decision’s share link: scan it to take a read-only copy with you.'}
      </figcaption>
    </figure>
  );
}

async function makeQr(): Promise<QrState> {
  const record = sessionAsRecord();
  if (!record) return { kind: 'making' };
  const [{ shareLink }, { encode }] = await Promise.all([import('../../domain/export/share-link'), import('uqr')]);
  const link = await shareLink(record, window.location.href);
  if (!link.ok) return { kind: 'too-long', message: link.error.message };
  return { kind: 'ready', modules: encode(link.value.url, { ecc: 'L', border: 4 }).data };
}

/** Dark modules as one SVG path of unit squares: crisp at any size, no markup from a string. */
function QrImage({ modules, labelledBy }: { modules: readonly (readonly boolean[])[]; labelledBy: string }) {
  const size = modules.length;
  const d = modules.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : []))).join('');
  return (
    <svg className="share-qr__code" viewBox={`0 0 ${size} ${size}`} role="img" aria-labelledby={labelledBy} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
