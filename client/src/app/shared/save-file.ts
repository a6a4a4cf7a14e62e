/** Offers a file to the user through the browser's download, named `fileName`. */
export function saveFile(fileName: string, content: Blob, document: Document = globalThis.document): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The file name a download's `Content-Disposition` header gives (`attachment; filename="report.pdf"`),
 * or `fallback` when it gives none. Only the plain `filename` form: the server sends ASCII names.
 */
export function attachmentName(contentDisposition: string | null, fallback: string): string {
  const match = contentDisposition?.match(/filename="?([^";]+)"?/i);
  return match?.[1]?.trim() || fallback;
}
