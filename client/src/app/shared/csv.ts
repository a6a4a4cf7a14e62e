import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';

export type CsvCell = string | number | null;

/**
 * RFC 4180 text: cells with a comma, quote or line break are quoted (quotes doubled), lines end CRLF.
 * A text cell starting with `=`, `+`, `-` or `@` gets a leading apostrophe so a spreadsheet shows it
 * rather than running it as a formula (OWASP, "CSV injection"); numbers are written as they are.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = /^[=+\-@]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Saves rows as a CSV file through the browser's download. Injected, so specs can read what was saved. */
@Injectable({ providedIn: 'root' })
export class CsvDownloadService {
  private readonly document = inject(DOCUMENT);

  save(fileName: string, rows: readonly (readonly CsvCell[])[]): void {
    // The byte-order mark makes Excel read the file as UTF-8 (unit and asset names are not all ASCII).
    const blob = new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(url);
  }
}
