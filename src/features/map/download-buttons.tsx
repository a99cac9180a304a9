import { useState } from 'react';
import { kebab } from '../../domain/export/file-name';
import type { Session } from '../../domain/session';
import type { Flow } from './build-flow';

interface DownloadButtonsProps {
  readonly flow: Flow;
  readonly session: Session;
  readonly pathLines: readonly string[];
}

type Kind = 'svg' | 'png';

/** SVG and PNG downloads; the drawing and encoding code loads only when asked for. */
export function DownloadButtons({ flow, session, pathLines }: DownloadButtonsProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Kind | null>(null);

  async function download(kind: Kind) {
    if (busy) return;
    setBusy(kind);
    setError(null);
    try {
      const [{ toSvg }, exporter] = await Promise.all([import('./to-svg'), import('./export-image')]);
      const name = session.framing.componentName.trim() || 'decision';
      const svg = toSvg(flow, `Decision map: ${name}`, pathLines);
      const fileName = `forkpoint-map-${kebab(name)}`;
      if (kind === 'svg') exporter.downloadSvg(svg, fileName);
      else await exporter.downloadPng(svg, fileName);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The download failed.');
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <button type="button" className="button-secondary" onClick={() => void download('svg')}>
        Download SVG
      </button>
      <button type="button" className="button-secondary" onClick={() => void download('png')}>
        Download PNG
      </button>
      {error ? (
        <p role="alert" className="map-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
