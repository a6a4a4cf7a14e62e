import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';
import { saveFile } from './save-file';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * RFC 4180 text: cells with a comma, quote or line break are quoted (quotes doubled), lines end CRLF.
 * A text cell starting with `=`, `+`, `-` or `@` gets a leading apostrophe so a spreadsheet shows it
 * rather than running it as a formula (OWASP, "CSV injection"); numbers are written as they are.
 * The first row is the header.
 */
export function toCsv(rows: ReadonlyArray<readonly CsvCell[]>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = typeof cell === 'string' && /^[=+\-@]/.test(cell) ? `'${cell}` : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Offers CSV text as a download named `fileName`. */
export function downloadCsv(fileName: string, csv: string, document: Document = globalThis.document): void {
  // The byte-order mark makes Excel read the file as UTF-8 (unit, item and asset names are not all ASCII).
  saveFile(fileName, new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), document);
}

/** Saves rows as a CSV file through the browser's download. Injected, so specs can read what was saved. */
@Injectable({ providedIn: 'root' })
export class CsvDownloadService {
  private readonly document = inject(DOCUMENT);

  save(fileName: string, rows: ReadonlyArray<readonly CsvCell[]>): void {
    downloadCsv(fileName, toCsv(rows), this.document);
  }
}
