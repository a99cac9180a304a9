import { useId, useState } from 'react';
import type { DecisionRecord } from '../../domain/record/record';
import { libraryLookup } from './library-lookup';
import { ensureNumbers, markExported } from '../../store/records';
import { saveFile } from '../../ui/save-file';
import './transfer.css';

type ShareState = { kind: 'none' } | { kind: 'link'; url: string; length: number } | { kind: 'too-long'; message: string };

/** Export one record as MADR Markdown or JSON, or as a read-only share link. */
export function RecordExport({ record }: { record: DecisionRecord }) {
  const [message, setMessage] = useState<string | null>(null);
  const [share, setShare] = useState<ShareState>({ kind: 'none' });
  const [copied, setCopied] = useState(false);
  const linkId = useId();

  const exportAs = async (format: 'md' | 'json') => {
    setMessage(null);
    const numbered = await ensureNumbers([record]);
    if (!numbered.ok) return setMessage(numbered.error);
    const stored = numbered.value[0] ?? record;
    const { recordBaseName } = await import('../../domain/export/file-name');
    if (format === 'md') {
      const { writeAdr } = await import('../../domain/adr/write-adr');
      saveFile(`${recordBaseName(stored)}.md`, writeAdr(stored, 'madr', { lookup: libraryLookup() }), 'text/markdown;charset=utf-8');
    } else {
      const { recordToJson } = await import('../../domain/export/to-json');
      saveFile(`${recordBaseName(stored)}.json`, recordToJson(stored), 'application/json');
    }
    await markExported();
  };

  const makeLink = async () => {
    setCopied(false);
    const { shareLink } = await import('../../domain/export/share-link');
    const link = await shareLink(record, window.location.href);
    setShare(link.ok ? { kind: 'link', url: link.value.url, length: link.value.length } : { kind: 'too-long', message: link.error.message });
  };

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setMessage('The browser did not allow copying: select the link and copy it yourself.');
    }
  };

  return (
    <section className="card transfer no-print" aria-labelledby="export-title">
      <h2 id="export-title">Export and share</h2>
      <div className="transfer-actions">
        <button type="button" className="button-primary" onClick={() => void exportAs('md')}>
          Download Markdown (MADR)
        </button>
        <button type="button" className="button-secondary" onClick={() => void exportAs('json')}>
          Download JSON
        </button>
        <button type="button" className="button-secondary" onClick={() => void makeLink()}>
          Make a share link
        </button>
      </div>
      {message && (
        <p className="warning" role="alert">
          {message}
        </p>
      )}
      {share.kind === 'too-long' && (
        <p className="warning" role="alert">
          {share.message}
        </p>
      )}
      {share.kind === 'link' && (
        <div className="share-link">
          <label htmlFor={linkId}>Read-only link to this revision ({share.length.toLocaleString('en')} characters; the record travels inside the link, never through a server)</label>
          <input id={linkId} type="text" readOnly value={share.url} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="button-secondary" onClick={() => void copy(share.url)}>
            Copy link
          </button>
          <span role="status">{copied ? 'Copied.' : ''}</span>
        </div>
      )}
    </section>
  );
}
