import { useEffect, useState } from 'react';

/** The body of an ADR written elsewhere, rendered as Markdown once the renderer has loaded. */
export function MarkdownBody({ source, label }: { readonly source: string; readonly label: string }) {
  const [html, setHtml] = useState<{ source: string; html: string } | null>(null);
  useEffect(() => {
    let live = true;
    void import('./render-markdown').then(({ renderMarkdown }) => {
      if (live) setHtml({ source, html: renderMarkdown(source) });
    });
    return () => {
      live = false;
    };
  }, [source]);
  if (html?.source !== source) return <p>Rendering…</p>;
  // The HTML comes from markdown-it with raw HTML disabled and links limited to http(s)/mailto (render-markdown.ts).
  return <div className="markdown-body" aria-label={label} role="region" dangerouslySetInnerHTML={{ __html: html.html }} />;
}
