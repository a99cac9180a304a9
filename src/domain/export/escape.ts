/**
 * Escapes user text for one line of Markdown (a list item, a heading, a table
 * cell): every character that could start markup gets a backslash, line breaks
 * become spaces, so a name like `---`, "a | b" or "<script>" reads as typed.
 */
export function mdInline(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~&]/g, (ch) => `\\${ch}`)
    // A leading marker would start a list, a quote or a heading underline.
    .replace(/^[-+=]/, (marker) => `\\${marker}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Escapes free text as Markdown paragraphs: blank lines separate paragraphs,
 * single line breaks are kept as hard breaks.
 */
export function mdParagraphs(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) =>
      paragraph
        .split(/\r?\n/)
        .map((line) => mdInline(line))
        .filter(Boolean)
        .join('\\\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

/** Quoted text as MADR writes an option's title: `"…"` with the quotes in the text escaped. */
export function mdQuoted(text: string): string {
  return `"${mdInline(text).replaceAll('"', '\\"')}"`;
}

/**
 * Text for a quoted Mermaid label (`["…"]`, `|"…"|`). Mermaid reads `#name;`
 * entity codes, so quotes, angle brackets and backticks cannot end the label,
 * inject HTML or close the code fence.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[#"<>&`|[\]{}()]/g, (ch) => `#${ch.charCodeAt(0)};`);
}
