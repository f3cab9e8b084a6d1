/** Saves a blob through the browser's download (in Electron, the session's download handling). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

const MAX_NAME = 120;

/**
 * A name safe on Windows, macOS and Linux: "Empregos / setor 2020" → "Empregos - setor 2020",
 * "Comparação: Distrito…" → "Comparação - Distrito…" (not "Comparação- Distrito…"); a name longer
 * than 120 characters is cut after its last whole word, not in the middle of a district's name.
 */
export function safeFileName(name: string): string {
  const clean = name
    .replace(/\s*[\\/:*?"<>|]+\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s-]+|[\s-]+$/g, '');
  if (clean.length <= MAX_NAME) return clean || 'arranjo';
  const cut = clean.slice(0, MAX_NAME + 1);
  const space = cut.lastIndexOf(' ');
  return (space > MAX_NAME / 2 ? cut.slice(0, space) : cut.slice(0, MAX_NAME)).replace(/[\s,;-]+$/, '');
}
