/** Hands the reader a file: a Blob URL on an <a download>, revoked once the click is done. */
export function downloadFile(name: string, data: string | Uint8Array, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** 2025-01-31 for file names. */
export const today = (): string => new Date().toISOString().slice(0, 10);
