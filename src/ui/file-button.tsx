import type { ReactNode } from 'react';

interface FileButtonProps {
  label: ReactNode;
  onFiles: (files: File[]) => void;
  accept?: string;
  multiple?: boolean;
  /** A folder instead of files (`webkitdirectory`): every file in it and its subfolders. */
  folder?: boolean;
  describedBy?: string;
  inputRef?: React.Ref<HTMLInputElement>;
  id?: string;
}

/**
 * A file picker that looks like the app's other buttons instead of the browser's
 * "Choose Files" box: the input stays in the page (focusable, labelled by the
 * button's text), only visually hidden; the label shows its focus.
 */
export function FileButton({ label, onFiles, accept, multiple = false, folder = false, describedBy, inputRef, id }: FileButtonProps) {
  const directory = folder ? { webkitdirectory: '' } : {};
  return (
    <label className="button-secondary file-button">
      {label}
      <input
        ref={inputRef}
        id={id}
        type="file"
        className="visually-hidden"
        accept={accept}
        multiple={multiple || folder}
        aria-describedby={describedBy}
        {...directory}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          // The same file picked again must fire again.
          e.currentTarget.value = '';
          onFiles(files);
        }}
      />
    </label>
  );
}
