/** Hands bytes, text or a blob to the browser as a download; nothing leaves the machine. */
export function saveFile(fileName: string, content: Blob | string | Uint8Array<ArrayBuffer>, type = 'application/json'): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by the time the click returns; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
