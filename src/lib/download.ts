/**
 * Long enough for the browser to have read the Blob into the download: revoking at once can cancel it in
 * some browsers, and a large export is read for a while.
 */
const REVOKE_AFTER_MS = 60_000;

/** Hands `blob` to the browser as a download named `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, REVOKE_AFTER_MS);
}

/** Saves `text` as a file the browser downloads, built here: nothing goes over the network. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
