import { DATA_BLOCK_START } from '../adr/data-block';

/** The part of a decision file a person reads: no front matter, no Forkpoint data block. */
export function readableBody(text: string): string {
  const withoutFront = text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
  const cut = withoutFront.indexOf(DATA_BLOCK_START);
  return (cut < 0 ? withoutFront : withoutFront.slice(0, cut)).trim();
}

/**
 * The text of an ADR's context section (MADR "Context and Problem Statement",
 * Nygard's and log4brains' "Context"), without its heading; '' when there is none.
 */
export function contextOf(body: string): string {
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((line) => /^#{2,3}\s+context\b/i.test(line));
  if (start < 0) return '';
  const end = lines.findIndex((line, i) => i > start && /^#{1,3}\s/.test(line));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}
