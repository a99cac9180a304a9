import { splitLinks } from '../../domain/export/safe-links';

/**
 * Imported or shared text, shown as text: React escapes it, and only http(s) and
 * mailto addresses become links (opened without referrer or opener).
 */
export function SafeText({ text }: { text: string }) {
  return (
    <span className="safe-text">
      {splitLinks(text).map((part, i) =>
        part.kind === 'link' ? (
          <a key={i} href={part.href} rel="noopener noreferrer nofollow" target="_blank">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}
