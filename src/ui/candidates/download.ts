// Saves a file through a temporary object URL (no server round trip; works offline).
function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(fileName: string, text: string, mime: string): void {
  downloadBlob(fileName, new Blob([text], { type: mime }));
}

/** A file made of parts (strings or Blobs already holding a piece each): the parts are never joined into one string. */
export function downloadParts(fileName: string, parts: readonly BlobPart[], mime: string): void {
  downloadBlob(fileName, new Blob(parts as BlobPart[], { type: mime }));
}
