import type { FolderItem } from '../../domain/folder/folder-item';

/** Markdown files in the folder that hold no decision we can read, each with why. */
export function RefusedFiles({ items }: { readonly items: ReadonlyMap<string, FolderItem> }) {
  const refused = [...items.values()].flatMap((item) => (item.kind === 'refused' ? [item] : []));
  if (refused.length === 0) return null;
  return (
    <details className="folder-refused">
      <summary>{refused.length === 1 ? 'One file was not read' : `${refused.length} files were not read`}</summary>
      <ul>
        {refused.map((item) => (
          <li key={item.stamp.path}>
            <code>{item.stamp.path}</code>: {item.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
