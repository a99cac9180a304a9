/**
 * How deep YAML text nests at most, read from the text alone, before any parser
 * sees it: the `yaml` package parses and converts recursively, and a few thousand
 * levels exhaust the stack (or, inside V8's regular expression compiler, the tab).
 * The count errs high: every column of indentation, every compact `- `/`? ` on a
 * line and every open `[`/`{` outside quotes counts as a level. Front matter nests
 * two or three levels, so a limit in the tens never refuses a real file.
 * Returns the first line (1-based) past `limit`, or null when the text stays within it.
 */
export function lineNestedPast(source: string, limit: number): number | null {
  let flow = 0;
  let quote: '"' | "'" | null = null;
  const lines = source.split('\n');
  for (const [index, line] of lines.entries()) {
    const indent = line.length - line.trimStart().length;
    const compact = /^(?:[-?]\s+)*/.exec(line.trimStart())?.[0].replace(/\s+/g, '').length ?? 0;
    let deepest = flow;
    for (let i = indent; i < line.length; i++) {
      const ch = line[i];
      if (quote) {
        if (ch === '\\' && quote === '"') i++;
        else if (ch === quote && line[i + 1] === "'" && quote === "'") i++;
        else if (ch === quote) quote = null;
      } else if ((ch === '"' || ch === "'") && startsScalar(line, i, indent)) quote = ch;
      else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) break;
      else if (ch === '[' || ch === '{') deepest = Math.max(deepest, ++flow);
      else if (ch === ']' || ch === '}') flow = Math.max(0, flow - 1);
    }
    // The line's own map or list is a level too (the document's top map is the first).
    if (line.trim() !== '' && indent + compact + deepest + 1 > limit) return index + 1;
  }
  return null;
}

/** A quote opens a quoted scalar only where a value starts (`it's` in plain text is an apostrophe). */
function startsScalar(line: string, at: number, indent: number): boolean {
  const before = line.slice(indent, at).trimEnd();
  return before === '' || /[:\-?[{,]$/.test(before);
}
